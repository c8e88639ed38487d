import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('worker pool configuration', () => {
  it('defaults to the cores less one (at least one), 32 waiting jobs and 20 s per job', () => {
    const c = loadConfig({});
    expect(c.workerThreads).toBe(Math.max(1, os.availableParallelism() - 1));
    expect(c.workerQueue).toBe(32);
    expect(c.workerTimeoutMs).toBe(20_000);
  });

  it('reads WORKER_THREADS, WORKER_QUEUE and WORKER_TIMEOUT_MS, and refuses what is not a whole number', () => {
    const c = loadConfig({ WORKER_THREADS: '3', WORKER_QUEUE: '0', WORKER_TIMEOUT_MS: '5000' });
    expect([c.workerThreads, c.workerQueue, c.workerTimeoutMs]).toEqual([3, 0, 5000]);
    expect(() => loadConfig({ WORKER_THREADS: '0' })).toThrow(/WORKER_THREADS must be a whole number of at least 1/);
    expect(() => loadConfig({ WORKER_QUEUE: '-1' })).toThrow(/WORKER_QUEUE/);
    expect(() => loadConfig({ WORKER_TIMEOUT_MS: 'lang' })).toThrow(/WORKER_TIMEOUT_MS/);
  });
});
