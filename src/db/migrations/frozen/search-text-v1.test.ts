/**
 * The frozen tokenizer of migrations 0002 and 0006 against the live one. Today they must agree,
 * so that an index built by those migrations is the index today's search expects.
 *
 * When the live tokenizer (src/domain/search/text.ts) changes on purpose, these comparisons fail:
 * that change needs a new migration that rebuilds the index with the new logic (with its own
 * frozen copy), or a `wijknet reindex` command (not built yet) that does the same; the comparison
 * with the live tokenizer then moves to that new migration's copy. search-text-v1.ts never changes.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { Kysely, Migrator, type Migration } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import * as frozen from './search-text-v1.js';
import * as live from '../../../domain/search/text.js';
import { openDatabase, type Database_ } from '../../index.js';
import * as foundation from '../0001_foundation.js';
import * as verkennen from '../0002_verkennen.js';
import * as vormgeven from '../0003_vormgeven.js';
import * as sessions from '../0004_sessions.js';
import * as profileFocus from '../0005_profile_focus.js';
import * as searchFilters from '../0006_search_filters.js';

type Profile = frozen.SearchProfile;

const profile = (p: Partial<Profile> & { name: string }): Profile => ({
  domain: 'welzijn',
  themes: [],
  targetGroups: [],
  healthDimensions: [],
  area: '',
  description: '',
  ...p,
});

/** Profiles like the directory holds, plus the edges of the tokenizer: accents, hyphens, digits, stopwords, long words. */
const SAMPLE: Profile[] = [
  profile({
    name: 'Wijkteam Ruwaard',
    themes: ['eenzaamheid', 'mantelzorg'],
    targetGroups: ['ouderen', 'mantelzorgers'],
    description: 'Sociaal werkers en Wmo-consulenten voor de hele wijk.',
    area: 'Ruwaard',
  }),
  profile({
    name: 'Thuiszorg Oss, team Ruwaard',
    domain: 'zorg',
    themes: ['dementie', 'thuis wonen'],
    targetGroups: ['ouderen', 'mensen met dementie'],
    description: 'Wijkverpleegkundigen en verzorgenden.',
    healthDimensions: ['lichaamsfuncties', 'dagelijks functioneren'],
  }),
  profile({
    name: 'Huisartsenpraktijk De Linde',
    domain: 'zorg',
    themes: ['leefstijl', 'psychische klachten'],
    targetGroups: ['volwassenen'],
    description: 'Huisartsen en praktijkondersteuners (POH-GGZ).',
  }),
  profile({
    name: 'Alzheimer Café Oss',
    themes: ['dementie', 'ontmoeten'],
    targetGroups: ['mensen met dementie', 'mantelzorgers'],
    description: 'Maandelijkse ontmoeting voor mensen met dementie en hun naasten.',
    area: 'Oss-Noord',
  }),
  profile({
    name: 'Crèche Ëlla & Zoë',
    domain: 'onderwijs',
    themes: ['Gezond opgroeien', 'BEWEGEN'],
    targetGroups: ['jonge gezinnen'],
    description: 'Naïeve coördinatie? Nee: één café-achtige ruimte, 24/7 open, 3 locaties.',
  }),
  profile({
    name: 'Buurtvereniging Ruwaard Actief',
    domain: 'bewoners',
    themes: ['ontmoeten', 'eenzaamheid'],
    targetGroups: ['ouderen', 'buurtbewoners'],
    description: 'Bewoners die koffieochtenden en een wandelclub organiseren; eenzame buren welkom.',
  }),
  profile({
    name: 'de het een',
    description: 'en of van voor in op met bij aan te die dat om tot door over naar als uit',
  }),
  profile({
    name: 'Stichting ' + 'x'.repeat(41),
    description: 'woord ' + 'a'.repeat(40) + ' einde',
    themes: ['  Zorg en Welzijn  '],
  }),
  profile({
    name: 'Jongerenwerk',
    domain: 'welzijn',
    themes: ['jongeren', 'jongerenwerk'],
    targetGroups: ['jongeren'],
    description: 'Jongerenwerkers in de wijk, jongeren van 12-23 jaar.',
    healthDimensions: ['meedoen', 'kwaliteit van leven'],
    area: 'Schadewijk',
  }),
  profile({ name: '', domain: '', area: '' }),
];

