import type { Deps } from '../common/deps.js';
import type { MemberContext } from '../../core/access.js';
import { errors } from '../../core/errors.js';
import { newId, nowIso } from '../../core/crypto.js';
import { recordChange } from '../common/changes.js';
import { NetworkCache } from '../../core/network-cache.js';
import { today } from '../common/dates.js';
import { analysisRepository } from './repository.js';
import { analyseOffLoop } from './analyse.js';
import { compareDutch } from '../../domain/collate.js';
import type {
  ActorRef,
  NetworkAnalysisView,
  SnapshotComparison,
  SnapshotData,
  SnapshotMeasures,
  SnapshotSummary,
} from './schemas.js';

type RelationData = SnapshotData['relations'][number];
/** What a snapshot row holds: its analysis is computed again when asked for, never stored. */
type StoredSnapshot = Omit<SnapshotData, 'measures' | 'analysis'> & { measures: StoredMeasures };
/**
 * Snapshots taken before the one network reading counted every isolated actor as a separate part
 * and as a group of its own. Taking those back out gives today's parts and groups.
 */
type LegacyMeasures = Omit<SnapshotMeasures, 'parts' | 'groups'> & { components: number; communities: number };
type StoredMeasures = SnapshotMeasures | LegacyMeasures;

const byName = (a: ActorRef, b: ActorRef) => compareDutch(a.name, b.name) || (a.id < b.id ? -1 : 1);

const dutchNumber = (x: number, digits = 2): string =>
  x.toLocaleString('nl-NL', { minimumFractionDigits: 0, maximumFractionDigits: digits });

function measuresOf({ reading: r }: NetworkAnalysisView): SnapshotMeasures {
  return {
    actors: r.actors,
    relations: r.relations,
    density: r.density,
    parts: r.parts,
    isolated: r.isolated.length,
    groups: r.groups.length,
    modularity: r.modularity,
    domainPairsLinked: (r.domains.length * (r.domains.length - 1)) / 2 - r.domainGaps.length,
    domainPairsMissing: r.domainGaps.length,
  };
}

function storedMeasures(m: StoredMeasures): SnapshotMeasures {
  if (!('components' in m)) return m;
  const { components, communities, ...rest } = m;
  return {
    actors: rest.actors,
    relations: rest.relations,
    density: rest.density,
    parts: components - rest.isolated,
    isolated: rest.isolated,
    groups: communities - rest.isolated,
    modularity: rest.modularity,
    domainPairsLinked: rest.domainPairsLinked,
    domainPairsMissing: rest.domainPairsMissing,
  };
}

const MEASURE_LABELS: Record<keyof SnapshotMeasures, string> = {
  actors: 'Partners',
  relations: 'Relaties',
  density: 'Dichtheid',
  parts: 'Losse delen',
  isolated: 'Partners zonder relatie',
  groups: 'Groepen',
  modularity: 'Modulariteit',
  domainPairsLinked: 'Domeinparen die samenwerken',
  domainPairsMissing: 'Domeinparen die nog niet samenwerken',
};

