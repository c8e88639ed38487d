/**
 * Betweenness spread over worker threads, for the CLI. The algorithm itself stays in the pure
 * domain module; this runner only hands out blocks of source nodes and adds the blocks' sums in
 * block order, so the numbers are identical to `betweenness()` on one thread. Small and
 * self-contained on purpose: it can move behind a shared worker pool later.
 */

import { availableParallelism, cpus, loadavg } from 'node:os';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../core/worker-thread.js';
import {
  addBlock,
  betweenness,
  blockCount,
  blockDependencies,
  normaliseBetweenness,
  type CsrGraph,
} from '../domain/network/betweenness.js';

/** What a worker gets: the graph, and a shared counter from which every thread claims blocks. */
export interface BetweennessJob extends CsrGraph {
  next: Int32Array;
  blocks: number;
}

/**
 * Below this much work (see `betweennessWork`) the workers cost more than they save. Measured on
 * 2 cores (docs/BENCHMARKS.md): one thread needs about 9 ns per unit, a worker 40 ms of CPU to
 * start and load; two threads halve the time only once half of it is well above that, from about
 * 15 million units (1,000 actors with 7,000 relations; the 2,000 × 12,000 benchmark is 52 million).
 */
export const PARALLEL_MIN_WORK = 15_000_000;

/** Every source walks its whole component: n sources × (n nodes + 2m neighbour entries). */
export function betweennessWork(graph: CsrGraph): number {
  return graph.n * (graph.n + graph.targets.length);
}

/** What the cores did so far: idle and total time of all of them, and this process's own CPU time (ms). */
export interface CpuSample {
  idle: number;
  total: number;
  own: number;
  cores: number;
}

export function cpuSample(): CpuSample {
  let idle = 0;
  let total = 0;
  const all = cpus();
  for (const { times } of all) {
    idle += times.idle;
    total += times.user + times.nice + times.sys + times.idle + times.irq;
  }
  const own = process.cpuUsage();
  return { idle, total, own: (own.user + own.system) / 1000, cores: all.length };
}

/** A sample shorter than this per core says too little (the counters tick in 10 ms steps). */
const MIN_SAMPLE_MS = 40;

/**
 * How many cores other processes kept busy between two samples: all busy time less this
 * process's own. Without a sample long enough to tell, the 1-minute load average less this
 * thread; that average lags by a minute, so right after other work it still counts it.
 */
export function busyElsewhere(since?: CpuSample, now: CpuSample = cpuSample()): number {
  const total = since ? now.total - since.total : 0;
  if (!since || total < MIN_SAMPLE_MS * now.cores) return Math.max(0, loadavg()[0] - 1);
  const perCore = total / now.cores;
  const busy = (total - (now.idle - since.idle)) / perCore;
  const own = (now.own - since.own) / perCore;
  return Math.max(0, busy - own);
}

/**
 * Threads worth using: the cores Node may use, less those other processes keep busy (a core at
 * most half busy counts as free). On a loaded machine a worker gets no CPU of its own and only
 * adds its cost (measured: docs/BENCHMARKS.md). `loadavg` is all zeros on Windows, which then
 * counts as idle.
 */
export function freeThreads(cores = availableParallelism(), busy = busyElsewhere()): number {
  return Math.max(1, Math.min(cores, Math.round(cores - busy)));
}

/**
 * A worker thread that waits for a job. Starting one takes tens of milliseconds (a new V8 isolate
 * and the module), so the CLI starts them while it reads the files. `failure` settles when the
 * thread fails or stops early, also before it has a job.
 */
export interface BetweennessThread {
  worker: Worker;
  failure: Promise<Error>;
}

export function startBetweennessThread(): BetweennessThread {
  const worker = startWorker('betweenness-worker', import.meta.url);
  const failure = new Promise<Error>((resolve) => {
    worker.once('error', resolve);
    worker.once('exit', (code) => {
      if (code !== 0) resolve(new Error(`De rekenthread voor betweenness stopte met code ${code}.`));
    });
  });
  return { worker, failure };
}

/**
 * From this size on a relations file probably holds a network above `PARALLEL_MIN_WORK`
 * (7,000 relations of about 20 bytes); below it, starting threads early would mostly waste them.
 */
export const EARLY_START_BYTES = 100_000;

export interface ParallelOptions {
  /** Threads in all, this one included; default: `freeThreads()`. */
  threads?: number;
  /** Threads started earlier (`startBetweennessThread`); those not needed are stopped. */
  started?: BetweennessThread[];
  /** Default `PARALLEL_MIN_WORK`. */
  minWork?: number;
  /** Other work for this thread, done while the workers compute (or before betweenness on one thread). */
  meanwhile?: () => void;
}

/** Normalised betweenness, as `betweenness(graph)`, bit for bit; on several threads when it pays. */
export async function parallelBetweenness(graph: CsrGraph, options: ParallelOptions = {}): Promise<Float64Array> {
  const { n } = graph;
  const wanted = Math.min(options.threads ?? freeThreads(), n);
  const threads = betweennessWork(graph) < (options.minWork ?? PARALLEL_MIN_WORK) ? 1 : wanted;
  const started = options.started ?? [];
  for (const spare of started.slice(Math.max(0, threads - 1))) void spare.worker.terminate();
  if (threads < 2) {
    options.meanwhile?.();
    return betweenness(graph);
  }

  const blocks = blockCount(n);
  const job: BetweennessJob = {
    n,
    offsets: graph.offsets,
    targets: graph.targets,
    next: new Int32Array(new SharedArrayBuffer(4)),
    blocks,
  };

  const sums = new Float64Array(n);
  const ready = new Map<number, Float64Array>();
  let added = 0;
  let finished!: () => void;
  let failed!: (error: Error) => void;
  const done = new Promise<void>((resolve, reject) => {
    finished = resolve;
    failed = reject;
  });
  // Handled where it is awaited; without this a worker failing mid-loop counts as unhandled.
  done.catch(() => undefined);
  const take = (index: number, block: Float64Array) => {
    ready.set(index, block);
    for (let next = ready.get(added); next; next = ready.get(added)) {
      ready.delete(added++);
      addBlock(sums, next);
    }
    if (added === blocks) finished();
  };

  const helpers = started.slice(0, threads - 1);
  while (helpers.length < threads - 1) helpers.push(startBetweennessThread());
  const workers = helpers.map(({ worker, failure }) => {
    worker.on('message', ({ index, block }: { index: number; block: Float64Array }) => take(index, block));
    void failure.then(failed);
    worker.postMessage(job);
    return worker;
  });

  try {
    // While the workers start and take the first blocks, this thread does the other work; then it
    // works along instead of waiting, and lets their messages in after every block.
    options.meanwhile?.();
    const dependencies = blockDependencies(graph);
    for (let index = Atomics.add(job.next, 0, 1); index < blocks; index = Atomics.add(job.next, 0, 1)) {
      take(index, dependencies(index));
      await yieldToEvents();
    }
    await done;
  } finally {
    // Normally they have all exited by now; after a failure the rest is stopped.
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return normaliseBetweenness(sums, n);
}
