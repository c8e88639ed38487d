/** The network reading in plain English, the same findings as the Dutch one. */

import type { NetworkReading } from './reading.js';
import { capitalise, pluralOf, renderReading, type ReadingWords, type RenderOptions } from './reading-text.js';

const LOCALE = 'en-GB';
const plural = pluralOf(LOCALE);
const whole = new Intl.NumberFormat(LOCALE);
const count = (n: number, one: string, other: string) => `${whole.format(n)} ${plural(n, one, other)}`;

const DENSITY = {
  loose: 'This is a loose network: most partners do not work together directly.',
  sparse: 'Some partners work together directly, but many know each other only through others or not yet.',
  connected: 'This is a well-connected network: many partners work together directly.',
  dense: 'This is a very dense network: almost everyone works directly with everyone else.',
};

export const english: ReadingWords = {
  locale: LOCALE,
  and: 'and',
  others: (n, shown) => `${shown} and ${count(n, 'other', 'others')}`,
  noActors: 'There are no partners in this network yet. Add the first partner.',
  size: (actors, relations) =>
    `The network has ${count(actors, 'partner', 'partners')} and ${count(relations, 'relation', 'relations')}.`,
  noRelations: 'No relations have been filled in yet. Fill in who works with whom to see what the network looks like.',
  density: (percent, band) => `Of all possible relations, ${percent} exist now. ${DENSITY[band]}`,
  oneWhole: (withIsolated) =>
    withIsolated
      ? 'Apart from the partners without a relation, the network is one whole: the others are connected, directly or through others.'
      : 'The network is one whole: all partners are connected, directly or through others.',
  parts: (n) =>
    `The network consists of ${count(n, 'separate part', 'separate parts')}. Not a single relation runs between those parts.`,
  isolated: (n, names) =>
    `${plural(n, 'This partner has', `These ${whole.format(n)} partners have`)} no relation yet: ${names}.`,
  noBrokers: 'There are no connectors: nobody stands between two partners who do not know each other directly.',
  brokers: (n, names) =>
    `${plural(n, 'The most important connector is', 'The most important connectors are')} ${names}.`,
  brokersMeaning:
    'A connector brings together partners who would otherwise not reach each other, or only by a detour. The number runs from 0 to 1: the higher it is, the more often the shortest route between two other partners runs through this connector.',
  oneGroup: 'The partners with a relation form one group together: there are no clear smaller groups.',
  groups: (n, modularity, threshold, separation) =>
    `There are ${count(n, 'group', 'groups')} that mostly work among themselves. ` +
    (separation === 'clear' ? 'The groups stand clearly apart' : 'The groups overlap a lot') +
    ` (modularity ${modularity}; from ${threshold} groups are clear).`,
  group: (number, names) => `Group ${whole.format(number)}: ${names}.`,
  moreGroups: (n) => `And ${count(n, 'more group', 'more groups')}.`,
  oneDomain: (domain) => `All partners belong to the same domain: ${domain}. Look for partners from other domains.`,
  domainsLinked: 'All domains in the network work together.',
  gap: (a, b) => `${capitalise(a)} and ${b} do not work together yet.`,
  moreGaps: (n) =>
    `And ${count(n, 'more pair of domains that does', 'more pairs of domains that do')} not work together yet.`,
};

/** The reading as English sentences, one finding per line. */
export const readingEn = (reading: NetworkReading, options?: RenderOptions): string[] =>
  renderReading(reading, english, options);
