/**
 * Community detection with the Louvain method (Blondel et al. 2008), resolution 1, following
 * the same steps as NetworkX `louvain_communities`: local moving in a random node order,
 * aggregation into a graph of communities, repeat while modularity rises by more than 1e-7.
 *
 * The node order comes from a seeded PRNG so that the same input always gives the same
 * communities; a different actor order in the input can give a different (equally valid) result.
 */

import type { Graph } from './graph.js';
import { mulberry32 } from '../random.js';

const SEED = 20080410;
const THRESHOLD = 1e-7;

/** Weighted graph of one Louvain level; self-loops hold the weight inside a merged community. */
interface LevelGraph {
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  selfLoop: Float64Array;
  /** Weighted degree, self-loops counted twice (as NetworkX does). */
  degree: Float64Array;
}

function levelFromGraph(graph: Graph): LevelGraph {
  const { n, offsets, targets } = graph;
  const degree = new Float64Array(n);
  for (let v = 0; v < n; v++) degree[v] = offsets[v + 1] - offsets[v];
  return {
    n,
    offsets,
    targets,
    weights: new Float64Array(targets.length).fill(1),
    selfLoop: new Float64Array(n),
    degree,
  };
}

/**
 * Moves nodes to the neighbouring community with the best modularity gain until no move helps.
 * Returns community numbers 0..count-1, or null when no node moved.
 *
 * The sweep, the shuffle and the renumbering are functions of their own: V8 optimises the hot
 * sweep on its own instead of compiling the whole function while its loop runs, which threw the
 * code away at the first line after the loop it had not seen run yet (measured in a new process:
 * a dozen deoptimisations, and a first run 3–4× slower than the next).
 */
function oneLevel(g: LevelGraph, m: number, random: () => number): { community: Int32Array; count: number } | null {
  const { n } = g;
  const community = new Int32Array(n);
  for (let v = 0; v < n; v++) community[v] = v;
  const sweep: Sweep = {
    order: shuffled(n, random),
    community,
    totalDegree: Float64Array.from(g.degree),
    // Weight from the current node to each neighbouring community; -1 marks "not seen yet".
    weightTo: new Float64Array(n).fill(-1),
    seen: new Int32Array(n),
  };
  let movedAny = false;
  while (moveNodes(g, m, sweep) > 0) movedAny = true;
  if (!movedAny) return null;
  return { community, count: renumber(community) };
}

/** What a sweep reads and changes; allocated once per level. */
interface Sweep {
  order: Int32Array;
  community: Int32Array;
  totalDegree: Float64Array;
  weightTo: Float64Array;
  seen: Int32Array;
}

/** 0..n-1 in a random order (Fisher–Yates). */
function shuffled(n: number, random: () => number): Int32Array {
  const order = new Int32Array(n);
  for (let v = 0; v < n; v++) order[v] = v;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  return order;
}

/** One pass over every node in `order`, moving each to its best community; returns the moves. */
function moveNodes(g: LevelGraph, m: number, sweep: Sweep): number {
  const { n, offsets, targets, weights, degree } = g;
  const { order, community, totalDegree, weightTo, seen } = sweep;
  const twoM = 2 * m;
  let moves = 0;
  for (let i = 0; i < n; i++) {
    const u = order[i];
    const own = community[u];
    const k = degree[u];
    let count = 0;
    for (let e = offsets[u]; e < offsets[u + 1]; e++) {
      const c = community[targets[e]];
      if (weightTo[c] < 0) {
        weightTo[c] = 0;
        seen[count++] = c;
      }
      weightTo[c] += weights[e];
    }
    totalDegree[own] -= k;
    const ownWeight = weightTo[own] < 0 ? 0 : weightTo[own];
    // The modularity gain of moving u from `own` to c, multiplied by 2m²:
    //   2m (w_c − w_own) − k (tot_c − tot_own).
    // All terms are sums of whole edge counts, so this is exact integer arithmetic. The
    // fractional form NetworkX uses can round a zero gain to a tiny positive one, which makes
    // a node hop between two equally good communities forever.
    const ownTotal = totalDegree[own];
    let best = own;
    let bestGain = 0;
    for (let j = 0; j < count; j++) {
      const c = seen[j];
      if (c === own) continue;
      const gain = twoM * (weightTo[c] - ownWeight) - k * (totalDegree[c] - ownTotal);
      if (gain > bestGain) {
        bestGain = gain;
        best = c;
      }
    }
    for (let j = 0; j < count; j++) weightTo[seen[j]] = -1;
    totalDegree[best] += k;
    if (best !== own) {
      community[u] = best;
      moves++;
    }
  }
  return moves;
}

