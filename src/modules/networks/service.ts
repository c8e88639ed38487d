import type { Deps } from '../common/deps.js';
import type { MemberContext, SessionUser } from '../../core/access.js';
import type { Role } from '../../domain/vocabulary.js';
import { errors } from '../../core/errors.js';
import { newId, nowIso } from '../../core/crypto.js';
import { recordChange, writeAudit } from '../common/changes.js';
import { NetworkCache } from '../../core/network-cache.js';
import { listText, parseList } from '../common/json.js';
import type { Services } from '../../core/registry.js';
import { networkRepository, type NetworkRow } from './repository.js';
import type { NetworkOverview, NetworkSummary } from './schemas.js';

export function toSummary(row: NetworkRow, role: Role): NetworkSummary {
  return {
    id: row.id,
    name: row.name,
    areaLevel: row.area_level,
    areaName: row.area_name,
    regionCode: row.region_code,
    population: row.population === null ? null : Number(row.population),
    ambition: row.ambition,
    vision: row.vision,
    focusThemes: parseList(row.focus_themes),
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    role,
  };
}

export interface NetworkInput {
  name?: string;
  areaLevel?: string;
  areaName?: string;
  regionCode?: string | null;
  population?: number | null;
  ambition?: string;
  vision?: string;
  focusThemes?: string[];
}

function toColumns(input: NetworkInput): Partial<NetworkRow> {
  const out: Partial<NetworkRow> = {};
  if (input.name !== undefined) out.name = input.name;
  if (input.areaLevel !== undefined) out.area_level = input.areaLevel;
  if (input.areaName !== undefined) out.area_name = input.areaName;
  if (input.regionCode !== undefined) out.region_code = input.regionCode;
  if (input.population !== undefined) out.population = input.population;
  if (input.ambition !== undefined) out.ambition = input.ambition;
  if (input.vision !== undefined) out.vision = input.vision;
  if (input.focusThemes !== undefined) out.focus_themes = listText(input.focusThemes);
  return out;
}

/** The overview lists the members through the member service. */
export function createNetworkService(deps: Deps, { members }: Pick<Services, 'members'>) {
  const networks = networkRepository(deps.db);

  const overviews = new NetworkCache<NetworkOverview>(deps.live, { ttlMs: 60_000, maxEntries: 1000 });

  // Four queries, not six: the actor and member counts are the lengths of the lists.
  async function loadOverview(ctx: MemberContext): Promise<NetworkOverview> {
    const networkId = ctx.networkId;
    const [row, memberViews, actorRows, relations] = await Promise.all([
      networks.get(networkId),
      members.list(ctx),
      networks.overviewActors(networkId),
      networks.relationCount(networkId),
    ]);
    if (!row) throw errors.notFound();
    return {
      network: toSummary(row, 'meekijker'),
      members: memberViews,
      actors: actorRows.map((a) => ({
        id: a.id,
        name: a.name,
        kind: a.kind,
        domain: a.domain,
        themes: parseList(a.themes),
        status: a.status,
      })),
      counts: { actors: actorRows.length, members: memberViews.length, relations },
    };
  }

  return {
    async listMine(user: SessionUser): Promise<NetworkSummary[]> {
      return (await networks.listForUser(user.id)).map((r) => toSummary(r, r.role as Role));
    },

    async create(
      user: SessionUser,
      input: Required<Pick<NetworkInput, 'name' | 'areaLevel' | 'areaName'>> & NetworkInput,
    ): Promise<NetworkSummary> {
      const now = nowIso();
      const row: NetworkRow = {
        id: newId(),
        name: input.name,
        area_level: input.areaLevel,
        area_name: input.areaName,
        region_code: input.regionCode ?? null,
        population: input.population ?? null,
        ambition: input.ambition ?? '',
        vision: '',
        focus_themes: '[]',
        created_by: user.id,
        created_at: now,
        updated_at: now,
        version: 1,
      };
      await networks.insertWithLead(row, {
        id: newId(),
        network_id: row.id,
        user_id: user.id,
        role: 'kartrekker',
        actor_id: null,
        created_at: now,
        updated_at: now,
        version: 1,
      });
      await recordChange(deps, {
        networkId: row.id,
        userId: user.id,
        entity: 'network',
        entityId: row.id,
        action: 'create',
        after: row,
        notifyUserId: user.id,
      });
      return toSummary(row, 'kartrekker');
    },

    /** The data of a network's home page; read often, so cached until the network changes. */
    async overview(ctx: MemberContext): Promise<NetworkOverview> {
      // Whoever misses the cache loads it; the result depends on the network only.
      const shared = await overviews.get(ctx.networkId, () => loadOverview(ctx));
      return { ...shared, network: { ...shared.network, role: ctx.role } };
    },

    async update(ctx: MemberContext, input: NetworkInput & { version: number }): Promise<NetworkSummary> {
      const before = await networks.get(ctx.networkId);
      if (!before) throw errors.notFound();
      const after = await networks.update(ctx.networkId, input.version, { ...toColumns(input), updated_at: nowIso() });
      if (!after) throw errors.stale(toSummary(before, ctx.role));
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'network',
        entityId: ctx.networkId,
        action: 'update',
        before,
        after,
      });
      return toSummary(after, ctx.role);
    },

    async remove(ctx: MemberContext): Promise<void> {
      const memberIds = await members.list(ctx);
      await deps.db.transaction().execute(async (trx) => {
        await networkRepository(trx).delete(ctx.networkId);
        // The deletion itself stays on record outside any network's trail (network_id empty):
        // who deleted which network when, nothing of its content.
        await writeAudit(trx, {
          networkId: null,
          userId: ctx.userId,
          entity: 'network',
          entityId: ctx.networkId,
          action: 'delete',
        });
      });
      await deps.live.publish({ networkId: ctx.networkId, type: 'network.delete', entityId: ctx.networkId });
      for (const m of memberIds)
        await deps.live.publish({ userId: m.userId, type: 'network.delete', entityId: ctx.networkId });
    },
  };
}

export type NetworkService = ReturnType<typeof createNetworkService>;
