/**
 * Betweenness centrality (Brandes, unweighted) on the CSR arrays of `graph.ts`. Pure and free of
 * imports, so a worker thread can load it alone.
 *
 * The result is a sum over source nodes. Floating-point addition is not associative, so the sum
 * has one fixed order whatever the number of threads: the sources go in blocks of
 * `SOURCES_PER_BLOCK`, each block sums its sources in source order, and the blocks are added in
 * block order. The single-threaded `betweenness` and a runner that spreads the blocks over threads
 * (with `blockDependencies`, then `addBlock` in block order) give the same result to the last bit.
 */

/** The part of a graph that betweenness needs; `Graph` from `graph.ts` has it. */
export interface CsrGraph {
  n: number;
  /** Neighbours of node `v` are `targets[offsets[v] .. offsets[v + 1] - 1]`. */
  offsets: Int32Array;
  targets: Int32Array;
}

/**
 * Buffers for one thread, allocated once and reused for every source.
 *
 * Predecessors of w are a subset of its neighbours, so they are stored in w's own slice of the
 * CSR arrays: no allocation per source, and the backward pass only visits real predecessors
 * instead of every neighbour (measured: scanning the neighbours instead costs about 30 % more).
 *
 * The breadth-first search goes level by level and picks, per level, the cheaper direction
 * (Beamer's direction-optimising BFS): top-down walks the edges of the current level, bottom-up
 * walks the edges of the nodes not reached yet and takes every neighbour on the current level as
 * a predecessor. In a small-world network most nodes are two to four steps away, so the middle
 * levels are cheaper bottom-up, and the search stops as soon as the whole component is reached
 * instead of walking the edges of the last level. Measured on the 2,000 × 12,000 benchmark graph:
 * 10,500 instead of 24,000 edge visits per source, 1.5× faster (docs/BENCHMARKS.md).
 */
class Brandes {
  private readonly sigma: Float64Array;
  private readonly delta: Float64Array;
  private readonly dist: Int32Array;
  private readonly order: Int32Array;
  private readonly predecessors: Int32Array;
  private readonly predecessorEnd: Int32Array;
  /** Nodes of the source's component not reached yet, for the bottom-up levels. */
  private readonly unreached: Int32Array;
  /** Component of every node, with the size and the sum of degrees of each component. */
  private readonly component: Int32Array;
  /** The nodes of component c are `members[memberStart[c] .. memberStart[c + 1] − 1]`. */
  private readonly members: Int32Array;
  private readonly memberStart: Int32Array;
  private readonly componentSize: number[] = [];
  private readonly componentDegrees: number[] = [];
  private readonly offsets: Int32Array;
  private readonly targets: Int32Array;
  /** Nodes in `order` so far, and in `unreached` (−1: the list is not made yet for this source). */
  private tail = 0;
  private unreachedCount = -1;

  constructor(graph: CsrGraph) {
    const { n, offsets, targets } = graph;
    this.offsets = offsets;
    this.targets = targets;
    this.sigma = new Float64Array(n);
    this.delta = new Float64Array(n);
    this.dist = new Int32Array(n).fill(-1);
    this.order = new Int32Array(n);
    this.predecessors = new Int32Array(targets.length);
    this.predecessorEnd = new Int32Array(n);
    this.unreached = new Int32Array(n);
    this.component = new Int32Array(n).fill(-1);
    const stack = this.order;
    for (let root = 0; root < n; root++) {
      if (this.component[root] >= 0) continue;
      const c = this.componentSize.length;
      let size = 0;
      let degrees = 0;
      let top = 0;
      stack[top++] = root;
      this.component[root] = c;
      while (top > 0) {
        const v = stack[--top];
        size++;
        degrees += offsets[v + 1] - offsets[v];
        for (let e = offsets[v], end = offsets[v + 1]; e < end; e++) {
          const w = targets[e];
          if (this.component[w] < 0) {
            this.component[w] = c;
            stack[top++] = w;
          }
        }
      }
      this.componentSize.push(size);
      this.componentDegrees.push(degrees);
    }
    // The nodes of each component together, in node order: the first bottom-up level walks them.
    this.memberStart = new Int32Array(this.componentSize.length + 1);
    for (let c = 0; c < this.componentSize.length; c++)
      this.memberStart[c + 1] = this.memberStart[c] + this.componentSize[c];
    this.members = new Int32Array(n);
    const fill = this.memberStart.slice(0, -1);
    for (let v = 0; v < n; v++) this.members[fill[this.component[v]]++] = v;
  }

