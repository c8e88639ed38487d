import type { Deps } from '../common/deps.js';
import type { MemberContext } from '../../core/access.js';
import { errors } from '../../core/errors.js';
import { newId, nowIso } from '../../core/crypto.js';
import { recordChange } from '../common/changes.js';
import { listText, parseList } from '../common/json.js';
import { DEFAULT_FUNCTIONS } from './defaults.js';
import { functionRepository, type FunctionRow } from './repository.js';
import type { FunctionChecklist, FunctionStatus, FunctionView } from './schemas.js';
import { proposeMatches, type MatchActor } from '../../domain/whoiswho/match.js';

const missing = () => errors.notFound('function.notFound');

export function createFunctionService(deps: Deps) {
  const repo = functionRepository(deps.db);

  /** The first look at the checklist makes the network's own copy of the usual list. */
  async function ensureList(networkId: string) {
    if (await repo.exists(networkId)) return;
    const now = nowIso();
    await repo.insert(
      DEFAULT_FUNCTIONS.map((f, i) => ({
        id: newId(),
        network_id: networkId,
        name: f.name,
        search_query: f.searchQuery,
        actor_ids: '[]',
        position: i + 1,
        removed_at: null,
        created_at: now,
        updated_at: now,
        version: 1,
      })),
    );
  }

  function toView(
    ctx: MemberContext,
    row: FunctionRow,
    actors: Awaited<ReturnType<typeof repo.actorsWithRelations>>,
  ): FunctionView {
    const linkedIds = parseList(row.actor_ids);
    const linked = linkedIds
      .map((id) => actors.get(id))
      .filter((a): a is NonNullable<typeof a> => Boolean(a))
      .map((a) => ({ id: a.id, name: a.name, relations: a.relations }));
    // Only partners (not those approached) are proposed: they are in the network already.
    const partners: MatchActor[] = [...actors.values()]
      .filter((a) => a.status === 'partner')
      .map((a) => ({
        id: a.id,
        name: a.name,
        kind: a.kind,
        domain: a.domain,
        themes: parseList(a.themes),
        targetGroups: parseList(a.target_groups),
        description: a.description,
      }));
    const suggestions = proposeMatches(
      { name: row.name, searchQuery: row.search_query, actorIds: linkedIds },
      partners,
    ).map((m) => ({ id: m.actorId, name: actors.get(m.actorId)!.name, reasons: m.reasons }));
    const status: FunctionStatus =
      linked.length === 0 ? 'missing' : linked.some((a) => a.relations > 0) ? 'present' : 'unconnected';
    return {
      id: row.id,
      name: row.name,
      searchQuery: row.search_query,
      actors: linked,
      status,
      searchUrl:
        status === 'missing'
          ? `/api/networks/${ctx.networkId}/directory?q=${encodeURIComponent(row.search_query || row.name)}`
          : null,
      suggestions,
      version: Number(row.version),
    };
  }

  async function view(ctx: MemberContext, functionId: string) {
    const [row, actors] = await Promise.all([
      repo.get(ctx.networkId, functionId),
      repo.actorsWithRelations(ctx.networkId),
    ]);
    if (!row) throw missing();
    return toView(ctx, row, actors);
  }

  return {
    async checklist(ctx: MemberContext): Promise<FunctionChecklist> {
      await ensureList(ctx.networkId);
      const [rows, actors] = await Promise.all([repo.list(ctx.networkId), repo.actorsWithRelations(ctx.networkId)]);
      const functions = rows.map((r) => toView(ctx, r, actors));
      const counts = { present: 0, missing: 0, unconnected: 0 };
      for (const f of functions) counts[f.status]++;
      return { functions, counts };
    },

    async add(ctx: MemberContext, input: { name: string; searchQuery?: string }): Promise<FunctionView> {
      await ensureList(ctx.networkId);
      const now = nowIso();
      const row: FunctionRow = {
        id: newId(),
        network_id: ctx.networkId,
        name: input.name,
        search_query: input.searchQuery || input.name,
        actor_ids: '[]',
        position: (await repo.maxPosition(ctx.networkId)) + 1,
        removed_at: null,
        created_at: now,
        updated_at: now,
        version: 1,
      };
      await repo.insert([row]);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'function',
        entityId: row.id,
        action: 'create',
        after: row,
      });
      return view(ctx, row.id);
    },

    async update(
      ctx: MemberContext,
      functionId: string,
      input: { name?: string; searchQuery?: string; actorIds?: string[]; version: number },
    ): Promise<FunctionView> {
      const before = await repo.get(ctx.networkId, functionId);
      if (!before) throw missing();
      if ((input.name !== undefined || input.searchQuery !== undefined) && ctx.role !== 'kartrekker') {
        throw errors.forbidden('function.onlyLeadRenames');
      }
      const patch: Partial<FunctionRow> = { updated_at: nowIso() };
      if (input.name !== undefined) patch.name = input.name;
      if (input.searchQuery !== undefined) patch.search_query = input.searchQuery || (input.name ?? before.name);
      if (input.actorIds !== undefined) {
        const inNetwork = await repo.actorsWithRelations(ctx.networkId);
        const unknown = input.actorIds.find((a) => !inNetwork.has(a));
        if (unknown) throw errors.invalid({ actorIds: 'function.partnersOnly' });
        patch.actor_ids = listText(input.actorIds);
      }
      const after = await repo.update(ctx.networkId, functionId, input.version, patch);
      if (!after) throw errors.stale(await view(ctx, functionId));
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'function',
        entityId: functionId,
        action: 'update',
        before,
        after,
      });
      return view(ctx, functionId);
    },

    async remove(ctx: MemberContext, functionId: string): Promise<void> {
      const before = await repo.get(ctx.networkId, functionId);
      if (!before) throw missing();
      await repo.update(ctx.networkId, functionId, Number(before.version), {
        removed_at: nowIso(),
        updated_at: nowIso(),
      });
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'function',
        entityId: functionId,
        action: 'delete',
        before,
      });
    },
  };
}

export type FunctionService = ReturnType<typeof createFunctionService>;
