import type { Deps } from '../common/deps.js';
import type { MemberContext } from '../../core/access.js';
import { errors } from '../../core/errors.js';
import { newId, nowIso } from '../../core/crypto.js';
import { recordChange } from '../common/changes.js';
import { listText, parseList } from '../common/json.js';
import { focusRepository, type CandidateRow, type DecisionRow } from './repository.js';
import {
  SCALE,
  STAKEHOLDER_GROUPS,
  type CandidateView,
  type DecisionView,
  type FocusView,
  type GroupResult,
  type StakeholderGroup,
} from './schemas.js';

const missing = () => errors.notFound('focus.notFound');

/** Count and mean per group; the mean gets one decimal and a scale word, never more precision than the votes carry. */
export function groupResults(scores: { group: string; score: number }[]): GroupResult[] {
  return STAKEHOLDER_GROUPS.map((group) => {
    const mine = scores.filter((s) => s.group === group).map((s) => s.score);
    if (mine.length === 0) return { group, count: 0, mean: null, label: null };
    const mean = mine.reduce((a, b) => a + b, 0) / mine.length;
    return {
      group,
      count: mine.length,
      mean: Math.round(mean * 10) / 10,
      label: SCALE[Math.min(4, Math.max(0, Math.round(mean) - 1))].label,
    };
  });
}

export function createFocusService(deps: Deps) {
  const repo = focusRepository(deps.db);

  const decisionView = (
    d: DecisionRow & { decider_name: string | null; decider_email: string | null },
  ): DecisionView => ({
    id: d.id,
    themes: parseList(d.themes),
    reasons: d.reasons,
    decidedBy: d.decider_name || null,
    createdAt: d.created_at,
  });

  async function view(ctx: MemberContext): Promise<FocusView> {
    const [candidates, votes, decisions, network] = await Promise.all([
      repo.candidates(ctx.networkId),
      repo.votes(ctx.networkId),
      repo.decisions(ctx.networkId),
      repo.network(ctx.networkId),
    ]);
    const focusThemes = parseList(network?.focus_themes);
    const list: CandidateView[] = candidates.map((c) => {
      const own = votes.filter((v) => v.candidate_id === c.id);
      const myScores: CandidateView['myScores'] = {};
      for (const v of own)
        if (v.member_id === ctx.memberId) myScores[v.stakeholder_group as StakeholderGroup] = Number(v.score);
      return {
        id: c.id,
        theme: c.theme,
        description: c.description,
        proposedBy: c.proposer_name || null,
        results: groupResults(own.map((v) => ({ group: v.stakeholder_group, score: Number(v.score) }))),
        myScores,
        voters: new Set(own.map((v) => v.member_id)).size,
        chosen: focusThemes.includes(c.theme),
      };
    });
    const history = decisions.map(decisionView);
    return {
      groups: STAKEHOLDER_GROUPS,
      scale: SCALE,
      candidates: list,
      focusThemes,
      decision: history[0] ?? null,
      history,
    };
  }

  return {
    view,

    async propose(ctx: MemberContext, input: { theme: string; description?: string }): Promise<CandidateView> {
      if (await repo.candidateByTheme(ctx.networkId, input.theme)) {
        throw errors.invalid({ theme: 'focus.themeExists' });
      }
      const now = nowIso();
      const row: CandidateRow = {
        id: newId(),
        network_id: ctx.networkId,
        theme: input.theme,
        description: input.description ?? '',
        proposed_by: ctx.userId,
        created_at: now,
        updated_at: now,
        version: 1,
      };
      await repo.insertCandidate(row);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'focus_candidate',
        entityId: row.id,
        action: 'create',
        after: row,
      });
      return (await view(ctx)).candidates.find((c) => c.id === row.id)!;
    },

    async remove(ctx: MemberContext, candidateId: string): Promise<void> {
      const before = await repo.candidate(ctx.networkId, candidateId);
      if (!before) throw missing();
      await repo.deleteCandidate(ctx.networkId, candidateId);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'focus_candidate',
        entityId: candidateId,
        action: 'delete',
        before,
      });
    },

    /** Sets the caller's own votes on one candidate: one per group; null removes the vote for that group. */
    async vote(
      ctx: MemberContext,
      candidateId: string,
      scores: Partial<Record<StakeholderGroup, number | null | undefined>>,
    ): Promise<CandidateView> {
      if (!(await repo.candidate(ctx.networkId, candidateId))) throw missing();
      const before = await repo.myVotes(ctx.networkId, candidateId, ctx.memberId);
      const now = nowIso();
      for (const group of STAKEHOLDER_GROUPS) {
        const score = scores[group];
        if (score === undefined) continue;
        if (score === null) await repo.deleteVote(ctx.networkId, candidateId, ctx.memberId, group);
        else
          await repo.upsertVote({
            id: newId(),
            network_id: ctx.networkId,
            candidate_id: candidateId,
            member_id: ctx.memberId,
            stakeholder_group: group,
            score,
            created_at: now,
            updated_at: now,
          });
      }
      const after = await repo.myVotes(ctx.networkId, candidateId, ctx.memberId);
      const shape = (rows: typeof after) => Object.fromEntries(rows.map((r) => [r.stakeholder_group, Number(r.score)]));
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'focus_vote',
        entityId: `${candidateId}:${ctx.memberId}`,
        action: before.length ? 'update' : 'create',
        before: shape(before),
        after: shape(after),
      });
      return (await view(ctx)).candidates.find((c) => c.id === candidateId)!;
    },

    /** The kartrekker records the choice with its reasons; the themes become the network's focus (and so feed the ally suggestions). */
    async decide(ctx: MemberContext, input: { candidateIds: string[]; reasons: string }): Promise<FocusView> {
      const candidates = await repo.candidates(ctx.networkId);
      const chosen = [...new Set(input.candidateIds)].map((cid) => candidates.find((c) => c.id === cid));
      if (chosen.some((c) => !c)) throw errors.invalid({ candidateIds: 'focus.listedOnly' });
      const themes = chosen.map((c) => c!.theme);
      const now = nowIso();
      const row: DecisionRow = {
        id: newId(),
        network_id: ctx.networkId,
        themes: listText(themes),
        reasons: input.reasons,
        decided_by: ctx.userId,
        created_at: now,
      };
      const network = await repo.network(ctx.networkId);
      if (!network) throw errors.notFound();
      // The decision and the network's focus change together or not at all.
      const after = await deps.db.transaction().execute(async (trx) => {
        const r = focusRepository(trx);
        await r.insertDecision(row);
        return r.setFocusThemes(ctx.networkId, listText(themes), now);
      });
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'focus_decision',
        entityId: row.id,
        action: 'create',
        after: row,
      });
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'network',
        entityId: ctx.networkId,
        action: 'update',
        before: network,
        after: after ?? null,
      });
      return view(ctx);
    },
  };
}

export type FocusService = ReturnType<typeof createFocusService>;
