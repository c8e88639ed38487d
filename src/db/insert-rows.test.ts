import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { dialects } from '../test/dialects.js';
import { openDatabase, sqliteFileFor, type Dialect } from './index.js';
import { insertRows } from './insert-rows.js';

// insertRows writes SQLite rows in statements of 256, 128, …, 1 rows and PostgreSQL rows as one
// JSON parameter that PostgreSQL turns into the table's row type. Both must store every value as
// given: text with quotes, backslashes, line breaks and emoji, numbers, empty text and null.

const TEXTS = ['gewoon', `O'Brien "de Wit"`, 'a\\b', 'regel 1\nregel 2\r\n', '🏠 Café ÿ', '\u2028', '', '{"x":1}'];

describe.each(dialects)('insertRows on %s', (dialect: Dialect) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wijknet-insert-rows-'));
  const url = dialect === 'postgres' ? process.env.TEST_DATABASE_URL! : sqliteFileFor(dir);
  const table = `insert_rows_${process.pid}_${Date.now()}`;
  let db: Kysely<unknown>;
  let close: () => Promise<void>;

  afterAll(async () => {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
    await close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('stores every value as given, in batches of any size, and passes the tail on', async () => {
    const database = await openDatabase({ url });
    db = database.db as unknown as Kysely<unknown>;
    close = () => database.close();
    await sql`create table ${sql.table(table)} (id text primary key, n integer not null, label text, note text default 'standaard')`.execute(
      db,
    );
    const rows = Array.from({ length: 601 }, (_, i) => [
      `r${String(i).padStart(4, '0')}`,
      i,
      i % 9 === 8 ? null : TEXTS[i % TEXTS.length],
    ]);
    await insertRows(db, dialect, table, ['id', 'n', 'label'], rows);
    // A repeated key with `on conflict do nothing` is left alone; nothing at all is a no-op.
    await insertRows(db, dialect, table, ['id', 'n', 'label'], [['r0000', 99, 'anders']], 'on conflict do nothing');
    await insertRows(db, dialect, table, ['id', 'n', 'label'], []);

    const stored = await sql<{ id: string; n: number; label: string | null; note: string }>`
      select id, n, label, note from ${sql.table(table)} order by id`.execute(db);
    expect(stored.rows.map((r) => [r.id, Number(r.n), r.label])).toEqual(rows);
    // Columns not written get their default.
    expect(new Set(stored.rows.map((r) => r.note))).toEqual(new Set(['standaard']));
  });
});
