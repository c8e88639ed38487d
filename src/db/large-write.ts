import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from './schema.js';
import type { Dialect } from './index.js';

/** SQLite's page cache during a large write, in KiB (negative: a size, not a page count). */
const LARGE_WRITE_CACHE_KIB = -1024;

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
  const { rows } = await sql<{ cache_size: number }>`pragma cache_size`.execute(db);
  const before = Number(rows[0]!.cache_size);
  await sql.raw(`pragma cache_size = ${LARGE_WRITE_CACHE_KIB}`).execute(db);
  try {
    return await db.transaction().execute(work);
  } finally {
    await sql.raw(`pragma cache_size = ${before}`).execute(db);
  }
}