/** Numbers the communities 0..count-1 in order of their first node, in place; returns count. */
function renumber(community: Int32Array): number {
  const number = new Int32Array(community.length).fill(-1);
  let next = 0;
  for (let v = 0; v < community.length; v++) {
    const c = community[v];
    if (number[c] < 0) number[c] = next++;
    community[v] = number[c];
  }
  return next;
}

/** Merges every community into one node; edges between communities add up their weights. */
function aggregate(g: LevelGraph, community: Int32Array, k: number): LevelGraph {
  const { n, offsets, targets, weights } = g;
  const start = new Int32Array(k + 1);
  for (let v = 0; v < n; v++) start[community[v] + 1]++;
  for (let c = 0; c < k; c++) start[c + 1] += start[c];
  const members = new Int32Array(n);
  const fill = start.slice(0, k);
  for (let v = 0; v < n; v++) members[fill[community[v]]++] = v;

  const newOffsets = new Int32Array(k + 1);
  // Merging can only remove adjacency entries, so the old size is an upper bound.
  const newTargets = new Int32Array(targets.length);
  const newWeights = new Float64Array(targets.length);
  const selfLoop = new Float64Array(k);
  const degree = new Float64Array(k);
  const weightTo = new Float64Array(k).fill(-1);
  const seen = new Int32Array(k);
  let pos = 0;
  for (let c = 0; c < k; c++) {
    let inside = 0;
    let count = 0;
    for (let i = start[c]; i < start[c + 1]; i++) {
      const u = members[i];
      inside += g.selfLoop[u];
      degree[c] += g.degree[u];
      for (let e = offsets[u]; e < offsets[u + 1]; e++) {
        const t = targets[e];
        const d = community[t];
        if (d === c) {
          // Each edge inside the community appears from both ends; count it once.
          if (t > u) inside += weights[e];
        } else {
          if (weightTo[d] < 0) {
            weightTo[d] = 0;
            seen[count++] = d;
          }
          weightTo[d] += weights[e];
        }
      }
    }
    selfLoop[c] = inside;
    for (let j = 0; j < count; j++) {
      const d = seen[j];
      newTargets[pos] = d;
      newWeights[pos] = weightTo[d];
      weightTo[d] = -1;
      pos++;
    }
    newOffsets[c + 1] = pos;
  }
  return {
    n: k,
    offsets: newOffsets,
    targets: newTargets.slice(0, pos),
    weights: newWeights.slice(0, pos),
    selfLoop,
    degree,
  };
}

/** Modularity of "every node of this level is one community", used only to decide when to stop. */
function levelModularity(g: LevelGraph, m: number): number {
  let q = 0;
  for (let c = 0; c < g.n; c++) {
    const share = g.degree[c] / (2 * m);
    q += g.selfLoop[c] / m - share * share;
  }
  return q;
}

/** Community number per node (0..k-1). Nodes without relations stay on their own. */
export function louvain(graph: Graph): Int32Array {
  const membership = new Int32Array(graph.n);
  for (let v = 0; v < graph.n; v++) membership[v] = v;
  if (graph.m === 0) return membership;

  const m = graph.m;
  const random = mulberry32(SEED);
  let level = levelFromGraph(graph);
  let quality = levelModularity(level, m);
  for (;;) {
    const moved = oneLevel(level, m, random);
    if (moved === null) break;
    for (let v = 0; v < graph.n; v++) membership[v] = moved.community[membership[v]];
    const next = aggregate(level, moved.community, moved.count);
    const nextQuality = levelModularity(next, m);
    if (nextQuality - quality <= THRESHOLD) break;
    quality = nextQuality;
    level = next;
  }
  return membership;
}

/**
 * Newman modularity Q = 1/(2m) Σ_ij [A_ij − k_i k_j / 2m] δ(c_i, c_j), summed per community as
 * Σ_c [L_c / m − (D_c / 2m)²] (L_c: edges inside c, D_c: total degree of c). 0 without edges.
 */
export function modularity(graph: Graph, membership: Int32Array): number {
  const { n, m, offsets, edgeFrom, edgeTo } = graph;
  if (m === 0) return 0;
  let k = 0;
  for (let v = 0; v < n; v++) if (membership[v] >= k) k = membership[v] + 1;
  const inside = new Float64Array(k);
  const degreeSum = new Float64Array(k);
  for (let e = 0; e < m; e++) {
    if (membership[edgeFrom[e]] === membership[edgeTo[e]]) inside[membership[edgeFrom[e]]]++;
  }
  for (let v = 0; v < n; v++) degreeSum[membership[v]] += offsets[v + 1] - offsets[v];
  let q = 0;
  for (let c = 0; c < k; c++) {
    const share = degreeSum[c] / (2 * m);
    q += inside[c] / m - share * share;
  }
  return q;
}
