/**
 * FROZEN — never change this file. It is the search tokenizer and indexing of
 * src/domain/search/text.ts as migrations 0002 and 0006 ran it until they were frozen
 * (2 December 2026), copied here so that those migrations build the same index forever, whatever
 * happens to the live tokenizer. When the live tokenizer changes on purpose, the index is rebuilt
 * by a new migration (with its own frozen copy, e.g. search-text-v2.ts) or by a `wijknet reindex`
 * command (not built yet) — never by editing this file.
 */
import snowball from 'snowball-stemmers';

const stemmer = snowball.newStemmer('dutch');

const STOPWORDS = new Set(
  (
    'de het een en of van voor in op met bij aan te die dat om tot door over naar als uit er ook is zijn ' +
    'wordt worden niet je jij we wij ze zij hun mijn onze ons dit deze maar dan nog wel al'
  ).split(' '),
);

const MAX_WORD = 40;

function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

function words(text: string): string[] {
  const out: string[] = [];
  for (const word of normalise(text).split(/[^\p{L}\p{N}]+/u)) {
    if (word.length === 0 || word.length > MAX_WORD || STOPWORDS.has(word)) continue;
    out.push(word);
  }
  return out;
}

/** A backfill stems every word of every actor; a directory's vocabulary is small, so remember results. */
const stems = new Map<string, string>();
const STEM_CACHE = 200_000;

function stem(word: string): string {
  let result = stems.get(word);
  if (result === undefined) {
    if (stems.size >= STEM_CACHE) stems.clear();
    result = stemmer.stem(word);
    stems.set(word, result);
  }
  return result;
}

export const TYPO_MIN_LENGTH = 5;

export function deletionVariants(word: string): string[] {
  const variants = new Set([word]);
  for (let i = 0; i < word.length; i++) variants.add(word.slice(0, i) + word.slice(i + 1));
  return [...variants];
}

const FIELD_WEIGHT = { name: 3, tags: 2, description: 1 } as const;

export interface IndexTerm {
  field: number;
  token: string;
  stem: string;
}

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

const FILTER_FIELD = 0;

type FilterKind = 'domain' | 'theme' | 'targetGroup' | 'healthDimension' | 'area';
const FILTER_CODE: Record<FilterKind, string> = {
  domain: 'd',
  theme: 't',
  targetGroup: 'g',
  healthDimension: 'h',
  area: 'a',
};

function filterToken(kind: FilterKind, value: string): string {
  return `#${FILTER_CODE[kind]}:${normalise(value).trim()}`;
}

function filterTerms(actor: {
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

export interface SearchProfile {
  name: string;
  domain: string;
  themes: string[];
  targetGroups: string[];
  healthDimensions: string[];
  area: string;
  description: string;
}

export function indexTerms(profile: SearchProfile): IndexTerm[] {
  return [...actorTerms(profile), ...filterTerms(profile)];
}
