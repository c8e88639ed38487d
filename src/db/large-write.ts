import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from './schema.js';
import { SQLITE_CACHE_KIB, type Dialect } from './index.js';

/** SQLite's page cache during a large write, in KiB (negative: a size, not a page count). */
const LARGE_WRITE_CACHE_KIB = -1024;

/** Large writes running or waiting per connection: the last one to end gives the cache back. */
const running = new WeakMap<Kysely<DB>, number>();

/**
 * A transaction that writes tens of megabytes (an import of 20,000 partners). SQLite keeps the
 * pages a transaction changes in its page cache (64 MB here, db/index.ts) and writes them all to
 * the log in the COMMIT, in one call on the main thread: 70–110 ms for that import, while every
 * other request waited. With a 1 MB cache for the duration, the pages go to the log while the
 * transaction runs, slice by slice. The COMMIT then still reads back the pages that were written
 * twice, to checksum them (perf: pread and walChecksumBytes), but takes 45–60 ms. The writing as a
 * whole takes longer (docs/BENCHMARKS.md, "import"). Meanwhile other requests on this connection
 * read with the smaller cache. PostgreSQL: a plain transaction.
 */
export async function largeWrite<T>(
  db: Kysely<DB>,
  dialect: Dialect,
  work: (trx: Transaction<DB>) => Promise<T>,
): Promise<T> {
  if (dialect !== 'sqlite') return db.transaction().execute(work);
  running.set(db, (running.get(db) ?? 0) + 1);
  try {
    await sql.raw(`pragma cache_size = ${LARGE_WRITE_CACHE_KIB}`).execute(db);
    return await db.transaction().execute(work);
  } finally {
    const left = running.get(db)! - 1;
    running.set(db, left);
    if (left === 0) await sql.raw(`pragma cache_size = ${SQLITE_CACHE_KIB}`).execute(db);
  }
}
