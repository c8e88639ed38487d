import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Dialect } from '../../db/index.js';
import { insertRows } from '../../db/insert-rows.js';
import {
  deletionVariants,
  FIELD_WEIGHT,
  FILTER_FIELD,
  filterToken,
  indexTerms,
  TYPO_MIN_LENGTH,
  withinOneEdit,
  type FilterKind,
} from '../../domain/search/text.js';
import { parseList } from '../common/json.js';
import { compareDutch } from '../../domain/collate.js';

/** Points per kind of match; the field weight (3 name, 2 themes/target groups, 1 description) is added. */
export const MATCH_POINTS = { exact: 12, stem: 9, typo: 6, prefix: 3 } as const;

export interface QueryWord {
  token: string;
  stem: string;
}

export interface DirectoryFilters {
  domain?: string;
  theme?: string;
  targetGroup?: string;
  healthDimension?: string;
  area?: string;
}

export interface SearchOptions {
  words: QueryWord[];
  filters: DirectoryFilters;
  /** Also show this network's own actors that are not findable for others. */
  networkId?: string;
  limit: number;
}

/** The first string after every string that starts with `prefix` (for a prefix range on an index). */
function prefixEnd(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

/**
 * The directory's search index: one row per word and per filter value of an actor's public
 * profile. It is keyed by actor, not by network, because the directory is the one deliberate
 * cross-network view; who may see which actor is decided in `search`, in the same query.
 * `dialect` tunes the plan: SQLite joins in the order written, so the search counts wide levels to
 * start from the narrowest; PostgreSQL orders joins from its own statistics and skips that count.
 */
export const searchRepository = (db: Kysely<DB>, dialect: Dialect = 'sqlite') => ({
  /** (Re)indexes one actor from what is stored, so every caller indexes the same fields. */
  async indexActor(actor: { id: string }) {
    await db.transaction().execute(async (trx) => {
      await trx.deleteFrom('search_index').where('actor_id', '=', actor.id).execute();
      const a = await trx
        .selectFrom('actors')
        .select(['id', 'name', 'domain', 'themes', 'target_groups', 'health_dimensions', 'area', 'description'])
        .where('id', '=', actor.id)
        .executeTakeFirst();
      if (a) await indexWriter(trx, dialect)([a]);
    });
  },

  async search(options: SearchOptions): Promise<SearchRow[]> {
    const { words, filters, networkId, limit } = options;
    const inNetwork = networkId
      ? sql`exists (select 1 from network_actors x where x.network_id = ${networkId} and x.actor_id = a.id)`
      : sql`1 = 0`;
    const visible = networkId ? sql`(a.findable = 1 or ${inNetwork})` : sql`a.findable = 1`;
    const select = (
      score: RawBuilder<unknown>,
    ) => sql`select a.id, a.kind, a.name, a.domain, a.themes, a.target_groups, a.health_dimensions,
      a.area, a.description, a.contact_email, a.contact_phone, a.website, n.name as home_network_name, ${score} as score,
      case when ${inNetwork} then 1 else 0 end as in_network`;
    const from = sql`actors a join networks n on n.id = a.home_network_id`;
    const tokens = filterTokens(filters);
    const filterLevels = tokens.map(filterLevel);
    const sizes = new LevelSizes(db, dialect === 'sqlite');

    let rows: SearchRow[];
    if (words.length === 0) {
      rows = await browse(db, tokens, filterLevels, sizes, { select, from, visible, networkId, limit });
    } else {
      // The exact and stem levels are sized while the typos are looked up; the rest when needed.
      const first = words.map(exactAndStemLevels);
      const [typos] = await Promise.all([
        typosOf(
          db,
          words.map((w) => w.token),
        ),
        sizes.count([...first.flat(), ...filterLevels]),
      ]);
      const terms = words.map((w, i) => [...first[i]!, ...typoAndPrefixLevels(w, typos[i]!)]);
      const scores = await searchCells(db, [...terms, ...filterLevels.map((l) => [l])], sizes, visible, limit);
      if (scores.size === 0) return [];
      const score = sql`case a.id ${sql.join(
        [...scores].map(([id, points]) => sql`when ${id} then ${sql.lit(points)}`),
        sql` `,
      )} end`;
      const result =
        await sql<SearchRow>`${select(score)} from ${from} where a.id in (${sql.join([...scores.keys()])})`.execute(db);
      rows = result.rows;
    }
    return rows
      .map((r) => ({ ...r, score: Number(r.score), in_network: Number(r.in_network) }))
      .sort((x, y) => y.score - x.score || compareDutch(x.name, y.name) || (x.id < y.id ? -1 : 1))
      .slice(0, limit);
  },
});

/** The columns of an actor the search index is made from. */
export type IndexedActor = Pick<
  DB['actors'],
  'id' | 'name' | 'domain' | 'themes' | 'target_groups' | 'health_dimensions' | 'area' | 'description'
>;

/**
 * Writes the index rows of actors that have none yet (new ones), in the caller's transaction,
 * one batch of actors per `add`. The typo variants of a word are made and written the first time
 * the writer meets it: an import's 20,000 actors share most of their words.
 */
export function indexWriter(db: Kysely<DB>, dialect: Dialect) {
  const known = new Set<string>();
  return async function add(actors: IndexedActor[]): Promise<void> {
    const rows: DB['search_index'][] = [];
    const variants: { variant: string; term: string }[] = [];
    for (const a of actors) {
      for (const t of indexTerms({
        name: a.name,
        domain: a.domain,
        themes: parseList(a.themes),
        targetGroups: parseList(a.target_groups),
        healthDimensions: parseList(a.health_dimensions),
        area: a.area,
        description: a.description,
      })) {
        rows.push({ actor_id: a.id, ...t });
        if (t.field === FILTER_FIELD || t.token.length < TYPO_MIN_LENGTH - 1 || known.has(t.token)) continue;
        known.add(t.token);
        for (const variant of deletionVariants(t.token)) variants.push({ variant, term: t.token });
      }
    }
    // In key order: a statement's rows then land in fewer places of the primary key.
    const order = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
    variants.sort((x, y) => order(x.variant, y.variant) || order(x.term, y.term));
    const columns = ['actor_id', 'field', 'token', 'stem'];
    await insertRows(
      db,
      dialect,
      'search_index',
      columns,
      rows.map((r) => [r.actor_id, r.field, r.token, r.stem]),
    );
    await insertRows(
      db,
      dialect,
      'search_variants',
      ['variant', 'term'],
      variants.map((v) => [v.variant, v.term]),
      'on conflict do nothing',
    );
  };
}

/** The index tokens of the filters in a search (see `filterTerms` in the domain). */
function filterTokens(filters: DirectoryFilters): string[] {
  const kinds: [FilterKind, string | undefined][] = [
    ['domain', filters.domain],
    ['theme', filters.theme],
    ['targetGroup', filters.targetGroup],
    ['healthDimension', filters.healthDimension],
    ['area', filters.area],
  ];
  return kinds.filter((k): k is [FilterKind, string] => Boolean(k[1])).map(([kind, value]) => filterToken(kind, value));
}

/** One score level of a term: a stretch of the index (a word or a stem, in one field), as a condition on an alias. */
interface Level {
  points: number;
  where: (alias: RawBuilder<unknown>) => RawBuilder<unknown>;
}
/** A word's or a filter's levels, best first. A filter has one level worth nothing. */
type Term = Level[];

/** A filter value's one level: the actors holding it, for no points. */
const filterLevel = (token: string): Level => ({
  points: 0,
  where: (s) => sql`${s}.token = ${token} and ${s}.field = ${sql.lit(FILTER_FIELD)}`,
});

/**
 * Sizes that steer the search's plan (never its results). Tests make them small, so that a small
 * directory takes every path a large one does.
 */
export const SEARCH_PLAN = {
  /** A level is counted up to this many rows: enough to tell a narrow one from a wide one. */
  sizeProbe: 2000,
  /** The first count of a level goes this far: is it empty, is it narrow. */
  firstProbe: 64,
  /** Names read in the first page when browsing a wide filter; later pages are larger. */
  browsePage: 500,
  /** How many cells with rows a search reads before it settles for what it has found. */
  maxCells: 40,
};

/** How many cells, empty ones included, a search walks at most (a search of six rare words). */
const MAX_WALK = 5000;

/** How many index rows levels have, counted as few times as a search needs. */
class LevelSizes {
  private readonly known = new Map<Level, { n: number; cap: number }>();
  constructor(
    private readonly db: Kysely<DB>,
    /** Whether join order is ours to choose (SQLite) and worth counting for. */
    private readonly ordersJoins: boolean,
  ) {}

  /** Counts levels not counted yet up to `cap` rows, all in one query. */
  async count(levels: Level[], cap = SEARCH_PLAN.firstProbe) {
    // Settled: counted this far already, or counted in full (fewer rows than its cap).
    const settled = (l: Level) => {
      const k = this.known.get(l);
      return k !== undefined && (k.cap >= cap || k.n < k.cap);
    };
    const open = [...new Set(levels.filter((l) => !settled(l)))];
    if (open.length === 0) return;
    const counts = open.map(
      (l, i) =>
        sql`select ${sql.lit(i)} as i, count(*) as n from (select 1 as one from search_index s where ${l.where(sql.raw('s'))} limit ${sql.lit(cap)}) c${sql.raw(String(i))}`,
    );
    const result = await sql<{ i: number; n: number }>`${sql.join(counts, sql` union all `)}`.execute(this.db);
    for (const r of result.rows) this.known.set(open[Number(r.i)]!, { n: Number(r.n), cap });
  }

  /** Known to hold no rows (a level not counted yet is not). */
  isEmpty(level: Level): boolean {
    return this.known.get(level)?.n === 0;
  }

  /** The levels' sizes up to SEARCH_PLAN.sizeProbe. */
  async of(levels: Level[]): Promise<number[]> {
    await this.count(levels, SEARCH_PLAN.sizeProbe);
    return levels.map((l) => this.known.get(l)!.n);
  }

  /**
   * Sizes good enough to order a join over these levels, or null when one is empty. A level is
   * counted again, further, only when several are wide: then which is narrowest matters.
   */
  async forOrder(levels: Level[]): Promise<number[] | null> {
    if (levels.some((l) => this.known.get(l)?.n === 0)) return null;
    await this.count(levels);
    const sizes = levels.map((l) => this.known.get(l)!.n);
    if (sizes.includes(0)) return null;
    return this.ordersJoins && sizes.filter((n) => n >= SEARCH_PLAN.firstProbe).length >= 2 ? this.of(levels) : sizes;
  }
}

/**
 * Ranked search where every word (and every filter) must match. A word matches at one of its
 * levels (exact, stem, typo, start of a word; each in name, tags or description), and an actor's
 * score is the sum of its best level per word. A cell picks one level per term; the actors in a
 * cell are those in all its levels, found with one indexed join that starts from the narrowest
 * level. Cells are visited best sum first, so the first cell an actor turns up in holds its best
 * levels, and its score is that cell's sum. The search stops as soon as `limit` actors are found:
 * every cell still to come scores no higher. Within the last cell, which actors fill the page
 * follows index order, not name order.
 */
async function searchCells(
  db: Kysely<DB>,
  terms: Term[],
  sizes: LevelSizes,
  visible: RawBuilder<unknown>,
  limit: number,
): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  let looked = 0;
  let walked = 0;
  for (const cell of bestCells(terms, (level) => sizes.isEmpty(level))) {
    if (looked >= SEARCH_PLAN.maxCells || ++walked > MAX_WALK) break;
    const levels = cell.map((level, t) => terms[t]![level]!);
    const counts = await sizes.forOrder(levels);
    if (!counts) continue;
    looked++;
    const join = joinLevels(levels, counts);
    const points = levels.reduce((sum, l) => sum + l.points, 0);
    // An actor can come back more than once (several words in one range); no DISTINCT, which
    // would make PostgreSQL read the whole cell before the limit: read again, larger, if needed.
    for (let size = limit - found.size; found.size < limit; size *= 2) {
      const known = found.size ? sql`and t0.actor_id not in (${sql.join([...found.keys()])})` : sql``;
      const result = await sql<{ actor_id: string }>`select t0.actor_id from ${join.from} cross join actors a
        where ${join.where} and a.id = t0.actor_id and ${visible} ${known} limit ${sql.lit(size)}`.execute(db);
      for (const r of result.rows) if (!found.has(r.actor_id)) found.set(r.actor_id, points);
      if (result.rows.length < size) break;
    }
    if (found.size >= limit) break;
  }
  return found;
}

