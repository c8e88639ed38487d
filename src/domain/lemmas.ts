/**
 * One curated list of Dutch word forms (lemmas) for matching target groups and themes, used by the
 * goal comparison and by the theme filters. Pure code without a stemmer, so the web app can use it.
 *
 * The rule: inflections and derivations of one word with the same meaning merge (ontmoeten,
 * ontmoeting, ontmoetingen); different words never do, however alike they look or stem
 * (ouders, parents, and ouderen, older people, both stem to "ouder"). A word in this list is
 * matched only through its family, never by stem or shared prefix.
 */
const FAMILIES: readonly (readonly string[])[] = [
  // The first form names the family.
  ['ouder', 'ouders'],
  ['oudere', 'ouderen'],
  ['senior', 'senioren'],
  ['jongere', 'jongeren'],
  ['jong', 'jonge', 'jonger'],
  ['kind', 'kinderen'],
  ['gezin', 'gezinnen'],
  ['mantelzorg'],
  ['mantelzorger', 'mantelzorgers'],
  ['vrijwilligerswerk'],
  ['vrijwilliger', 'vrijwilligers'],
  ['bewoner', 'bewoners'],
  ['buurt', 'buurten'],
  ['buur', 'buren'],
  ['ontmoeten', 'ontmoet', 'ontmoette', 'ontmoetten', 'ontmoeting', 'ontmoetingen'],
  ['bewegen', 'beweegt', 'bewoog', 'bewogen', 'beweging'],
  ['eenzaam', 'eenzame', 'eenzaamheid'],
  ['opvoeden', 'opvoeding'],
  ['opgroeien', 'opgroeit'],
  ['dementie', 'dement', 'demente', 'dementerend', 'dementerende', 'dementerenden'],
  ['vitaal', 'vitale', 'vitaler', 'vitaliteit'],
  ['gezond', 'gezonde', 'gezonder', 'gezondheid'],
  ['veilig', 'veilige', 'veiliger', 'veiligheid'],
];

const LEMMA = new Map<string, string>();
for (const family of FAMILIES) for (const form of family) LEMMA.set(form, family[0]);

/** Lower case without accents, as the lists are written. */
const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

/** The family a folded word belongs to, or undefined when the list does not know the word. */
export function lemmaOf(word: string): string | undefined {
  return LEMMA.get(fold(word));
}

/** A label's matching key: every word folded and replaced by its family ("Ontmoetingen" → "ontmoeten"). */
export function labelKey(label: string): string {
  return fold(label)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => LEMMA.get(w) ?? w)
    .join(' ');
}

/**
 * Labels merged by their key, each key shown once in the form used most (ties: the first in Dutch
 * order), sorted for a list. `forms` holds every label written that merged into it.
 */
export function mergeLabels(labels: Iterable<string>): { label: string; key: string; forms: string[] }[] {
  const byKey = new Map<string, Map<string, number>>();
  for (const raw of labels) {
    const label = raw.trim();
    if (!label) continue;
    const key = labelKey(label);
    const counts = byKey.get(key) ?? new Map<string, number>();
    counts.set(label, (counts.get(label) ?? 0) + 1);
    byKey.set(key, counts);
  }
  return [...byKey]
    .map(([key, counts]) => {
      const forms = [...counts.keys()].sort((a, b) => a.localeCompare(b, 'nl'));
      const label = [...forms].sort((a, b) => counts.get(b)! - counts.get(a)!)[0];
      return { label, key, forms };
    })
    .sort((a, b) => a.label.localeCompare(b.label, 'nl'));
}
