/**
 * Betweenness spread over worker threads, for the CLI. The algorithm itself stays in the pure
 * domain module; this runner only hands out chunks of source nodes and adds the results in
 * source order, so the numbers are identical to `betweenness()` on one thread. Small and
 * self-contained on purpose: it can move behind a shared worker pool later.
 */

import { availableParallelism, cpus, loadavg } from 'node:os';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { startWorker } from '../core/worker-thread.js';
import {
  addDependencies,
  betweenness,
  normaliseBetweenness,
  sourceDependencies,
  type CsrGraph,
} from '../domain/network/betweenness.js';

/** What a worker gets: the graph, and a shared counter from which every thread claims chunks. */
export interface BetweennessJob extends CsrGraph {
  next: Int32Array;
  chunkSize: number;
  chunks: number;
}

/**
 * Below this much work (see `betweennessWork`) the workers cost more than they save. Measured on
 * 2 cores (docs/BENCHMARKS.md): one thread needs about 9 ns per unit, a worker 40 ms of CPU to
 * start and load; two threads halve the time only once half of it is well above that, from about
 * 15 million units (1,000 actors with 7,000 relations; the 2,000 × 12,000 benchmark is 52 million).
 */
export const PARALLEL_MIN_WORK = 15_000_000;

/** Rows of one chunk stay under 1 MB, and each thread gets about eight chunks to even out. */
const MAX_CHUNK_VALUES = 1 << 17;
const CHUNKS_PER_THREAD = 8;

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

export interface ParallelOptions {
  /** Threads in all, this one included; default: `freeThreads()`. */
  threads?: number;
  /** Default `PARALLEL_MIN_WORK`. */
  minWork?: number;
  /** Other work for this thread, done while the workers compute (or before betweenness on one thread). */
  meanwhile?: () => void;
}

/** Normalised betweenness, as `betweenness(graph)`, bit for bit; on several threads when it pays. */
export async function parallelBetweenness(graph: CsrGraph, options: ParallelOptions = {}): Promise<Float64Array> {
  const { n } = graph;
  const threads = Math.min(options.threads ?? freeThreads(), n);
  if (threads < 2 || betweennessWork(graph) < (options.minWork ?? PARALLEL_MIN_WORK)) {
    options.meanwhile?.();
    return betweenness(graph);
  }

  const chunkSize = Math.max(
    1,
    Math.min(Math.ceil(n / (threads * CHUNKS_PER_THREAD)), Math.floor(MAX_CHUNK_VALUES / n)),
  );
  const chunks = Math.ceil(n / chunkSize);
  const job: BetweennessJob = {
    n,
    offsets: graph.offsets,
    targets: graph.targets,
    next: new Int32Array(new SharedArrayBuffer(4)),
    chunkSize,
    chunks,
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
  const take = (chunk: number, rows: Float64Array) => {
    ready.set(chunk, rows);
    for (let rows = ready.get(added); rows; rows = ready.get(added)) {
      ready.delete(added++);
      addDependencies(sums, rows, n);
    }
    if (added === chunks) finished();
  };

  const workers = Array.from({ length: threads - 1 }, () => {
    const worker = startWorker('betweenness-worker', import.meta.url, { workerData: job });
    worker.on('message', ({ chunk, rows }: { chunk: number; rows: Float64Array }) => take(chunk, rows));
    worker.on('error', failed);
    worker.on('exit', (code) => {
      if (code !== 0) failed(new Error(`De rekenthread voor betweenness stopte met code ${code}.`));
    });
    return worker;
  });

  try {
    // While the workers start and take the first chunks, this thread does the other work; then it
    // works along instead of waiting, and lets their messages in after every chunk.
    options.meanwhile?.();
    const dependencies = sourceDependencies(graph);
    for (let chunk = Atomics.add(job.next, 0, 1); chunk < chunks; chunk = Atomics.add(job.next, 0, 1)) {
      take(chunk, dependencies(chunk * chunkSize, Math.min(n, (chunk + 1) * chunkSize)));
      await yieldToEvents();
    }
    await done;
  } finally {
    // Normally they have all exited by now; after a failure the rest is stopped.
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return normaliseBetweenness(sums, n);
}
