import { CompiledQuery, type Kysely } from 'kysely';
import type { Dialect } from './index.js';

/** SQLite statement texts by table, columns and row count (one of SHAPES). */
const texts = new Map<string, string>();
const MAX_TEXTS = 200;

/** Rows per statement, largest first: a batch of any size is written with these shapes only. */
const SHAPES = [256, 128, 64, 32, 16, 8, 4, 2, 1];

/**
 * A multi-row insert of rows given as arrays in the order of `columns`, without Kysely's query
 * builder. Table and column names come from code, never from input.
 *
 * SQLite: statements of 256, 128, …, 1 rows. Every distinct row count is a statement of its own
 * that SQLite must prepare (a few ms for hundreds of rows); an import's batches have every size,
 * so with these shapes a handful of statements is prepared once and reused (the statement cache,
 * db/statement-cache.ts), and no text is built twice. 256 rows stay far under SQLite's limit of
 * 32,766 parameters for any table. PostgreSQL: one statement (`insertJson`).
 */
export async function insertRows<T>(
  db: Kysely<T>,
  dialect: Dialect,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
  tail = '',
): Promise<void> {
  if (dialect === 'postgres') return insertJson(db, table, columns, rows, tail);
  const names = columns.join(',');
  let i = 0;
  for (const size of SHAPES) {
    for (; rows.length - i >= size; i += size) {
      const key = `${table}|${names}|${size}|${tail}`;
      let text = texts.get(key);
      if (text === undefined) {
        const row = `(${columns.map(() => '?').join(', ')})`;
        text = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values ${Array.from({ length: size }, () => row).join(', ')}${tail ? ` ${tail}` : ''}`;
        if (texts.size >= MAX_TEXTS) texts.delete(texts.keys().next().value!);
        texts.set(key, text);
      }
      const parameters: unknown[] = [];
      for (let r = i; r < i + size; r++) for (const value of rows[r]!) parameters.push(value);
      await db.executeQuery(CompiledQuery.raw(text, parameters));
    }
  }
}

/**
 * PostgreSQL: all rows in one statement with one parameter, the rows as JSON objects that
 * PostgreSQL turns into the table's own row type (`json_populate_recordset`), so no column type
 * is written down here. PostgreSQL parses and plans a VALUES list of thousands of parameters far
 * slower than it inserts the rows (docs/BENCHMARKS.md "import").
 */
async function insertJson<T>(
  db: Kysely<T>,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
  tail: string,
): Promise<void> {
  if (rows.length === 0) return;
  const list = columns.map((c) => `"${c}"`).join(', ');
  const text = `insert into "${table}" (${list}) select ${list} from json_populate_recordset(null::"${table}", $1::json)${tail ? ` ${tail}` : ''}`;
  const keys = columns.map((c) => `${JSON.stringify(c)}:`);
  const json = `[${rows.map((row) => `{${keys.map((key, k) => key + JSON.stringify(row[k] ?? null)).join(',')}}`).join(',')}]`;
  await db.executeQuery(CompiledQuery.raw(text, [json]));
}
