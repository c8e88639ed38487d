/**
 * The case method (casusmethode): for one typical resident, two timelines — with the
 * network's approach and without it (the reference) — of events and activities, priced from
 * the societal price list (maatschappelijke prijslijst). Per payer, the effect is
 *
 *   effect = cost in the reference − cost with the approach
 *
 * so a positive effect is what the approach saves that payer (its benefit), a negative one
 * what it costs that payer extra (its investment). Prices are first brought to one year:
 *
 *   indexed price = price × index[target year] / index[price year]
 *
 * A price may be empty (nobody has found a source yet) or lack a source: both are allowed and
 * reported, never filled in; an empty price counts as nothing and makes the total incomplete.
 */

import { compareCodePoints } from './calculate.js';

export interface PriceSource {
  title: string;
  publisher: string;
  year: number;
}

export interface PriceItem {
  id: string;
  item: string;
  /** What one unit is: "consult", "dag", "uur". */
  unit: string;
  /** € per unit in `year`; null while nobody has filled it in from a source. */
  price: number | null;
  payer: string;
  source: PriceSource | null;
  /** The year the price is expressed in. */
  year: number;
}

/** A stated price index, such as CBS's consumer price index (2015 = 100). */
export interface PriceIndex {
  name: string;
  values: Readonly<Record<number, number>>;
}

export interface CaseEntry {
  /** What happens, in the words of the werksessie: "Valt en breekt heup". */
  label: string;
  /** A price from the list; null when the line carries its own amount (`ownPrice`). */
  priceId: string | null;
  /** € per unit in the target year, used only when `priceId` is null (an own amount, with a note elsewhere). */
  ownPrice?: number | null;
  /** Who pays for this line; when absent, the payer of the price item. */
  payer?: string | null;
  quantity: number;
  /** Where on the timeline, free text ("maand 3"); only for showing the timeline. */
  when?: string;
}

export interface Case {
  name: string;
  withApproach: CaseEntry[];
  reference: CaseEntry[];
}

export type Scenario = 'withApproach' | 'reference';

export type CaseFlag =
  | { code: 'unknown-price'; scenario: Scenario; entry: number; priceId: string }
  | { code: 'missing-price'; scenario: Scenario; entry: number; priceId: string }
  | { code: 'missing-source'; priceId: string }
  /** A line with neither a price from the list nor an own amount. */
  | { code: 'no-price'; scenario: Scenario; entry: number }
  /** A line with an own amount but nobody who pays it. */
  | { code: 'no-payer'; scenario: Scenario; entry: number }
  | { code: 'missing-index'; priceId: string; year: number };

export interface PricedEntry extends CaseEntry {
  scenario: Scenario;
  payer: string | null;
  /** The price in the target year, or null when it cannot be used (see the flags). */
  unitPrice: number | null;
  cost: number;
}

export interface PayerEffect {
  payer: string;
  reference: number;
  withApproach: number;
  /** reference − withApproach: positive is a saving for this payer. */
  effect: number;
}

export interface CaseResult {
  name: string;
  year: number;
  entries: PricedEntry[];
  /** By payer in Unicode code-point order. */
  payers: PayerEffect[];
  total: PayerEffect;
  /** False when an entry could not be priced: the figures then count too little. */
  complete: boolean;
  flags: CaseFlag[];
}

export interface CaseOptions {
  /** The year all prices are brought to. */
  year: number;
  /** Needed only when a price's year differs from `year`. */
  index?: PriceIndex;
}

/** price × index[to] / index[from]; null when the index lacks either year. */
export function indexPrice(price: number, from: number, to: number, index: PriceIndex | undefined): number | null {
  if (from === to) return price;
  const a = index?.values[from];
  const b = index?.values[to];
  if (a === undefined || b === undefined || a <= 0) return null;
  return (price * b) / a;
}

export function evaluateCase(c: Case, prices: readonly PriceItem[], options: CaseOptions): CaseResult {
  const byId = new Map(prices.map((p) => [p.id, p]));
  const flags: CaseFlag[] = [];
  const flagged = new Set<string>();
  const flagOnce = (key: string, flag: CaseFlag) => {
    if (!flagged.has(key)) flags.push(flag);
    flagged.add(key);
  };
  let complete = true;
  const entries: PricedEntry[] = [];
  for (const scenario of ['reference', 'withApproach'] as const) {
    c[scenario].forEach((entry, i) => {
      let unitPrice: number | null = null;
      let payer: string | null = entry.payer ?? null;
      if (entry.priceId === null) {
        if (entry.ownPrice === undefined || entry.ownPrice === null) {
          flags.push({ code: 'no-price', scenario, entry: i });
        } else {
          unitPrice = entry.ownPrice;
          if (payer === null) flags.push({ code: 'no-payer', scenario, entry: i });
        }
      } else {
        const item = byId.get(entry.priceId);
        if (!item) {
          flags.push({ code: 'unknown-price', scenario, entry: i, priceId: entry.priceId });
        } else {
          payer ??= item.payer;
          if (item.price === null) {
            flags.push({ code: 'missing-price', scenario, entry: i, priceId: item.id });
          } else {
            if (item.source === null) flagOnce(`source:${item.id}`, { code: 'missing-source', priceId: item.id });
            unitPrice = indexPrice(item.price, item.year, options.year, options.index);
            if (unitPrice === null)
              flagOnce(`index:${item.id}`, { code: 'missing-index', priceId: item.id, year: item.year });
          }
        }
      }
      if (unitPrice === null || payer === null) complete = false;
      entries.push({
        ...entry,
        scenario,
        payer,
        unitPrice,
        cost: unitPrice === null ? 0 : unitPrice * entry.quantity,
      });
    });
  }
  const byPayer = new Map<string, PayerEffect>();
  for (const e of entries) {
    if (e.payer === null) continue;
    let p = byPayer.get(e.payer);
    if (!p) byPayer.set(e.payer, (p = { payer: e.payer, reference: 0, withApproach: 0, effect: 0 }));
    p[e.scenario] += e.cost;
  }
  const payers = [...byPayer.values()].sort((a, b) => compareCodePoints(a.payer, b.payer));
  const total: PayerEffect = { payer: '', reference: 0, withApproach: 0, effect: 0 };
  for (const p of payers) {
    p.effect = p.reference - p.withApproach;
    total.reference += p.reference;
    total.withApproach += p.withApproach;
  }
  total.effect = total.reference - total.withApproach;
  return { name: c.name, year: options.year, entries, payers, total, complete, flags };
}

