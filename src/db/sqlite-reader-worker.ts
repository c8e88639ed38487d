/**
 * The thread of `createSqliteReader` (sqlite-reader.ts): one read-only connection to the
 * database file, answering one query at a time. It never writes data. With `checkpoints`, it
 * also moves the write-ahead log into the database file (a PASSIVE checkpoint: it waits for no
 * one and no one waits for it) every `CHECKPOINT_MS`, on a second connection, so that the main
 * thread's connection does not do that inside a COMMIT (see `createSqliteReader`).
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';

const CHECKPOINT_MS = 1000;

const { file, checkpoints } = workerData as { file: string; checkpoints: boolean };
const port = parentPort!;
const db = new Database(file, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
db.pragma('cache_size = -65536');
const statements = new Map<string, Database.Statement>();

if (checkpoints) {
  const checkpointer = new Database(file, { fileMustExist: true });
  setInterval(() => {
    try {
      checkpointer.pragma('wal_checkpoint(PASSIVE)');
    } catch (err) {
      // A full disk or an I/O error: the main connection meets it on its next write too, and
      // /healthz reports it. The next tick tries again.
      port.postMessage({ checkpointError: err instanceof Error ? err.message : String(err) });
    }
  }, CHECKPOINT_MS);
}
port.postMessage({ ready: true });

port.on('message', ({ id, sql, parameters }: { id: number; sql: string; parameters: unknown[] }) => {
  try {
    let stmt = statements.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      // The few large reads of the app: a small cache is enough, and bounded.
      if (statements.size >= 100) statements.delete(statements.keys().next().value!);
      statements.set(sql, stmt);
    }
    port.postMessage({ id, rows: stmt.all(...parameters) });
  } catch (err) {
    port.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
