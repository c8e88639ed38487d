import type { Kysely } from 'kysely';
import type { Dialect } from './dialect.js';
import { editable, network } from './columns.js';

/**
 * The phase "verankeren", second part: the case method (casusmethode) — cases of a typical
 * resident with their lines on two timelines, priced from the price list or with an own amount —
 * and the continuity checklist (borging).
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('effect_cases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(network)
    .addColumn('name', 'text', (c) => c.notNull())
    // The typical resident in a few sentences: made up, never a real person.
    .addColumn('resident', 'text', (c) => c.notNull().defaultTo(''))
    // How many residents this case stands for (N).
    .addColumn('residents', 'integer', (c) => c.notNull().defaultTo(1))
    .$call(editable)
    .execute();
  await db.schema
    .createIndex('effect_cases_network')
    .on('effect_cases')
    .columns(['network_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('effect_case_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(network)
    .addColumn('case_id', 'text', (c) => c.notNull().references('effect_cases.id').onDelete('cascade'))
    // 'approach' (with the network's approach) or 'reference' (without it).
    .addColumn('timeline', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    // 'event' (life event) or 'activity' (support activity).
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('month', 'integer')
    // A price from the list, or none and an own amount with a note.
    .addColumn('price_item_id', 'text', (c) => c.references('price_items.id').onDelete('set null'))
    .addColumn('own_price', 'double precision')
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('quantity', 'double precision', (c) => c.notNull())
    // Who pays; null means the payer of the price item.
    .addColumn('payer', 'text')
    .execute();
  await db.schema
    .createIndex('effect_case_lines_case')
    .on('effect_case_lines')
    .columns(['case_id', 'timeline', 'position'])
    .execute();

  await db.schema
    .createTable('continuity_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(network)
    // The starter point it was copied from ('funding', 'deputies', …), null for the network's own.
    .addColumn('starter_key', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    // open, bezig, geregeld, nvt (not applicable, with a reason).
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('owner_member_id', 'text', (c) => c.references('members.id').onDelete('set null'))
    .addColumn('owner_actor_id', 'text', (c) => c.references('actors.id').onDelete('set null'))
    .addColumn('due_on', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    // Removed items stay as a mark, so an emptied checklist is not filled again on the next view.
    .addColumn('removed_at', 'text')
    .$call(editable)
    .execute();
  await db.schema
    .createIndex('continuity_items_network')
    .on('continuity_items')
    .columns(['network_id', 'position'])
    .execute();
}
