import type { Kysely } from 'kysely';
import type { Dialect } from './dialect.js';
import { editable, network } from './columns.js';

/**
 * The samenwerkingsscan and the relatiecheck (verdiepen). The scan: rounds with their instrument frozen in, who was invited and
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
  await upRelationCheck(db);
}

/**
 * The relatiecheck: partners rate each other partner on trust and value (1–4). One rating per
 * rating partner, rated partner and round; shown only as aggregates of 3 or more raters.
 */
export async function upRelationCheck(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('relation_check_rounds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(network)
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('closes_on', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .$call(editable)
    .addUniqueConstraint('relation_check_rounds_label', ['network_id', 'label'])
    .execute();

  await db.schema
    .createTable('relation_ratings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(network)
    .addColumn('round_id', 'text', (c) => c.notNull().references('relation_check_rounds.id').onDelete('cascade'))
    .addColumn('rater_actor_id', 'text', (c) => c.notNull().references('actors.id').onDelete('cascade'))
    .addColumn('rated_actor_id', 'text', (c) => c.notNull().references('actors.id').onDelete('cascade'))
    .addColumn('reliable', 'integer', (c) => c.notNull())
    .addColumn('open', 'integer', (c) => c.notNull())
    .addColumn('committed', 'integer', (c) => c.notNull())
    .addColumn('influence', 'integer', (c) => c.notNull())
    .addColumn('resources', 'integer', (c) => c.notNull())
    .addColumn('involvement', 'integer', (c) => c.notNull())
    .addUniqueConstraint('relation_ratings_pair', ['round_id', 'rater_actor_id', 'rated_actor_id'])
    .execute();
  await db.schema.createIndex('relation_ratings_rated').on('relation_ratings').column('rated_actor_id').execute();
  await db.schema.createIndex('relation_ratings_rater').on('relation_ratings').column('rater_actor_id').execute();
}
