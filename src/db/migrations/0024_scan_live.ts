import type { Kysely } from 'kysely';
import type { Dialect } from './dialect.js';

/**
 * The samenwerkingsscan filled in live during a werksessie (issue 11). The round already has
 * `mode` and `session_id` (0007); this adds the question the big screen shows now, and on an
 * answer set of a live round the hash of a key that only the answering phone holds, so a person
 * can add one item at a time to the same answer set without the database tying the set to them.
 * The key is wiped when the round closes.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('scan_rounds').addColumn('live_index', 'integer').execute();
  await db.schema.alterTable('scan_responses').addColumn('live_key', 'text').execute();
  await db.schema.createIndex('scan_responses_live_key').on('scan_responses').column('live_key').execute();
}
