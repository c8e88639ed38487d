/**
 * Dutch search text: the same normalisation at index time and at query time, so that a word
 * matches on its exact form, on its Snowball stem (eenzaam, eenzaamheid, eenzame → eenzam) or
 * with one typo. Pure code, usable by the server, the CLI and the web app.
 */
import snowball from 'snowball-stemmers';

const stemmer = snowball.newStemmer('dutch');

/** Words too common to say anything about an actor; dropped from index and query alike. */
const STOPWORDS = new Set(
  (
    'de het een en of van voor in op met bij aan te die dat om tot door over naar als uit er ook is zijn ' +
    'wordt worden niet je jij we wij ze zij hun mijn onze ons dit deze maar dan nog wel al'
  ).split(' '),
);

/** Longest word kept in the index; longer strings are not words anyone types. */
export const MAX_WORD = 40;

/** Lower case, accents removed (é → e, ë → e), so "Café" and "cafe" are the same word. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** The words of a text, normalised, without stopwords; hyphenated words are split. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const word of normalise(text).split(/[^\p{L}\p{N}]+/u)) {
    if (word.length === 0 || word.length > MAX_WORD || STOPWORDS.has(word)) continue;
    out.push(word);
  }
  return out;
}

/** Stemming costs tens of microseconds a word; a directory's vocabulary is small, so remember results. */
const stems = new Map<string, string>();
const STEM_CACHE = 200_000;

export function stem(word: string): string {
  let result = stems.get(word);
  if (result === undefined) {
    if (stems.size >= STEM_CACHE) stems.clear();
    result = stemmer.stem(word);
    stems.set(word, result);
  }
  return result;
}

/** A word may have one typo when it has at least this many letters. */
export const TYPO_MIN_LENGTH = 5;

/**
 * The word and every form with one letter left out. Two words within one edit (insert, delete,
 * substitute, or swap of neighbours) always share one of these, which makes typo matching an
 * indexed lookup instead of a scan over the vocabulary (the SymSpell idea).
 */
export function deletionVariants(word: string): string[] {
  const variants = new Set([word]);
  for (let i = 0; i < word.length; i++) variants.add(word.slice(0, i) + word.slice(i + 1));
  return [...variants];
}

/** True when a and b differ by at most one insert, delete, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** How much a match counts by where it is found: name before themes and target groups before description. */
export const FIELD_WEIGHT = { name: 3, tags: 2, description: 1 } as const;

export interface IndexTerm {
  field: number;
  token: string;
  stem: string;
}

/** The words of an actor's public profile to index, each once, with the weightiest field it occurs in. */
export function actorTerms(actor: {
  name: string;
  themes: string[];
  targetGroups: string[];
  description: string;
}): IndexTerm[] {
  const best = new Map<string, number>();
  const add = (text: string, field: number) => {
    for (const w of words(text)) if ((best.get(w) ?? 0) < field) best.set(w, field);
  };
  add(actor.name, FIELD_WEIGHT.name);
  add([...actor.themes, ...actor.targetGroups].join(' '), FIELD_WEIGHT.tags);
  add(actor.description, FIELD_WEIGHT.description);
  return [...best].map(([token, field]) => ({ field, token, stem: stem(token) }));
}

/** Index rows in this field hold an actor's filter values, not words; they score nothing. */
export const FILTER_FIELD = 0;

export type FilterKind = 'domain' | 'theme' | 'targetGroup' | 'healthDimension' | 'area';
const FILTER_CODE: Record<FilterKind, string> = {
  domain: 'd',
  theme: 't',
  targetGroup: 'g',
  healthDimension: 'h',
  area: 'a',
};

/**
 * The index token of one filter value, e.g. `#t:mantelzorg`. It starts with `#`, which no query
 * word or start of a word can, so it never matches a search word. Normalised like words are, so
 * it finds at least every actor the exact filter in the query does (that filter is checked too).
 */
export function filterToken(kind: FilterKind, value: string): string {
  return `#${FILTER_CODE[kind]}:${normalise(value).trim()}`;
}

/** An actor's filter values as index rows, so a search with a narrow filter can start from them. */
export function filterTerms(actor: {
  domain: string;
  themes: string[];
  targetGroups: string[];
  healthDimensions: string[];
  area: string;
}): IndexTerm[] {
  const tokens = new Set([filterToken('domain', actor.domain), filterToken('area', actor.area)]);
  for (const v of actor.themes) tokens.add(filterToken('theme', v));
  for (const v of actor.targetGroups) tokens.add(filterToken('targetGroup', v));
  for (const v of actor.healthDimensions) tokens.add(filterToken('healthDimension', v));
  return [...tokens].map((token) => ({ field: FILTER_FIELD, token, stem: token }));
}

/** An actor's profile as the search indexes it. */
export interface SearchProfile {
  name: string;
  domain: string;
  themes: string[];
  targetGroups: string[];
  healthDimensions: string[];
  area: string;
  description: string;
}

/** Everything indexed for one actor: its words, then its filter values. */
export function indexTerms(profile: SearchProfile): IndexTerm[] {
  return [...actorTerms(profile), ...filterTerms(profile)];
}
