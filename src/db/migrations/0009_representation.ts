import { sql, type Kysely } from 'kysely';
import type { Dialect } from './dialect.js';
import { network } from './columns.js';

/**
 * Who speaks for whom: a member asks to act for a partner, and someone else confirms or refuses.
 * `members.actor_id` stays the confirmed fact; these rows are the requests and their outcome.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('representation_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(network)
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('actor_id', 'text', (c) => c.notNull().references('actors.id').onDelete('cascade'))
    // open | confirmed | refused | withdrawn
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('asked_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createIndex('representation_requests_network')
    .on('representation_requests')
    .columns(['network_id', 'status'])
    .execute();
  await db.schema
    .createIndex('representation_requests_member')
    .on('representation_requests')
    .column('member_id')
    .execute();
  await db.schema
    .createIndex('representation_requests_actor')
    .on('representation_requests')
    .column('actor_id')
    .execute();
  await db.schema
    .createIndex('representation_requests_decided_by')
    .on('representation_requests')
    .column('decided_by')
    .execute();
  // Own figures follow the owner rule like every other item, so they need their author. Figures
  // added before have none: only a kartrekker changes those.
  await db.schema
    .alterTable('profile_indicators')
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('profile_indicators_created_by').on('profile_indicators').column('created_by').execute();

  // A person-actor is spoken for only by that person's own account (the one signing in with the
  // person's contact address). Choices made before this rule existed that break it are undone.
  await sql`
    update members set actor_id = null
    where actor_id in (select a.id from actors a where a.kind = 'person')
      and not exists (
        select 1 from actors a join users u on u.id = members.user_id
        where a.id = members.actor_id and a.contact_email is not null and lower(a.contact_email) = lower(u.email)
      )
  `.execute(db);
}
