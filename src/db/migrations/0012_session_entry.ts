import type { Kysely } from 'kysely';
import type { Dialect } from './dialect.js';

/**
 * A werksessie's moderator can close entry (issue 10, finding 4): no new guests, while the guests
 * already in keep answering. Open by default, as every session was before.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .alterTable('work_sessions')
    .addColumn('entry_open', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}
