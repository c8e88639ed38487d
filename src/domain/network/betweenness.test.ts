import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  addDependencies,
  betweenness,
  normaliseBetweenness,
  sourceDependencies,
  type CsrGraph,
} from './betweenness.js';
import { buildGraph, type ActorInput, type RelationInput } from './graph.js';
import { randomGraph } from '../../test/random-graph.js';

/**
 * The implementation before the rewrite (measures.ts at 9bcd293), kept as it was: the new code
 * must give the same numbers to the last bit, not approximately.
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

const graphs = [
  ...fixtures.map((f) => ({ name: `fixture "${f.name}"`, graph: buildGraph(f.actors, f.relations) })),
  { name: 'random, 400 actors, 2,400 relations', graph: randomGraph(7, 400, 2400) },
  { name: 'random, 150 actors, 300 relations (sparse, long paths)', graph: randomGraph(11, 150, 300) },
];

describe('betweenness', () => {
  for (const { name, graph } of graphs) {
    it(`is identical to the implementation before, to the last bit: ${name}`, () => {
      expect(graph.n).toBeGreaterThan(10);
      expect(bits(betweenness(graph))).toEqual(bits(betweennessBefore(graph)));
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
    const rows = sourceDependencies(two)(0, 2);
    const sums = new Float64Array(2);
    addDependencies(sums, rows, 2);
    expect(Array.from(normaliseBetweenness(sums, 2))).toEqual([0, 0]);
  });
});

describe('sourceDependencies + addDependencies (the building blocks for threads)', () => {
  const { graph } = graphs.find((g) => g.name.startsWith('random, 400'))!;
  const chunks = (size: number) => {
    const dependencies = sourceDependencies(graph);
    const list: Float64Array[] = [];
    for (let from = 0; from < graph.n; from += size) list.push(dependencies(from, Math.min(graph.n, from + size)));
    return list;
  };

  it('rows added in source order give the single-threaded result to the last bit, whatever the chunk size', () => {
    for (const size of [1, 7, graph.n]) {
      const sums = new Float64Array(graph.n);
      for (const rows of chunks(size)) addDependencies(sums, rows, graph.n);
      expect(bits(normaliseBetweenness(sums, graph.n))).toEqual(bits(betweenness(graph)));
    }
  });

  it('a row holds nothing for the source itself and for actors it cannot reach', () => {
    const rows = sourceDependencies(graph)(0, 1);
    expect(rows[0]).toBe(0);
    // The last three actors: a separate pair and one without relations.
    expect(Array.from(rows.subarray(graph.n - 3))).toEqual([0, 0, 0]);
  });

  it('the order matters: partial sums per half added together differ from the sum in source order', () => {
    // Proves the identity tests above can fail: a runner that sums each thread's range first
    // would not be exact.
    const [first, second] = [new Float64Array(graph.n), new Float64Array(graph.n)];
    const all = chunks(1);
    all.forEach((rows, s) => addDependencies(s < graph.n / 2 ? first : second, rows, graph.n));
    for (let v = 0; v < graph.n; v++) first[v] += second[v];
    expect(bits(normaliseBetweenness(first, graph.n))).not.toEqual(bits(betweenness(graph)));
  });
});
