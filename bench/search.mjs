#!/usr/bin/env node
// Directory search over 100,000 actors, on SQLite and (with DATABASE_URL=postgres://…) on
// PostgreSQL: p50/p95 of a mix of realistic searches (single words, other forms of a word, typos,
// two words, filters), against the old substring (LIKE) search as a baseline in the same run.
//
//   node --import tsx bench/search.mjs                      # SQLite only
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test node --import tsx bench/search.mjs
//
// Filling and indexing 100,000 actors takes minutes. To time changes to the search itself, keep
// the filled data between runs: KEEP=/tmp/wijknet-search (a SQLite file there, and a PostgreSQL
// schema named after it); a later run with the same KEEP reuses them instead of filling again.
//
// ONLY=postgres skips SQLite. Runs the TypeScript sources through tsx (a devDependency), so no build is needed.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { migrate, openDatabase } from '../src/db/index.ts';
import { deletionVariants, FILTER_FIELD, indexTerms, TYPO_MIN_LENGTH } from '../src/domain/search/text.ts';
import { createSearchService } from '../src/modules/search/service.ts';
import { mulberry32 } from '../src/domain/random.ts';

const ACTORS = Number(process.env.ACTORS ?? 100_000);
const NETWORKS = 200;
const RUNS = 15;

const random = mulberry32(7);
const pick = (list) => list[Math.floor(random() * list.length)];
/** Zipf-like: low indexes more often, as words in real text (the commonest theme on about 1 in 5 actors). */
const zipf = (list) => list[Math.floor(list.length * random() ** 1.5)];

const KINDS = [
  'Stichting',
  'Buurthuis',
  'Wijkteam',
  'Huisartsenpraktijk',
  'Zorggroep',
  'Vereniging',
  'Bibliotheek',
  'Sportclub',
  'Jongerenwerk',
  'Voedselbank',
  'Thuiszorg',
  'Kerk',
  'Moskee',
  'Basisschool',
  'Woonstichting',
  'Fysiotherapie',
  'Apotheek',
  'Welzijn',
  'Buurtvereniging',
  'Ouderenbond',
  'Mantelzorgsteunpunt',
  'Alzheimer Café',
  'Repair Café',
  'Taalhuis',
  'Speeltuinvereniging',
  'Wijkverpleging',
  'Dagbesteding',
];
const THEMES = [
  'eenzaamheid',
  'mantelzorg',
  'dementie',
  'armoede',
  'schulden',
  'overgewicht',
  'bewegen',
  'gezonde voeding',
  'taal',
  'laaggeletterdheid',
  'opvoeden',
  'jeugd',
  'veiligheid',
  'overlast',
  'leefbaarheid',
  'wonen',
  'thuis wonen',
  'ontmoeten',
  'vrijwilligerswerk',
  'werk',
  'inburgering',
  'psychische klachten',
  'verslaving',
  'zingeving',
  'groen',
  'duurzaamheid',
  'digitale vaardigheden',
  'vervoer',
  'valpreventie',
  'rouw',
];
const GROUPS = [
  'ouderen',
  'jongeren',
  'kinderen',
  'jonge gezinnen',
  'mantelzorgers',
  'nieuwkomers',
  'statushouders',
  'huurders',
  'mensen met dementie',
  'mensen met een beperking',
  'alleenstaanden',
  'werkzoekenden',
  'vrijwilligers',
  'alle inwoners',
];
const DOMAINS = [
  'zorg',
  'welzijn',
  'wonen',
  'gemeente',
  'veiligheid',
  'onderwijs',
  'ondernemers',
  'bewoners',
  'overig',
];
const DIMENSIONS = [
  'lichaamsfuncties',
  'mentaal-welbevinden',
  'zingeving',
  'kwaliteit-van-leven',
  'meedoen',
  'dagelijks-functioneren',
];
const COMMON = (
  'wij helpen bewoners buurt wijk samen activiteiten ondersteuning advies ouderen jongeren gezinnen mensen thuis hulp zorg ' +
  'ontmoeting koffie inloop spreekuur begeleiding vrijwilligers cursus training sport bewegen gezond eten koken tuin moestuin ' +
  'informatie doorverwijzen signaleren huisbezoek gesprek groep maandelijks wekelijks gratis toegankelijk dichtbij eenzaam ' +
  'eenzame eenzaamheid mantelzorgers dementerende geheugen financiele problemen schuldhulp formulieren digitale computer taalles'
).split(' ');
// Made-up words, so the vocabulary is as large as a real directory's (place names, surnames, jargon).
const SYLLABLES = [
  'ber',
  'ka',
  'lin',
  'dor',
  'ven',
  'hui',
  'sen',
  'wa',
  'rum',
  'mel',
  'tje',
  'loo',
  'gra',
  'ster',
  'bos',
  'hoven',
  'dam',
  'wijk',
  'kerk',
  'veld',
];
const made = () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(SYLLABLES)).join('');
const RARE = Array.from({ length: 20_000 }, made);
const PLACES = Array.from({ length: 400 }, () => {
  const p = made();
  return p[0].toUpperCase() + p.slice(1);
});

