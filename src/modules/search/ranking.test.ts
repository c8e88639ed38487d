import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dialects, memberContext, type TestApp } from '../../test/harness.js';
import { normalise, stem, withinOneEdit, words } from '../../domain/search/text.js';
import { compareDutch } from '../../domain/collate.js';
import { HEALTH_DIMENSIONS } from '../../domain/vocabulary.js';
import { SEARCH_PLAN } from './repository.js';

/**
 * The ranked search against a slow, obvious reference: every actor scored in plain code, straight
 * from the rules (exact 12, stem 9, one typo 6, start of a word 3; plus 3 name, 2 themes and target
 * groups, 1 description; every word must match), on random directories and random searches. The
 * search's plan sizes are made tiny, so 60 actors take the paths 100,000 do.
 */

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = [
  'Buurthuis',
  'Stichting',
  'Sportclub',
  'Wijkteam',
  'Huisartsenpraktijk',
  'Zorggroep',
  'Ouderenbond',
  'Eenzaamheid',
  'Mantelzorg',
  'Bibliotheek',
];
const PLACES = ['Noord', 'Zuid', 'De Brug', 'Het Anker', 'Sport', 'Eenzame Ouderen', 'Ontmoeting', 'Zorg'];
const TEXT = (
  'eenzaam eenzame eenzaamheid eenzaamhied ouderen oudere ouder sport sporten sportief bewegen beweging zorg zorgen ' +
  'mantelzorger mantelzorg wijk wijken wijkzorg koffie inloop ontmoeten ontmoeting dementie dementerende dementei taal taalles buurt samen hulp'
).split(' ');
const THEMES = ['eenzaamheid', 'mantelzorg', 'dementie', 'bewegen', 'armoede', 'taal'];
const GROUPS = ['ouderen', 'jongeren', 'mantelzorgers', 'bewoners'];
const DOMAINS = ['zorg', 'welzijn', 'wonen', 'gemeente'];
const AREAS = ['Noord', 'Zuid', 'Oost'];
const QUERY_WORDS = (
  'eenzaam eenzame eenzaamheid ouderen sport sportclub bewegen zorg wijk mantelzorg mantlezorg dementie dementei taal buurt ' +
  'koffie stichting noord xyzzy'
).split(' ');

interface Actor {
  id: string;
  name: string;
  domain: string;
  themes: string[];
  targetGroups: string[];
  healthDimensions: string[];
  area: string;
  description: string;
  findable: boolean;
  network: 'A' | 'B';
}

/** The reference score: null when a word does not match. */
function referenceScore(actor: Actor, query: string[]): number | null {
  const field = new Map<string, number>();
  const add = (text: string, weight: number) => {
    for (const w of words(text)) if ((field.get(w) ?? 0) < weight) field.set(w, weight);
  };
  add(actor.name, 3);
  add([...actor.themes, ...actor.targetGroups].join(' '), 2);
  add(actor.description, 1);
  let total = 0;
  for (const q of query) {
    let best = 0;
    for (const [token, weight] of field) {
      let points = 0;
      if (token === q) points = 12;
      else if (stem(token) === stem(q)) points = 9;
      else if (q.length >= 5 && withinOneEdit(q, token)) points = 6;
      else if (q.length >= 3 && token.startsWith(q)) points = 3;
      if (points) best = Math.max(best, points + weight);
    }
    if (best === 0) return null;
    total += best;
  }
  return total;
}

interface Search {
  q?: string;
  domain?: string;
  theme?: string;
  targetGroup?: string;
  healthDimension?: string;
  area?: string;
  limit: number;
}

function passesFilters(actor: Actor, s: Search): boolean {
  const same = (a: string, b: string) => normalise(a).trim() === normalise(b).trim();
  if (s.domain && !same(actor.domain, s.domain)) return false;
  if (s.theme && !actor.themes.some((t) => same(t, s.theme!))) return false;
  if (s.targetGroup && !actor.targetGroups.some((t) => same(t, s.targetGroup!))) return false;
  if (s.healthDimension && !actor.healthDimensions.includes(s.healthDimension)) return false;
  if (s.area && !same(actor.area, s.area)) return false;
  return true;
}