/**
 * The actors in all of these levels, as one join over the index (aliases t0, t1, …) that starts
 * from the narrowest level and looks each actor up in the others by primary key. SQLite keeps the
 * order of a cross join; PostgreSQL plans its own from its statistics.
 */
function joinLevels(levels: Level[], counts: number[]): { from: RawBuilder<unknown>; where: RawBuilder<unknown> } {
  const order = levels.map((level, i) => ({ level, n: counts[i]! })).sort((x, y) => x.n - y.n);
  const alias = (i: number) => sql.raw(`t${i}`);
  return {
    from: sql.join(
      order.map((_, i) => sql`search_index ${alias(i)}`),
      sql` cross join `,
    ),
    where: sql.join(
      order.map(({ level }, i) =>
        i === 0 ? level.where(alias(0)) : sql`${alias(i)}.actor_id = t0.actor_id and ${level.where(alias(i))}`,
      ),
      sql` and `,
    ),
  };
}

/**
 * The cells of the terms' levels in order of their sum, best first: a best-first walk over the
 * grid of level numbers, so a search with six words does not list every cell.
 */
function* bestCells(terms: Term[], isEmpty: (level: Level) => boolean): Generator<number[]> {
  const sum = (cell: number[]) => cell.reduce((total, level, t) => total + terms[t]![level]!.points, 0);
  const start = terms.map(() => 0);
  const queue: { cell: number[]; sum: number }[] = [{ cell: start, sum: sum(start) }];
  const queued = new Set([start.join(',')]);
  while (queue.length > 0) {
    let best = 0;
    for (let i = 1; i < queue.length; i++) if (queue[i]!.sum > queue[best]!.sum) best = i;
    const { cell } = queue.splice(best, 1)[0]!;
    yield cell;
    // The next level of one term; levels known to be empty are stepped over.
    for (let t = 0; t < terms.length; t++) {
      let level = cell[t]! + 1;
      while (level < terms[t]!.length && isEmpty(terms[t]![level]!)) level++;
      if (level >= terms[t]!.length) continue;
      const next = cell.map((l, i) => (i === t ? level : l));
      const key = next.join(',');
      if (queued.has(key)) continue;
      queued.add(key);
      queue.push({ cell: next, sum: sum(next) });
    }
  }
}

