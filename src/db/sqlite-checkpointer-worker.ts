/**
 * The thread of `startCheckpointer` (sqlite-checkpointer.ts): every `CHECKPOINT_MS` it moves the
 * write-ahead log into the database file, a PASSIVE checkpoint (it waits for no one and no one
 * waits for it), on a connection of its own.
 */
import Database from 'better-sqlite3';
import { workerData } from 'node:worker_threads';

const CHECKPOINT_MS = 1000;

const { file } = workerData as { file: string };
const db = new Database(file, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // A full disk or an I/O error: the main connection meets it on its next write too, and
    // /healthz reports it. The next tick tries again.
  }
}, CHECKPOINT_MS);
