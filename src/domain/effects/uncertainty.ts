/**
 * Sensitivity of the ratio: a tornado (one assumption at a time at its low and high) and a
 * seeded Monte Carlo over all ranges at once ("Definitions for the effect model", PRODUCT.md).
 *
 * Both work on a flat list of slots, one per value that may carry a range, in the fixed order
 * that is also the order of the random draws:
 *   inputs in file order — amount, or hours then rate;
 *   then outcomes in file order — quantity, proxy, deadweight, displacement, attribution,
 *   dropoff, duration.
 * Every slot takes one draw in every run, also when it has no range (the draw is then not
 * used), so adding a range to one value does not change the draws of the others.
 */

import { mulberry32, nearestRank } from './random.js';
import { OUTCOME_FIELDS, type EffectModel, type InputField, type OutcomeField } from './schema.js';

export const DEFAULT_SEED = 1;
/** Enough for stable percentiles, small enough to stay well under a second. */
export const MAX_RUNS = 1_000_000;

type SlotKind = 'amount' | 'fraction' | 'duration';

export interface Slot {
  /** As in the file: `outcomes[2].deadweight`, `inputs[0].hours`. */
  path: string;
  item: 'input' | 'outcome';
  index: number;
  field: InputField | OutcomeField;
  /** The outcome's name or the input's stakeholder, for labels. */
  name: string;
  low: number;
  base: number;
  high: number;
}

const FRACTIONS: ReadonlySet<string> = new Set(['deadweight', 'displacement', 'attribution', 'dropoff']);

/** The model as flat arrays, so that thousands of runs allocate nothing. */
interface Layout {
  slots: Slot[];
  kinds: SlotKind[];
  /** Per input: 1 / (1 + r)^(year − 1), and whether it is hours × rate (two slots). */
  inputFactors: number[];
  inputIsHours: boolean[];
  outcomeCount: number;
  /** 1 / (1 + r)^t for t = 0..the longest possible duration. */
  outcomeFactors: Float64Array;
}

function layout(model: EffectModel): Layout {
  const slots: Slot[] = [];
  const kinds: SlotKind[] = [];
  const r = model.discountRate;
  model.inputs.forEach((input, index) => {
    const fields: InputField[] = input.kind === 'money' ? ['amount'] : ['hours', 'rate'];
    for (const field of fields) {
      const base = (input as unknown as Record<string, number>)[field];
      const low = (input.low as Record<string, number>)[field];
      const high = (input.high as Record<string, number>)[field];
      slots.push({
        path: `inputs[${index}].${field}`,
        item: 'input',
        index,
        field,
        name: input.stakeholder,
        low,
        base,
        high,
      });
      kinds.push('amount');
    }
  });
  let longest = 0;
  model.outcomes.forEach((outcome, index) => {
    longest = Math.max(longest, outcome.high.duration, outcome.duration);
    for (const field of OUTCOME_FIELDS) {
      slots.push({
        path: `outcomes[${index}].${field}`,
        item: 'outcome',
        index,
        field,
        name: outcome.name,
        low: outcome.low[field],
        base: outcome[field],
        high: outcome.high[field],
      });
      kinds.push(field === 'duration' ? 'duration' : FRACTIONS.has(field) ? 'fraction' : 'amount');
    }
  });
  const outcomeFactors = new Float64Array(longest + 1);
  for (let t = 0; t <= longest; t++) outcomeFactors[t] = 1 / (1 + r) ** t;
  return {
    slots,
    kinds,
    inputFactors: model.inputs.map((input) => 1 / (1 + r) ** (input.year - 1)),
    inputIsHours: model.inputs.map((input) => input.kind === 'hours'),
    outcomeCount: model.outcomes.length,
    outcomeFactors,
  };
}

/** ΣPV_o / PV_in for the values in slot order (the formulas of ./calculate.ts); null when PV_in is 0. */
function ratioOf(l: Layout, v: ArrayLike<number>): number | null {
  let s = 0;
  let pvInputs = 0;
  for (let i = 0; i < l.inputFactors.length; i++) {
    const cost = l.inputIsHours[i] ? v[s] * v[s + 1] : v[s];
    s += l.inputIsHours[i] ? 2 : 1;
    pvInputs += cost * l.inputFactors[i];
  }
  let pvOutcomes = 0;
  const f = l.outcomeFactors;
  for (let o = 0; o < l.outcomeCount; o++, s += 7) {
    const valueYear1 = v[s] * v[s + 1] * (1 - v[s + 2]) * (1 - v[s + 3]) * (1 - v[s + 4]);
    const keep = 1 - v[s + 5];
    const duration = v[s + 6];
    let value = valueYear1;
    for (let t = 1; t <= duration; t++) {
      pvOutcomes += value * f[t];
      value *= keep;
    }
  }
  return pvInputs === 0 ? null : pvOutcomes / pvInputs;
}

