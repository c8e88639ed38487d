/**
 * Network measures for the "Verkennen" step: how dense the network is, who connects whom, which
 * domains already work together and which groups exist. Pure functions, safe for browser and CLI.
 *
 * Label order everywhere is plain code-unit order (`<`), not `localeCompare`: it is identical in
 * every runtime and locale, so the same files always give byte-identical JSON.
 */

import {
  buildGraph,
  compareLabels,
  type ActorInput,
  type Graph,
  type NetworkWarning,
  type RelationInput,
} from './graph.js';
import { betweenness } from './betweenness.js';
import { louvain, modularity } from './louvain.js';

export { betweenness };

export interface CentralityEntry {
  label: string;
  /** Share of the other actors this actor has a relation with: degree / (n − 1). */
  degree: number;
  /** Normalised betweenness, identical to NetworkX `betweenness_centrality(G, normalized=True)`. */
  betweenness: number;
}

export type CrossDomainTable = Record<string, Record<string, number>>;

export interface NetworkAnalysis {
  actors: number;
  relations: number;
  density: number;
  components: number;
  isolated: string[];
  centrality: CentralityEntry[];
  crossDomain: CrossDomainTable;
  communities: string[][];
  modularity: number;
  warnings: NetworkWarning[];
}

/** 2m / (n(n − 1)); 0 when there are fewer than two actors. */
export function density(graph: Graph): number {
  const { n, m } = graph;
  return n < 2 ? 0 : (2 * m) / (n * (n - 1));
}

/** Connected components, isolated actors included as components of their own. */
export function countComponents(graph: Graph): number {
  const { n, offsets, targets } = graph;
  const visited = new Uint8Array(n);
  const queue = new Int32Array(n);
  let components = 0;
  for (let s = 0; s < n; s++) {
    if (visited[s]) continue;
    components++;
    visited[s] = 1;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++];
      for (let e = offsets[v]; e < offsets[v + 1]; e++) {
        const w = targets[e];
        if (!visited[w]) {
          visited[w] = 1;
          queue[tail++] = w;
        }
      }
    }
  }
  return components;
}

/**
 * Scores that are mathematically equal can differ in the last bits because the sums ran in a
 * different order. Sorting on the score rounded to this step makes those ties, so they fall back
 * to label order; rounding (rather than comparing with a tolerance) keeps the order transitive.
 */
const SORT_STEP = 1e-12;

/** `between` is the graph's normalised betweenness, when it was computed elsewhere (on threads). */
export function centrality(graph: Graph, between: Float64Array = betweenness(graph)): CentralityEntry[] {
  const { n, offsets, labels } = graph;
  const entries: { entry: CentralityEntry; key: number }[] = [];
  for (let v = 0; v < n; v++) {
    entries.push({
      entry: {
        label: labels[v],
        // NetworkX reports 1 for a lone node; 0 says more honestly that it has no relations.
        degree: n < 2 ? 0 : (offsets[v + 1] - offsets[v]) / (n - 1),
        betweenness: between[v],
      },
      key: Math.round(between[v] / SORT_STEP),
    });
  }
  entries.sort((a, b) => b.key - a.key || compareLabels(a.entry.label, b.entry.label));
  return entries.map((e) => e.entry);
}

/** Relations per pair of domains, symmetric, with every domain present as row and column. */
export function crossDomain(graph: Graph): CrossDomainTable {
  const domains = [...new Set(graph.domains)].sort(compareLabels);
  const table: CrossDomainTable = {};
  for (const a of domains) {
    table[a] = {};
    for (const b of domains) table[a][b] = 0;
  }
  for (let e = 0; e < graph.m; e++) {
    const a = graph.domains[graph.edgeFrom[e]];
    const b = graph.domains[graph.edgeTo[e]];
    table[a][b]++;
    if (a !== b) table[b][a]++;
  }
  return table;
}

/** Members per community, each sorted by label; largest community first, then by first label. */
export function communityLists(graph: Graph, membership: Int32Array): string[][] {
  const groups = new Map<number, string[]>();
  for (let v = 0; v < graph.n; v++) {
    const group = groups.get(membership[v]);
    if (group) group.push(graph.labels[v]);
    else groups.set(membership[v], [graph.labels[v]]);
  }
  const lists = [...groups.values()].map((g) => g.sort(compareLabels));
  return lists.sort((a, b) => b.length - a.length || compareLabels(a[0], b[0]));
}

export function analyseNetwork(actors: readonly ActorInput[], relations: readonly RelationInput[]): NetworkAnalysis {
  return analyseGraph(buildGraph(actors, relations));
}

/** Every measure of a built graph but centrality, which needs the costly betweenness. */
export type GraphMeasures = Omit<NetworkAnalysis, 'centrality'>;

/**
 * The measures that do not need betweenness: the CLI works these out on its own thread while
 * worker threads compute betweenness (src/cli/parallel-betweenness.ts).
 */
export function graphMeasures(graph: Graph): GraphMeasures {
  const isolated: string[] = [];
  for (let v = 0; v < graph.n; v++) {
    if (graph.offsets[v + 1] === graph.offsets[v]) isolated.push(graph.labels[v]);
  }
  const membership = louvain(graph);
  return {
    actors: graph.n,
    relations: graph.m,
    density: density(graph),
    components: countComponents(graph),
    isolated: isolated.sort(compareLabels),
    crossDomain: crossDomain(graph),
    communities: communityLists(graph, membership),
    modularity: modularity(graph, membership),
    warnings: graph.warnings,
  };
}

/** All measures of a built graph; `between` as in `centrality`, `measures` when already worked out. */
export function analyseGraph(
  graph: Graph,
  between: Float64Array = betweenness(graph),
  measures: GraphMeasures = graphMeasures(graph),
): NetworkAnalysis {
  const { actors, relations, density, components, isolated, crossDomain, communities, modularity, warnings } = measures;
  // Spelled out, so that the keys keep the order they had in the JSON this ends up in.
  return {
    actors,
    relations,
    density,
    components,
    isolated,
    centrality: centrality(graph, between),
    crossDomain,
    communities,
    modularity,
    warnings,
  };
}

export type { ActorInput, NetworkWarning, RelationInput } from './graph.js';
