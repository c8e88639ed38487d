import type { Deps } from '../common/deps.js';
import type { MemberContext } from '../../core/access.js';
import { errors } from '../../core/errors.js';
import { newId, nowIso } from '../../core/crypto.js';
import { recordChange } from '../common/changes.js';
import { relationRepository, type RelationRow } from './repository.js';
import type { RelationView } from './schemas.js';

export interface RelationInput {
  kind?: string;
  frequency?: string;
  quality?: number | null;
}

type Named = RelationRow & { a_name: string; a_domain: string; b_name: string; b_domain: string };

const mayEdit = (ctx: MemberContext, actorA: string, actorB: string) =>
  ctx.role === 'kartrekker' || (ctx.actorId !== null && (ctx.actorId === actorA || ctx.actorId === actorB));

const notYours = () => errors.forbidden('relation.notYours');
const missing = () => errors.notFound('relation.notFound');

export function createRelationService(deps: Deps) {
  const repo = relationRepository(deps.db, deps.database.readMany);

  const toView = (ctx: MemberContext, r: Named): RelationView => ({
    id: r.id,
    actorAId: r.actor_a_id,
    actorAName: r.a_name,
    actorADomain: r.a_domain,
    actorBId: r.actor_b_id,
    actorBName: r.b_name,
    actorBDomain: r.b_domain,
    kind: r.kind,
    frequency: r.frequency,
    quality: r.quality === null ? null : Number(r.quality),
    editable: mayEdit(ctx, r.actor_a_id, r.actor_b_id),
    version: Number(r.version),
    updatedAt: r.updated_at,
  });

  async function view(ctx: MemberContext, relationId: string): Promise<RelationView> {
    const row = await repo.get(ctx.networkId, relationId);
    if (!row) throw missing();
    return toView(ctx, row);
  }

  return {
    async list(ctx: MemberContext): Promise<RelationView[]> {
      return (await repo.list(ctx.networkId)).map((r) => toView(ctx, r));
    },

    get: view,

    async create(
      ctx: MemberContext,
      input: RelationInput & { actorAId: string; actorBId: string },
    ): Promise<RelationView> {
      if (input.actorAId === input.actorBId) {
        throw errors.invalid({ actorBId: 'relation.sameActor' });
      }
      const [a, b] = [input.actorAId, input.actorBId].sort();
      const present = await repo.actorsInNetwork(ctx.networkId, [a, b]);
      if (present.length !== 2) {
        const field = present.includes(input.actorAId) ? 'actorBId' : 'actorAId';
        throw errors.invalid({ [field]: 'relation.actorMissing' });
      }
      if (!mayEdit(ctx, a, b)) throw notYours();
      const existing = await repo.getPair(ctx.networkId, a, b);
      if (existing) {
        throw errors.conflict('relation.exists', { current: toView(ctx, existing) });
      }
      const now = nowIso();
      const row: RelationRow = {
        id: newId(),
        network_id: ctx.networkId,
        actor_a_id: a,
        actor_b_id: b,
        kind: input.kind ?? '',
        frequency: input.frequency ?? '',
        quality: input.quality ?? null,
        created_at: now,
        updated_at: now,
        version: 1,
      };
      try {
        await repo.insert(row);
      } catch (err) {
        // Two people adding the same pair at once: the unique constraint decides, the loser gets the winner's record.
        const winner = await repo.getPair(ctx.networkId, a, b);
        if (winner) throw errors.conflict('relation.exists', { current: toView(ctx, winner) });
        throw err;
      }
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'relation',
        entityId: row.id,
        action: 'create',
        after: row,
      });
      return view(ctx, row.id);
    },

    async update(
      ctx: MemberContext,
      relationId: string,
      input: RelationInput & { version: number },
    ): Promise<RelationView> {
      const before = await repo.get(ctx.networkId, relationId);
      if (!before) throw missing();
      if (!mayEdit(ctx, before.actor_a_id, before.actor_b_id)) throw notYours();
      const patch: Partial<RelationRow> = { updated_at: nowIso() };
      if (input.kind !== undefined) patch.kind = input.kind;
      if (input.frequency !== undefined) patch.frequency = input.frequency;
      if (input.quality !== undefined) patch.quality = input.quality;
      const after = await repo.update(ctx.networkId, relationId, input.version, patch);
      if (!after) throw errors.stale(toView(ctx, before));
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'relation',
        entityId: relationId,
        action: 'update',
        before,
        after,
      });
      return view(ctx, relationId);
    },

    async remove(ctx: MemberContext, relationId: string): Promise<void> {
      const before = await repo.get(ctx.networkId, relationId);
      if (!before) throw missing();
      if (!mayEdit(ctx, before.actor_a_id, before.actor_b_id)) throw notYours();
      await repo.remove(ctx.networkId, relationId);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'relation',
        entityId: relationId,
        action: 'delete',
        before,
      });
    },
  };
}

export type RelationService = ReturnType<typeof createRelationService>;