  /**
   * Adds the dependency of every node on each source in [from, to) into `out`, source after
   * source. The source itself and nodes it cannot reach get nothing added.
   *
   * The search and the sums are small methods rather than one long loop: V8 optimises each on its
   * own, and does not throw away the code of a long loop when a branch first runs late (measured
   * in a new process: the one-loop version was optimised and deoptimised several times).
   */
  addSources(from: number, to: number, out: Float64Array): void {
    for (let s = from; s < to; s++) {
      const reached = this.search(s);
      this.addDependenciesOf(reached, out);
      this.clear(reached);
    }
  }

  /** Breadth-first from s: fills order, dist, sigma and the predecessors; returns the nodes reached. */
  private search(s: number): number {
    const { offsets, component } = this;
    const c = component[s];
    const size = this.componentSize[c];
    this.order[0] = s;
    this.dist[s] = 0;
    this.sigma[s] = 1;
    this.predecessorEnd[s] = offsets[s];
    this.tail = 1;
    this.unreachedCount = -1;
    // Sums of degrees: of the current level, and of the nodes not reached yet.
    let levelDegrees = offsets[s + 1] - offsets[s];
    let unreachedDegrees = this.componentDegrees[c] - levelDegrees;
    let levelStart = 0;
    for (let level = 0; this.tail < size; level++) {
      const levelEnd = this.tail;
      let reachedDegrees: number;
      if (unreachedDegrees < levelDegrees) {
        reachedDegrees = this.bottomUp(level, c);
      } else {
        reachedDegrees = this.topDown(levelStart, levelEnd, level + 1);
      }
      levelStart = levelEnd;
      levelDegrees = reachedDegrees;
      unreachedDegrees -= reachedDegrees;
    }
    return this.tail;
  }

  /** One level from the nodes on it: returns the sum of degrees of the nodes it reached. */
  private topDown(levelStart: number, levelEnd: number, next: number): number {
    const { offsets, targets, sigma, dist, order, predecessors, predecessorEnd } = this;
    let tail = this.tail;
    let reachedDegrees = 0;
    for (let i = levelStart; i < levelEnd; i++) {
      const v = order[i];
      const paths = sigma[v];
      for (let e = offsets[v], end = offsets[v + 1]; e < end; e++) {
        const w = targets[e];
        const d = dist[w];
        if (d === next) {
          sigma[w] += paths;
          predecessors[predecessorEnd[w]++] = v;
        } else if (d < 0) {
          // First path to w: setting sigma here saves clearing it for every source.
          dist[w] = next;
          order[tail++] = w;
          sigma[w] = paths;
          predecessors[offsets[w]] = v;
          predecessorEnd[w] = offsets[w] + 1;
          reachedDegrees += offsets[w + 1] - offsets[w];
        }
      }
    }
    this.tail = tail;
    return reachedDegrees;
  }

