import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { deserialize, serialize } from 'node:v8';
import { AppError } from './errors.js';
import { msg } from './messages/index.js';

/**
 * Heavy work (parsing uploaded spreadsheets and CBS files, rendering documents, the analysis of a
 * large network, the Monte Carlo of an effect model) runs on worker threads so it never blocks the event loop. The
 * server implements this (`src/server/worker-pool.ts`) and hands it to modules in their deps;
 * tasks are named and registered in one file (`src/server/worker-tasks.ts`).
 */
export interface WorkerPool {
  /**
   * Runs the named task on a worker thread with `input` (structured-cloned; `transfer` moves
   * ArrayBuffers instead of copying them). Rejects with `poolErrors.busy` (503) when the queue is
   * full, `poolErrors.timeout` (422) when the task exceeds its time budget and
   * `poolErrors.crashed` (503) when its worker dies; another job is never affected.
   */
  run<T>(task: string, input: unknown, options?: RunOptions): Promise<T>;
  /**
   * Throws `poolErrors.busy` (503) when a job given now would be refused: for a caller that first
   * reads a whole network to build the job's input, so that a full queue says so at once, not after
   * the read.
   */
  admit(): void;
  /** Stops every worker; jobs still waiting or running fail. */
  close(): Promise<void>;
}

export interface RunOptions {
  /** Time budget of this job in milliseconds (default: the pool's, 20 s). */
  timeoutMs?: number;
  transfer?: ArrayBuffer[];
}

/** What a reading task gives back: the content, or why the file is refused (a message for the user). */
export type ReadResult<T, P> = { ok: true; value: T } | { ok: false; problem: P };

/**
 * Many rows for or from a worker thread, in chunks of serialized bytes. Rows sent as one value
 * are cloned in one go, on the sending thread and again on the receiving one: the 20,000 rows of
 * an import held the event loop about 150 ms when they arrived, and a large network's 12,000
 * relations 20–40 ms when they left. Packed, each chunk is serialized and unpacked on its own,
 * with the event loop free in between (a few ms each).
 */
export interface Packed<T> {
  count: number;
  chunks: Uint8Array[];
  /** Only for the type: what `unpack` gives back. */
  readonly rows?: T;
}

/** Serializes `rows` in chunks of `chunkSize`, letting other work run between two chunks. */
export async function pack<T>(rows: readonly T[], chunkSize: number): Promise<Packed<T>> {
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < rows.length; i += chunkSize) {
    if (i > 0) await yieldToEvents();
    chunks.push(serialize(rows.slice(i, i + chunkSize)));
  }
  return { count: rows.length, chunks };
}

/** The rows of chunk `index`. */
export function unpack<T>(packed: Packed<T>, index: number): T[] {
  return deserialize(packed.chunks[index]!) as T[];
}

/** Every row, in order (on a worker thread, where nobody waits for the event loop). */
export function unpackAll<T>(packed: Packed<T>): T[] {
  return packed.chunks.flatMap((_, i) => unpack(packed, i));
}

/** Rows per chunk when a network's partners or relations go to a worker thread. */
export const NETWORK_CHUNK_ROWS = 1000;

/** Seconds a caller is told to wait when every worker is busy and the queue is full. */
export const POOL_RETRY_AFTER_SECONDS = 10;

export const POOL_ERROR_CODES = { busy: 'server_busy', timeout: 'work_too_long', crashed: 'work_failed' } as const;

export const poolErrors = {
  busy: () =>
    new AppError(503, POOL_ERROR_CODES.busy, 'pool.busy', undefined, { retryAfterSeconds: POOL_RETRY_AFTER_SECONDS }),
  timeout: (seconds: number) => new AppError(422, POOL_ERROR_CODES.timeout, msg('pool.timeout', { count: seconds })),
  crashed: () =>
    new AppError(503, POOL_ERROR_CODES.crashed, 'pool.crashed', undefined, {
      retryAfterSeconds: POOL_RETRY_AFTER_SECONDS,
    }),
};