const QUERIES = [
  { q: 'eenzaamheid' },
  { q: 'eenzame ouderen' },
  { q: 'mantelzorg' },
  { q: 'dementie' },
  { q: 'dementei' },
  { q: 'mantlezorg' },
  { q: 'huisarts' },
  { q: 'huisartsenpraktijk' },
  { q: 'wijkverpleging' },
  { q: 'bibliotheek taal' },
  { q: 'voedselbank' },
  { q: 'schuldhulp' },
  { q: 'jongerenwerk' },
  { q: 'wijk' },
  { q: 'zorg' },
  { q: 'sport bewegen' },
  { q: 'cafe' },
  { q: 'eenzaamheid', domain: 'welzijn' },
  { q: 'ouderen', theme: 'dementie' },
  { domain: 'zorg' },
  { theme: 'armoede', targetGroup: 'jonge gezinnen' },
  { healthDimension: 'meedoen', domain: 'bewoners' },
  { q: 'ouderen', area: '' },
];

async function fill(database) {
  const { db } = database;
  const now = new Date().toISOString();
  const networks = Array.from({ length: NETWORKS }, (_, i) => ({
    id: randomUUID(),
    name: `Netwerk ${i}`,
    area_level: 'wijk',
    area_name: pick(PLACES),
    region_code: null,
    population: null,
    ambition: '',
    vision: '',
    focus_themes: '[]',
    created_by: null,
    created_at: now,
    updated_at: now,
    version: 1,
  }));
  await db.insertInto('networks').values(networks).execute();
  const BATCH = 500;
  for (let start = 0; start < ACTORS; start += BATCH) {
    const actors = [];
    for (let i = start; i < Math.min(ACTORS, start + BATCH); i++) {
      const themes = [...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => zipf(THEMES)))];
      const targetGroups = [...new Set(Array.from({ length: 1 + Math.floor(random() * 2) }, () => zipf(GROUPS)))];
      const description = Array.from({ length: 8 + Math.floor(random() * 12) }, () =>
        random() < 0.7 ? zipf(COMMON) : zipf(RARE),
      ).join(' ');
      const home = pick(networks);
      actors.push({
        id: randomUUID(),
        home_network_id: home.id,
        kind: 'organisation',
        name: `${pick(KINDS)} ${pick(PLACES)}${random() < 0.3 ? ` ${made()}` : ''}`,
        domain: pick(DOMAINS),
        themes: JSON.stringify(themes),
        target_groups: JSON.stringify(targetGroups),
        health_dimensions: JSON.stringify([pick(DIMENSIONS)]),
        area: home.area_name,
        description,
        contact_email: null,
        contact_phone: null,
        website: null,
        kvk: null,
        agb: null,
        findable: random() < 0.7 ? 1 : 0,
        created_by: null,
        created_at: now,
        updated_at: now,
        version: 1,
      });
    }
    await db.insertInto('actors').values(actors).execute();
    await db
      .insertInto('network_actors')
      .values(actors.map((a) => ({ network_id: a.home_network_id, actor_id: a.id, status: 'partner', added_at: now })))
      .execute();
    const index = [];
    const variants = new Map();
    for (const a of actors) {
      const profile = {
        name: a.name,
        domain: a.domain,
        themes: JSON.parse(a.themes),
        targetGroups: JSON.parse(a.target_groups),
        healthDimensions: JSON.parse(a.health_dimensions),
        area: a.area,
        description: a.description,
      };
      for (const term of indexTerms(profile)) {
        index.push({ actor_id: a.id, ...term });
        if (term.field !== FILTER_FIELD && term.token.length >= TYPO_MIN_LENGTH - 1)
          for (const v of deletionVariants(term.token))
            variants.set(`${v}|${term.token}`, { variant: v, term: term.token });
      }
    }
    for (let i = 0; i < index.length; i += 2000)
      await db
        .insertInto('search_index')
        .values(index.slice(i, i + 2000))
        .execute();
    const vs = [...variants.values()];
    for (let i = 0; i < vs.length; i += 2000)
      await db
        .insertInto('search_variants')
        .values(vs.slice(i, i + 2000))
        .onConflict((oc) => oc.doNothing())
        .execute();
  }
  return networks;
}

