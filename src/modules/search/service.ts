import type { Kysely } from 'kysely';
import type { Deps } from '../common/deps.js';
import type { DB } from '../../db/schema.js';
import { toPublicProfile } from '../common/public-profile.js';
import type { MemberContext } from '../../core/access.js';
import { stem, words } from '../../domain/search/text.js';
import { searchRepository, indexWriter, type QueryWord } from './repository.js';
import type { DirectoryEntry, DirectoryQuery } from './schemas.js';

/** More words than this in one search add nothing but cost. */
const MAX_QUERY_WORDS = 6;

export function createSearchService(deps: Deps) {
  const repo = searchRepository(deps.db, deps.dialect);

  function queryWords(q: string | undefined): QueryWord[] {
    return [...new Set(words(q ?? ''))].slice(0, MAX_QUERY_WORDS).map((token) => ({ token, stem: stem(token) }));
  }

  async function run(query: DirectoryQuery, networkId?: string): Promise<DirectoryEntry[]> {
    const { q, limit, ...filters } = query;
    const rows = await repo.search({ words: queryWords(q), filters, networkId, limit: limit ?? 50 });
    return rows.map((r) => ({
      ...toPublicProfile(r),
      description: r.description,
      contactEmail: r.contact_email,
      contactPhone: r.contact_phone,
      website: r.website,
      score: Number(r.score),
      inNetwork: Number(r.in_network) === 1,
    }));
  }

  return {
    /** Keeps the index current; the actor service calls it after every create and update. */
    indexActor: repo.indexActor,
    /**
     * Index rows for new actors, in the caller's transaction (an import writes them with its
     * actors, all or nothing), from the rows in hand instead of reading them back.
     */
    indexWriter: (db: Kysely<DB>) => indexWriter(db, deps.dialect),
    /** The shared directory: findable actors of every network. */
    directory: (query: DirectoryQuery) => run(query),
    /** A network's search: its own actors (findable or not) plus findable actors elsewhere. */
    forNetwork: (ctx: MemberContext, query: DirectoryQuery) => run(query, ctx.networkId),
  };
}

export type SearchService = ReturnType<typeof createSearchService>;
