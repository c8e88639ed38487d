/**
 * Turns actor and relation lists into a simple undirected graph in CSR form (compressed sparse
 * rows), the layout the measures need to stay fast on thousands of actors.
 */

export interface ActorInput {
  label: string;
  /** Empty or missing means `overig`. */
  domain?: string;
}

export interface RelationInput {
  from: string;
  to: string;
}

/** Domain used for actors without one. */
export const OTHER_DOMAIN = 'overig';

/**
 * Input that the graph leaves out. `index` (and `firstIndex`) point into the array that was
 * passed in, so a caller can map them back to file rows.
 */
export type NetworkWarning =
  | { kind: 'self-relation'; index: number; label: string }
  | { kind: 'repeated-relation'; index: number; firstIndex: number; from: string; to: string }
  | { kind: 'unknown-actor'; index: number; label: string }
  | { kind: 'duplicate-actor'; index: number; firstIndex: number; label: string };

export interface Graph {
  n: number;
  /** Number of distinct undirected edges. */
  m: number;
  labels: string[];
  domains: string[];
  /** Neighbours of node `v` are `targets[offsets[v] .. offsets[v + 1] - 1]`. */
  offsets: Int32Array;
  targets: Int32Array;
  /** Endpoints of edge `e`, in order of first appearance. */
  edgeFrom: Int32Array;
  edgeTo: Int32Array;
  warnings: NetworkWarning[];
}

export function buildGraph(actors: readonly ActorInput[], relations: readonly RelationInput[]): Graph {
  const warnings: NetworkWarning[] = [];
  const labels: string[] = [];
  const domains: string[] = [];
  const indexOf = new Map<string, number>();
  const actorIndexOf = new Map<string, number>();

  actors.forEach((actor, index) => {
    const first = actorIndexOf.get(actor.label);
    if (first !== undefined) {
      warnings.push({ kind: 'duplicate-actor', index, firstIndex: first, label: actor.label });
      return;
    }
    actorIndexOf.set(actor.label, index);
    indexOf.set(actor.label, labels.length);
    labels.push(actor.label);
    const domain = actor.domain?.trim() ?? '';
    domains.push(domain === '' ? OTHER_DOMAIN : domain);
  });

  const n = labels.length;
  const edgeFromList: number[] = [];
  const edgeToList: number[] = [];
  // Key u * n + v (u < v) is exact in a double for any graph that fits in memory.
  const firstRelationOf = new Map<number, number>();

  relations.forEach((relation, index) => {
    const u = indexOf.get(relation.from);
    const v = indexOf.get(relation.to);
    if (u === undefined || v === undefined) {
      const label = u === undefined ? relation.from : relation.to;
      warnings.push({ kind: 'unknown-actor', index, label });
      return;
    }
    if (u === v) {
      warnings.push({ kind: 'self-relation', index, label: relation.from });
      return;
    }
    const key = u < v ? u * n + v : v * n + u;
    const first = firstRelationOf.get(key);
    if (first !== undefined) {
      warnings.push({ kind: 'repeated-relation', index, firstIndex: first, from: relation.from, to: relation.to });
      return;
    }
    firstRelationOf.set(key, index);
    edgeFromList.push(u);
    edgeToList.push(v);
  });

  const m = edgeFromList.length;
  const edgeFrom = Int32Array.from(edgeFromList);
  const edgeTo = Int32Array.from(edgeToList);
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    offsets[edgeFrom[e] + 1]++;
    offsets[edgeTo[e] + 1]++;
  }
  for (let v = 0; v < n; v++) offsets[v + 1] += offsets[v];
  const targets = new Int32Array(2 * m);
  const fill = offsets.slice(0, n);
  for (let e = 0; e < m; e++) {
    targets[fill[edgeFrom[e]]++] = edgeTo[e];
    targets[fill[edgeTo[e]]++] = edgeFrom[e];
  }

  return { n, m, labels, domains, offsets, targets, edgeFrom, edgeTo, warnings };
}

/** Plain code-unit order: the same in every browser and locale, so JSON output is stable. */
export function compareLabels(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
