import type { Kysely } from 'kysely';
import type { Dialect } from './dialect.js';
import { editable, network } from './columns.js';
import { actorTerms, deletionVariants, TYPO_MIN_LENGTH } from './frozen/search-text-v1.js';

/** The phase "verkennen": directory search, network snapshots, who-is-who. */
export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  // Directory search: one row per word of an actor's public profile (own index, same on both databases).
  await db.schema
    .createTable('search_index')
    .addColumn('actor_id', 'text', (c) => c.notNull().references('actors.id').onDelete('cascade'))
    .addColumn('field', 'integer', (c) => c.notNull())
    .addColumn('token', 'text', (c) => c.notNull())
    .addColumn('stem', 'text', (c) => c.notNull())
    .execute();
  // Covering indexes: a word's matches are read from the index alone.
  await db.schema
    .createIndex('search_index_token')
    .on('search_index')
    .columns(['token', 'actor_id', 'field'])
    .execute();
  await db.schema.createIndex('search_index_stem').on('search_index').columns(['stem', 'actor_id', 'field']).execute();
  await db.schema.createIndex('search_index_actor').on('search_index').column('actor_id').execute();
  // Every indexed word and its one-letter deletions, for typo matching by lookup.
  await db.schema
    .createTable('search_variants')
    .addColumn('variant', 'text', (c) => c.notNull())
    .addColumn('term', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('search_variants_pk', ['variant', 'term'])
    .execute();

  await db.schema
    .createTable('network_snapshots')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(network)
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('taken_on', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('network_snapshots_network')
    .on('network_snapshots')
    .columns(['network_id', 'taken_on'])
    .execute();

  await db.schema
    .createTable('network_functions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .$call(network)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('search_query', 'text', (c) => c.notNull())
    .addColumn('actor_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('removed_at', 'text')
    .$call(editable)
    .execute();
  await db.schema
    .createIndex('network_functions_network')
    .on('network_functions')
    .columns(['network_id', 'position'])
    .execute();

  await backfillSearchIndex(db);
}

/** Indexes the actors that existed before search did. */
async function backfillSearchIndex(db: Kysely<unknown>): Promise<void> {
  const typed = db as unknown as Kysely<{
    actors: { id: string; name: string; themes: string; target_groups: string; description: string };
    search_index: { actor_id: string; field: number; token: string; stem: string };
    search_variants: { variant: string; term: string };
  }>;
  const list = (v: string): string[] => {
    try {
      const parsed: unknown = JSON.parse(v);
      return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
    } catch {
      return [];
    }
  };
  const actors = await typed
    .selectFrom('actors')
    .select(['id', 'name', 'themes', 'target_groups', 'description'])
    .execute();
  for (const a of actors) {
    const terms = actorTerms({
      name: a.name,
      themes: list(a.themes),
      targetGroups: list(a.target_groups),
      description: a.description,
    });
    if (terms.length === 0) continue;
    await typed
      .insertInto('search_index')
      .values(terms.map((t) => ({ actor_id: a.id, ...t })))
      .execute();
    const variants = terms
      .filter((t) => t.token.length >= TYPO_MIN_LENGTH - 1)
      .flatMap((t) => deletionVariants(t.token).map((variant) => ({ variant, term: t.token })));
    if (variants.length)
      await typed
        .insertInto('search_variants')
        .values(variants)
        .onConflict((oc) => oc.doNothing())
        .execute();
  }
}