describe.each(dialects)('ranked directory search against a reference (%s)', (dialect) => {
  let t: TestApp;
  let cookie: string;
  let networkA: string;
  const actors: Actor[] = [];
  const saved = { ...SEARCH_PLAN };

  beforeAll(async () => {
    Object.assign(SEARCH_PLAN, { sizeProbe: 12, firstProbe: 3, browsePage: 4, maxCells: 10_000 });
    t = await createTestApp(dialect);
    const a = await t.signIn('anouk@voorbeeld.nl');
    const b = await t.signIn('bram@voorbeeld.nl');
    cookie = a.cookie;
    const netA = await t.services.networks.create(a.user, { name: 'Noord', areaLevel: 'wijk', areaName: 'Noord' });
    const netB = await t.services.networks.create(b.user, { name: 'Zuid', areaLevel: 'wijk', areaName: 'Zuid' });
    networkA = netA.id;
    const ctx = { A: await memberContext(t, netA.id, a.user.id), B: await memberContext(t, netB.id, b.user.id) };
    const rnd = random(20261129);
    const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
    const some = <T>(list: readonly T[], max: number) => [
      ...new Set(Array.from({ length: Math.floor(rnd() * (max + 1)) }, () => pick(list))),
    ];
    for (let i = 0; i < 60; i++) {
      const network = i < 40 ? 'A' : 'B';
      const input = {
        kind: 'organisation',
        name: `${pick(NAMES)} ${pick(PLACES)} ${i}`,
        domain: pick(DOMAINS),
        themes: some(THEMES, 2),
        targetGroups: some(GROUPS, 2),
        healthDimensions: some(HEALTH_DIMENSIONS, 2),
        area: pick(AREAS),
        description: Array.from({ length: Math.floor(rnd() * 8) }, () => pick(TEXT)).join(' '),
        findable: rnd() < 0.75,
      };
      const created = await t.services.actors.create(ctx[network], input);
      actors.push({ id: created.id, network, ...input });
    }
  });
  afterAll(async () => {
    Object.assign(SEARCH_PLAN, saved);
    await t?.close();
  });
  afterEach(() => expect(SEARCH_PLAN.sizeProbe).toBe(12));

  async function run(url: string, s: Search) {
    const params = new URLSearchParams(
      Object.entries(s)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]): [string, string] => [k, String(v)]),
    );
    const res = await t.request({ method: 'GET', url: `${url}?${params}`, cookie });
    expect(res.statusCode, res.body).toBe(200);
    return JSON.parse(res.body) as { id: string; name: string; score: number }[];
  }

  function searches(seed: number, n: number): Search[] {
    const rnd = random(seed);
    const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
    return Array.from({ length: n }, () => {
      const s: Search = { limit: pick([3, 7, 20]) };
      const count = Math.floor(rnd() * 4); // 0–3 words
      if (count) s.q = Array.from({ length: count }, () => pick(QUERY_WORDS)).join(' ');
      if (rnd() < 0.3) s.domain = pick(DOMAINS);
      if (rnd() < 0.3) s.theme = pick([...THEMES, 'Mantelzorg', 'DEMENTIE']);
      if (rnd() < 0.2) s.targetGroup = pick(GROUPS);
      if (rnd() < 0.15) s.healthDimension = pick(HEALTH_DIMENSIONS);
      if (rnd() < 0.3) s.area = pick([...AREAS, 'noord']);
      return s;
    });
  }

  for (const [label, inNetwork] of [
    ['the shared directory', false],
    ["network A's search", true],
  ] as const) {
    it(`finds exactly the best matches in ${label}`, async () => {
      const url = inNetwork ? `/api/networks/${networkA}/directory` : '/api/directory';
      let compared = 0;
      for (const s of searches(inNetwork ? 7 : 11, 60)) {
        const query = [...new Set(words(s.q ?? ''))];
        const expected = actors
          .filter((a) => a.findable || (inNetwork && a.network === 'A'))
          .filter((a) => passesFilters(a, s))
          .map((a) => ({ ...a, score: query.length ? referenceScore(a, query) : 0 }))
          .filter((a): a is Actor & { score: number } => a.score !== null)
          .sort((x, y) => y.score - x.score || compareDutch(x.name, y.name));
        const got = await run(url, s);
        const why = JSON.stringify(s);
        const top = expected.slice(0, s.limit);
        expect(
          got.map((g) => g.score),
          why,
        ).toEqual(top.map((e) => e.score));
        const byId = new Map(expected.map((e) => [e.id, e]));
        for (const g of got) expect(byId.get(g.id)?.score, `${why} ${g.name}`).toBe(g.score);
        // Ties at the last place may be any of the tied actors; everyone above it must be there.
        const last = top.at(-1)?.score;
        expect(new Set(got.filter((g) => g.score !== last).map((g) => g.id)), why).toEqual(
          new Set(top.filter((e) => e.score !== last).map((e) => e.id)),
        );
        if (!query.length)
          expect(
            got.map((g) => g.name),
            why,
          ).toEqual(top.map((e) => e.name));
        compared += got.length;
      }
      expect(compared).toBeGreaterThan(80); // the searches found something worth comparing
    });
  }
});
