import type { Deps } from '../common/deps.js';
import type { MemberContext } from '../../core/access.js';
import { errors } from '../../core/errors.js';
import { msg, type Lang } from '../../core/messages/index.js';
import { countUsage } from '../common/usage.js';
import { TOOLS, susScore } from '../../domain/phases/index.js';
import { FEEDBACK_MIN_PEOPLE, SUS_AFTER_DAYS, isoWeek, monthOf, susDue } from '../../domain/phases/usage.js';
import { feedbackRepository } from './repository.js';
import type { FeedbackOverview, MyFeedbackView, SusSaved, ToolFeedbackBody, ToolFeedbackSaved } from './schemas.js';

/** How many weeks of usage the kartrekkers' overview shows. */
const USAGE_WEEKS = 12;

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/**
 * In-tool feedback ("Was dit nuttig?"), the SUS questionnaire after 30 days, and usage counts.
 * Everyone in a network may give feedback; only its kartrekkers see the totals, never who said
 * what, and a mean only when at least FEEDBACK_MIN_PEOPLE answered.
 */
export function createFeedbackService(deps: Deps, clock: () => Date = () => new Date()) {
  const repo = feedbackRepository(deps.db);

  const knownTool = (toolId: string) => {
    const tool = TOOLS.find((t) => t.id === toolId);
    if (!tool) throw errors.notFound('feedback.toolNotFound');
    return tool;
  };

  async function susState(ctx: MemberContext, now: Date) {
    const [since, done] = await Promise.all([
      repo.memberSince(ctx.networkId, ctx.memberId),
      repo.hasSus(ctx.networkId, ctx.memberId),
    ]);
    return { due: since ? susDue(since, now, done) : false, done };
  }

  return {
    async mine(ctx: MemberContext): Promise<MyFeedbackView> {
      const now = clock();
      const month = monthOf(now);
      const [rows, sus] = await Promise.all([repo.myFeedback(ctx.networkId, ctx.memberId, month), susState(ctx, now)]);
      return {
        month,
        tools: rows.map((r) => ({
          tool: r.tool,
          usefulness: Number(r.usefulness),
          missing: r.missing,
          shareWithResearch: Number(r.share_research) === 1,
        })),
        susDue: sus.due,
        susDone: sus.done,
      };
    },

    async rateTool(ctx: MemberContext, toolId: string, body: ToolFeedbackBody): Promise<ToolFeedbackSaved> {
      const tool = knownTool(toolId);
      const month = monthOf(clock());
      const missing = body.missing?.trim() ? body.missing.trim() : null;
      await repo.saveFeedback(ctx.networkId, ctx.memberId, {
        tool: tool.id,
        month,
        usefulness: body.usefulness,
        missing,
        shareResearch: Boolean(body.shareWithResearch) && missing !== null,
      });
      return { tool: tool.id, month, usefulness: body.usefulness };
    },

    async answerSus(ctx: MemberContext, answers: number[]): Promise<SusSaved> {
      const sus = await susState(ctx, clock());
      if (sus.done) throw errors.conflict('feedback.susDone');
      if (!sus.due) throw errors.conflict(msg('feedback.susNotYet', { days: SUS_AFTER_DAYS }));
      const score = susScore(answers);
      if (!(await repo.saveSus(ctx.networkId, ctx.memberId, answers, score))) throw errors.conflict('feedback.susDone');
      return { score };
    },

    async opened(ctx: MemberContext, toolId: string): Promise<void> {
      await countUsage(deps.db, ctx.networkId, knownTool(toolId).id, 'opened', clock());
    },

    async overview(ctx: MemberContext, lang: Lang): Promise<FeedbackOverview> {
      const now = clock();
      const from = new Date(now.getTime() - (USAGE_WEEKS - 1) * 7 * 86_400_000);
      const [rows, scores, usage] = await Promise.all([
        repo.feedbackRows(ctx.networkId),
        repo.susScores(ctx.networkId),
        repo.usage(ctx.networkId, isoWeek(from)),
      ]);
      const name = (toolId: string) => TOOLS.find((t) => t.id === toolId)?.name[lang] ?? toolId;
      const tools = TOOLS.flatMap((tool) => {
        const mine = rows.filter((r) => r.tool === tool.id);
        if (mine.length === 0) return [];
        const values = mine.map((r) => Number(r.usefulness));
        return [
          {
            tool: tool.id,
            name: tool.name[lang],
            answers: values.length,
            mean: values.length >= FEEDBACK_MIN_PEOPLE ? mean(values) : null,
            counts: [1, 2, 3, 4, 5].map((v) => values.filter((x) => x === v).length),
            missing: mine.flatMap((r) => (r.missing ? [r.missing] : [])),
          },
        ];
      });
      const susValues = scores.map((s) => Number(s.score));
      return {
        minPeople: FEEDBACK_MIN_PEOPLE,
        tools,
        sus: { answers: susValues.length, mean: susValues.length >= FEEDBACK_MIN_PEOPLE ? mean(susValues) : null },
        usage: usage.map((u) => ({
          week: u.week,
          tool: u.tool,
          name: name(u.tool),
          opened: Number(u.opened),
          changed: Number(u.changed),
        })),
      };
    },
  };
}

export type FeedbackService = ReturnType<typeof createFeedbackService>;
