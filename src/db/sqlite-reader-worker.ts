/**
 * The thread of `createSqliteReader` (sqlite-reader.ts): one read-only connection to the
 * database file, answering one query at a time. It never writes data.
 */
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';

const { file, cacheKib } = workerData as { file: string; cacheKib: number };
const port = parentPort!;
const db = new Database(file, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
db.pragma(`cache_size = ${cacheKib}`);
const statements = new Map<string, Database.Statement>();

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
