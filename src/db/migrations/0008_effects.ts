import type { Kysely } from 'kysely';
import type { Dialect } from './dialect.js';
import { editable, network } from './columns.js';

/**
 * The phase "verankeren", first part: the societal price list (copied from the starter list on
 * first view), the index settings, the programme models (SROI/MKBA) and their saved versions.
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('price_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(network)
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull().defaultTo(''))
    // Empty means "not yet verified — fill in": never an invented figure.
    .addColumn('price', 'real')
    .addColumn('payer', 'text', (c) => c.notNull())
    .addColumn('source_title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('source_publisher', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('source_year', 'integer')
    .addColumn('source_url', 'text')
    .addColumn('price_year', 'integer')
    .addColumn('note', 'text')
    .addColumn('starter_key', 'text')
    .$call(editable)
    .execute();
  await db.schema.createIndex('price_items_network').on('price_items').columns(['network_id', 'item']).execute();

  await db.schema
    .createTable('effect_settings')
    .addColumn('network_id', 'text', (c) => c.primaryKey().references('networks.id').onDelete('cascade'))
    .addColumn('index_year', 'integer', (c) => c.notNull())
    .addColumn('index_rates', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('index_source', 'text', (c) => c.notNull().defaultTo(''))
    .$call(editable)
    .execute();

  await db.schema
    .createTable('effect_models')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(network)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('model', 'text', (c) => c.notNull())
    .$call(editable)
    .execute();
  await db.schema
    .createIndex('effect_models_network')
    .on('effect_models')
    .columns(['network_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('effect_model_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(network)
    .addColumn('model_id', 'text', (c) => c.notNull().references('effect_models.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('effect_model_versions_number', ['model_id', 'number'])
    .execute();
}
