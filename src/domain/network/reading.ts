/**
 * The one reading of a network: what its measures mean, as codes and numbers, never sentences.
 * The CLI (`wijknet analyse`), the API and the web all show this reading; `reading-text.ts` puts
 * it into Dutch or English words.
 *
 * Definitions, the same everywhere:
 * - A *part* is a set of two or more actors that are connected, directly or through others.
 *   An actor without relations is *isolated*: it counts neither as a part nor as a group.
 * - *Groups* are the Louvain communities of two or more actors.
 * - Actors go into the graph in one stable order: by normalised name (lower case, accents
 *   removed), then by exact name, then by id. Louvain depends on the order of nodes and edges, and
 *   ids differ between the CLI (the file's label), the API and an export/import round trip while
 *   names do not: so the same network gets the same groups and modularity wherever it comes from.
 *   The exact name comes before the id so that "Cafe" and "Café" keep one order too.
 */

import { betweenness } from './betweenness.js';
import { buildGraph, OTHER_DOMAIN, type Graph } from './graph.js';
import { analyseGraph, type CrossDomainTable, type GraphMeasures, type NetworkWarning } from './measures.js';

export interface ReadingActor {
  id: string;
  name: string;
  /** Empty or missing means `overig`. */
  domain?: string;
}

/** A relation between two actor ids; the direction does not matter. */
export interface ReadingRelation {
  from: string;
  to: string;
}

export interface ActorRef {
  id: string;
  name: string;
}

/** Share of possible relations that exist: under 5 %, under 20 %, under 50 %, from 50 %. */
export type DensityBand = 'loose' | 'sparse' | 'connected' | 'dense';

/** From a modularity of 0.3 groups are usually taken to stand clearly apart. */
export type GroupSeparation = 'clear' | 'overlapping';

export interface NetworkReading {
  actors: number;
  relations: number;
  /** 2m / (n(n − 1)); 0 with fewer than two actors. */
  density: number;
  densityBand: DensityBand;
  /** Connected parts of two or more actors (isolated actors are not counted here). */
  parts: number;
  /** Actors without any relation, in the stable order. */
  isolated: ActorRef[];
  /** Up to three actors with the highest betweenness above 0, highest first. */
  brokers: (ActorRef & { betweenness: number })[];
  /** Louvain communities of two or more actors: largest first, members in the stable order. */
  groups: ActorRef[][];
  /** Newman modularity of the Louvain partition; 0 without relations. */
  modularity: number;
  /** Null with fewer than two groups. */
  separation: GroupSeparation | null;
  /** Domains present, in code-unit order. */
  domains: string[];
  /** Pairs of present domains without any relation between them (a < b). */
  domainGaps: { a: string; b: string }[];
}

export interface CentralityRef extends ActorRef {
  domain: string;
  /** deg / (n − 1) */
  degree: number;
  /** Normalised as NetworkX `betweenness_centrality(G, normalized=True)`. */
  betweenness: number;
}

export interface NetworkReadingResult {
  reading: NetworkReading;
  /** Every actor: by betweenness, then degree (both highest first), then the stable order. */
  centrality: CentralityRef[];
  /** Relations per pair of domains, symmetric; [a][a] counts those inside domain a. */
  crossDomain: CrossDomainTable;
  /** Input left out of the graph; `index` and `firstIndex` point into the arrays passed in. */
  warnings: NetworkWarning[];
}

const MAX_BROKERS = 3;
const CLEAR_MODULARITY = 0.3;
/** Rounding step for betweenness ties that differ only in the last bits (see measures.ts). */
const SORT_STEP = 1e-12;

const fold = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Positions of the actors in the stable order: code-unit comparisons, the same in every runtime. */
function stableOrder(actors: readonly ReadingActor[]): number[] {
  const keys = actors.map((a) => fold(a.name));
  return actors
    .map((_, i) => i)
    .sort(
      (i, j) =>
        compareText(keys[i], keys[j]) ||
        compareText(actors[i].name, actors[j].name) ||
        compareText(actors[i].id, actors[j].id),
    );
}

export function densityBand(density: number): DensityBand {
  if (density < 0.05) return 'loose';
  if (density < 0.2) return 'sparse';
  if (density < 0.5) return 'connected';
  return 'dense';
}

/**
 * A network's graph in the stable order, before any measure: its betweenness (the one costly
 * measure) can then be computed elsewhere, for example spread over threads, and handed to
 * `finishReading`.
 */
export interface PreparedReading {
  graph: Graph;
  actors: readonly ReadingActor[];
  relations: readonly ReadingRelation[];
  actorOrder: number[];
  relationOrder: number[];
  rank: Map<string, number>;
}

export function readNetwork(
  actors: readonly ReadingActor[],
  relations: readonly ReadingRelation[],
): NetworkReadingResult {
  const prepared = prepareReading(actors, relations);
  return finishReading(prepared, betweenness(prepared.graph));
}

