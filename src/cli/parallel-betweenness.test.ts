import { describe, expect, it } from 'vitest';
import { betweenness } from '../domain/network/betweenness.js';
import { randomGraph } from '../test/random-graph.js';
import { betweennessWork, parallelBetweenness, PARALLEL_MIN_WORK } from './parallel-betweenness.js';

const bits = (a: Float64Array) => Array.from(new BigUint64Array(a.buffer, a.byteOffset, a.length), (x) => x.toString(16));

describe('parallelBetweenness', () => {
  // 400 actors: many chunks per thread, so chunks arrive out of order and must wait their turn.
  const graph = randomGraph(7, 400, 2400);
  const single = betweenness(graph);

  it('gives the single-threaded result to the last bit, with 2 and 3 threads', async () => {
    for (const threads of [2, 3]) {
      expect(bits(await parallelBetweenness(graph, { threads, minWork: 0 }))).toEqual(bits(single));
    }
  });

  it('gives the same result below the threshold and with one thread', async () => {
    expect(betweennessWork(graph)).toBe(graph.n * (graph.n + 2 * graph.m));
    expect(betweennessWork(graph)).toBeLessThan(PARALLEL_MIN_WORK);
    expect(bits(await parallelBetweenness(graph, { threads: 2 }))).toEqual(bits(single));
    expect(bits(await parallelBetweenness(graph, { threads: 1, minWork: 0 }))).toEqual(bits(single));
  });
});