describe('frozen search text v1', () => {
  it('indexes a profile by hand: stopwords out, accents off, each word once in its weightiest field', () => {
    const terms = frozen.actorTerms({
      name: 'Café De Buren',
      themes: ['ontmoeten'],
      targetGroups: [],
      description: 'Koffie voor de buren',
    });
    expect(terms.map((t) => [t.token, t.field])).toEqual([
      ['cafe', 3],
      ['buren', 3],
      ['ontmoeten', 2],
      ['koffie', 1],
    ]);
    // Snowball's Dutch stemmer, as documented in the live tokenizer: eenzaam, eenzaamheid, eenzame → eenzam.
    const stems = frozen
      .actorTerms({ name: 'eenzaam eenzaamheid eenzame', themes: [], targetGroups: [], description: '' })
      .map((t) => t.stem);
    expect(stems).toEqual(['eenzam', 'eenzam', 'eenzam']);
  });

  it('indexes filter values in field 0 as #kind:value tokens', () => {
    const rows = frozen
      .indexTerms(profile({ name: 'X', domain: 'Zorg', themes: [' Thuis wonen '], area: 'Oss' }))
      .filter((t) => t.field === 0);
    expect(rows.map((t) => t.token)).toEqual(['#d:zorg', '#a:oss', '#t:thuis wonen']);
    expect(rows.every((t) => t.stem === t.token)).toBe(true);
  });

  it('gives a word and its one-letter deletions, each once', () => {
    expect(frozen.deletionVariants('abc')).toEqual(['abc', 'bc', 'ac', 'ab']);
    expect(frozen.deletionVariants('aab')).toEqual(['aab', 'ab', 'aa']);
    expect(frozen.TYPO_MIN_LENGTH).toBe(5);
  });

  it('gives the same index terms and typo variants as the live tokenizer today', () => {
    for (const p of SAMPLE) {
      expect(frozen.indexTerms(p), p.name).toEqual(live.indexTerms(p));
      expect(frozen.actorTerms(p), p.name).toEqual(live.actorTerms(p));
      for (const t of frozen.actorTerms(p))
        expect(frozen.deletionVariants(t.token)).toEqual(live.deletionVariants(t.token));
    }
    expect(frozen.TYPO_MIN_LENGTH).toBe(live.TYPO_MIN_LENGTH);
  });
});

/** The migrations up to 0006, by name; the test steps through them itself to put actors in before search existed. */
/** As the integration tests do (the harness itself would load the whole app): SQLite always, PostgreSQL when configured. */
const dialects = process.env.TEST_DATABASE_URL ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const);

const MIGRATIONS = { foundation, verkennen, vormgeven, sessions, profileFocus, searchFilters };
const NAMES = [
  '0001_foundation',
  '0002_verkennen',
  '0003_vormgeven',
  '0004_sessions',
  '0005_profile_focus',
  '0006_search_filters',
] as const;

function migrator(database: Database_): Migrator {
  const modules = Object.values(MIGRATIONS);
  const list: Record<string, Migration> = {};
  NAMES.forEach((name, i) => (list[name] = { up: (db) => modules[i]!.up(db, database.dialect) }));
  return new Migrator({
    db: database.db,
    provider: { getMigrations: async () => list },
    ...(database.schema ? { migrationTableSchema: database.schema } : {}),
  });
}

describe.each(dialects)('migrations 0002 and 0006 on %s', (dialect) => {
  let database: Database_ | undefined;
  let schema: string | undefined;

  afterEach(async () => {
    await database?.close();
    if (schema) {
      const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    }
  });

  it('index actors that existed before search as the live search expects', async () => {
    schema = dialect === 'postgres' ? `t_${randomBytes(6).toString('hex')}` : undefined;
    database = await openDatabase({
      url: dialect === 'postgres' ? process.env.TEST_DATABASE_URL! : ':memory:',
      schema,
    });
    const steps = migrator(database);
    const first = await steps.migrateTo('0001_foundation');
    expect(first.error).toBeUndefined();

    const db = database.db as unknown as Kysely<{
      networks: {
        id: string;
        name: string;
        area_level: string;
        area_name: string;
        created_at: string;
        updated_at: string;
      };
      actors: Record<string, string>;
      search_index: { actor_id: string; field: number; token: string; stem: string };
      search_variants: { variant: string; term: string };
    }>;
    const now = '2026-12-02T00:00:00.000Z';
    await db
      .insertInto('networks')
      .values({ id: 'n1', name: 'Wijk', area_level: 'wijk', area_name: 'Ruwaard', created_at: now, updated_at: now })
      .execute();
    const ids = SAMPLE.map((_, i) => `a${String(i).padStart(2, '0')}`);
    await db
      .insertInto('actors')
      .values(
        SAMPLE.map((p, i) => ({
          id: ids[i]!,
          home_network_id: 'n1',
          kind: 'organisation',
          name: p.name,
          domain: p.domain,
          themes: JSON.stringify(p.themes),
          target_groups: JSON.stringify(p.targetGroups),
          health_dimensions: JSON.stringify(p.healthDimensions),
          area: p.area,
          description: p.description,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();

    const rest = await steps.migrateTo('0006_search_filters');
    expect(rest.error).toBeUndefined();
    expect(rest.results?.map((r) => r.migrationName)).toEqual(NAMES.slice(1));

    const order = (rows: { actor_id: string; token: string; field: number; stem: string }[]) =>
      rows.map((r) => `${r.actor_id} ${r.token} ${r.field} ${r.stem}`).sort();
    const indexed = await db.selectFrom('search_index').selectAll().execute();
    const expected = SAMPLE.flatMap((p, i) => live.indexTerms(p).map((t) => ({ actor_id: ids[i]!, ...t })));
    expect(indexed.length).toBeGreaterThan(50);
    expect(order(indexed)).toEqual(order(expected));

    const variants = await db.selectFrom('search_variants').selectAll().execute();
    const expectedVariants = new Set(
      SAMPLE.flatMap((p) => live.actorTerms(p))
        .filter((t) => t.token.length >= live.TYPO_MIN_LENGTH - 1)
        .flatMap((t) => live.deletionVariants(t.token).map((v) => `${v} ${t.token}`)),
    );
    expect(variants.map((v) => `${v.variant} ${v.term}`).sort()).toEqual([...expectedVariants].sort());
  });
});
