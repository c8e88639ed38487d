import type { Kysely } from 'kysely';
import type { Dialect } from './dialect.js';
import { editable, network } from './columns.js';

/**
 * Bijeenkomsten (verdiepen): a planned meeting with its agenda, who came and the notes, and the
 * decisions taken in it. A decision becomes an agreement (its review date included); the decision
 * keeps the agreement's id. Actions made in a meeting point back to it (`actions.meeting_id`), and
 * an action remembers when it was finished (`actions.done_at`) for the timeline.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('meetings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(network)
    .addColumn('title', 'text', (c) => c.notNull())
    // The Dutch calendar day and clock times as typed, and the moments they stand for (UTC).
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text')
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text')
    .addColumn('place', 'text')
    .addColumn('video_url', 'text')
    // [{text, goalId, agreementId}] in the agenda's order.
    .addColumn('agenda', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    // Who came: member ids and partner (actor) ids, as JSON lists.
    .addColumn('present_members', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('present_actors', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('planner_member_id', 'text', (c) => c.references('members.id').onDelete('set null'))
    .addColumn('invited_at', 'text')
    .addColumn('cancelled_at', 'text')
    .$call(editable)
    .execute();
  await db.schema.createIndex('meetings_network_start').on('meetings').columns(['network_id', 'starts_at']).execute();

  await db.schema
    .createTable('meeting_decisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(network)
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    // The partners (actor ids) present who took the decision, as a JSON list.
    .addColumn('decider_actor_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('review_on', 'text')
    .addColumn('agreement_id', 'text', (c) => c.references('agreements.id').onDelete('set null'))
    .addColumn('recorder_member_id', 'text', (c) => c.references('members.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('meeting_decisions_meeting')
    .on('meeting_decisions')
    .columns(['network_id', 'meeting_id'])
    .execute();

  await db.schema
    .alterTable('actions')
    .addColumn('meeting_id', 'text', (c) => c.references('meetings.id').onDelete('set null'))
    .execute();
  await db.schema.alterTable('actions').addColumn('done_at', 'text').execute();
  // Actions finished before this migration: their last change is the best guess of when.
  await (db as Kysely<{ actions: { status: string; done_at: string | null; updated_at: string } }>)
    .updateTable('actions')
    .set((eb) => ({ done_at: eb.ref('updated_at') }))
    .where('status', '=', 'klaar')
    .execute();
}
