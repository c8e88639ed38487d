import { AppError, errors } from '../../core/errors.js';
import { msg, type MessageRef } from '../../core/messages/index.js';
import { POOL_ERROR_CODES, type ReadResult } from '../../core/worker-pool.js';
import type { Deps } from './deps.js';

/**
 * Reads an uploaded file on a worker thread of the pool (task names: src/server/worker-tasks.ts).
 * A file that cannot be read, breaks a limit or takes longer than the import time budget is
 * refused with 422 and a message on `field`; a full queue stays 503 (try again shortly).
 */
export async function readInWorker<T, P>(
  deps: Pick<Deps, 'pool' | 'config'>,
  task: string,
  input: unknown,
  /** The files' bytes (each with a buffer of its own, as `fileBytes` makes them): moved, not copied. */
  files: Uint8Array[],
  field: string,
  problemText: (problem: P) => MessageRef,
): Promise<T> {
  let result: ReadResult<T, P>;
  try {
    // The time budget is the pool's (WORKER_TIMEOUT_MS, 20 s unless configured).
    result = await deps.pool.run<ReadResult<T, P>>(task, input, {
      transfer: files.map((b) => b.buffer as ArrayBuffer),
    });
  } catch (err) {
    if (err instanceof AppError && err.code === POOL_ERROR_CODES.timeout) {
      const text = msg('import.tooSlow', { count: Math.max(1, Math.round(deps.config.workerTimeoutMs / 1000)) });
      throw errors.invalid({ [field]: text }, text);
    }
    throw err;
  }
  if (!result.ok) {
    const text = problemText(result.problem);
    throw errors.invalid({ [field]: text }, text);
  }
  return result.value;
}