export interface TornadoBar extends Slot {
  ratioLow: number | null;
  ratioHigh: number | null;
  /** |ratioHigh − ratioLow|; null when either has no value. */
  swing: number | null;
}

export interface Tornado {
  baseRatio: number | null;
  /** Every value with a range, the largest swing first (no swing last; ties in slot order). */
  bars: TornadoBar[];
}

export function tornado(model: EffectModel): Tornado {
  const l = layout(model);
  const values = Float64Array.from(l.slots, (slot) => slot.base);
  const bars: TornadoBar[] = [];
  l.slots.forEach((slot, i) => {
    if (slot.low === slot.base && slot.high === slot.base) return;
    values[i] = slot.low;
    const ratioLow = ratioOf(l, values);
    values[i] = slot.high;
    const ratioHigh = ratioOf(l, values);
    values[i] = slot.base;
    const swing = ratioLow === null || ratioHigh === null ? null : Math.abs(ratioHigh - ratioLow);
    bars.push({ ...slot, ratioLow, ratioHigh, swing });
  });
  bars.sort((a, b) => (b.swing ?? -1) - (a.swing ?? -1));
  return { baseRatio: ratioOf(l, values), bars };
}

export interface MonteCarloResult {
  runs: number;
  seed: number;
  /** Share of all runs whose ratio exceeds 1. */
  pRatioAbove1: number;
  /** Nearest-rank percentiles of the runs that have a ratio; null when none has. */
  p05: number | null;
  p50: number | null;
  p95: number | null;
  /** Runs whose inputs came to 0, so without a ratio (they count as not above 1). */
  runsWithoutRatio: number;
  /** The ratios of the runs that have one, sorted, for a histogram. */
  sortedRatios: Float64Array;
}

export function monteCarlo(model: EffectModel, runs: number, seed = DEFAULT_SEED): MonteCarloResult {
  if (!Number.isInteger(runs) || runs < 1 || runs > MAX_RUNS)
    throw new RangeError(`runs must be a whole number 1..${MAX_RUNS}`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new RangeError('seed must be a whole number 0..2^32 − 1');
  const l = layout(model);
  const n = l.slots.length;
  // The triangular inverse of ./random.ts with its per-slot constants worked out once.
  const low = Float64Array.from(l.slots, (s) => s.low);
  const base = Float64Array.from(l.slots, (s) => s.base);
  const high = Float64Array.from(l.slots, (s) => s.high);
  const width = Float64Array.from(l.slots, (s) => s.high - s.low);
  const leftArea = Float64Array.from(l.slots, (s) => (s.high - s.low) * (s.base - s.low));
  const rightArea = Float64Array.from(l.slots, (s) => (s.high - s.low) * (s.high - s.base));
  const kinds = Uint8Array.from(l.kinds, (k) => (k === 'fraction' ? 1 : k === 'duration' ? 2 : 0));
  const values = Float64Array.from(base);
  const ratios = new Float64Array(runs);
  const random = mulberry32(seed);
  let withRatio = 0;
  let above1 = 0;
  for (let run = 0; run < runs; run++) {
    for (let i = 0; i < n; i++) {
      const u = random();
      const w = width[i];
      if (w === 0) continue;
      const x =
        u * w < base[i] - low[i] ? low[i] + Math.sqrt(u * leftArea[i]) : high[i] - Math.sqrt((1 - u) * rightArea[i]);
      const kind = kinds[i];
      values[i] = kind === 1 ? Math.min(1, Math.max(0, x)) : kind === 2 ? Math.max(1, Math.round(x)) : x;
    }
    const ratio = ratioOf(l, values);
    if (ratio === null) continue;
    ratios[withRatio++] = ratio;
    if (ratio > 1) above1++;
  }
  const sortedRatios = ratios.subarray(0, withRatio).sort();
  return {
    runs,
    seed,
    pRatioAbove1: above1 / runs,
    p05: nearestRank(sortedRatios, 5),
    p50: nearestRank(sortedRatios, 50),
    p95: nearestRank(sortedRatios, 95),
    runsWithoutRatio: runs - withRatio,
    sortedRatios,
  };
}
