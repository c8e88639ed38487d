import type { Kysely } from 'kysely';
import type { Dialect } from './dialect.js';
import { editable, network } from './columns.js';

/**
 * The neighbourhood profile (CBS figures per region and year, own indicators, residents' needs
 * and interpretation notes) and the focus choice (candidates, draagvlak votes, decisions).
 */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('profile_regions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(network)
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('region_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('region_level', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('table_id', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('figures', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('file_name', 'text', (c) => c.notNull().defaultTo(''))
    .$call(editable)
    .addUniqueConstraint('profile_regions_code_year', ['network_id', 'region_code', 'year'])
    .execute();

  await db.schema
    .createTable('profile_indicators')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(network)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('source', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('measured_on', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('region_code', 'text', (c) => c.notNull().defaultTo(''))
    .$call(editable)
    .execute();
  await db.schema.createIndex('profile_indicators_network').on('profile_indicators').column('network_id').execute();

  await db.schema
    .createTable('profile_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(network)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('noted_on', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .$call(editable)
    .execute();
  await db.schema.createIndex('profile_notes_network').on('profile_notes').columns(['network_id', 'kind']).execute();
  await db.schema.createIndex('profile_notes_created_by').on('profile_notes').column('created_by').execute();

  await db.schema
    .createTable('focus_candidates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(network)
    .addColumn('theme', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('proposed_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .$call(editable)
    .addUniqueConstraint('focus_candidates_theme', ['network_id', 'theme'])
    .execute();
  await db.schema.createIndex('focus_candidates_proposed_by').on('focus_candidates').column('proposed_by').execute();

  await db.schema
    .createTable('focus_votes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(network)
    .addColumn('candidate_id', 'text', (c) => c.notNull().references('focus_candidates.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('stakeholder_group', 'text', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('focus_votes_one', ['candidate_id', 'member_id', 'stakeholder_group'])
    .execute();
  await db.schema.createIndex('focus_votes_network').on('focus_votes').column('network_id').execute();
  await db.schema.createIndex('focus_votes_member').on('focus_votes').column('member_id').execute();

  await db.schema
    .createTable('focus_decisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(network)
    .addColumn('themes', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('reasons', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('decided_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('focus_decisions_network')
    .on('focus_decisions')
    .columns(['network_id', 'created_at'])
    .execute();
  await db.schema.createIndex('focus_decisions_decided_by').on('focus_decisions').column('decided_by').execute();
}
