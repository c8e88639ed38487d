import type { Deps } from '../common/deps.js';
import type { MemberContext } from '../../core/access.js';
import { errors } from '../../core/errors.js';
import { newId, nowIso } from '../../core/crypto.js';
import { recordChange } from '../common/changes.js';
import type { Lang } from '../../core/messages/index.js';
import { listText, parseList } from '../common/json.js';
import { HEALTH_DIMENSIONS } from '../../domain/vocabulary.js';
import { compareGoals, type GoalComparison } from '../../domain/goals/compare.js';
import { DEFAULT_TARGET_GROUPS, DEFAULT_THEMES, HEALTH_DIMENSION_LABELS } from '../../domain/goals/vocabulary.js';
import { goalRepository, type GoalRow, type LadderRow } from './repository.js';
import type { GoalView, GoalsView, LadderView, VocabularyView } from './schemas.js';
import { displayName } from '../common/names.js';

export interface LadderInput {
  activity?: string;
  steps?: string[];
  goal?: string;
  targetGroups?: string[];
  themes?: string[];
  healthDimensions?: string[];
}

export interface GoalInput {
  title?: string;
  description?: string;
  indicator?: string;
  targetValue?: string;
  ladderIds?: string[];
  position?: number;
}

type NamedLadder = LadderRow & {
  actor_id: string | null;
  member_name: string;
  member_email: string;
  actor_name: string | null;
};

const missingLadder = () => errors.notFound('goal.ladderNotFound');
const missingGoal = () => errors.notFound('goal.notFound');
const mayEditLadder = (ctx: MemberContext, l: LadderRow) => ctx.role === 'kartrekker' || l.member_id === ctx.memberId;

/** Empty steps at the end carry nothing; empty steps in between are kept as the member typed them. */
const trimSteps = (steps: string[]) => {
  const out = [...steps];
  while (out.length && !out[out.length - 1].trim()) out.pop();
  return out;
};

