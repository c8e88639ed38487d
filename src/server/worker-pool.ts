/**
 * The one pool of worker threads for heavy work (see `WorkerPool` in src/core/worker-pool.ts).
 * Workers start when work first arrives, so a server that never imports never starts one. Each
 * worker runs one job at a time; jobs wait in a bounded queue, and a full queue answers 503 at
 * once instead of letting requests pile up. A job that exceeds its time budget has its worker
 * terminated; a worker that crashes (a throw outside the task, process.exit, out of memory) fails
 * only the job it was running. Either way a new worker takes its place.
 */
import type { Worker, WorkerOptions } from 'node:worker_threads';
import { startWorker } from '../core/worker-thread.js';
import { poolErrors, type RunOptions, type WorkerPool } from '../core/worker-pool.js';

export interface PoolOptions {
  /** Worker threads at most. */
  size: number;
  /** Jobs that may wait for a free worker; one more is refused with 503. */
  queueLimit: number;
  /** Default time budget of a job in milliseconds. */
  timeoutMs: number;
  /** Heap limit of one worker; a job that needs more crashes its worker, not the server. */
  maxMemoryMb?: number;
  /** A module whose `tasks` are added to the standard ones (tests: tasks that crash or loop). */
  extraTasks?: URL;
  /** Told when a worker dies or a job is stopped (without the job's input). */
  onEvent?: (event: { kind: 'crashed' | 'timeout' | 'startFailed'; task?: string; message?: string }) => void;
}

export interface PoolStats {
  workers: number;
  busy: number;
  waiting: number;
  /** Workers started since the pool was made (a replaced worker counts again). */
  started: number;
}

interface Job {
  id: number;
  task: string;
  input: unknown;
  transfer: ArrayBuffer[];
  timeoutMs: number;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  state: 'starting' | 'idle' | 'busy' | 'dead';
  job?: Job;
  timer?: NodeJS.Timeout;
}

type Reply = { ready: true } | { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };

const newWorker = (options: WorkerOptions) => startWorker('worker-entry', import.meta.url, options);

export function createWorkerPool(options: PoolOptions): WorkerPool & { stats(): PoolStats } {
  const slots: Slot[] = [];
  const queue: Job[] = [];
  let nextId = 1;
  let started = 0;
  let closed = false;

  function spawn(): void {
    const worker = newWorker({
      workerData: { extraTasks: options.extraTasks?.href },
      resourceLimits: { maxOldGenerationSizeMb: options.maxMemoryMb ?? 1024 },
    });
    started++;
    const slot: Slot = { worker, state: 'starting' };
    slots.push(slot);
    // An idle worker does not keep a finished command or test alive; a busy one does.
    worker.unref();
    worker.on('message', (reply: Reply) => onReply(slot, reply));
    // An uncaught exception or an out-of-memory error in the worker; 'exit' follows.
    worker.on('error', (err) => fail(slot, err.message));
    worker.on('exit', () => fail(slot, 'exited'));
  }

  function onReply(slot: Slot, reply: Reply): void {
    if (slot.state === 'dead') return;
    if ('ready' in reply) {
      slot.state = 'idle';
      pump();
      return;
    }
    const job = slot.job;
    if (!job || job.id !== reply.id) return;
    clearTimeout(slot.timer);
    slot.job = undefined;
    slot.state = 'idle';
    slot.worker.unref();
    if (reply.ok) job.resolve(reply.value);
    else job.reject(new Error(`Taak ${job.task} mislukte: ${reply.message}`));
    pump();
  }

  /** The slot's worker is gone (or must go): its job fails, the slot leaves the pool, a new worker may start. */
  function fail(slot: Slot, message: string, error?: Error): void {
    if (slot.state === 'dead') return;
    const wasStarting = slot.state === 'starting';
    slot.state = 'dead';
    clearTimeout(slot.timer);
    slots.splice(slots.indexOf(slot), 1);
    void slot.worker.terminate();
    const job = slot.job;
    slot.job = undefined;
    if (closed) {
      job?.reject(poolErrors.crashed());
      return;
    }
    if (job) {
      options.onEvent?.({ kind: error ? 'timeout' : 'crashed', task: job.task, message });
      job.reject(error ?? poolErrors.crashed());
    } else if (wasStarting) {
      // A worker that cannot even start would be restarted for ever: the first waiting job fails instead.
      options.onEvent?.({ kind: 'startFailed', message });
      queue.shift()?.reject(poolErrors.crashed());
    }
    pump();
  }

  function pump(): void {
    if (closed) return;
    while (queue.length > 0) {
      const slot = slots.find((s) => s.state === 'idle');
      if (!slot) break;
      dispatch(slot, queue.shift()!);
    }
    const starting = slots.filter((s) => s.state === 'starting').length;
    for (let i = starting; i < queue.length && slots.length < options.size; i++) spawn();
  }

  function dispatch(slot: Slot, job: Job): void {
    slot.state = 'busy';
    slot.job = job;
    slot.worker.ref();
    // The budget counts from the moment a worker takes the job: waiting in the queue is not the job's fault.
    slot.timer = setTimeout(
      () => fail(slot, 'timeout', poolErrors.timeout(Math.ceil(job.timeoutMs / 1000))),
      job.timeoutMs,
    );
    slot.worker.postMessage({ id: job.id, task: job.task, input: job.input }, job.transfer);
  }

  const full = () =>
    closed ||
    (!slots.some((s) => s.state === 'idle') && slots.length >= options.size && queue.length >= options.queueLimit);

  return {
    run<T>(task: string, input: unknown, runOptions: RunOptions = {}): Promise<T> {
      if (full()) return Promise.reject(poolErrors.busy());
      return new Promise<T>((resolve, reject) => {
        queue.push({
          id: nextId++,
          task,
          input,
          transfer: runOptions.transfer ?? [],
          timeoutMs: runOptions.timeoutMs ?? options.timeoutMs,
          resolve: resolve as (value: unknown) => void,
          reject,
        });
        pump();
      });
    },

    admit(): void {
      if (full()) throw poolErrors.busy();
    },

    async close(): Promise<void> {
      closed = true;
      for (const job of queue.splice(0)) job.reject(poolErrors.busy());
      const workers = slots.map((s) => s.worker);
      for (const slot of [...slots]) fail(slot, 'closed');
      await Promise.all(workers.map((w) => w.terminate()));
    },

    stats: () => ({
      workers: slots.length,
      busy: slots.filter((s) => s.state === 'busy').length,
      waiting: queue.length,
      started,
    }),
  };
}
