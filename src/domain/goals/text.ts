/**
 * Dutch text for goal comparison: accent and case folding, stop words, Snowball stems and a
 * little extra normalisation of what Snowball leaves apart (gezin/gezinn, dement/dementie,
 * vital/vitaliteit). Pure code, no I/O.
 */
import snowball from 'snowball-stemmers';
import { lemmaOf } from '../lemmas.js';

const stemmer = snowball.newStemmer('dutch');

/**
 * Function words and light verbs that say nothing about what someone wants to reach. A general
 * Dutch list (articles, pronouns, prepositions, conjunctions, auxiliary and modal verbs), not
 * tuned to any example.
 */
const STOPWORDS = new Set(
  (
    'de het een en of van voor in op met bij aan te die dat om tot door over naar als uit er ook is zijn was waren ' +
    'wordt worden werd niet geen je jij jou jouw u uw we wij ze zij hun hen mijn onze ons dit deze die dat maar dan nog ' +
    'wel al zo zodat omdat want waardoor waarmee wat wie waar hoe wanneer welke ik me mij men ander andere elkaar zich ' +
    'zelf zelfs heel erg veel meer minder meest beter goed graag vaak steeds echt even weer samen via tegen tussen ' +
    'onder boven na sinds zonder binnen buiten bijvoorbeeld hebben heeft had hadden kan kunnen kun kon konden wil ' +
    'willen wilde zal zullen zou zouden moet moeten moest mag mogen gaan gaat ging doen doet deed maken maakt laten ' +
    'krijgen krijgt blijven blijft komen komt staan staat iets niets iedereen alle alles allemaal elk elke ieder iedere ' +
    'hier daar dus toch nu straks later eerst daarom daardoor daarbij hierdoor'
  ).split(' '),
);

/** Lower case, accents removed (é → e, ë → e), so "Café" and "cafe" are the same word. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Content words of a text, folded, without stop words and one-letter words. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const word of fold(text).split(/[^\p{L}\p{N}]+/u)) {
    if (word.length < 2 || word.length > 40 || STOPWORDS.has(word)) continue;
    out.push(word);
  }
  return out;
}

/** Derivational endings after which the rest of the word still names the same idea. */
const DERIVATIONAL = ['iteit', 'heid', 'ing', 'lijk', 'isch'];
const MIN_ROOT = 4;

const rootCache = new Map<string, string>();

/** Marks a root taken from the curated word forms: such roots are never joined by prefix. */
const LEMMA_MARK = '=';

/**
 * A word's root: its family in the curated list of word forms (../lemmas.ts) when it has one, so
 * that words the stemmer would merge stay apart (ouders ≠ ouderen); otherwise its Snowball stem,
 * with a derivational ending removed and a doubled final consonant undone (gezinn → gezin).
 * Used only for matching, never shown.
 */
export function root(word: string): string {
  const cached = rootCache.get(word);
  if (cached !== undefined) return cached;
  const lemma = lemmaOf(word);
  if (lemma !== undefined) {
    rootCache.set(word, LEMMA_MARK + lemma);
    return LEMMA_MARK + lemma;
  }
  let r = stemmer.stem(word);
  for (const ending of DERIVATIONAL) {
    if (r.endsWith(ending) && r.length - ending.length >= MIN_ROOT) {
      r = r.slice(0, -ending.length);
      break;
    }
  }
  if (r.length > MIN_ROOT && /([bcdfgklmnprstvz])\1$/.test(r)) r = r.slice(0, -1);
  if (rootCache.size > 100_000) rootCache.clear();
  rootCache.set(word, r);
  return r;
}

/** Shortest root two words must share as a prefix to count as one (below this, jong ≠ jonger). */
export const PREFIX_MIN = 5;
/** Most letters a longer root may add to a shorter one and still be the same word (dement → dementie). */
export const PREFIX_MAX_EXTRA = 3;

/**
 * Maps every root of a vocabulary to a canonical one: a root that extends a shorter root of the
 * same vocabulary by at most PREFIX_MAX_EXTRA letters (and shares at least PREFIX_MIN) maps to it.
 * Built per comparison, so only words that actually occur are joined.
 */
export function canonicalRoots(roots: Iterable<string>): Map<string, string> {
  const all = [...new Set(roots)].sort((a, b) => a.length - b.length || a.localeCompare(b));
  const canonical = new Map<string, string>();
  const present = new Set<string>();
  for (const r of all) {
    if (r.startsWith(LEMMA_MARK)) {
      canonical.set(r, r);
      continue;
    }
    let target = r;
    for (let len = Math.max(PREFIX_MIN, r.length - PREFIX_MAX_EXTRA); len < r.length; len++) {
      const prefix = r.slice(0, len);
      if (present.has(prefix)) {
        target = canonical.get(prefix) ?? prefix;
        break;
      }
    }
    canonical.set(r, target);
    present.add(r);
  }
  return canonical;
}

/** Shortest part of a compound word we try to recognise (dementie|cafe, wandel|club). */
const COMPOUND_PART_MIN = 4;

/**
 * The known parts of a compound word, when it is made of two roots that occur elsewhere in the
 * vocabulary (with an optional linking s or e/en): "dementiecafe" → dementie + cafe when both are
 * known. Returns [] when the word is not such a compound.
 */
export function compoundParts(word: string, known: Set<string>): string[] {
  for (let i = COMPOUND_PART_MIN; i <= word.length - COMPOUND_PART_MIN; i++) {
    const head = root(word.slice(0, i));
    if (!known.has(head)) continue;
    for (const link of ['', 's', 'e', 'en']) {
      const rest = word.slice(i);
      if (link && !rest.startsWith(link)) continue;
      const tailWord = rest.slice(link.length);
      if (tailWord.length < COMPOUND_PART_MIN) continue;
      const tail = root(tailWord);
      if (known.has(tail)) return [head, tail];
    }
  }
  return [];
}
