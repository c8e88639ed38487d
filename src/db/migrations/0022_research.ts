import type { Kysely } from 'kysely';
import type { Dialect } from './dialect.js';

/**
 * Research mode (issue #14). `researchers`: the installation's researchers (given with
 * `wijknet admin researcher`), each with a secret salt from which the pseudonym of every network
 * is derived, so one researcher can follow a network over time while two researchers cannot
 * link their exports. `research_consents`: a network's consent, switched on and off by its
 * kartrekkers, and whether free text may be shared. `research_progress`: phase progress per month.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('researchers')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('salt', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('research_consents')
    .addColumn('network_id', 'text', (c) => c.primaryKey().references('networks.id').onDelete('cascade'))
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('allow_texts', 'integer', (c) => c.notNull().defaultTo(0))
    /** When it was last switched on. */
    .addColumn('since', 'text')
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addColumn('changed_by', 'text', (c) => c.references('members.id').onDelete('set null'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  // Phase progress is computed, never stored; for researchers following a network over time the
  // progress of each month is recorded while the network consents (the last record of a month wins).
  await db.schema
    .createTable('research_progress')
    .addColumn('network_id', 'text', (c) => c.notNull().references('networks.id').onDelete('cascade'))
    /** YYYY-MM */
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('done', 'integer', (c) => c.notNull())
    .addColumn('applicable', 'integer', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('research_progress_pk', ['network_id', 'month', 'phase'])
    .execute();
}
