import type { CreateTableBuilder } from 'kysely';

/** Column groups every migration uses; kept here so each table is declared the same way. */
export type Table = CreateTableBuilder<string, string>;

/** Timestamps and the optimistic-concurrency version of every editable record. */
export function editable(t: Table): Table {
  return t
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1));
}

/** The network a record belongs to; it goes when the network goes. */
export const network = (t: Table): Table =>
  t.addColumn('network_id', 'text', (c) => c.notNull().references('networks.id').onDelete('cascade'));
