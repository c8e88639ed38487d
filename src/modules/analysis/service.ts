import type { Deps } from '../../server/deps.js';
import type { MemberContext } from '../../server/access.js';
import { errors } from '../../server/errors.js';
import { newId, nowIso } from '../../server/crypto.js';
import { recordChange } from '../../server/changes.js';
import { NetworkCache } from '../../server/network-cache.js';
import { analyseNetwork } from '../../domain/network/measures.js';
import { today } from '../common/dates.js';
import { analysisRepository } from './repository.js';
import { domainPairText, dutchNumber, summarise } from './summary.js';
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

const byName = (a: ActorRef, b: ActorRef) => compareDutch(a.name, b.name) || (a.id < b.id ? -1 : 1);

/** Computes the analysis from actors and relations; actors are keyed by id, so equal names stay apart. */
export function analyse(actors: ActorRef[], relations: RelationData[]): NetworkAnalysisView {
  const result = analyseNetwork(
    actors.map((a) => ({ label: a.id, domain: a.domain })),
    relations.map((r) => ({ from: r.actorAId, to: r.actorBId })),
  );
  const ref = new Map(actors.map((a) => [a.id, a]));
  const refs = (ids: string[]) => ids.map((i) => ref.get(i)!).sort(byName);
  const centrality = result.centrality
    .map((c) => ({ ...ref.get(c.label)!, degree: c.degree, betweenness: c.betweenness }))
    .sort((x, y) => Math.round((y.betweenness - x.betweenness) * 1e12) || y.degree - x.degree || byName(x, y));
  const present = Object.keys(result.crossDomain);
  const missingDomainPairs: NetworkAnalysisView['missingDomainPairs'] = [];
  for (let i = 0; i < present.length; i++) {
    for (let j = i + 1; j < present.length; j++) {
      const [a, b] = [present[i], present[j]];
      if (result.crossDomain[a][b] === 0) missingDomainPairs.push({ a, b, text: domainPairText(a, b) });
    }
  }
  const isolated = refs(result.isolated);
  const communities = result.communities.map(refs).sort((x, y) => y.length - x.length || byName(x[0], y[0]));
  const brokers = centrality.filter((c) => c.betweenness > 0).slice(0, 3);
  return {
    actors: result.actors,
    relations: result.relations,
    density: result.density,
    components: result.components,
    isolated,
    centrality,
    crossDomain: result.crossDomain,
    missingDomainPairs,
    communities,
    modularity: result.modularity,
    summary: summarise({
      actors: result.actors,
      relations: result.relations,
      density: result.density,
      components: result.components,
      isolated,
      brokers,
      communities: communities.length,
      modularity: result.modularity,
      missingDomainPairs,
    }),
  };
}

function measuresOf(a: NetworkAnalysisView): SnapshotMeasures {
  const domains = Object.keys(a.crossDomain);
  let linked = 0;
  for (let i = 0; i < domains.length; i++) for (let j = i + 1; j < domains.length; j++) if (a.crossDomain[domains[i]][domains[j]] > 0) linked++;
  return {
    actors: a.actors,
    relations: a.relations,
    density: a.density,
    components: a.components,
    isolated: a.isolated.length,
    communities: a.communities.length,
    modularity: a.modularity,
    domainPairsLinked: linked,
    domainPairsMissing: a.missingDomainPairs.length,
  };
}

const MEASURE_LABELS: Record<keyof SnapshotMeasures, string> = {
  actors: 'Partners',
  relations: 'Relaties',
  density: 'Dichtheid',
  components: 'Losse delen',
  isolated: 'Partners zonder relatie',
  communities: 'Groepen (gemeenschappen)',
  modularity: 'Modulariteit',
  domainPairsLinked: 'Domeinparen die samenwerken',
  domainPairsMissing: 'Domeinparen die nog niet samenwerken',
};

export function analysisService(deps: Deps) {
  const repo = analysisRepository(deps.db);
  const analyses = new NetworkCache<NetworkAnalysisView>(deps.live, { ttlMs: 10 * 60_000, maxEntries: 200 });

  async function current(networkId: string): Promise<Omit<SnapshotData, 'measures' | 'analysis'>> {
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
    return { row, data: JSON.parse(row.data) as SnapshotData };
  }

  const summaryOf = (row: { id: string; label: string; taken_on: string; created_at: string }, data: SnapshotData): SnapshotSummary => ({
    id: row.id,
    label: row.label,
    takenOn: row.taken_on,
    createdAt: row.created_at,
    measures: data.measures,
  });

  return {
    /** Betweenness on a large network takes a while, so the result is kept until the network changes. */
    async analysis(ctx: MemberContext): Promise<NetworkAnalysisView> {
      return analyses.get(ctx.networkId, async () => {
        const { actors, relations } = await current(ctx.networkId);
        return analyse(actors, relations);
      });
    },

    async createSnapshot(ctx: MemberContext, input: { label: string; takenOn?: string }): Promise<SnapshotSummary> {
      const { actors, relations } = await current(ctx.networkId);
      const analysis = analyse(actors, relations);
      const data: SnapshotData = { actors, relations, measures: measuresOf(analysis), analysis };
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
      await recordChange(deps, { networkId: ctx.networkId, userId: ctx.userId, entity: 'snapshot', entityId: row.id, action: 'create', after: { label: row.label, taken_on: row.taken_on } });
      return summaryOf(row, data);
    },

    async listSnapshots(ctx: MemberContext): Promise<SnapshotSummary[]> {
      return (await repo.listSnapshots(ctx.networkId)).map((r) => summaryOf(r, JSON.parse(r.data) as SnapshotData));
    },

    async getSnapshot(ctx: MemberContext, snapshotId: string): Promise<SnapshotSummary & SnapshotData> {
      const { row, data } = await load(ctx, snapshotId);
      return { ...summaryOf(row, data), ...data };
    },

    async removeSnapshot(ctx: MemberContext, snapshotId: string): Promise<void> {
      const { row } = await load(ctx, snapshotId);
      await repo.removeSnapshot(ctx.networkId, snapshotId);
      await recordChange(deps, { networkId: ctx.networkId, userId: ctx.userId, entity: 'snapshot', entityId: snapshotId, action: 'delete', before: { label: row.label, taken_on: row.taken_on } });
    },

    async compare(ctx: MemberContext, snapshotId: string, withId?: string): Promise<SnapshotComparison> {
      const before = await load(ctx, snapshotId);
      let after: { id: string | null; label: string; takenOn: string; data: Omit<SnapshotData, 'analysis'> };
      if (withId) {
        const other = await load(ctx, withId);
        after = { id: other.row.id, label: other.row.label, takenOn: other.row.taken_on, data: other.data };
      } else {
        const now = await current(ctx.networkId);
        after = { id: null, label: 'Nu', takenOn: today(), data: { ...now, measures: measuresOf(analyse(now.actors, now.relations)) } };
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
