import { describe, expect, it } from 'vitest';
import { betweenness } from '../domain/network/betweenness.js';
import { randomGraph } from '../test/random-graph.js';
import {
  betweennessWork,
  busyElsewhere,
  freeThreads,
  parallelBetweenness,
  PARALLEL_MIN_WORK,
} from './parallel-betweenness.js';

const bits = (a: Float64Array) =>
  Array.from(new BigUint64Array(a.buffer, a.byteOffset, a.length), (x) => x.toString(16));

describe('parallelBetweenness', () => {
  // 400 actors: seven blocks of sources, so blocks arrive out of order and must wait their turn.
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
  it('uses the cores that other processes leave free, a core at most half busy counted as free, never fewer than one', () => {
    // [cores, cores busy elsewhere, threads]
    const cases = [
      [2, 0, 2],
      [2, 0.4, 2],
      [2, 0.6, 1],
      [2, 13, 1],
      [8, 2.2, 6],
      [8, 0, 8],
    ];
    for (const [cores, busy, threads] of cases) {
      expect(freeThreads(cores, busy)).toBe(threads);
    }
  });

  it('counts as busy elsewhere what the cores did less what this process did', () => {
    const since = { idle: 1000, total: 4000, own: 500, cores: 2 };
    // 200 ms per core passed; the cores were busy 300 ms in all, 200 ms of it this process.
    expect(busyElsewhere(since, { idle: 1100, total: 4400, own: 700, cores: 2 })).toBeCloseTo(0.5);
    // Only this process was busy: nothing elsewhere.
    expect(busyElsewhere(since, { idle: 1200, total: 4400, own: 700, cores: 2 })).toBe(0);
    // Both cores busy with others while this process waited.
    expect(busyElsewhere(since, { idle: 1000, total: 4400, own: 500, cores: 2 })).toBeCloseTo(2);
  });
});