export function createAnalysisService(deps: Deps) {
  const repo = analysisRepository(deps.db, deps.database.readMany);
  const analyses = new NetworkCache<NetworkAnalysisView>(deps.live, { ttlMs: 10 * 60_000, maxEntries: 200 });
  /** A large network is analysed on the pool (analyse.ts), so it holds up nobody. */
  const analyse = (actors: ActorRef[], relations: RelationData[]) => analyseOffLoop(deps.pool, actors, relations);

  async function current(networkId: string): Promise<Omit<StoredSnapshot, 'measures'>> {
    const [actorRows, relationRows] = await Promise.all([repo.actors(networkId), repo.relations(networkId)]);
    return {
      actors: actorRows.map((a) => ({ id: a.id, name: a.name, domain: a.domain })),
      relations: relationRows.map((r) => ({
        actorAId: r.actor_a_id,
        actorBId: r.actor_b_id,
        kind: r.kind,
        frequency: r.frequency,
        quality: r.quality === null ? null : Number(r.quality),
      })),
    };
  }

  async function load(ctx: MemberContext, snapshotId: string) {
    const row = await repo.getSnapshot(ctx.networkId, snapshotId);
    if (!row) throw errors.notFound('snapshot.notFound');
    return { row, data: parse(row.data) };
  }

  const parse = (json: string) => {
    const stored = JSON.parse(json) as StoredSnapshot;
    return { actors: stored.actors, relations: stored.relations, measures: storedMeasures(stored.measures) };
  };

  const summaryOf = (
    row: { id: string; label: string; taken_on: string; created_at: string },
    data: { measures: SnapshotMeasures },
  ): SnapshotSummary => ({
    id: row.id,
    label: row.label,
    takenOn: row.taken_on,
    createdAt: row.created_at,
    measures: data.measures,
  });

  return {
    /** Betweenness on a large network takes a while (on the pool), so the result is kept until the network changes. */
    async analysis(ctx: MemberContext): Promise<NetworkAnalysisView> {
      return analyses.get(ctx.networkId, async () => {
        const { actors, relations } = await current(ctx.networkId);
        return analyse(actors, relations);
      });
    },

    async createSnapshot(ctx: MemberContext, input: { label: string; takenOn?: string }): Promise<SnapshotSummary> {
      const { actors, relations } = await current(ctx.networkId);
      const data = {
        actors,
        relations,
        measures: measuresOf(await analyse(actors, relations)),
      } satisfies StoredSnapshot;
      const row = {
        id: newId(),
        network_id: ctx.networkId,
        label: input.label,
        taken_on: input.takenOn ?? today(),
        data: JSON.stringify(data),
        created_by: ctx.userId,
        created_at: nowIso(),
      };
      await repo.insertSnapshot(row);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'snapshot',
        entityId: row.id,
        action: 'create',
        after: { label: row.label, taken_on: row.taken_on },
      });
      return summaryOf(row, data);
    },

    async listSnapshots(ctx: MemberContext): Promise<SnapshotSummary[]> {
      return (await repo.listSnapshots(ctx.networkId)).map((r) => summaryOf(r, parse(r.data)));
    },

    async getSnapshot(ctx: MemberContext, snapshotId: string): Promise<SnapshotSummary & SnapshotData> {
      const { row, data } = await load(ctx, snapshotId);
      return { ...summaryOf(row, data), ...data, analysis: await analyse(data.actors, data.relations) };
    },

    async removeSnapshot(ctx: MemberContext, snapshotId: string): Promise<void> {
      const { row } = await load(ctx, snapshotId);
      await repo.removeSnapshot(ctx.networkId, snapshotId);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'snapshot',
        entityId: snapshotId,
        action: 'delete',
        before: { label: row.label, taken_on: row.taken_on },
      });
    },

    async compare(ctx: MemberContext, snapshotId: string, withId?: string): Promise<SnapshotComparison> {
      const before = await load(ctx, snapshotId);
      let after: { id: string | null; label: string; takenOn: string; data: Omit<SnapshotData, 'analysis'> };
      if (withId) {
        const other = await load(ctx, withId);
        after = { id: other.row.id, label: other.row.label, takenOn: other.row.taken_on, data: other.data };
      } else {
        const now = await current(ctx.networkId);
        after = {
          id: null,
          label: 'Nu',
          takenOn: today(),
          data: { ...now, measures: measuresOf(await analyse(now.actors, now.relations)) },
        };
      }
      const b = before.data;
      const a = after.data;
      const measures = (Object.keys(MEASURE_LABELS) as (keyof SnapshotMeasures)[]).map((key) => ({
        key,
        label: MEASURE_LABELS[key],
        before: b.measures[key],
        after: a.measures[key],
        difference: a.measures[key] - b.measures[key],
      }));
      const names = new Map([...b.actors, ...a.actors].map((x) => [x.id, x]));
      const beforeIds = new Set(b.actors.map((x) => x.id));
      const afterIds = new Set(a.actors.map((x) => x.id));
      const pairKey = (r: RelationData) => `${r.actorAId}|${r.actorBId}`;
      const beforePairs = new Set(b.relations.map(pairKey));
      const afterPairs = new Set(a.relations.map(pairKey));
      const pair = (r: RelationData) => ({ a: names.get(r.actorAId)!, b: names.get(r.actorBId)! });
      const actorsAdded = a.actors.filter((x) => !beforeIds.has(x.id)).sort(byName);
      const actorsRemoved = b.actors.filter((x) => !afterIds.has(x.id)).sort(byName);
      const relationsAdded = a.relations.filter((r) => !beforePairs.has(pairKey(r))).map(pair);
      const relationsRemoved = b.relations.filter((r) => !afterPairs.has(pairKey(r))).map(pair);
      const summary = [
        `Sinds "${before.row.label}": ${actorsAdded.length} partners erbij, ${actorsRemoved.length} weg; ${relationsAdded.length} relaties erbij, ${relationsRemoved.length} weg.`,
        `De dichtheid ging van ${dutchNumber(b.measures.density)} naar ${dutchNumber(a.measures.density)}.`,
        `Domeinparen die samenwerken: van ${b.measures.domainPairsLinked} naar ${a.measures.domainPairsLinked}.`,
      ];
      return {
        before: { id: before.row.id, label: before.row.label, takenOn: before.row.taken_on },
        after: { id: after.id, label: after.label, takenOn: after.takenOn },
        measures,
        actorsAdded,
        actorsRemoved,
        relationsAdded,
        relationsRemoved,
        summary,
      };
    },

    hasSnapshot: (networkId: string) => repo.hasSnapshot(networkId),
  };
}

export type AnalysisService = ReturnType<typeof createAnalysisService>;
