import type { Kysely } from 'kysely';
import type { Dialect } from './dialect.js';
import { network } from './columns.js';

/**
 * In-tool feedback ("Was dit nuttig?"), the SUS questionnaire and usage counts (issue #14).
 * Feedback and SUS answers name the member who gave them, so each is given once (per tool per
 * month, and once for the SUS); when the member leaves the answer stays without them. Usage counts
 * hold no person at all: per network, tool and ISO week, how often a tool was opened and changed.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('tool_feedback')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(network)
    .addColumn('member_id', 'text', (c) => c.references('members.id').onDelete('set null'))
    .addColumn('tool', 'text', (c) => c.notNull())
    /** YYYY-MM */
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('usefulness', 'integer', (c) => c.notNull())
    .addColumn('missing', 'text')
    /** 1: the writer allows researchers to read the text (only shown when the network consented too). */
    .addColumn('share_research', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('tool_feedback_once', ['network_id', 'member_id', 'tool', 'month'])
    .execute();

  await db.schema
    .createTable('sus_responses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(network)
    .addColumn('member_id', 'text', (c) => c.references('members.id').onDelete('set null'))
    /** JSON list of the ten answers, 1–5. */
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('score', 'real', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('sus_responses_once', ['network_id', 'member_id'])
    .execute();

  await db.schema
    .createTable('usage_counts')
    .$call(network)
    .addColumn('tool', 'text', (c) => c.notNull())
    /** ISO week, YYYY-Www */
    .addColumn('week', 'text', (c) => c.notNull())
    .addColumn('opened', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('changed', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('usage_counts_pk', ['network_id', 'tool', 'week'])
    .execute();
}
