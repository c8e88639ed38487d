import { sql, type Kysely } from 'kysely';
import type { Dialect } from './dialect.js';
import { indexTerms } from './frozen/search-text-v1.js';

/**
 * Directory search that stays fast over 100,000 actors, with narrow filters and several common
 * words. The search index is rebuilt:
 * - keyed by (actor, word), and on SQLite stored in that order (WITHOUT ROWID), so all words of
 *   one actor are read with one lookup when the search scores it;
 * - the word and stem indexes are ordered by word, then field, then actor, so each score level
 *   (exact word in a name, stem in a theme, …) is one stretch the search reads in pages;
 * - an index on actors (id, findable, name) answers whether a found actor may be shown;
 * - an actor's filter values (domain, themes, target groups, health dimensions, area) are indexed
 *   too, in field 0, so a search with a narrow filter can start from the few actors that pass it.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema.dropTable('search_index').execute();
  await db.schema
    .createTable('search_index')
    .addColumn('actor_id', 'text', (c) => c.notNull().references('actors.id').onDelete('cascade'))
    .addColumn('field', 'integer', (c) => c.notNull())
    .addColumn('token', 'text', (c) => c.notNull())
    .addColumn('stem', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('search_index_pk', ['actor_id', 'token'])
    .$call((t) => (dialect === 'sqlite' ? t.modifyEnd(sql`without rowid`) : t))
    .execute();
  // Whether a found actor may be shown, and its name for sorting, without reading the whole row.
  await db.schema.createIndex('actors_search').on('actors').columns(['id', 'findable', 'name']).execute();

  const typed = db as unknown as Kysely<{
    actors: {
      id: string;
      name: string;
      domain: string;
      themes: string;
      target_groups: string;
      health_dimensions: string;
      area: string;
      description: string;
    };
    search_index: { actor_id: string; field: number; token: string; stem: string };
  }>;
  const list = (v: string): string[] => {
    try {
      const parsed: unknown = JSON.parse(v);
      return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
    } catch {
      return [];
    }
  };
  // The words' typo variants (search_variants) are unchanged and stay.
  for (let after = ''; ;) {
    const actors = await typed
      .selectFrom('actors')
      .select(['id', 'name', 'domain', 'themes', 'target_groups', 'health_dimensions', 'area', 'description'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(1000)
      .execute();
    if (actors.length === 0) break;
    const rows = actors.flatMap((a) => {
      const profile = {
        name: a.name,
        domain: a.domain,
        themes: list(a.themes),
        targetGroups: list(a.target_groups),
        healthDimensions: list(a.health_dimensions),
        area: a.area,
        description: a.description,
      };
      return indexTerms(profile).map((t) => ({ actor_id: a.id, ...t }));
    });
    for (let i = 0; i < rows.length; i += 500)
      await typed
        .insertInto('search_index')
        .values(rows.slice(i, i + 500))
        .execute();
    after = actors[actors.length - 1]!.id;
  }
  // The indexes are built after the rows are in: one sort instead of scattered inserts (100,000
  // actors: 24 s instead of 300 s on SQLite).
  await db.schema
    .createIndex('search_index_token')
    .on('search_index')
    .columns(['token', 'field', 'actor_id'])
    .execute();
  await db.schema.createIndex('search_index_stem').on('search_index').columns(['stem', 'field', 'actor_id']).execute();
  // PostgreSQL plans the search's joins from its statistics; give it fresh ones for the new table.
  // (Its autovacuum later also marks the pages all-visible, which lets the joins read the index alone.)
  if (dialect === 'postgres') await sql`analyze search_index`.execute(db);
}
