import type { Kysely } from 'kysely';
import type { Dialect } from './dialect.js';
import { network } from './columns.js';

/**
 * Consent from every partner (issue 10): how each consent was given, personal consent links for
 * partners without an account, confirmation of a changed contact address, and the mail
 * suppression list ("Ik wil geen mail meer via Wijknet").
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  // How a consent was given: account (a member in Wijknet), link (the partner's contact through a
  // personal link), or recorded by a kartrekker: email, paper, meeting. Older rows were all online.
  await db.schema
    .alterTable('card_consents')
    .addColumn('method', 'text', (c) => c.notNull().defaultTo('account'))
    .execute();
  await db.schema
    .alterTable('card_consents')
    .addColumn('given_by_role', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.alterTable('card_consents').addColumn('given_on', 'text').execute();
  await db.schema
    .alterTable('card_consents')
    .addColumn('recorded_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();

  // "Vraag akkoord": one personal link per partner and version, stored hashed, used up by its answer.
  await db.schema
    .createTable('consent_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(network)
    .addColumn('version_id', 'text', (c) => c.notNull().references('card_versions.id').onDelete('cascade'))
    .addColumn('actor_id', 'text', (c) => c.notNull().references('actors.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('sent_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    // agree | decline, with the name the person gave and, for a decline, the reason
    .addColumn('answer', 'text')
    .addColumn('answer_name', 'text')
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createIndex('consent_links_network')
    .on('consent_links')
    .columns(['network_id', 'version_id'])
    .execute();
  await db.schema.createIndex('consent_links_actor').on('consent_links').column('actor_id').execute();
  await db.schema.createIndex('consent_links_sent_by').on('consent_links').column('sent_by').execute();
  await db.schema.createIndex('card_consents_recorded_by').on('card_consents').column('recorded_by').execute();

  // A changed contact address is confirmed by its owner before any mail uses it.
  await db.schema
    .createTable('contact_confirmations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('actor_id', 'text', (c) => c.notNull().references('actors.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    .execute();
  await db.schema
    .createIndex('contact_confirmations_actor')
    .on('contact_confirmations')
    .columns(['actor_id', 'email'])
    .execute();

  // Addresses (lower case) that want no more mail through Wijknet, and the links that add them.
  await db.schema
    .createTable('mail_suppressions')
    .addColumn('address', 'text', (c) => c.primaryKey())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('mail_optout_links')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('mail_optout_links_created').on('mail_optout_links').column('created_at').execute();
}
