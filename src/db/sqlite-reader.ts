import type { Worker } from 'node:worker_threads';
import { startWorker } from '../core/worker-thread.js';

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
 * go through the transaction's connection. The thread starts with the first read and is replaced
 * after a crash; its queries wait in order (one connection), beside the heavy-work pool, so a
 * long PDF never holds up a page.
 */
export function createSqliteReader(file: string): SqliteReader {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve(rows: unknown[]): void; reject(error: Error): void }>();

  function failAll(error: Error) {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  }

  function start(): Worker {
    const w = startWorker('sqlite-reader-worker', import.meta.url, { workerData: { file } });
    w.on('message', (reply: { id: number; rows?: unknown[]; error?: string }) => {
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
      failAll(error);
    };
    w.on('error', gone);
    w.on('exit', (code) => gone(new Error(`de leesthread van de database stopte (code ${code})`)));
    return w;
  }

  return {
    read<R>(sql: string, parameters: readonly unknown[]): Promise<R[]> {
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
      failAll(new Error('de database is gesloten'));
      if (w) await w.terminate();
    },
  };
}
