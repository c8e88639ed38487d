import type { Kysely } from 'kysely';
import type { Dialect } from './dialect.js';
import { editable, network } from './columns.js';

/**
 * The phase "vormgeven": why ladders and goals, the partnership card (personal, joint,
 * published versions, consents), kartrekker appointments, agreements, the action plan, the
 * calendar feed and sent reminders.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('why_ladders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(network)
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('activity', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('steps', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('goal', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('target_groups', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('themes', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('health_dimensions', 'text', (c) => c.notNull().defaultTo('[]'))
    .$call(editable)
    .execute();
  await db.schema.createIndex('why_ladders_network').on('why_ladders').columns(['network_id', 'created_at']).execute();
  await db.schema.createIndex('why_ladders_member').on('why_ladders').column('member_id').execute();

  // A network's own target groups and themes, on top of the default lists.
  await db.schema
    .createTable('network_terms')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(network)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('network_terms_label', ['network_id', 'kind', 'label'])
    .execute();

  await db.schema
    .createTable('network_goals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(network)
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('indicator', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('target_value', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('ladder_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .$call(editable)
    .execute();
  await db.schema
    .createIndex('network_goals_network')
    .on('network_goals')
    .columns(['network_id', 'position'])
    .execute();

  await db.schema
    .createTable('card_settings')
    .addColumn('network_id', 'text', (c) => c.primaryKey().references('networks.id').onDelete('cascade'))
    .addColumn('mode', 'text', (c) => c.notNull())
    .$call(editable)
    .execute();

  // Personal items (member_id set) and joint items (member_id null, sources = provenance).
  await db.schema
    .createTable('card_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(network)
    .addColumn('member_id', 'text', (c) => c.references('members.id').onDelete('cascade'))
    .addColumn('card_column', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('sources', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .$call(editable)
    .execute();
  await db.schema.createIndex('card_items_network').on('card_items').columns(['network_id', 'member_id']).execute();
  await db.schema.createIndex('card_items_member').on('card_items').column('member_id').execute();

  // Published joint cards: immutable JSON snapshots, numbered per network.
  await db.schema
    .createTable('card_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(network)
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('published_by', 'text')
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('card_versions_number', ['network_id', 'number'])
    .execute();

  // One consent per party (actor, or a member acting for no actor) per version.
  await db.schema
    .createTable('card_consents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(network)
    .addColumn('version_id', 'text', (c) => c.notNull().references('card_versions.id').onDelete('cascade'))
    .addColumn('party', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text')
    .addColumn('user_name', 'text', (c) => c.notNull())
    .addColumn('consented_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('card_consents_party', ['version_id', 'party'])
    .execute();
  await db.schema.createIndex('card_consents_network').on('card_consents').column('network_id').execute();

  await db.schema
    .createTable('lead_appointments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(network)
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('hours_per_week', 'double precision')
    .addColumn('mandate', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('supported_by', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('paid_by', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('deputy_member_id', 'text', (c) => c.references('members.id').onDelete('set null'))
    .$call(editable)
    .addUniqueConstraint('lead_appointments_member', ['network_id', 'member_id'])
    .execute();
  await db.schema.createIndex('lead_appointments_member_fk').on('lead_appointments').column('member_id').execute();
  await db.schema.createIndex('lead_appointments_deputy').on('lead_appointments').column('deputy_member_id').execute();

  await db.schema
    .createTable('agreements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(network)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('decision_rule', 'text')
    .addColumn('details', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('review_on', 'text')
    .$call(editable)
    .execute();
  await db.schema.createIndex('agreements_network').on('agreements').columns(['network_id', 'kind']).execute();
  await db.schema.createIndex('agreements_review').on('agreements').columns(['review_on']).execute();

  await db.schema
    .createTable('actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(network)
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('owner_member_id', 'text', (c) => c.references('members.id').onDelete('set null'))
    .addColumn('actor_id', 'text', (c) => c.references('actors.id').onDelete('set null'))
    .addColumn('goal_id', 'text', (c) => c.references('network_goals.id').onDelete('set null'))
    .addColumn('due_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('plan_year', 'integer', (c) => c.notNull())
    .addColumn('carried_from', 'text')
    .$call(editable)
    .execute();
  await db.schema.createIndex('actions_network').on('actions').columns(['network_id', 'plan_year', 'status']).execute();
  await db.schema.createIndex('actions_owner').on('actions').column('owner_member_id').execute();
  await db.schema.createIndex('actions_goal').on('actions').column('goal_id').execute();
  await db.schema.createIndex('actions_actor').on('actions').column('actor_id').execute();
  await db.schema.createIndex('actions_due').on('actions').columns(['status', 'due_on']).execute();

  // Calendar apps cannot send cookies: one secret feed address per person, stored hashed.
  await db.schema
    .createTable('calendar_feeds')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('secret_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  // What reminder was sent for what, so running the reminders twice sends nothing twice.
  await db.schema
    .createTable('reminders_sent')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('reminders_sent_user').on('reminders_sent').column('user_id').execute();
}