/** A deep copy under a new name, to vary one case into another. */
export function copyCase(c: Case, name: string): Case {
  return {
    name,
    withApproach: c.withApproach.map((e) => ({ ...e })),
    reference: c.reference.map((e) => ({ ...e })),
  };
}

export interface Spread {
  mean: number;
  /** The middle value; with an even number of cases the mean of the two middle ones. */
  median: number;
  /** mean × residents: the effect for that many residents like these. */
  forResidents: number;
}

export interface CaseAggregate {
  cases: number;
  residents: number;
  /** Per payer over all cases (a case without that payer counts 0 for it). */
  payers: (Spread & { payer: string })[];
  total: Spread;
  complete: boolean;
}

function spread(values: number[], residents: number): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const mean = values.reduce((s, v) => s + v, 0) / n;
  const median = n % 2 === 1 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  return { mean, median, forResidents: mean * residents };
}

/** Mean and median effect per payer over the cases, and the total for `residents` residents. */
export function aggregateCases(results: readonly CaseResult[], residents: number): CaseAggregate {
  if (results.length === 0) throw new RangeError('aggregateCases needs at least one case');
  const names = [...new Set(results.flatMap((r) => r.payers.map((p) => p.payer)))].sort(compareCodePoints);
  return {
    cases: results.length,
    residents,
    payers: names.map((payer) => ({
      payer,
      ...spread(
        results.map((r) => r.payers.find((p) => p.payer === payer)?.effect ?? 0),
        residents,
      ),
    })),
    total: spread(
      results.map((r) => r.total.effect),
      residents,
    ),
    complete: results.every((r) => r.complete),
  };
}

export interface CaseGroupEntry {
  result: CaseResult;
  /** How many residents this case stands for (N ≥ 0). */
  residents: number;
}

export interface GroupSpread {
  /** Mean effect per case (each case counts once, whatever its N). */
  mean: number;
  /** The middle effect per case; with an even number of cases the mean of the two middle ones. */
  median: number;
  /** Σ effect × N over the cases: the effect for all the residents they stand for. */
  total: number;
}

export interface CaseGroupAggregate {
  cases: number;
  /** Σ N: the residents all cases together stand for. */
  residents: number;
  /** Per payer in code-point order (a case without that payer counts 0 for it). */
  payers: (GroupSpread & { payer: string })[];
  total: GroupSpread;
  complete: boolean;
}

function groupSpread(values: number[], residents: number[]): GroupSpread {
  const { mean, median } = spread(values, 1);
  return { mean, median, total: values.reduce((s, v, i) => s + v * residents[i], 0) };
}

/**
 * Cases that each stand for their own number of residents: per payer the mean and median effect
 * of one case, and the total effect for all the residents the cases stand for.
 */
export function aggregateCaseGroup(group: readonly CaseGroupEntry[]): CaseGroupAggregate {
  if (group.length === 0) throw new RangeError('aggregateCaseGroup needs at least one case');
  const residents = group.map((g) => g.residents);
  const names = [...new Set(group.flatMap((g) => g.result.payers.map((p) => p.payer)))].sort(compareCodePoints);
  return {
    cases: group.length,
    residents: residents.reduce((s, n) => s + n, 0),
    payers: names.map((payer) => ({
      payer,
      ...groupSpread(
        group.map((g) => g.result.payers.find((p) => p.payer === payer)?.effect ?? 0),
        residents,
      ),
    })),
    total: groupSpread(
      group.map((g) => g.result.total.effect),
      residents,
    ),
    complete: group.every((g) => g.result.complete),
  };
}

export interface PayerComparison {
  payer: string;
  /** The effect for this payer in case a and in case b. */
  a: number;
  b: number;
  /** b − a: how much more (positive) or less case b saves this payer than case a. */
  difference: number;
}

/** Two cases side by side per payer (a copy and its variation): effect in a, in b, and b − a. */
export function compareCases(a: CaseResult, b: CaseResult): { payers: PayerComparison[]; total: PayerComparison } {
  const names = [...new Set([...a.payers, ...b.payers].map((p) => p.payer))].sort(compareCodePoints);
  const effect = (r: CaseResult, payer: string) => r.payers.find((p) => p.payer === payer)?.effect ?? 0;
  const payers = names.map((payer) => {
    const x = effect(a, payer);
    const y = effect(b, payer);
    return { payer, a: x, b: y, difference: y - x };
  });
  return {
    payers,
    total: { payer: '', a: a.total.effect, b: b.total.effect, difference: b.total.effect - a.total.effect },
  };
}
