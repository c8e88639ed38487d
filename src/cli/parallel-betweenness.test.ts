import { describe, expect, it } from 'vitest';
import { betweenness } from '../domain/network/betweenness.js';
import { randomGraph } from '../test/random-graph.js';
import { betweennessWork, freeThreads, parallelBetweenness, PARALLEL_MIN_WORK } from './parallel-betweenness.js';

const bits = (a: Float64Array) =>
  Array.from(new BigUint64Array(a.buffer, a.byteOffset, a.length), (x) => x.toString(16));

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

describe('freeThreads', () => {
  it('uses the cores the load average leaves free, this thread counted as one, never fewer than one', () => {
    // [cores, load average, threads]; a load of 1 is this process itself on a quiet machine.
    const cases = [
      [2, 0, 2],
      [2, 1, 2],
      [2, 1.5, 1],
      [2, 14, 1],
      [8, 3.2, 5],
      [8, 0, 8],
    ];
    for (const [cores, load, threads] of cases) {
      expect(freeThreads(cores, load)).toBe(threads);
    }
  });
});
