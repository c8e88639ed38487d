/**
 * Scan results in plain sentences, Dutch (B1, "jullie") or English. The scorer returns codes and
 * numbers; these turn them into what a kartrekker reads next to the radar chart.
 */

import type { ScanScale } from './definition.js';
import { MIN_RESPONDENTS, type DimensionReading, type DimensionScore, type Spread, type TrendStep } from './score.js';
import type { Language } from './tips.js';

const oneDecimal: Record<Language, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};

/** 3,4 in Dutch, 3.4 in English. */
export function formatScore(value: number, language: Language): string {
  return oneDecimal[language].format(value);
}

export function tooFewText(n: number, language: Language): string {
  const missing = MIN_RESPONDENTS - n;
  return language === 'nl'
    ? `Nog te weinig antwoorden — nog ${missing} nodig.`
    : `Not enough answers yet — ${missing} more needed.`;
}

const SPREAD: Record<Spread, Record<Language, string>> = {
  agree: { nl: 'Jullie zijn het eens.', en: 'You agree.' },
  fair: { nl: 'Jullie zijn het redelijk eens.', en: 'You mostly agree.' },
  divided: { nl: 'De meningen lopen uiteen.', en: 'Opinions differ.' },
};

export function spreadText(spread: Spread, language: Language): string {
  return SPREAD[spread][language];
}

/**
 * "Gemiddeld 3,4 op een schaal van 1 tot 5 (12 mensen). Jullie zijn het redelijk eens." and, for
 * a weak dimension, a sentence that says so.
 */
export function dimensionText(
  score: DimensionScore,
  reading: DimensionReading | undefined,
  scale: ScanScale,
  language: Language,
): string {
  if (score.withheld || score.mean === null || !reading) return tooFewText(score.n, language);
  const mean = formatScore(score.mean, language);
  const parts =
    language === 'nl'
      ? [
          `Gemiddeld ${mean} op een schaal van ${scale.min} tot ${scale.max} (${score.n} mensen).`,
          spreadText(reading.spread, 'nl'),
        ]
      : [
          `Average ${mean} on a scale of ${scale.min} to ${scale.max} (${score.n} people).`,
          spreadText(reading.spread, 'en'),
        ];
  if (reading.weak) {
    parts.push(
      language === 'nl'
        ? 'Dit scoort lager dan het midden van de schaal.'
        : 'This scores below the middle of the scale.',
    );
  }
  return parts.join(' ');
}

/** "Gestegen met 0,4 sinds de vorige ronde." A change that rounds to 0,0 reads as unchanged. */
export function trendText(step: TrendStep, language: Language): string {
  const size = formatScore(Math.abs(step.change), language);
  if (Math.abs(step.change) < 0.05)
    return language === 'nl' ? 'Gelijk gebleven sinds de vorige ronde.' : 'Unchanged since the previous round.';
  if (step.change > 0)
    return language === 'nl' ? `Gestegen met ${size} sinds de vorige ronde.` : `Up ${size} since the previous round.`;
  return language === 'nl' ? `Gedaald met ${size} sinds de vorige ronde.` : `Down ${size} since the previous round.`;
}
