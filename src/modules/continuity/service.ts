import type { Deps } from '../common/deps.js';
import type { MemberContext } from '../../core/access.js';
import { errors } from '../../core/errors.js';
import type { MessageRef } from '../../core/messages/index.js';
import { newId, nowIso } from '../../core/crypto.js';
import { recordChange } from '../common/changes.js';
import { today as todayIso } from '../common/dates.js';
import { compareCodePoints } from '../../domain/effects/calculate.js';
import { continuityRepository, type ContinuityNamedRow, type ContinuityRow } from './repository.js';
import { STARTER_CONTINUITY } from './defaults.js';
import {
  CONTINUITY_STATUSES,
  type ContinuityItemView,
  type ContinuityListView,
  type ContinuityOverdueItem,
  type ContinuityStatus,
} from './schemas.js';

type ItemInput = {
  title?: string;
  description?: string;
  status?: ContinuityStatus;
  reason?: string;
  ownerMemberId?: string | null;
  ownerActorId?: string | null;
  dueOn?: string | null;
};

const isOverdue = (r: { status: string; due_on: string | null }, today: string) =>
  (r.status === 'open' || r.status === 'bezig') && r.due_on !== null && r.due_on < today;

export function createContinuityService(deps: Deps) {
  const repo = continuityRepository(deps.db);
  const missing = () => errors.notFound('continuity.notFound');

  function view(r: ContinuityNamedRow, today: string): ContinuityItemView {
    return {
      id: r.id,
      starterKey: r.starter_key,
      title: r.title,
      description: r.description,
      status: r.status as ContinuityStatus,
      reason: r.reason,
      ownerMemberId: r.owner_member_id,
      ownerActorId: r.owner_actor_id,
      ownerName: r.owner_name,
      dueOn: r.due_on,
      overdue: isOverdue(r, today),
      version: Number(r.version),
      updatedAt: r.updated_at,
    };
  }

  /** The first view copies the starter points; a list that was emptied stays empty. */
  async function ensureList(networkId: string) {
    if (await repo.started(networkId)) return;
    const now = nowIso();
    await repo.insert(
      STARTER_CONTINUITY.map((s, i) => ({
        id: newId(),
        network_id: networkId,
        starter_key: s.key,
        title: s.title,
        description: s.description,
        status: 'open',
        reason: '',
        owner_member_id: null,
        owner_actor_id: null,
        due_on: null,
        position: i,
        removed_at: null,
        created_at: now,
        updated_at: now,
        version: 1,
      })),
    );
  }

  /** Owner in this network, one owner at most, and a reason for "niet van toepassing". */
  async function check(networkId: string, merged: ItemInput, input: ItemInput) {
    const fields: Record<string, MessageRef> = {};
    if (merged.ownerMemberId && merged.ownerActorId) fields.ownerActorId = 'continuity.oneOwner';
    if (input.ownerMemberId) {
      const members = await repo.members(networkId);
      if (!members.some((m) => m.id === input.ownerMemberId)) fields.ownerMemberId = 'member.notInNetwork';
    }
    if (input.ownerActorId) {
      const partners = await repo.partners(networkId);
      if (!partners.some((p) => p.id === input.ownerActorId)) fields.ownerActorId = 'actor.notInNetwork';
    }
    if (merged.status === 'nvt' && !(merged.reason ?? '').trim()) fields.reason = 'continuity.reasonNeeded';
    if (Object.keys(fields).length) throw errors.invalid(fields);
  }

  const columns = (i: ItemInput): Partial<ContinuityRow> => {
    const out: Partial<ContinuityRow> = {};
    if (i.title !== undefined) out.title = i.title;
    if (i.description !== undefined) out.description = i.description;
    if (i.status !== undefined) out.status = i.status;
    if (i.reason !== undefined) out.reason = i.reason;
    if (i.ownerMemberId !== undefined) out.owner_member_id = i.ownerMemberId;
    if (i.ownerActorId !== undefined) out.owner_actor_id = i.ownerActorId;
    if (i.dueOn !== undefined) out.due_on = i.dueOn;
    return out;
  };

  async function one(ctx: MemberContext, itemId: string, today = todayIso()) {
    const r = await repo.get(ctx.networkId, itemId);
    if (!r) throw missing();
    return view(r, today);
  }

  return {
    async list(ctx: MemberContext, today = todayIso()): Promise<ContinuityListView> {
      await ensureList(ctx.networkId);
      const [rows, members, partners] = await Promise.all([
        repo.list(ctx.networkId),
        repo.members(ctx.networkId),
        repo.partners(ctx.networkId),
      ]);
      const items = rows.map((r) => view(r, today));
      const counts = Object.fromEntries(CONTINUITY_STATUSES.map((s) => [s, 0])) as Record<ContinuityStatus, number>;
      for (const i of items) counts[i.status] = (counts[i.status] ?? 0) + 1;
      return {
        items,
        owners: { members: members.sort((a, b) => compareCodePoints(a.name, b.name)), partners },
        counts: { ...counts, total: items.length, overdue: items.filter((i) => i.overdue).length },
      };
    },

    async add(ctx: MemberContext, input: ItemInput & { title: string }): Promise<ContinuityItemView> {
      await ensureList(ctx.networkId);
      await check(ctx.networkId, input, input);
      const now = nowIso();
      const row: ContinuityRow = {
        id: newId(),
        network_id: ctx.networkId,
        starter_key: null,
        title: input.title,
        description: '',
        status: 'open',
        reason: '',
        owner_member_id: null,
        owner_actor_id: null,
        due_on: null,
        position: await repo.nextPosition(ctx.networkId),
        removed_at: null,
        ...columns(input),
        created_at: now,
        updated_at: now,
        version: 1,
      };
      await repo.insert([row]);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'continuity_item',
        entityId: row.id,
        action: 'create',
        after: row,
      });
      return one(ctx, row.id);
    },

    async update(ctx: MemberContext, itemId: string, input: ItemInput & { version: number }) {
      const before = await repo.get(ctx.networkId, itemId);
      if (!before) throw missing();
      // Choosing one kind of owner clears the other, so switching from a member to a partner is one step.
      const patch = columns(input);
      if (input.ownerMemberId && input.ownerActorId === undefined) patch.owner_actor_id = null;
      if (input.ownerActorId && input.ownerMemberId === undefined) patch.owner_member_id = null;
      await check(
        ctx.networkId,
        {
          ownerMemberId: patch.owner_member_id !== undefined ? patch.owner_member_id : before.owner_member_id,
          ownerActorId: patch.owner_actor_id !== undefined ? patch.owner_actor_id : before.owner_actor_id,
          status: (input.status ?? before.status) as ContinuityStatus,
          reason: input.reason ?? before.reason,
        },
        input,
      );
      const after = await repo.update(ctx.networkId, itemId, input.version, { ...patch, updated_at: nowIso() });
      if (!after) throw errors.stale(await one(ctx, itemId));
      const { owner_name: _name, ...beforeRow } = before;
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'continuity_item',
        entityId: itemId,
        action: 'update',
        before: beforeRow,
        after,
      });
      return one(ctx, itemId);
    },

    async remove(ctx: MemberContext, itemId: string): Promise<void> {
      const before = await repo.get(ctx.networkId, itemId);
      if (!before) throw missing();
      await repo.remove(ctx.networkId, itemId, nowIso());
      const { owner_name: _name, ...beforeRow } = before;
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'continuity_item',
        entityId: itemId,
        action: 'delete',
        before: beforeRow,
      });
    },

    /**
     * For the kartrekker cockpit (and its weekly digest): the points still open or bezig whose
     * date lies before `today` (YYYY-MM-DD), oldest first. Takes the network id, not a member,
     * because the cockpit checks access itself and its job runs across networks.
     */
    async overdue(networkId: string, today: string): Promise<ContinuityOverdueItem[]> {
      const rows = await repo.overdue(networkId, today);
      return rows.map((r) => ({
        id: r.id,
        title: r.title,
        status: r.status as 'open' | 'bezig',
        dueOn: r.due_on as string,
        ownerName: r.owner_name,
      }));
    },
  };
}

export type ContinuityService = ReturnType<typeof createContinuityService>;