/** The search that was replaced: substring match on name, themes and target groups. */
function likeSearch(db, q) {
  const like = `%${q.toLowerCase()}%`;
  return db
    .selectFrom('actors')
    .innerJoin('networks', 'networks.id', 'actors.home_network_id')
    .select(['actors.id', 'actors.name', 'networks.name as home'])
    .where('actors.findable', '=', 1)
    .where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['actors.name']), 'like', like),
        eb(eb.fn('lower', ['actors.themes']), 'like', like),
        eb(eb.fn('lower', ['actors.target_groups']), 'like', like),
      ]),
    )
    .orderBy('actors.name')
    .limit(50)
    .execute();
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function time(fn) {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

async function bench(label, database) {
  const t0 = Date.now();
  await migrate(database);
  const kept = await database.db.selectFrom('networks').select(['id', 'area_name']).orderBy('name').execute();
  const reuse = process.env.KEEP && kept.length > 0;
  const networks = reuse ? kept : await fill(database);
  if (reuse) console.log(`${label}: reusing ${kept.length} networks kept in ${process.env.KEEP}`);
  else
    console.log(
      `${label}: ${ACTORS.toLocaleString('en')} actors indexed in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );
  // Fresh statistics, and on PostgreSQL what autovacuum does to a table soon after a bulk load
  // (mark its pages all-visible, so index-only scans need no table reads).
  await sql`${sql.raw(database.dialect === 'postgres' ? 'vacuum analyze' : 'analyze')}`.execute(database.db);
  const search = createSearchService({ db: database.db, dialect: database.dialect });
  const ctx = { networkId: networks[0].id, userId: 'bench', memberId: 'bench', role: 'kartrekker', actorId: null };
  for (const q of QUERIES) await search.forNetwork(ctx, { ...q, area: q.area === '' ? networks[0].area_name : q.area }); // warm-up
  const ours = [];
  const baseline = [];
  const perQuery = [];
  for (const q of QUERIES) {
    const query = { ...q, area: q.area === '' ? networks[0].area_name : q.area };
    const times = [];
    let hits = 0;
    for (let r = 0; r < RUNS; r++)
      times.push(
        await time(async () => {
          hits = (await search.forNetwork(ctx, query)).length;
        }),
      );
    ours.push(...times);
    times.sort((a, b) => a - b);
    perQuery.push({ query: JSON.stringify(q), hits, p50: percentile(times, 50), p95: percentile(times, 95) });
    if (q.q) for (let r = 0; r < RUNS; r++) baseline.push(await time(() => likeSearch(database.db, q.q)));
  }
  ours.sort((a, b) => a - b);
  baseline.sort((a, b) => a - b);
  const worst = perQuery
    .sort((a, b) => b.p95 - a.p95)
    .slice(0, 5)
    .map((x) => `${x.query} p95 ${x.p95.toFixed(1)} ms, p50 ${x.p50.toFixed(1)} ms (${x.hits} hits)`);
  console.log(
    `${label}: search p50 ${percentile(ours, 50).toFixed(1)} ms, p95 ${percentile(ours, 95).toFixed(1)} ms, max ${ours.at(-1).toFixed(1)} ms over ${ours.length} searches`,
  );
  console.log(
    `${label}: old LIKE search p50 ${percentile(baseline, 50).toFixed(1)} ms, p95 ${percentile(baseline, 95).toFixed(1)} ms; ratio p95 new/old ${(percentile(ours, 95) / percentile(baseline, 95)).toFixed(2)}`,
  );
  console.log(`${label}: slowest queries (p95): ${worst.join('; ')}`);
}

const keep = process.env.KEEP;
if (keep) mkdirSync(keep, { recursive: true });
const dir = keep ?? mkdtempSync(join(tmpdir(), 'wijknet-bench-search-'));
try {
  if (process.env.ONLY !== 'postgres') {
    const lite = await openDatabase({ url: join(dir, 'bench.sqlite') });
    await bench('SQLite', lite);
    await lite.close();
  }
  if (process.env.DATABASE_URL?.startsWith('postgres')) {
    const schema = keep ? `bench_${keep.replace(/\W+/g, '_')}` : `bench_${Date.now()}`;
    const pgDb = await openDatabase({ url: process.env.DATABASE_URL, schema });
    try {
      await bench('PostgreSQL', pgDb);
    } finally {
      if (!keep) await sql`drop schema ${sql.id(schema)} cascade`.execute(pgDb.db);
      await pgDb.close();
    }
  }
} finally {
  if (!keep) rmSync(dir, { recursive: true, force: true });
}
