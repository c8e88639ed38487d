import type { Deps } from '../common/deps.js';
import type { MemberContext } from '../../core/access.js';
import type { Services } from '../../core/registry.js';
import { errors } from '../../core/errors.js';
import type { Lang } from '../../core/messages/index.js';
import { nowIso } from '../../core/crypto.js';
import { recordChange } from '../common/changes.js';
import { parseList } from '../common/json.js';
import {
  STATUS_LABELS,
  computeProgress,
  guidanceFor,
  renderDetail,
  renderPhaseCount,
  stepDefinition,
  suggestNextStep,
  tool,
  type NetworkFacts,
  type Phase,
  type PhaseProgress as RegistryProgress,
} from '../../domain/phases/index.js';
import { progressRepository } from './repository.js';
import { PROGRESS_STEPS, type PhaseProgress, type ProgressOverview, type RegistryPhase } from './schemas.js';

/**
 * Progress across the four phases, computed by the one registry in domain/phases from facts the
 * repository counts; the only stored part is "niet van toepassing" with a reason.
 */
export function createProgressService(deps: Deps, { goals }: Pick<Services, 'goals'>) {
  const repo = progressRepository(deps.db);

  async function registry(ctx: MemberContext): Promise<RegistryProgress[]> {
    const network = await repo.network(ctx.networkId);
    if (!network) throw errors.notFound();
    const [counted, marks, comparison] = await Promise.all([
      repo.facts(ctx.networkId, nowIso().slice(0, 10)),
      repo.marks(ctx.networkId),
      goals.comparison(ctx),
    ]);
    const facts: NetworkFacts = {
      ...counted,
      vision: network.vision.trim() !== '',
      focusThemes: parseList(network.focus_themes),
      sharedGoalGroups: comparison.groups.length,
    };
    return computeProgress(facts, marks);
  }

  const renderPhase = (p: RegistryProgress, lang: Lang, reasons: Map<string, string>): RegistryPhase => ({
    phase: p.phase,
    name: guidanceFor(p.phase).name[lang],
    done: p.done,
    applicable: p.applicable,
    notApplicable: p.notApplicable,
    total: p.total,
    complete: p.complete,
    summary: renderPhaseCount(p, lang),
    next: p.next,
    steps: p.steps.map((s) => ({
      id: s.id,
      tool: s.tool,
      route: tool(s.tool).route,
      toolName: tool(s.tool).name[lang],
      label: s.label[lang],
      status: s.status,
      statusLabel: STATUS_LABELS[s.status][lang],
      detail: renderDetail(s.detail, lang),
      reason: s.status === 'notApplicable' ? (reasons.get(s.id) ?? null) : null,
    })),
  });

  return {
    async overview(ctx: MemberContext, lang: Lang = 'nl', preferred?: Phase): Promise<ProgressOverview> {
      const progress = await registry(ctx);
      const reasons = new Map((await repo.marks(ctx.networkId)).map((m) => [m.stepId, m.reason]));
      const suggested = suggestNextStep(progress, preferred);
      return {
        phases: progress.map((p) => renderPhase(p, lang, reasons)),
        suggested: suggested ? { phase: suggested.phase, step: suggested.id } : null,
      };
    },

    /** The older verkennen checklist, now read from the same registry (one rule decides). */
    async verkennen(ctx: MemberContext, lang: Lang = 'nl'): Promise<PhaseProgress> {
      const phase = (await registry(ctx)).find((p) => p.phase === 'verkennen');
      if (!phase) throw errors.notFound();
      const steps = phase.steps
        .filter((s): s is typeof s & { id: (typeof PROGRESS_STEPS)[number] } =>
          (PROGRESS_STEPS as readonly string[]).includes(s.id),
        )
        .map((s) => ({
          key: s.id,
          label: s.label[lang],
          done: s.status === 'done',
          detail: renderDetail(s.detail, lang),
        }));
      return { phase: 'verkennen', steps, done: steps.filter((s) => s.done).length, total: steps.length };
    },

    /** Marks a step "niet van toepassing" with a reason; marking again replaces the reason. */
    async markNotApplicable(ctx: MemberContext, stepId: string, given: string | undefined): Promise<void> {
      if (!stepDefinition(stepId)) throw errors.notFound('progress.stepNotFound');
      const reason = given?.trim() ?? '';
      if (!reason) throw errors.invalid({ reason: 'progress.reasonRequired' });
      const before = await repo.mark(ctx.networkId, stepId);
      const after = await repo.setMark(ctx.networkId, stepId, reason, ctx.memberId);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'phase_step_mark',
        entityId: after.id,
        action: before ? 'update' : 'create',
        before: before ? { stepId, reason: before.reason } : null,
        after: { stepId, reason },
      });
    },

    /** Undo: the step counts again. */
    async unmark(ctx: MemberContext, stepId: string): Promise<void> {
      const before = await repo.mark(ctx.networkId, stepId);
      if (!before) throw errors.notFound('progress.markNotFound');
      await repo.removeMark(ctx.networkId, before.id);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'phase_step_mark',
        entityId: before.id,
        action: 'delete',
        before: { stepId, reason: before.reason },
      });
    },
  };
}

export type ProgressService = ReturnType<typeof createProgressService>;
