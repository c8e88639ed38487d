import type { Kysely } from 'kysely';
import type { Dialect } from './dialect.js';

/**
 * Live working sessions (werksessie): the session with its join code, its guests (no account,
 * a hashed token), their answers and votes. Guest data lives and dies with the session.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('work_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('network_id', 'text', (c) => c.notNull().references('networks.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('card_column', 'text')
    .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('questions', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('options', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('moderated', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('allow_anonymous', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('code', 'text', (c) => c.unique())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('results', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('work_sessions_network')
    .on('work_sessions')
    .columns(['network_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('session_guests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.notNull().references('work_sessions.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('session_guests_session').on('session_guests').column('session_id').execute();

  await db.schema
    .createTable('session_answers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.notNull().references('work_sessions.id').onDelete('cascade'))
    .addColumn('guest_id', 'text', (c) => c.references('session_guests.id').onDelete('cascade'))
    .addColumn('author_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('question_index', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('group_label', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('merged_into', 'text')
    .addColumn('merged_from', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('accepted_as', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('accepted_id', 'text')
    .addColumn('accepted_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('session_answers_session')
    .on('session_answers')
    .columns(['session_id', 'created_at'])
    .execute();
  await db.schema.createIndex('session_answers_guest').on('session_answers').column('guest_id').execute();

  await db.schema
    .createTable('session_votes')
    .addColumn('session_id', 'text', (c) => c.notNull().references('work_sessions.id').onDelete('cascade'))
    .addColumn('guest_id', 'text', (c) => c.notNull().references('session_guests.id').onDelete('cascade'))
    .addColumn('option_index', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('session_votes_pk', ['session_id', 'guest_id'])
    .execute();

  // Session streams replay what a phone missed by session id.
  await db.schema.createIndex('events_entity').on('events').columns(['entity_id', 'id']).execute();
}
