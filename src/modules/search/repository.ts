import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../db/schema.js';
import { actorTerms, deletionVariants, FIELD_WEIGHT, TYPO_MIN_LENGTH } from '../../domain/search/text.js';
import { parseList } from '../common/json.js';

/** Points per kind of match; the field weight (3 name, 2 themes/target groups, 1 description) is added. */
export const MATCH_POINTS = { exact: 12, stem: 9, typo: 6, prefix: 3 } as const;

export interface QueryWord {
  token: string;
  stem: string;
  /** Indexed words within one edit of `token` (already verified). */
  typos: string[];
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

const jsonItem = (value: string) => `%${JSON.stringify(value)}%`;

/**
 * The directory's search index: one row per word of an actor's public profile. It is keyed by
 * actor, not by network, because the directory is the one deliberate cross-network view; who may
 * see which actor is decided in `search`, in the same query.
 */
export const searchRepository = (db: Kysely<DB>) => ({
  async indexActor(actor: { id: string; name: string; themes: string; target_groups: string; description: string }) {
    const terms = actorTerms({ name: actor.name, themes: parseList(actor.themes), targetGroups: parseList(actor.target_groups), description: actor.description });
    await db.transaction().execute(async (trx) => {
      await trx.deleteFrom('search_index').where('actor_id', '=', actor.id).execute();
      if (terms.length === 0) return;
      await trx.insertInto('search_index').values(terms.map((t) => ({ actor_id: actor.id, ...t }))).execute();
      const variants = terms
        .filter((t) => t.token.length >= TYPO_MIN_LENGTH - 1)
        .flatMap((t) => deletionVariants(t.token).map((variant) => ({ variant, term: t.token })));
      if (variants.length) await trx.insertInto('search_variants').values(variants).onConflict((oc) => oc.doNothing()).execute();
    });
  },

  /** Indexed words that share a one-letter deletion with `word`; the caller verifies the distance. */
  async typoCandidates(word: string): Promise<string[]> {
    const rows = await db.selectFrom('search_variants').select('term').distinct().where('variant', 'in', deletionVariants(word)).execute();
    return rows.map((r) => r.term);
  },

  async search(options: SearchOptions): Promise<SearchRow[]> {
    const { words, filters, networkId, limit } = options;
    const filterSql: RawBuilder<unknown>[] = [];
    if (filters.domain) filterSql.push(sql`a.domain = ${filters.domain}`);
    if (filters.theme) filterSql.push(sql`a.themes like ${jsonItem(filters.theme)}`);
    if (filters.targetGroup) filterSql.push(sql`a.target_groups like ${jsonItem(filters.targetGroup)}`);
    if (filters.healthDimension) filterSql.push(sql`a.health_dimensions like ${jsonItem(filters.healthDimension)}`);
    if (filters.area) filterSql.push(sql`lower(a.area) = ${filters.area.toLowerCase()}`);
    const inNetwork = networkId
      ? sql`exists (select 1 from network_actors x where x.network_id = ${networkId} and x.actor_id = a.id)`
      : sql`1 = 0`;
    const visible = networkId ? sql`(a.findable = 1 or ${inNetwork})` : sql`a.findable = 1`;
    const where = (extra: RawBuilder<unknown>[]) => sql.join([...extra, ...filterSql], sql` and `);
    const select = (score: RawBuilder<unknown>) => sql`select a.id, a.kind, a.name, a.domain, a.themes, a.target_groups, a.health_dimensions,
      a.area, a.description, a.contact_email, a.contact_phone, a.website, n.name as home_network_name, ${score} as score,
      case when ${inNetwork} then 1 else 0 end as in_network`;
    const from = sql`actors a join networks n on n.id = a.home_network_id`;

    let rows: SearchRow[];
    if (words.length === 0) {
      // Browsing: findable actors in name order (index on findable, name), plus the network's own.
      const findable = await sql<SearchRow>`${select(sql.lit(0))} from ${from} where ${where([sql`a.findable = 1`])} order by a.name limit ${limit}`.execute(db);
      rows = findable.rows;
      if (networkId) {
        const own = await sql<SearchRow>`${select(sql.lit(0))} from network_actors na join actors a on a.id = na.actor_id join networks n on n.id = a.home_network_id
          where ${where([sql`na.network_id = ${networkId}`, sql`a.findable = 0`])} order by a.name limit ${limit}`.execute(db);
        rows = rows.concat(own.rows);
      }
    } else if (words.length === 1) {
      rows = await searchOneWord(db, words[0], select, (extra) => where([...extra, visible]), limit);
    } else {
      rows = await searchWords(db, words, select, (extra) => where([...extra, visible]), limit);
    }
    return rows
      .map((r) => ({ ...r, score: Number(r.score), in_network: Number(r.in_network) }))
      .sort((x, y) => y.score - x.score || x.name.localeCompare(y.name, 'nl') || (x.id < y.id ? -1 : 1))
      .slice(0, limit);
  },

});

/**
 * One word: walk the score levels from best to worst (exact in name, exact in themes, … prefix in
 * description) and stop as soon as the page is full, so a common word costs no more than a rare one.
 * Within the last level that fits, which actors make the page is index order, not name order.
 */
async function searchOneWord(
  db: Kysely<DB>,
  word: QueryWord,
  select: (score: RawBuilder<unknown>) => RawBuilder<unknown>,
  where: (extra: RawBuilder<unknown>[]) => RawBuilder<unknown>,
  limit: number,
): Promise<SearchRow[]> {
  const found: SearchRow[] = [];
  for (const { condition, points } of matchKinds(word)) {
    for (const field of [FIELD_WEIGHT.name, FIELD_WEIGHT.tags, FIELD_WEIGHT.description]) {
      const seen = found.map((r) => r.id);
      const extra = [condition, sql`s.field = ${sql.lit(field)}`];
      if (seen.length) extra.push(sql`s.actor_id not in (${sql.join(seen)})`);
      const result = await sql<SearchRow>`${select(sql.lit(points + field))} from search_index s join actors a on a.id = s.actor_id join networks n on n.id = a.home_network_id
        where ${where(extra)} limit ${limit - found.length}`.execute(db);
      found.push(...result.rows);
      if (found.length >= limit) return found;
    }
  }
  return found;
}

/** How many candidates the rarest word of a several-word search may bring in. */
const CANDIDATES = 2000;

/**
 * Several words, all of which must match: the rarest word brings in its best candidates (level by
 * level, as for one word, at most CANDIDATES), the other words are looked up for those candidates
 * only, and the sum of each word's best match ranks them. A search whose rarest word has more
 * visible matches than CANDIDATES considers only that word's best CANDIDATES.
 */
async function searchWords(
  db: Kysely<DB>,
  words: QueryWord[],
  select: (score: RawBuilder<unknown>) => RawBuilder<unknown>,
  where: (extra: RawBuilder<unknown>[]) => RawBuilder<unknown>,
  limit: number,
): Promise<SearchRow[]> {
  const counts = await Promise.all(
    words.map(async (w) => {
      const r = await sql<{ n: number }>`select count(*) as n from (select 1 from search_index where stem = ${w.stem} limit ${sql.lit(CANDIDATES * 5)}) c`.execute(db);
      return Number(r.rows[0]?.n ?? 0);
    }),
  );
  const rarest = counts.indexOf(Math.min(...counts));
  const idScore = () => sql`select a.id`;
  const candidates = await searchOneWord(db, words[rarest], (score) => sql`${idScore()}, ${score} as score`, where, CANDIDATES);
  if (candidates.length === 0) return [];
  const total = new Map(candidates.map((c) => [c.id, Number(c.score)]));
  for (let i = 0; i < words.length && total.size > 0; i++) {
    if (i === rarest) continue;
    const ids = [...total.keys()];
    const hits = matchKinds(words[i]).map(
      ({ condition, points }) => sql`select s.actor_id, s.field + ${sql.lit(points)} as points from search_index s where ${condition} and s.actor_id in (${sql.join(ids)})`,
    );
    const best = await sql<{ actor_id: string; points: number }>`select h.actor_id, max(h.points) as points from (${sql.join(hits, sql` union all `)}) h group by h.actor_id`.execute(db);
    const found = new Map(best.rows.map((r) => [r.actor_id, Number(r.points)]));
    for (const id of ids) {
      const p = found.get(id);
      if (p === undefined) total.delete(id);
      else total.set(id, total.get(id)! + p);
    }
  }
  const top = [...total].sort((x, y) => y[1] - x[1]).slice(0, limit * 2);
  if (top.length === 0) return [];
  const score = sql`case a.id ${sql.join(top.map(([id, points]) => sql`when ${id} then ${sql.lit(points)}`), sql` `)} end`;
  const result = await sql<SearchRow>`${select(score)} from actors a join networks n on n.id = a.home_network_id
    where a.id in (${sql.join(top.map(([id]) => id))})`.execute(db);
  return result.rows;
}

/** The ways an indexed word can match a query word, best first, each an indexed condition on `s`. */
function matchKinds(w: QueryWord): { condition: RawBuilder<unknown>; points: number }[] {
  const kinds: { condition: RawBuilder<unknown>; points: number }[] = [
    { condition: sql`s.token = ${w.token}`, points: MATCH_POINTS.exact },
    { condition: sql`s.stem = ${w.stem}`, points: MATCH_POINTS.stem },
  ];
  if (w.typos.length) kinds.push({ condition: sql`s.token in (${sql.join(w.typos)})`, points: MATCH_POINTS.typo });
  if (w.token.length >= 3) kinds.push({ condition: sql`s.token >= ${w.token} and s.token < ${prefixEnd(w.token)}`, points: MATCH_POINTS.prefix });
  return kinds;
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