/**
 * Browsing without words: actors in name order. When few actors pass every filter (at most
 * SEARCH_PLAN.sizeProbe), those are joined from the index and sorted. When many pass, the directory is read
 * in name order, a page at a time, and each page is checked against the filters by primary key
 * until the result is full; the network's own unfindable actors are added.
 */
async function browse(
  db: Kysely<DB>,
  tokens: string[],
  levels: Level[],
  sizes: LevelSizes,
  q: {
    select: (score: RawBuilder<unknown>) => RawBuilder<unknown>;
    from: RawBuilder<unknown>;
    visible: RawBuilder<unknown>;
    networkId?: string;
    limit: number;
  },
): Promise<SearchRow[]> {
  const details = async (ids: string[]) =>
    ids.length
      ? (await sql<SearchRow>`${q.select(sql.lit(0))} from ${q.from} where a.id in (${sql.join(ids)})`.execute(db)).rows
      : [];
  if (levels.length) {
    const counts = await sizes.of(levels);
    const cap = SEARCH_PLAN.sizeProbe;
    // Several wide filters can still leave few actors. One query takes at most cap + 1 of the
    // actors passing every filter, counts them (n) and sorts the visible ones by name; when n
    // shows the cap was reached, too many pass for sorting, and the directory is read in name order.
    if (levels.length > 1 || counts[0]! < cap) {
      const join = joinLevels(levels, counts);
      const page = await sql<{ id: string; n: number }>`select a.id, p.n
        from (select x.actor_id, count(*) over () as n from (select t0.actor_id from ${join.from} where ${join.where} limit ${sql.lit(cap + 1)}) x) p
        cross join actors a where a.id = p.actor_id and ${q.visible} order by a.name limit ${q.limit}`.execute(db);
      const passing = page.rows[0] ? Number(page.rows[0].n) : 0;
      if (passing <= cap && (page.rows.length > 0 || Math.min(...counts) < cap))
        return details(page.rows.map((r) => r.id));
    }
  }
  // Looked up by primary key (actor, token): one lookup per actor and filter.
  const passes = async (ids: string[]) => {
    if (tokens.length === 0 || ids.length === 0) return ids;
    const rows = await sql<{
      actor_id: string;
    }>`select f.actor_id from search_index f where f.actor_id in (${sql.join(ids)})
      and f.token in (${sql.join(tokens)}) group by f.actor_id having count(*) = ${sql.lit(tokens.length)}`.execute(db);
    const ok = new Set(rows.rows.map((r) => r.actor_id));
    return ids.filter((id) => ok.has(id));
  };
  // The network's own unfindable actors, checked with the first page.
  const own = q.networkId
    ? (
        await sql<{ id: string }>`select a.id from network_actors na join actors a on a.id = na.actor_id
        where na.network_id = ${q.networkId} and a.findable = 0 order by a.name limit ${sql.lit(SEARCH_PLAN.sizeProbe)}`.execute(
          db,
        )
      ).rows.map((r) => r.id)
    : [];
  const found: string[] = [];
  let ownPassing: string[] = [];
  let after: { name: string; id: string } | null = null;
  for (
    let size = tokens.length ? SEARCH_PLAN.browsePage : q.limit;
    found.length < q.limit;
    size = Math.min(size * 2, SEARCH_PLAN.sizeProbe)
  ) {
    const keyset: RawBuilder<unknown> = after
      ? sql`and a.name >= ${after.name} and (a.name > ${after.name} or a.id > ${after.id})`
      : sql``;
    const page: { rows: { id: string; name: string }[] } = await sql<{
      id: string;
      name: string;
    }>`select a.id, a.name from actors a where a.findable = 1 ${keyset}
      order by a.name, a.id limit ${sql.lit(size)}`.execute(db);
    const ids = page.rows.map((r) => r.id);
    const passing = new Set(await passes(after ? ids : [...ids, ...own]));
    if (!after) ownPassing = own.filter((id) => passing.has(id)).slice(0, q.limit);
    found.push(...ids.filter((id) => passing.has(id)));
    if (page.rows.length < size) break;
    after = page.rows[page.rows.length - 1]!;
  }
  return details([...found.slice(0, q.limit), ...ownPassing]);
}