export function prepareReading(
  actors: readonly ReadingActor[],
  relations: readonly ReadingRelation[],
): PreparedReading {
  const actorOrder = stableOrder(actors);
  const rank = new Map<string, number>();
  actorOrder.forEach((original, position) => {
    if (!rank.has(actors[original].id)) rank.set(actors[original].id, position);
  });
  // Edges in one order too, each pointing from the earlier actor to the later one, by (u, v):
  // repeats keep their input order, so the first of two equal relations is still the first, and
  // relations with an unknown actor come last (as bucket n). Two stable counting sorts, by v and
  // then by u, instead of a comparison sort: in a new process the 160,000 calls of a compare
  // function on 12,000 relations took longer than the rest of this function.
  const count = relations.length;
  const n = actorOrder.length;
  const us = new Int32Array(count);
  const vs = new Int32Array(count);
  const flipped = new Uint8Array(count);
  const inInput = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    inInput[i] = i;
    const a = rank.get(relations[i].from);
    const b = rank.get(relations[i].to);
    if (a === undefined || b === undefined) {
      us[i] = n;
    } else {
      us[i] = Math.min(a, b);
      vs[i] = Math.max(a, b);
      flipped[i] = Number(a > b);
    }
  }
  const relationOrder = Array.from(countingSort(countingSort(inInput, vs, n + 1), us, n + 1));

  const graph = buildGraph(
    actorOrder.map((i) => ({ label: actors[i].id, domain: actors[i].domain })),
    relationOrder.map((i) => {
      const r = relations[i];
      return flipped[i] ? { from: r.to, to: r.from } : r;
    }),
  );
  return { graph, actors, relations, actorOrder, relationOrder, rank };
}

/** `items` stably sorted by `key[item]`, a number in 0 .. buckets − 1. */
function countingSort(items: Int32Array, key: Int32Array, buckets: number): Int32Array {
  const start = new Int32Array(buckets + 1);
  for (let i = 0; i < items.length; i++) start[key[items[i]] + 1]++;
  for (let b = 0; b < buckets; b++) start[b + 1] += start[b];
  const sorted = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) sorted[start[key[items[i]]]++] = items[i];
  return sorted;
}

/**
 * `between`: the normalised betweenness of `prepared.graph`, as `betweenness` gives it;
 * `measures`: `graphMeasures(prepared.graph)`, when it was worked out while betweenness ran.
 */
export function finishReading(
  prepared: PreparedReading,
  between: Float64Array,
  measures?: GraphMeasures,
): NetworkReadingResult {
  const { graph, actors, relations, actorOrder, relationOrder, rank } = prepared;
  const analysis = analyseGraph(graph, between, measures);

  const byId = new Map<string, ActorRef & { domain: string }>();
  for (const i of actorOrder) {
    const a = actors[i];
    if (!byId.has(a.id)) byId.set(a.id, { id: a.id, name: a.name, domain: a.domain?.trim() || OTHER_DOMAIN });
  }
  const ref = (id: string): ActorRef => ({ id, name: byId.get(id)!.name });
  const inOrder = (a: ActorRef, b: ActorRef) => rank.get(a.id)! - rank.get(b.id)!;

  const centrality: CentralityRef[] = analysis.centrality
    .map((c) => ({ ...byId.get(c.label)!, degree: c.degree, betweenness: c.betweenness }))
    .sort(
      (x, y) =>
        Math.round(y.betweenness / SORT_STEP) - Math.round(x.betweenness / SORT_STEP) ||
        y.degree - x.degree ||
        inOrder(x, y),
    );

  const groups = analysis.communities
    .filter((members) => members.length >= 2)
    .map((members) => members.map(ref).sort(inOrder))
    .sort((x, y) => y.length - x.length || inOrder(x[0], y[0]));

  const domains = Object.keys(analysis.crossDomain);
  const domainGaps: NetworkReading['domainGaps'] = [];
  domains.forEach((a, i) => {
    for (const b of domains.slice(i + 1)) if (analysis.crossDomain[a][b] === 0) domainGaps.push({ a, b });
  });

  const reading: NetworkReading = {
    actors: analysis.actors,
    relations: analysis.relations,
    density: analysis.density,
    densityBand: densityBand(analysis.density),
    // Every isolated actor is a connected component of its own; the rest are the parts.
    parts: analysis.components - analysis.isolated.length,
    isolated: analysis.isolated.map(ref).sort(inOrder),
    brokers: centrality
      .filter((c) => c.betweenness > 0)
      .slice(0, MAX_BROKERS)
      .map((c) => ({ id: c.id, name: c.name, betweenness: c.betweenness })),
    groups,
    modularity: analysis.modularity,
    separation: groups.length < 2 ? null : analysis.modularity >= CLEAR_MODULARITY ? 'clear' : 'overlapping',
    domains,
    domainGaps,
  };

  const warnings = analysis.warnings
    .map((w): NetworkWarning => {
      if (w.kind === 'duplicate-actor')
        return { ...w, index: actorOrder[w.index], firstIndex: actorOrder[w.firstIndex] };
      const index = relationOrder[w.index];
      if (w.kind !== 'repeated-relation') return { ...w, index };
      // Name the pair as this row writes it, not in the stable order.
      return {
        ...w,
        index,
        firstIndex: relationOrder[w.firstIndex],
        from: relations[index].from,
        to: relations[index].to,
      };
    })
    .sort((x, y) => Number(x.kind !== 'duplicate-actor') - Number(y.kind !== 'duplicate-actor') || x.index - y.index);

  return { reading, centrality, crossDomain: analysis.crossDomain, warnings };
}
