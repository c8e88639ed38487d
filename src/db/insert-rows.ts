import { CompiledQuery, type Kysely } from 'kysely';
import type { Dialect } from './index.js';

/** Statement texts by dialect, table, columns and row count (one of SHAPES). */
const texts = new Map<string, string>();
const MAX_TEXTS = 200;

/** Rows per statement, largest first: a batch of any size is written with these shapes only. */
const SHAPES = [256, 128, 64, 32, 16, 8, 4, 2, 1];

/**
 * A multi-row insert of rows given as arrays in the order of `columns`, without Kysely's query
 * builder, in statements of 256, 128, …, 1 rows. Every distinct row count is a statement of its
 * own that SQLite must prepare (a few ms for hundreds of rows); an import's batches have every
 * size, so with these shapes a handful of statements is prepared once and reused (the statement
 * cache, db/statement-cache.ts), and no text is built twice. Table and column names come from
 * code, never from input. 256 rows stay far under the parameter limits (SQLite 32,766,
 * PostgreSQL 65,535) for any table.
 */
export async function insertRows<T>(
  db: Kysely<T>,
  dialect: Dialect,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
  tail = '',
): Promise<void> {
  const names = columns.join(',');
  let i = 0;
  for (const size of SHAPES) {
    for (; rows.length - i >= size; i += size) {
      const key = `${dialect}|${table}|${names}|${size}|${tail}`;
      let text = texts.get(key);
      if (text === undefined) {
        let n = 0;
        const row = () => `(${columns.map(() => (dialect === 'postgres' ? `$${++n}` : '?')).join(', ')})`;
        text = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values ${Array.from({ length: size }, row).join(', ')}${tail ? ` ${tail}` : ''}`;
        if (texts.size >= MAX_TEXTS) texts.delete(texts.keys().next().value!);
        texts.set(key, text);
      }
      const parameters: unknown[] = [];
      for (let r = i; r < i + size; r++) for (const value of rows[r]!) parameters.push(value);
      await db.executeQuery(CompiledQuery.raw(text, parameters));
    }
  }
}
