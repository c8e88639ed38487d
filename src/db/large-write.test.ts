import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase, SQLITE_CACHE_KIB, sqliteFileFor } from './index.js';
import { largeWrite } from './large-write.js';

describe('largeWrite on SQLite', () => {
  it('runs with a small page cache and gives the connection its own cache back, also after a failure', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wijknet-large-write-'));
    const database = await openDatabase({ url: sqliteFileFor(dir) });
    const cacheSize = async (db: typeof database.db) =>
      Number((await sql<{ cache_size: number }>`pragma cache_size`.execute(db)).rows[0]!.cache_size);
    try {
      const before = await cacheSize(database.db);
      expect(before).toBe(SQLITE_CACHE_KIB);
      const during = await largeWrite(database.db, 'sqlite', async (trx) => {
        await sql`create table t (x integer)`.execute(trx);
        return cacheSize(trx);
      });
      expect(during).toBe(-1024);
      expect(await cacheSize(database.db)).toBe(before);
      await expect(
        largeWrite(database.db, 'sqlite', async (trx) => {
          await sql`insert into t values (1)`.execute(trx);
          throw new Error('half way');
        }),
      ).rejects.toThrow('half way');
      expect(await cacheSize(database.db)).toBe(before);
      // The failed transaction left nothing.
      expect((await sql<{ n: number }>`select count(*) as n from t`.execute(database.db)).rows[0]!.n).toBe(0);
      // Two imports at once: the second starts while the first's transaction holds the connection.
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const pause = () => new Promise((resolve) => setTimeout(resolve, 30));
      const first = largeWrite(database.db, 'sqlite', async (trx) => {
        await sql`insert into t values (1)`.execute(trx);
        await gate;
        return cacheSize(trx);
      });
      await pause();
      const second = largeWrite(database.db, 'sqlite', async (trx) => {
        await sql`insert into t values (2)`.execute(trx);
        return cacheSize(trx);
      });
      await pause();
      release();
      expect(await Promise.all([first, second])).toEqual([-1024, -1024]);
      expect(await cacheSize(database.db)).toBe(before);
    } finally {
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
