import type { Deps } from '../common/deps.js';
import type { MemberContext, SessionUser } from '../../core/access.js';
import { errors } from '../../core/errors.js';
import { newId, nowIso } from '../../core/crypto.js';
import { recordChange } from '../common/changes.js';
import type { PlainKey } from '../../core/messages/index.js';
import { today } from '../common/dates.js';
import { actionRepository, type ActionFilter, type ActionRow } from './repository.js';
import { ACTION_STATUS_LABELS, type ActionView, type MyActionView, type PlanRenewed } from './schemas.js';
import { displayName } from '../common/names.js';

export interface ActionInput {
  title?: string;
  description?: string;
  ownerMemberId?: string | null;
  actorId?: string | null;
  goalId?: string | null;
  dueOn?: string | null;
  status?: string;
  planYear?: number;
  /** The meeting the action was made in; set by the meetings service, not by the action routes. */
  meetingId?: string | null;
}

type Named = ActionRow & {
  owner_name: string | null;
  owner_email: string | null;
  actor_name: string | null;
  goal_title: string | null;
  network_name: string;
};

const missing = () => errors.notFound('action.notFound');
const OPEN = new Set(['open', 'bezig']);

const mayEdit = (ctx: MemberContext, r: ActionRow) =>
  ctx.role === 'kartrekker' ||
  r.owner_member_id === ctx.memberId ||
  (ctx.actorId !== null && r.actor_id === ctx.actorId);

function toView(r: Named, editable: boolean, day = today()): ActionView {
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    ownerMemberId: r.owner_member_id,
    ownerName: r.owner_member_id ? displayName({ name: r.owner_name ?? '' }) : null,
    actorId: r.actor_id,
    actorName: r.actor_name,
    goalId: r.goal_id,
    goalTitle: r.goal_title,
    dueOn: r.due_on,
    status: r.status,
    statusLabel: ACTION_STATUS_LABELS[r.status] ?? r.status,
    planYear: Number(r.plan_year),
    carriedFrom: r.carried_from,
    meetingId: r.meeting_id,
    overdue: OPEN.has(r.status) && !!r.due_on && r.due_on < day,
    editable,
    version: Number(r.version),
    updatedAt: r.updated_at,
  };
}

