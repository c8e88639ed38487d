/**
 * Positieve gezondheid in de wijk: which of the six dimensions the network's goals, why ladders
 * and actions address, and which none does. A conversation starter about choices the network
 * makes, never a score of the neighbourhood or its residents — so it counts tags, not people.
 */

import { HEALTH_DIMENSIONS, type HealthDimension } from '../vocabulary.js';

export type CoverageSource = 'goal' | 'ladder' | 'action';

export interface HealthTagged {
  kind: CoverageSource;
  healthDimensions: readonly string[];
}

export interface DimensionCoverage {
  dimension: HealthDimension;
  goals: number;
  ladders: number;
  actions: number;
  total: number;
}

export interface HealthCoverage {
  /** All six, in the order of the vocabulary. */
  dimensions: DimensionCoverage[];
  /** The dimensions no goal, ladder or action addresses. */
  unaddressed: HealthDimension[];
}

const KNOWN = new Set<string>(HEALTH_DIMENSIONS);
const FIELD = { goal: 'goals', ladder: 'ladders', action: 'actions' } as const;

export function healthCoverage(items: readonly HealthTagged[]): HealthCoverage {
  const counts = new Map(
    HEALTH_DIMENSIONS.map((d) => [d, { dimension: d, goals: 0, ladders: 0, actions: 0, total: 0 }]),
  );
  for (const item of items) {
    // A tag given twice to one goal still means one goal addresses it.
    for (const tag of new Set(item.healthDimensions)) {
      if (!KNOWN.has(tag)) continue;
      const row = counts.get(tag as HealthDimension)!;
      row[FIELD[item.kind]]++;
      row.total++;
    }
  }
  const dimensions = [...counts.values()];
  return { dimensions, unaddressed: dimensions.filter((d) => d.total === 0).map((d) => d.dimension) };
}

const LABELS: Record<HealthDimension, { nl: string; en: string }> = {
  lichaamsfuncties: { nl: 'lichaamsfuncties', en: 'bodily functions' },
  'mentaal-welbevinden': { nl: 'mentaal welbevinden', en: 'mental wellbeing' },
  zingeving: { nl: 'zingeving', en: 'meaningfulness' },
  'kwaliteit-van-leven': { nl: 'kwaliteit van leven', en: 'quality of life' },
  meedoen: { nl: 'meedoen', en: 'participation' },
  'dagelijks-functioneren': { nl: 'dagelijks functioneren', en: 'daily functioning' },
};

export function healthDimensionName(dimension: HealthDimension, language: 'nl' | 'en'): string {
  return LABELS[dimension][language];
}

function list(names: string[], and: string): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}

/** The question that opens the conversation, with the dimensions nobody addresses. */
export function coverageText(coverage: HealthCoverage, language: 'nl' | 'en'): string {
  const names = coverage.unaddressed.map((d) => healthDimensionName(d, language));
  if (language === 'nl') {
    if (names.length === 0)
      return 'Jullie doelen, ladders en acties gaan samen over alle zes dimensies. Welke krijgt de meeste aandacht, en past dat bij jullie wijk?';
    return `Geen van jullie doelen, ladders en acties gaat over ${list(names, 'en')}. Welke dimensie laten jullie liggen, en is dat een keuze?`;
  }
  if (names.length === 0)
    return 'Together, your goals, ladders and actions cover all six dimensions. Which one gets the most attention, and does that suit your neighbourhood?';
  return `None of your goals, ladders and actions addresses ${list(names, 'or')}. Which dimension do you leave aside, and is that a choice?`;
}
