import type { Compilable } from 'kysely';
import type pg from 'pg';
import Cursor from 'pg-cursor';

/** Rows per batch: parsing 1,000 rows of a network takes a few ms. */
const BATCH_ROWS = 1000;

/**
 * `readMany` on PostgreSQL: a read of many rows, fetched in batches through a cursor. Fetched in
 * one go, the rows of a large network (12,000 relations, about 2 MB) arrive faster than they are
 * parsed: Node reads a socket up to 32 times in one turn of the event loop, so parsing them held
 * every other request up for 50–70 ms (docs/BENCHMARKS.md, "heavy"). Between two batches the
 * event loop is free. The cursor needs a connection of its own for the read: never inside a
 * transaction.
 */
export function pgReadMany(pool: pg.Pool) {
  return async <R>(query: Compilable<R>): Promise<R[]> => {
    const { sql, parameters } = query.compile();
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      const cursor = client.query(new Cursor<R>(sql, parameters as unknown[]));
      const rows: R[] = [];
      for (;;) {
        const batch = await cursor.read(BATCH_ROWS);
        for (const row of batch) rows.push(row);
        if (batch.length < BATCH_ROWS) break;
      }
      await cursor.close();
      return rows;
    } catch (err) {
      // The connection may be in any state now: the pool closes it instead of handing it out.
      broken = err instanceof Error ? err : new Error(String(err));
      throw err;
    } finally {
      client.release(broken);
    }
  };
}