  /**
   * One level from the nodes not reached yet: returns the sum of degrees of those it reached. The
   * first bottom-up level of a source walks the members of its component c and keeps those it
   * does not reach in `unreached`; later ones walk that list.
   */
  private bottomUp(level: number, c: number): number {
    const { offsets, targets, sigma, dist, order, predecessors, predecessorEnd, unreached } = this;
    const first = this.unreachedCount < 0;
    const list = first ? this.members : unreached;
    const start = first ? this.memberStart[c] : 0;
    const stop = first ? this.memberStart[c + 1] : this.unreachedCount;
    const next = level + 1;
    let tail = this.tail;
    let reachedDegrees = 0;
    let kept = 0;
    for (let i = start; i < stop; i++) {
      const w = list[i];
      if (dist[w] >= 0) continue; // already reached (on an earlier level, or top-down since the list was made)
      const first = offsets[w];
      const end = offsets[w + 1];
      let paths = 0;
      let p = first;
      for (let e = first; e < end; e++) {
        const v = targets[e];
        // Without a branch: whether v is on this level is as good as random, and a mispredicted
        // branch costs more than the write and the multiplication. Sigma of a node not reached
        // yet is a finite leftover from an earlier source, so 0 · sigma is 0.
        const hit = Number(dist[v] === level);
        predecessors[p] = v;
        p += hit;
        paths += hit * sigma[v];
      }
      if (p > first) {
        dist[w] = next;
        sigma[w] = paths;
        predecessorEnd[w] = p;
        order[tail++] = w;
        reachedDegrees += end - first;
      } else {
        unreached[kept++] = w;
      }
    }
    this.unreachedCount = kept;
    this.tail = tail;
    return reachedDegrees;
  }

  /**
   * The backward pass over the `reached` nodes in `order`, adding each one's dependency into
   * `out[w]`. While it runs, delta[v]
   * holds the sum of (1 + dependency of w) / sigma[w] over the successors w of v; the dependency
   * of v is sigma[v] times that. One addition per predecessor instead of a multiplication, an
   * addition and a second load.
   */
  private addDependenciesOf(reached: number, out: Float64Array): void {
    const { offsets, sigma, delta, order, predecessors, predecessorEnd } = this;
    for (let i = reached - 1; i > 0; i--) {
      const w = order[i];
      const coefficient = 1 / sigma[w] + delta[w];
      for (let p = offsets[w], end = predecessorEnd[w]; p < end; p++) delta[predecessors[p]] += coefficient;
      out[w] += sigma[w] * delta[w];
    }
  }

  /** Clears dist and delta of the `reached` nodes for the next source. */
  private clear(reached: number): void {
    const { dist, delta, order } = this;
    for (let i = 0; i < reached; i++) {
      const v = order[i];
      dist[v] = -1;
      delta[v] = 0;
    }
  }
}

/**
 * Normalised like NetworkX for undirected graphs: the sum over all sources counts each pair
 * twice, and NetworkX then divides by (n − 1)(n − 2) without halving.
 */
export function normaliseBetweenness(sums: Float64Array, n: number): Float64Array {
  if (n <= 2) return sums.fill(0);
  const scale = 1 / ((n - 1) * (n - 2));
  for (let v = 0; v < n; v++) sums[v] *= scale;
  return sums;
}

/**
 * Sources per block: the unit of work a thread takes, and of the fixed order of the sum. Small
 * enough that two threads share the work evenly on a network of a few hundred actors; large
 * enough that a block's n sums (not a row per source) are all a thread sends back.
 */
export const SOURCES_PER_BLOCK = 64;

export function blockCount(n: number): number {
  return Math.ceil(n / SOURCES_PER_BLOCK);
}

/**
 * A function that gives, for block b, the dependencies of every node summed over the block's
 * sources in source order (n values). Its buffers are allocated once, so one thread can call it
 * for block after block.
 */
export function blockDependencies(graph: CsrGraph): (block: number) => Float64Array<ArrayBuffer> {
  const brandes = new Brandes(graph);
  return (block) => {
    const sums = new Float64Array(graph.n);
    const from = block * SOURCES_PER_BLOCK;
    brandes.addSources(from, Math.min(graph.n, from + SOURCES_PER_BLOCK), sums);
    return sums;
  };
}

/** Adds one block from `blockDependencies` into `total`; called in block order. */
export function addBlock(total: Float64Array, block: Float64Array): void {
  for (let v = 0; v < total.length; v++) total[v] += block[v];
}

/** Normalised betweenness of every node, on this thread. */
export function betweenness(graph: CsrGraph): Float64Array {
  const total = new Float64Array(graph.n);
  if (graph.n <= 2) return total;
  const dependencies = blockDependencies(graph);
  for (let block = 0; block < blockCount(graph.n); block++) addBlock(total, dependencies(block));
  return normaliseBetweenness(total, graph.n);
}