export function createGoalService(deps: Deps) {
  const repo = goalRepository(deps.db);

  const toLadder = (ctx: MemberContext, r: NamedLadder): LadderView => {
    const memberName = displayName({ name: r.member_name ?? '' });
    return {
      id: r.id,
      memberId: r.member_id,
      memberName,
      actorId: r.actor_id,
      actorName: r.actor_name,
      partnerName: r.actor_name ?? memberName,
      activity: r.activity,
      steps: parseList(r.steps),
      goal: r.goal,
      targetGroups: parseList(r.target_groups),
      themes: parseList(r.themes),
      healthDimensions: parseList(r.health_dimensions),
      editable: mayEditLadder(ctx, r),
      version: Number(r.version),
      updatedAt: r.updated_at,
    };
  };

  const toGoal = (r: GoalRow): GoalView => ({
    id: r.id,
    title: r.title,
    description: r.description,
    indicator: r.indicator,
    targetValue: r.target_value,
    ladderIds: parseList(r.ladder_ids),
    position: Number(r.position),
    version: Number(r.version),
    updatedAt: r.updated_at,
  });

  async function ladder(ctx: MemberContext, ladderId: string): Promise<LadderView> {
    const row = await repo.getLadder(ctx.networkId, ladderId);
    if (!row) throw missingLadder();
    return toLadder(ctx, row);
  }

  async function checkLadderIds(ctx: MemberContext, ids: string[] | undefined) {
    if (!ids?.length) return;
    const found = await repo.ladderIdsInNetwork(ctx.networkId, [...new Set(ids)]);
    if (found.length !== new Set(ids).size) throw errors.invalid({ ladderIds: 'goal.ladderMissing' });
  }

  function ladderColumns(input: LadderInput): Partial<LadderRow> {
    const out: Partial<LadderRow> = {};
    if (input.activity !== undefined) out.activity = input.activity;
    if (input.steps !== undefined) out.steps = JSON.stringify(trimSteps(input.steps));
    if (input.goal !== undefined) out.goal = input.goal;
    if (input.targetGroups !== undefined) out.target_groups = listText(input.targetGroups);
    if (input.themes !== undefined) out.themes = listText(input.themes);
    if (input.healthDimensions !== undefined) out.health_dimensions = listText(input.healthDimensions);
    return out;
  }

  function goalColumns(input: GoalInput): Partial<GoalRow> {
    const out: Partial<GoalRow> = {};
    if (input.title !== undefined) out.title = input.title;
    if (input.description !== undefined) out.description = input.description;
    if (input.indicator !== undefined) out.indicator = input.indicator;
    if (input.targetValue !== undefined) out.target_value = input.targetValue;
    if (input.ladderIds !== undefined) out.ladder_ids = listText(input.ladderIds);
    if (input.position !== undefined) out.position = input.position;
    return out;
  }

  return {
    async listLadders(ctx: MemberContext): Promise<LadderView[]> {
      return (await repo.listLadders(ctx.networkId)).map((r) => toLadder(ctx, r));
    },

    ladder,

    async createLadder(ctx: MemberContext, input: LadderInput & { memberId?: string }): Promise<LadderView> {
      const memberId = input.memberId ?? ctx.memberId;
      if (memberId !== ctx.memberId) {
        if (ctx.role !== 'kartrekker') throw errors.forbidden('goal.ownLadderOnly');
        if (!(await repo.memberInNetwork(ctx.networkId, memberId)))
          throw errors.invalid({ memberId: 'member.notInNetwork' });
      }
      const now = nowIso();
      const row: LadderRow = {
        id: newId(),
        network_id: ctx.networkId,
        member_id: memberId,
        activity: '',
        steps: '[]',
        goal: '',
        target_groups: '[]',
        themes: '[]',
        health_dimensions: '[]',
        ...ladderColumns(input),
        created_at: now,
        updated_at: now,
        version: 1,
      };
      await repo.insertLadder(row);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'why_ladder',
        entityId: row.id,
        action: 'create',
        after: row,
      });
      return ladder(ctx, row.id);
    },

    async updateLadder(
      ctx: MemberContext,
      ladderId: string,
      input: LadderInput & { version: number },
    ): Promise<LadderView> {
      const before = await repo.getLadder(ctx.networkId, ladderId);
      if (!before) throw missingLadder();
      if (!mayEditLadder(ctx, before)) throw errors.forbidden('goal.editOwnLadder');
      const after = await repo.updateLadder(ctx.networkId, ladderId, input.version, {
        ...ladderColumns(input),
        updated_at: nowIso(),
      });
      if (!after) throw errors.stale(toLadder(ctx, before));
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'why_ladder',
        entityId: ladderId,
        action: 'update',
        before,
        after,
      });
      return ladder(ctx, ladderId);
    },

    async removeLadder(ctx: MemberContext, ladderId: string): Promise<void> {
      const before = await repo.getLadder(ctx.networkId, ladderId);
      if (!before) throw missingLadder();
      if (!mayEditLadder(ctx, before)) throw errors.forbidden('goal.deleteOwnLadder');
      await repo.removeLadder(ctx.networkId, ladderId);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'why_ladder',
        entityId: ladderId,
        action: 'delete',
        before,
      });
    },

    async vocabulary(ctx: MemberContext): Promise<VocabularyView> {
      const terms = await repo.listTerms(ctx.networkId);
      const merge = (defaults: readonly string[], kind: string) => [
        ...defaults.map((label) => ({ id: null, label, custom: false })),
        ...terms
          .filter((t) => t.kind === kind && !defaults.includes(t.label))
          .map((t) => ({ id: t.id, label: t.label, custom: true })),
      ];
      return {
        targetGroups: merge(DEFAULT_TARGET_GROUPS, 'targetGroup'),
        themes: merge(DEFAULT_THEMES, 'theme'),
        healthDimensions: HEALTH_DIMENSIONS.map((code) => ({ code, label: HEALTH_DIMENSION_LABELS[code] ?? code })),
      };
    },

    async addTerm(ctx: MemberContext, input: { kind: 'targetGroup' | 'theme'; label: string }) {
      const label = input.label.replace(/\s+/g, ' ').toLowerCase();
      const defaults: readonly string[] = input.kind === 'targetGroup' ? DEFAULT_TARGET_GROUPS : DEFAULT_THEMES;
      const existing = await repo.findTerm(ctx.networkId, input.kind, label);
      if (defaults.includes(label) || existing) {
        throw errors.conflict('goal.termExists', { current: { id: existing?.id ?? null, label, custom: !!existing } });
      }
      const row = { id: newId(), network_id: ctx.networkId, kind: input.kind, label, created_at: nowIso() };
      try {
        await repo.insertTerm(row);
      } catch (err) {
        if (await repo.findTerm(ctx.networkId, input.kind, label)) throw errors.conflict('goal.termExists');
        throw err;
      }
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'network_term',
        entityId: row.id,
        action: 'create',
        after: row,
      });
      return { id: row.id, label, custom: true };
    },

    async removeTerm(ctx: MemberContext, termId: string): Promise<void> {
      const before = await repo.getTerm(ctx.networkId, termId);
      if (!before) throw errors.notFound('goal.termNotFound');
      await repo.removeTerm(ctx.networkId, termId);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'network_term',
        entityId: termId,
        action: 'delete',
        before,
      });
    },

    async comparison(ctx: MemberContext, lang: Lang = 'nl'): Promise<GoalComparison> {
      const [rows, terms] = await Promise.all([repo.listLadders(ctx.networkId), repo.listTerms(ctx.networkId)]);
      const ladders = rows.map((r) => toLadder(ctx, r));
      return compareGoals(
        ladders.map((l) => ({
          id: l.id,
          partnerId: l.actorId ?? `member:${l.memberId}`,
          partnerName: l.partnerName,
          activity: l.activity,
          steps: l.steps,
          goal: l.goal,
          targetGroups: l.targetGroups,
          themes: l.themes,
          healthDimensions: l.healthDimensions,
        })),
        {
          targetGroups: terms.filter((t) => t.kind === 'targetGroup').map((t) => t.label),
          themes: terms.filter((t) => t.kind === 'theme').map((t) => t.label),
          lang,
        },
      );
    },

    async goals(ctx: MemberContext): Promise<GoalsView> {
      const [network, goals] = await Promise.all([repo.network(ctx.networkId), repo.listGoals(ctx.networkId)]);
      return { vision: network.vision, networkVersion: Number(network.version), goals: goals.map(toGoal) };
    },

    async createGoal(ctx: MemberContext, input: GoalInput & { title: string }): Promise<GoalView> {
      await checkLadderIds(ctx, input.ladderIds);
      const now = nowIso();
      const row: GoalRow = {
        id: newId(),
        network_id: ctx.networkId,
        title: input.title,
        description: '',
        indicator: '',
        target_value: '',
        ladder_ids: '[]',
        position: await repo.nextGoalPosition(ctx.networkId),
        ...goalColumns(input),
        created_at: now,
        updated_at: now,
        version: 1,
      };
      await repo.insertGoal(row);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'network_goal',
        entityId: row.id,
        action: 'create',
        after: row,
      });
      return toGoal(row);
    },

    async updateGoal(ctx: MemberContext, goalId: string, input: GoalInput & { version: number }): Promise<GoalView> {
      const before = await repo.getGoal(ctx.networkId, goalId);
      if (!before) throw missingGoal();
      await checkLadderIds(ctx, input.ladderIds);
      const after = await repo.updateGoal(ctx.networkId, goalId, input.version, {
        ...goalColumns(input),
        updated_at: nowIso(),
      });
      if (!after) throw errors.stale(toGoal(before));
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'network_goal',
        entityId: goalId,
        action: 'update',
        before,
        after,
      });
      return toGoal(after);
    },

    async removeGoal(ctx: MemberContext, goalId: string): Promise<void> {
      const before = await repo.getGoal(ctx.networkId, goalId);
      if (!before) throw missingGoal();
      await repo.removeGoal(ctx.networkId, goalId);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'network_goal',
        entityId: goalId,
        action: 'delete',
        before,
      });
    },
  };
}

export type GoalService = ReturnType<typeof createGoalService>;