export function createActionService(deps: Deps) {
  const repo = actionRepository(deps.db);

  async function checkLinks(ctx: MemberContext, input: ActionInput) {
    const fields: Record<string, PlainKey> = {};
    if (input.ownerMemberId && !(await repo.memberInNetwork(ctx.networkId, input.ownerMemberId)))
      fields.ownerMemberId = 'member.notInNetwork';
    if (input.actorId && !(await repo.actorInNetwork(ctx.networkId, input.actorId)))
      fields.actorId = 'actor.notInNetwork';
    if (input.goalId && !(await repo.goalInNetwork(ctx.networkId, input.goalId))) fields.goalId = 'goal.notFound';
    if (Object.keys(fields).length) throw errors.invalid(fields);
  }

  function columns(input: ActionInput): Partial<ActionRow> {
    const out: Partial<ActionRow> = {};
    if (input.title !== undefined) out.title = input.title;
    if (input.description !== undefined) out.description = input.description;
    if (input.ownerMemberId !== undefined) out.owner_member_id = input.ownerMemberId;
    if (input.actorId !== undefined) out.actor_id = input.actorId;
    if (input.goalId !== undefined) out.goal_id = input.goalId;
    if (input.dueOn !== undefined) out.due_on = input.dueOn;
    if (input.status !== undefined) out.status = input.status;
    if (input.planYear !== undefined) out.plan_year = input.planYear;
    if (input.meetingId !== undefined) out.meeting_id = input.meetingId;
    return out;
  }

  async function view(ctx: MemberContext, id: string): Promise<ActionView> {
    const r = await repo.get(ctx.networkId, id);
    if (!r) throw missing();
    return toView(r, mayEdit(ctx, r));
  }

  return {
    async list(ctx: MemberContext, filter: ActionFilter): Promise<ActionView[]> {
      const day = today();
      return (await repo.list(ctx.networkId, filter)).map((r) => toView(r, mayEdit(ctx, r), day));
    },

    /** "Mijn acties": everything a person owns, across all their networks. */
    async mine(user: SessionUser, status?: string): Promise<MyActionView[]> {
      const day = today();
      return (await repo.mine(user.id, status)).map((r) => ({
        ...toView(r, true, day),
        networkId: r.network_id,
        networkName: r.network_name,
      }));
    },

    async create(ctx: MemberContext, input: ActionInput & { title: string }): Promise<ActionView> {
      await checkLinks(ctx, input);
      const now = nowIso();
      const row: ActionRow = {
        id: newId(),
        network_id: ctx.networkId,
        title: input.title,
        description: '',
        owner_member_id: ctx.memberId,
        actor_id: ctx.actorId,
        goal_id: null,
        due_on: null,
        status: 'open',
        plan_year: new Date().getUTCFullYear(),
        carried_from: null,
        meeting_id: null,
        done_at: null,
        ...columns(input),
        created_at: now,
        updated_at: now,
        version: 1,
      };
      if (row.status === 'klaar') row.done_at = now;
      await repo.insert([row]);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'action',
        entityId: row.id,
        action: 'create',
        after: row,
      });
      return view(ctx, row.id);
    },

    async update(ctx: MemberContext, id: string, input: ActionInput & { version: number }): Promise<ActionView> {
      const before = await repo.get(ctx.networkId, id);
      if (!before) throw missing();
      if (!mayEdit(ctx, before)) throw errors.forbidden('action.editOwn');
      await checkLinks(ctx, input);
      const now = nowIso();
      const patch: Partial<ActionRow> = { ...columns(input), updated_at: now };
      // When it was finished, for the timeline: set when the status becomes "klaar", gone when it is reopened.
      if (input.status !== undefined && input.status !== before.status)
        patch.done_at = input.status === 'klaar' ? now : null;
      const after = await repo.update(ctx.networkId, id, input.version, patch);
      if (!after) throw errors.stale(toView(before, true));
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'action',
        entityId: id,
        action: 'update',
        before,
        after,
      });
      return view(ctx, id);
    },

    async remove(ctx: MemberContext, id: string): Promise<void> {
      const before = await repo.get(ctx.networkId, id);
      if (!before) throw missing();
      if (!mayEdit(ctx, before)) throw errors.forbidden('action.deleteOwn');
      await repo.remove(ctx.networkId, id);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'action',
        entityId: id,
        action: 'delete',
        before,
      });
    },

    /** The yearly renewal: open and busy actions of one plan year are carried over to the next (once). */
    async renew(ctx: MemberContext, input: { fromYear: number; toYear: number }): Promise<PlanRenewed> {
      if (input.toYear <= input.fromYear) throw errors.invalid({ toYear: 'action.laterYear' });
      const open = await repo.toCarry(ctx.networkId, input.fromYear);
      const now = nowIso();
      const rows: ActionRow[] = open.map((a) => ({
        ...a,
        id: newId(),
        plan_year: input.toYear,
        carried_from: a.id,
        created_at: now,
        updated_at: now,
        version: 1,
      }));
      await repo.insert(rows);
      for (const row of rows) {
        await recordChange(deps, {
          networkId: ctx.networkId,
          userId: ctx.userId,
          entity: 'action',
          entityId: row.id,
          action: 'create',
          after: row,
        });
      }
      const actions = await repo.list(ctx.networkId, { planYear: input.toYear });
      return { carried: rows.length, actions: actions.map((r) => toView(r, mayEdit(ctx, r))) };
    },
  };
}

export type ActionService = ReturnType<typeof createActionService>;