/** A word matches the start of longer words when it has at least this many letters. */
const PREFIX_MIN_LENGTH = 3;

const FIELDS = [FIELD_WEIGHT.name, FIELD_WEIGHT.tags, FIELD_WEIGHT.description];

/** A word's best score levels: the word itself, then its stem; each in name, tags, description. */
function exactAndStemLevels(w: QueryWord): Level[] {
  return [
    ...FIELDS.map((f) => ({
      points: MATCH_POINTS.exact + f,
      where: (s: RawBuilder<unknown>) => sql`${s}.token = ${w.token} and ${s}.field = ${sql.lit(f)}`,
    })),
    ...FIELDS.map((f) => ({
      points: MATCH_POINTS.stem + f,
      where: (s: RawBuilder<unknown>) => sql`${s}.stem = ${w.stem} and ${s}.field = ${sql.lit(f)}`,
    })),
  ];
}

/** A word's lower levels: one typo, then the start of a longer word; each in name, tags, description. */
function typoAndPrefixLevels(w: QueryWord, typos: string[]): Level[] {
  const levels: Level[] = [];
  if (typos.length) {
    for (const f of FIELDS)
      levels.push({
        points: MATCH_POINTS.typo + f,
        where: (s) => sql`${s}.token in (${sql.join(typos)}) and ${s}.field = ${sql.lit(f)}`,
      });
  }
  if (w.token.length >= PREFIX_MIN_LENGTH) {
    for (const f of FIELDS) {
      levels.push({
        points: MATCH_POINTS.prefix + f,
        where: (s) =>
          sql`${s}.token > ${w.token} and ${s}.token < ${prefixEnd(w.token)} and ${s}.field = ${sql.lit(f)}`,
      });
    }
  }
  return levels;
}

/**
 * For each word, the indexed words within one edit of it: one lookup by shared one-letter
 * deletion for all words together, then verified per word.
 */
async function typosOf(db: Kysely<DB>, words: string[]): Promise<string[][]> {
  const variants = [...new Set(words.filter((w) => w.length >= TYPO_MIN_LENGTH).flatMap(deletionVariants))];
  if (variants.length === 0) return words.map(() => []);
  const rows = await db
    .selectFrom('search_variants')
    .select('term')
    .distinct()
    .where('variant', 'in', variants)
    .execute();
  const terms = rows.map((r) => r.term);
  return words.map((w) => (w.length < TYPO_MIN_LENGTH ? [] : terms.filter((t) => t !== w && withinOneEdit(w, t))));
}

export interface SearchRow {
  id: string;
  kind: string;
  name: string;
  domain: string;
  themes: string;
  target_groups: string;
  health_dimensions: string;
  area: string;
  description: string;
  contact_email: string | null;
  contact_phone: string | null;
  website: string | null;
  home_network_name: string;
  score: number;
  in_network: number;
}
