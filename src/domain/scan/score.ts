/**
 * Scoring a scan round. The rule is the same in the app and the CLI:
 * - a reverse item counts as `min + max − answer`;
 * - a respondent's dimension score is the mean of their answered items of that dimension, and
 *   counts only when `answered × 2 ≥ items of the dimension`;
 * - a dimension's result is the mean of those scores, their sample standard deviation (n − 1)
 *   and n; with n < 3 the mean and sd are withheld, so no one's answers can be read back.
 * Items switched off for a round are left out as if the definition did not have them.
 */

import type { ScanDefinition, ScanScale } from './definition.js';

/** Fewer respondents than this and a result could be traced back to a person. */
export const MIN_RESPONDENTS = 3;

/** One respondent's answers by item id; `null`/`undefined` or a missing key is "not answered". */
export type ResponseAnswers = Readonly<Record<string, number | null | undefined>>;

export interface ScoreOptions {
  /** Item ids switched off for this round. */
  switchedOff?: Iterable<string>;
}

export interface DimensionScore {
  id: string;
  /** Items of the dimension that count in this round. */
  items: number;
  mean: number | null;
  sd: number | null;
  n: number;
  withheld: boolean;
}

export interface RoundScore {
  respondents: number;
  /** In the definition's order; a dimension whose items are all switched off is left out. */
  dimensions: DimensionScore[];
}

/** A problem with the input that the caller should have caught: it names the item and the value. */
export class ScanScoreError extends Error {
  constructor(
    readonly code: 'unknown_item' | 'answer_off_scale',
    message: string,
  ) {
    super(message);
    this.name = 'ScanScoreError';
  }
}

/** True when `value` is a whole number on the scale. */
export function isOnScale(scale: ScanScale, value: number): boolean {
  return Number.isInteger(value) && value >= scale.min && value <= scale.max;
}

interface PreparedDimension {
  id: string;
  itemIds: string[];
  reverse: boolean[];
}

function prepare(definition: ScanDefinition, options: ScoreOptions): PreparedDimension[] {
  const off = new Set(options.switchedOff ?? []);
  const known = new Set(definition.dimensions.flatMap((d) => d.items.map((i) => i.id)));
  for (const itemId of off) {
    if (!known.has(itemId))
      throw new ScanScoreError('unknown_item', `De vraag "${itemId}" staat niet in de scan "${definition.id}".`);
  }
  const prepared: PreparedDimension[] = [];
  for (const dimension of definition.dimensions) {
    const items = dimension.items.filter((item) => !off.has(item.id));
    if (items.length === 0) continue;
    prepared.push({ id: dimension.id, itemIds: items.map((i) => i.id), reverse: items.map((i) => i.reverse === true) });
  }
  return prepared;
}

/** Mean and sample standard deviation; two passes, because one-pass formulas lose digits. */
export function meanAndSd(values: readonly number[]): { mean: number; sd: number } {
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / values.length;
  let squares = 0;
  for (const v of values) squares += (v - mean) * (v - mean);
  return { mean, sd: values.length > 1 ? Math.sqrt(squares / (values.length - 1)) : 0 };
}

export function scoreRound(
  definition: ScanDefinition,
  responses: readonly ResponseAnswers[],
  options: ScoreOptions = {},
): RoundScore {
  const { min, max } = definition.scale;
  const dimensions = prepare(definition, options).map((dimension): DimensionScore => {
    const count = dimension.itemIds.length;
    const scores: number[] = [];
    for (const answers of responses) {
      let sum = 0;
      let answered = 0;
      for (let i = 0; i < count; i++) {
        const value = answers[dimension.itemIds[i]];
        if (value === null || value === undefined) continue;
        if (!isOnScale(definition.scale, value)) {
          throw new ScanScoreError(
            'answer_off_scale',
            `Het antwoord ${value} op vraag "${dimension.itemIds[i]}" is geen heel getal van ${min} tot ${max}.`,
          );
        }
        sum += dimension.reverse[i] ? min + max - value : value;
        answered++;
      }
      if (answered * 2 >= count) scores.push(sum / answered);
    }
    const n = scores.length;
    if (n < MIN_RESPONDENTS) return { id: dimension.id, items: count, mean: null, sd: null, n, withheld: true };
    const { mean, sd } = meanAndSd(scores);
    return { id: dimension.id, items: count, mean, sd, n, withheld: false };
  });
  return { respondents: responses.length, dimensions };
}

export type Spread = 'agree' | 'fair' | 'divided';

/**
 * Spread in words. On a 1–5 scale: sd < 0.75 "jullie zijn het eens", from 1.0 "de meningen lopen
 * uiteen", "redelijk eens" in between; other scales scale the borders by (max − min) / 4.
 */
export function spreadOf(sd: number, scale: ScanScale): Spread {
  const factor = (scale.max - scale.min) / 4;
  if (sd < 0.75 * factor) return 'agree';
  if (sd < 1.0 * factor) return 'fair';
  return 'divided';
}

/** Weak: the mean lies below the middle of the scale. */
export function isWeak(mean: number, scale: ScanScale): boolean {
  return mean < (scale.min + scale.max) / 2;
}

export interface DimensionReading {
  id: string;
  spread: Spread;
  weak: boolean;
  divided: boolean;
}

/** How to read each dimension that has a result; withheld dimensions are left out. */
export function readRound(definition: ScanDefinition, round: RoundScore): DimensionReading[] {
  const readings: DimensionReading[] = [];
  for (const d of round.dimensions) {
    if (d.withheld || d.mean === null || d.sd === null) continue;
    const spread = spreadOf(d.sd, definition.scale);
    readings.push({ id: d.id, spread, weak: isWeak(d.mean, definition.scale), divided: spread === 'divided' });
  }
  return readings;
}

export interface TrendStep {
  /** Indexes into the rounds given, oldest first. */
  from: number;
  to: number;
  change: number;
}

export interface DimensionTrend {
  id: string;
  steps: TrendStep[];
}

/**
 * Per dimension the change of the mean between consecutive rounds, only where both rounds have
 * a result for it. Dimensions in the order they first appear.
 */
export function trendOf(rounds: readonly RoundScore[]): DimensionTrend[] {
  const trends = new Map<string, TrendStep[]>();
  rounds.forEach((round) => round.dimensions.forEach((d) => trends.has(d.id) || trends.set(d.id, [])));
  for (let r = 1; r < rounds.length; r++) {
    const before = new Map(rounds[r - 1].dimensions.map((d) => [d.id, d]));
    for (const after of rounds[r].dimensions) {
      const earlier = before.get(after.id);
      if (!earlier || earlier.mean === null || after.mean === null) continue;
      trends.get(after.id)!.push({ from: r - 1, to: r, change: after.mean - earlier.mean });
    }
  }
  return [...trends].map(([id, steps]) => ({ id, steps }));
}
