import type { Kysely } from 'kysely';
import type { Dialect } from './dialect.js';
import { editable, network } from './columns.js';

/**
 * The samenwerkingsscan (verdiepen): rounds with their instrument frozen in, who was invited and
 * whether they answered, and the answers — kept in separate tables with no link between them and
 * no answer time, so an answer can never be tied to a person.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('scan_rounds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(network)
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('instrument_id', 'text', (c) => c.notNull())
    .addColumn('instrument_version', 'text', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('definition_en', 'text', (c) => c.notNull())
    .addColumn('disabled_items', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('mode', 'text', (c) => c.notNull().defaultTo('links'))
    .addColumn('session_id', 'text', (c) => c.references('work_sessions.id').onDelete('set null'))
    .addColumn('closes_on', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('reminded_at', 'text')
    .$call(editable)
    .addUniqueConstraint('scan_rounds_label', ['network_id', 'label'])
    .execute();

  await db.schema
    .createTable('scan_invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(network)
    .addColumn('round_id', 'text', (c) => c.notNull().references('scan_rounds.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (c) => c.references('members.id').onDelete('set null'))
    .addColumn('actor_id', 'text', (c) => c.references('actors.id').onDelete('set null'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('answered', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('scan_invitations_round')
    .on('scan_invitations')
    .columns(['round_id', 'answered'])
    .execute();
  await db.schema.createIndex('scan_invitations_member').on('scan_invitations').column('member_id').execute();
  await db.schema.createIndex('scan_invitations_actor').on('scan_invitations').column('actor_id').execute();

  await db.schema
    .createTable('scan_responses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(network)
    .addColumn('round_id', 'text', (c) => c.notNull().references('scan_rounds.id').onDelete('cascade'))
    .addColumn('answers', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('scan_responses_round').on('scan_responses').column('round_id').execute();
}
