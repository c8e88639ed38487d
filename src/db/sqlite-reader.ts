import type { Worker } from 'node:worker_threads';
import { startWorker } from '../core/worker-thread.js';

/** The reader thread stopped or could not start: the caller reads on its own connection instead. */
export class ReaderGone extends Error {}

export interface SqliteReader {
  read<R>(sql: string, parameters: readonly unknown[]): Promise<R[]>;
  close(): Promise<void>;
}

/**
 * Large reads of a SQLite file on a thread of their own. better-sqlite3 answers on the calling
 * thread, so reading a network of 2,000 partners and 12,000 relations on the main thread held
 * every other request up for 20–90 ms (docs/BENCHMARKS.md, "heavy"). Here one worker thread with
 * its own read-only connection runs them; in WAL mode it sees every committed write, so a
 * request that wrote first reads its own write. Not for reads inside a transaction: those must
 * go through the transaction's connection. The thread starts at once and is replaced after a
 * crash; its queries wait in order (one connection), beside the heavy-work pool, so a long PDF
 * never holds up a page. When the thread is gone (`ReaderGone`), the caller reads on the main
 * connection: slower for everyone, never an error for the user.
 */
/** `cacheKib`: the page cache of the thread's connection, as SQLite's `cache_size` (negative: KiB). */
export function createSqliteReader(file: string, cacheKib: number): SqliteReader {
  let worker: Worker | null = null;
  /** A thread that stopped before it ever answered (the file cannot be opened read-only, say) is not started again. */
  let broken = false;
  let nextId = 1;
  const pending = new Map<number, { resolve(rows: unknown[]): void; reject(error: Error): void }>();

  function failAll(error: Error) {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  }

  function start(): Worker {
    const w = startWorker('sqlite-reader-worker', import.meta.url, {
      workerData: { file, cacheKib },
    });
    let answered = false;
    w.on('message', (reply: { id?: number; rows?: unknown[]; error?: string }) => {
      answered = true;
      if (reply.id === undefined) return; // ready
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if (pending.size === 0) w.unref();
      if (reply.error !== undefined) p.reject(new Error(reply.error));
      else p.resolve(reply.rows!);
    });
    const gone = (error: Error) => {
      if (worker !== w) return;
      worker = null;
      if (!answered) broken = true;
      failAll(new ReaderGone(error.message));
    };
    w.on('error', gone);
    w.on('exit', (code) => gone(new Error(`the database reader thread stopped (code ${code})`)));
    return w;
  }

  // At once, not with the first read: starting the thread takes 100 ms or more, and the first read
  // is often /healthz during a long write (createSqliteHealth). Idle, it keeps no process alive.
  worker = start();
  worker.unref();

  return {
    read<R>(sql: string, parameters: readonly unknown[]): Promise<R[]> {
      if (broken) return Promise.reject(new ReaderGone('the database reader thread could not start'));
      worker ??= start();
      const w = worker;
      const id = nextId++;
      // A busy reader keeps the process alive until it answers; an idle one does not.
      w.ref();
      return new Promise<R[]>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (rows: unknown[]) => void, reject });
        w.postMessage({ id, sql, parameters });
      });
    },
    async close() {
      const w = worker;
      worker = null;
      failAll(new ReaderGone('the database is closed'));
      if (w) await w.terminate();
    },
  };
}
