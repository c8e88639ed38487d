import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { dialects } from '../test/dialects.js';
import type { DB } from './schema.js';
import { pgReadMany } from './pg-read-many.js';

describe.runIf(dialects.includes('postgres'))('readMany on PostgreSQL, in batches through a cursor', () => {
  const pool = new pg.Pool({ connectionString: process.env.TEST_DATABASE_URL, max: 2 });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  const readMany = pgReadMany(pool);
  const series = (count: number) =>
    db.selectFrom(sql<{ n: number }>`generate_series(1, ${count})`.as('n')).select(sql<number>`n`.as('n'));
  afterAll(() => db.destroy());

  it('gives every row, in order, for sizes around the batch size', async () => {
    for (const count of [0, 1, 999, 1000, 1001, 2000, 2500]) {
      const rows = await readMany(series(count));
      expect(rows.length).toBe(count);
      expect(rows.every((r, i) => r.n === i + 1)).toBe(true);
    }
  });

  it('lets other work run between batches', async () => {
    let turns = 0;
    const timer = setInterval(() => turns++, 0);
    try {
      await readMany(series(20_000));
    } finally {
      clearInterval(timer);
    }
    expect(turns).toBeGreaterThan(5);
  });

  it('a failing read gives its connection back: more failures than the pool has connections, then a read works', async () => {
    for (let i = 0; i < 5; i++)
      await expect(readMany(db.selectFrom(sql`no_such_table`.as('x')).selectAll())).rejects.toThrow(/no_such_table/);
    expect((await readMany(series(3))).map((r) => r.n)).toEqual([1, 2, 3]);
    expect(pool.totalCount).toBeLessThanOrEqual(2);
  });
});
