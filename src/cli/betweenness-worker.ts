/**
 * Worker thread for `parallel-betweenness.ts`: claims chunks of sources from the shared counter
 * until none are left, and sends each chunk's per-source dependencies back (transferred, not
 * copied). The main thread adds them in source order.
 */

import { parentPort, workerData } from 'node:worker_threads';
import { sourceDependencies } from '../domain/network/betweenness.js';
import type { BetweennessJob } from './parallel-betweenness.js';

const { n, offsets, targets, next, chunkSize, chunks } = workerData as BetweennessJob;
const dependencies = sourceDependencies({ n, offsets, targets });
for (let chunk = Atomics.add(next, 0, 1); chunk < chunks; chunk = Atomics.add(next, 0, 1)) {
  const rows = dependencies(chunk * chunkSize, Math.min(n, (chunk + 1) * chunkSize));
  parentPort!.postMessage({ chunk, rows }, [rows.buffer]);
}
