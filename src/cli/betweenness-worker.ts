/**
 * Worker thread for `parallel-betweenness.ts`: waits for its job, then claims blocks of sources
 * from the shared counter until none are left, and sends each block's sums back. The main thread
 * adds them in block order. With the job done and no listener left, the thread ends.
 */

import { parentPort } from 'node:worker_threads';
import { blockDependencies } from '../domain/network/betweenness.js';
import type { BetweennessJob } from './parallel-betweenness.js';

parentPort!.once('message', ({ n, offsets, targets, next, blocks }: BetweennessJob) => {
  const dependencies = blockDependencies({ n, offsets, targets });
  for (let index = Atomics.add(next, 0, 1); index < blocks; index = Atomics.add(next, 0, 1)) {
    const block = dependencies(index);
    // Copied, not transferred: 16 kB. Transferring detaches the buffer, and the first detached
    // buffer of a thread makes V8 throw away all its optimised typed-array code (measured: every
    // method of the search deoptimised at once, after the first block).
    parentPort!.postMessage({ index, block });
  }
});
