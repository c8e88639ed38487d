/**
 * Puts a network reading into words. Which sentences appear, in which order and how long lists
 * are cut is decided here, once; `reading-nl.ts` and `reading-en.ts` only hold the words, so the
 * two languages always say the same things.
 */

import type { DensityBand, GroupSeparation, NetworkReading } from './reading.js';

/** Long lists are cut off so the reading stays short for big networks. */
const MAX_NAMES = 8;
const MAX_GROUPS = 5;
const MAX_MEMBERS = 5;
const MAX_GAPS = 3;

/** Numbers already formatted for the language; counts stay numbers so the words can agree. */
export interface ReadingWords {
  locale: string;
  /** "A, B en C" */
  and: string;
  others(count: number, shown: string): string;
  noActors: string;
  size(actors: number, relations: number): string;
  noRelations: string;
  density(percent: string, band: DensityBand): string;
  oneWhole(withIsolated: boolean): string;
  parts(count: number): string;
  isolated(count: number, names: string): string;
  noBrokers: string;
  brokers(count: number, names: string): string;
  brokersMeaning: string;
  oneGroup: string;
  groups(count: number, modularity: string, threshold: string, separation: GroupSeparation): string;
  group(number: number, names: string): string;
  moreGroups(count: number): string;
  oneDomain(domain: string): string;
  domainsLinked: string;
  gap(a: string, b: string): string;
  moreGaps(count: number): string;
}

export interface RenderOptions {
  /** How a domain code is shown (the web passes its catalogue); the code itself by default. */
  domainName?: (domain: string) => string;
}

export function renderReading(r: NetworkReading, words: ReadingWords, options: RenderOptions = {}): string[] {
  const domainName = options.domainName ?? ((d: string) => d);
  const decimal = new Intl.NumberFormat(words.locale, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(words.locale, { style: 'percent', maximumFractionDigits: 1 });

  const list = (names: readonly string[], max: number): string => {
    const shown = names.slice(0, max);
    if (names.length > max) return words.others(names.length - max, shown.join(', '));
    return shown.length <= 1
      ? (shown[0] ?? '')
      : `${shown.slice(0, -1).join(', ')} ${words.and} ${shown[shown.length - 1]}`;
  };

  if (r.actors === 0) return [words.noActors];
  const out = [words.size(r.actors, r.relations)];
  if (r.relations === 0) return [...out, words.noRelations];

  out.push(words.density(percent.format(r.density), r.densityBand));
  if (r.parts === 1) out.push(words.oneWhole(r.isolated.length > 0));
  else out.push(words.parts(r.parts));
  if (r.isolated.length > 0)
    out.push(
      words.isolated(
        r.isolated.length,
        list(
          r.isolated.map((a) => a.name),
          MAX_NAMES,
        ),
      ),
    );

  if (r.brokers.length === 0) {
    out.push(words.noBrokers);
  } else {
    const names = r.brokers.map((b) => `${b.name} (${decimal.format(b.betweenness)})`);
    out.push(words.brokers(r.brokers.length, list(names, MAX_NAMES)), words.brokersMeaning);
  }

  if (r.separation === null) {
    out.push(words.oneGroup);
  } else {
    out.push(words.groups(r.groups.length, decimal.format(r.modularity), decimal.format(0.3), r.separation));
    r.groups.slice(0, MAX_GROUPS).forEach((members, i) =>
      out.push(
        words.group(
          i + 1,
          list(
            members.map((a) => a.name),
            MAX_MEMBERS,
          ),
        ),
      ),
    );
    if (r.groups.length > MAX_GROUPS) out.push(words.moreGroups(r.groups.length - MAX_GROUPS));
  }

  if (r.domains.length === 1) out.push(words.oneDomain(domainName(r.domains[0])));
  else if (r.domainGaps.length === 0) out.push(words.domainsLinked);
  else {
    for (const gap of r.domainGaps.slice(0, MAX_GAPS)) out.push(words.gap(domainName(gap.a), domainName(gap.b)));
    if (r.domainGaps.length > MAX_GAPS) out.push(words.moreGaps(r.domainGaps.length - MAX_GAPS));
  }
  return out;
}

/** A sentence starts with a capital, also when it starts with a domain such as "zorg". */
export const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** Picks the word form for a count: `forms.one` or `forms.other`, as the language's rules say. */
export function pluralOf(locale: string): (count: number, one: string, other: string) => string {
  const rules = new Intl.PluralRules(locale);
  return (count, one, other) => (rules.select(count) === 'one' ? one : other);
}
