import type { Kysely } from 'kysely';
import type { Dialect } from './dialect.js';
import { editable, network } from './columns.js';

/**
 * Resultaten: the public results page of a network, and which partners agreed to be named on it.
 *
 * `results_pages` has one row per network once a kartrekker opened the settings. `token` is the
 * unguessable part of the public address; it is null while the page is off, and switching the page
 * on again makes a new one, so an old link stops working for good. `fields` is a JSON object with
 * the chosen parts; `model_id`/`model_version` name the saved model version whose headline is shown.
 *
 * `results_partner_names` holds the consent of a partner to be named by name. Without a row the
 * page names the partner by its kind ("een woningcorporatie"). `by_representative` says whether the
 * partner's own representative gave it (1) or a kartrekker recorded it on the partner's behalf (0).
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('results_pages')
    .addColumn('network_id', 'text', (c) => c.primaryKey().references('networks.id').onDelete('cascade'))
    .addColumn('token', 'text', (c) => c.unique())
    .addColumn('fields', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('model_id', 'text')
    .addColumn('model_version', 'integer')
    .addColumn('indexable', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('published_at', 'text')
    .$call(editable)
    .execute();

  await db.schema
    .createTable('results_partner_names')
    .$call(network)
    .addColumn('actor_id', 'text', (c) => c.notNull().references('actors.id').onDelete('cascade'))
    .addColumn('by_representative', 'integer', (c) => c.notNull())
    // Who recorded it; the consent stays when they leave the network.
    .addColumn('member_id', 'text', (c) => c.references('members.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('results_partner_names_pk', ['network_id', 'actor_id'])
    .execute();
}
