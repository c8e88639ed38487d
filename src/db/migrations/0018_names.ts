import type { Kysely } from 'kysely';
import type { Dialect } from './dialect.js';

/**
 * Names: people appear by their name, with an optional function and organisation, never by
 * their e-mail address. `name_required` is 1 for accounts made from now on (signing up asks for a
 * name before anything else); accounts that already exist without a name are asked once after
 * signing in and may skip it (`name_asked_at`).
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('job_title', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .alterTable('users')
    .addColumn('organisation', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .alterTable('users')
    .addColumn('name_required', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('users').addColumn('name_asked_at', 'text').execute();
}
