import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  addBlock,
  betweenness,
  blockCount,
  blockDependencies,
  normaliseBetweenness,
  SOURCES_PER_BLOCK,
  type CsrGraph,
} from './betweenness.js';
import { buildGraph, type ActorInput, type RelationInput } from './graph.js';
import { randomGraph } from '../../test/random-graph.js';

/**
 * The classic Brandes as it was before the direction-optimising search (measures.ts at 9bcd293):
 * top-down only, every level walked to the end. The new search visits the nodes of a level in
 * another order, so sums of dependencies may differ in the last bit; everything else must match.
 */
function betweennessBefore(graph: CsrGraph): Float64Array {
  const { n, offsets, targets } = graph;
  const result = new Float64Array(n);
  if (n <= 2) return result;
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);
  const predecessors = new Int32Array(targets.length);
  const predecessorEnd = new Int32Array(n);

  for (let s = 0; s < n; s++) {
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    dist[s] = 0;
    sigma[s] = 1;
    predecessorEnd[s] = offsets[s];
    while (head < tail) {
      const v = order[head++];
      const next = dist[v] + 1;
      const paths = sigma[v];
      for (let e = offsets[v], end = offsets[v + 1]; e < end; e++) {
        const w = targets[e];
        let d = dist[w];
        if (d < 0) {
          d = dist[w] = next;
          order[tail++] = w;
          predecessorEnd[w] = offsets[w];
        }
        if (d === next) {
          sigma[w] += paths;
          predecessors[predecessorEnd[w]++] = v;
        }
      }
    }
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i];
      const coefficient = (1 + delta[w]) / sigma[w];
      for (let p = offsets[w], end = predecessorEnd[w]; p < end; p++) {
        const v = predecessors[p];
        delta[v] += sigma[v] * coefficient;
      }
      result[w] += delta[w];
    }
    for (let i = 0; i < tail; i++) {
      const v = order[i];
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
  }

  const scale = 1 / ((n - 1) * (n - 2));
  for (let v = 0; v < n; v++) result[v] *= scale;
  return result;
}

/** Same bits, element by element: toEqual on numbers would already be exact, this says so. */
const bits = (a: Float64Array) =>
  Array.from(new BigUint64Array(a.buffer, a.byteOffset, a.length), (x) => x.toString(16));

interface Fixture {
  name: string;
  actors: ActorInput[];
  relations: RelationInput[];
}
const fixtures: Fixture[] = JSON.parse(
  readFileSync(new URL('./fixtures/networks.json', import.meta.url), 'utf8'),
).networks;

/** A clique of `k` with a path of `tail` hanging off it: the search turns bottom-up in the clique and back top-down along the path. */
function lollipop(k: number, tail: number) {
  const label = (i: number) => `L${i}`;
  const actors = Array.from({ length: k + tail }, (_, i) => ({ label: label(i) }));
  const relations: RelationInput[] = [];
  for (let i = 0; i < k; i++) for (let j = i + 1; j < k; j++) relations.push({ from: label(i), to: label(j) });
  for (let i = k; i < k + tail; i++) relations.push({ from: label(i - 1), to: label(i) });
  return buildGraph(actors, relations);
}

const graphs = [
  ...fixtures.map((f) => ({ name: `fixture "${f.name}"`, graph: buildGraph(f.actors, f.relations) })),
  { name: 'random, 400 actors, 2,400 relations', graph: randomGraph(7, 400, 2400) },
  { name: 'random, 150 actors, 300 relations (sparse, long paths)', graph: randomGraph(11, 150, 300) },
  { name: 'random, 300 actors, 9,000 relations (dense)', graph: randomGraph(5, 300, 9000) },
  { name: 'clique of 25 with a path of 40', graph: lollipop(25, 40) },
];

/** Largest difference relative to the largest value: 0 where the two agree to the last bit. */
function largestDifference(a: Float64Array, b: Float64Array): number {
  let scale = 0;
  let difference = 0;
  for (let v = 0; v < a.length; v++) {
    scale = Math.max(scale, Math.abs(b[v]));
    difference = Math.max(difference, Math.abs(a[v] - b[v]));
  }
  return scale === 0 ? difference : difference / scale;
}

describe('betweenness', () => {
  for (const { name, graph } of graphs) {
    it(`gives what the classic Brandes gives, up to rounding in the last bits: ${name}`, () => {
      expect(graph.n).toBeGreaterThan(10);
      const before = betweennessBefore(graph);
      expect(before.some((x) => x > 0)).toBe(true);
      expect(largestDifference(betweenness(graph), before)).toBeLessThan(1e-13);
    });
  }

  it('path A-B-C-D by hand: B and C each lie on 2 of the 3 pairs without them', () => {
    const graph = buildGraph(
      ['A', 'B', 'C', 'D'].map((label) => ({ label })),
      [
        { from: 'A', to: 'B' },
        { from: 'B', to: 'C' },
        { from: 'C', to: 'D' },
      ],
    );
    expect(Array.from(betweenness(graph))).toEqual([0, 2 / 3, 2 / 3, 0]);
  });

  it('gives zeros, not NaN, with two actors or fewer', () => {
    const two = buildGraph([{ label: 'A' }, { label: 'B' }], [{ from: 'A', to: 'B' }]);
    expect(Array.from(betweenness(two))).toEqual([0, 0]);
    const sums = new Float64Array(2);
    addBlock(sums, blockDependencies(two)(0));
    expect(Array.from(normaliseBetweenness(sums, 2))).toEqual([0, 0]);
  });
});

describe('blockDependencies + addBlock (the building blocks for threads)', () => {
  const { graph } = graphs.find((g) => g.name.startsWith('random, 400'))!;
  const blocks = () => {
    const dependencies = blockDependencies(graph);
    return Array.from({ length: blockCount(graph.n) }, (_, index) => dependencies(index));
  };

  it('blocks of 64 sources; added in block order they give the single-threaded result to the last bit', () => {
    expect(blockCount(graph.n)).toBe(Math.ceil(graph.n / SOURCES_PER_BLOCK));
    expect(blockCount(graph.n)).toBeGreaterThan(3);
    const total = new Float64Array(graph.n);
    for (const block of blocks()) addBlock(total, block);
    expect(bits(normaliseBetweenness(total, graph.n))).toEqual(bits(betweenness(graph)));
  });

  it('the last block takes the sources that are left; no block has anything for actors no source can reach', () => {
    const all = blocks();
    expect(all.every((block) => block.length === graph.n)).toBe(true);
    // The last three actors: a separate pair (each lies on no path between others) and one alone.
    for (const block of all) expect(Array.from(block.subarray(graph.n - 3))).toEqual([0, 0, 0]);
    expect(all.at(-1)!.some((x) => x > 0)).toBe(true);
  });

  it('the order matters: the blocks summed per half and then added differ from the sum in block order', () => {
    // Proves the identity tests above can fail: a runner that sums each thread's blocks first
    // would not be exact.
    const [first, second] = [new Float64Array(graph.n), new Float64Array(graph.n)];
    const all = blocks();
    all.forEach((block, index) => addBlock(index < all.length / 2 ? first : second, block));
    addBlock(first, second);
    expect(bits(normaliseBetweenness(first, graph.n))).not.toEqual(bits(betweenness(graph)));
  });
});
