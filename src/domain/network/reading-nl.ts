/** The network reading in plain Dutch (B1, "je"-vorm). */

import type { NetworkReading } from './reading.js';
import { capitalise, pluralOf, renderReading, type ReadingWords, type RenderOptions } from './reading-text.js';

const LOCALE = 'nl-NL';
const plural = pluralOf(LOCALE);
const whole = new Intl.NumberFormat(LOCALE);
const count = (n: number, one: string, other: string) => `${whole.format(n)} ${plural(n, one, other)}`;

const DENSITY = {
  loose: 'Dat is een los netwerk: de meeste partners werken niet direct met elkaar samen.',
  sparse:
    'Een deel van de partners werkt direct samen, maar veel partners kennen elkaar alleen via anderen of nog niet.',
  connected: 'Dat is een goed verbonden netwerk: veel partners werken direct met elkaar samen.',
  dense: 'Dat is een heel dicht netwerk: bijna iedereen werkt direct met iedereen samen.',
};

export const dutch: ReadingWords = {
  locale: LOCALE,
  and: 'en',
  others: (n, shown) => `${shown} en ${count(n, 'andere', 'anderen')}`,
  noActors: 'Er staan nog geen partners in dit netwerk. Voeg de eerste partner toe.',
  size: (actors, relations) =>
    `Het netwerk heeft ${count(actors, 'partner', 'partners')} en ${count(relations, 'relatie', 'relaties')}.`,
  noRelations:
    'Er zijn nog geen relaties ingevuld. Vul in wie met wie samenwerkt, dan zie je hoe het netwerk eruitziet.',
  density: (percent, band) => `Van alle relaties die mogelijk zijn, bestaat nu ${percent}. ${DENSITY[band]}`,
  oneWhole: (withIsolated) =>
    withIsolated
      ? 'Op de partners zonder relatie na is het netwerk één geheel: de anderen zijn direct of via via met elkaar verbonden.'
      : 'Het netwerk is één geheel: alle partners zijn direct of via via met elkaar verbonden.',
  parts: (n) =>
    `Het netwerk bestaat uit ${count(n, 'los deel', 'losse delen')}. Tussen die delen loopt geen enkele relatie.`,
  isolated: (n, names) =>
    `${plural(n, 'Deze partner heeft', `Deze ${whole.format(n)} partners hebben`)} nog geen relatie: ${names}.`,
  noBrokers: 'Er zijn geen verbinders: niemand staat tussen twee partners in die elkaar niet direct kennen.',
  brokers: (n, names) => `${plural(n, 'De belangrijkste verbinder is', 'De belangrijkste verbinders zijn')} ${names}.`,
  brokersMeaning:
    'Een verbinder brengt partners bij elkaar die elkaar anders niet of alleen met een omweg bereiken. Het getal loopt van 0 tot 1: hoe hoger, hoe vaker de kortste weg tussen twee andere partners via deze verbinder loopt.',
  oneGroup: 'De partners met een relatie vormen samen één groep: er zijn geen duidelijke kleinere groepen.',
  groups: (n, modularity, threshold, separation) =>
    `Er zijn ${count(n, 'groep', 'groepen')} die vooral onderling samenwerken. ` +
    (separation === 'clear'
      ? 'De groepen zijn duidelijk van elkaar te onderscheiden'
      : 'De groepen lopen sterk in elkaar over') +
    ` (modulariteit ${modularity}; vanaf ${threshold} zijn groepen duidelijk).`,
  group: (number, names) => `Groep ${whole.format(number)}: ${names}.`,
  moreGroups: (n) => `En nog ${count(n, 'groep', 'groepen')}.`,
  oneDomain: (domain) => `Alle partners horen bij hetzelfde domein: ${domain}. Zoek partners uit andere domeinen.`,
  domainsLinked: 'Alle domeinen in het netwerk werken met elkaar samen.',
  gap: (a, b) => `${capitalise(a)} en ${b} werken nog niet samen.`,
  moreGaps: (n) =>
    `En nog ${count(n, 'paar domeinen dat', 'paren domeinen die')} nog niet ${plural(n, 'samenwerkt', 'samenwerken')}.`,
};

/** The reading as Dutch sentences, one finding per line. */
export const readingNl = (reading: NetworkReading, options?: RenderOptions): string[] =>
  renderReading(reading, dutch, options);
