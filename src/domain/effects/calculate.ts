/**
 * The programme method (SROI/MKBA) exactly as in PRODUCT.md, "Reference formulas":
 *
 *   V     = q · p · (1 − dw) · (1 − ds) · (1 − at)        value in year 1
 *   V_t   = V · (1 − d)^(t − 1),  t = 1..D                 drop-off
 *   PV_o  = Σ_t V_t / (1 + r)^t                            outcomes at the end of their year
 *   PV_in = Σ I_t / (1 + r)^(t − 1)                        inputs at the start of theirs
 *
 * Every intermediate value is returned, so the app can show how each figure was computed.
 */

import type { EffectInput, EffectModel, EffectOutcome } from './schema.js';

export type EffectWarning =
  /** PV of the inputs is 0 (e.g. only unpaid hours): the ratio has no value. */
  | { code: 'ratio-without-cost' }
  /** Total benefit ≤ 0: a split in proportion to benefits has no meaning. */
  | { code: 'shares-without-benefit'; totalBenefit: number };

export interface InputLine {
  stakeholder: string;
  year: number;
  /** Nominal cost: the amount, or hours × rate. */
  cost: number;
  hours?: number;
  rate?: number;
  /** 1 / (1 + r)^(year − 1) */
  discountFactor: number;
  pv: number;
}

export interface OutcomeYear {
  year: number;
  /** V_t = V · (1 − d)^(t − 1) */
  value: number;
  /** 1 / (1 + r)^t */
  discountFactor: number;
  pv: number;
}

export interface BeneficiaryLine {
  stakeholder: string;
  share: number;
  /** share × PV_o */
  benefit: number;
}

export interface OutcomeLine {
  name: string;
  /** V, the value in year 1 after deadweight, displacement and attribution. */
  valueYear1: number;
  years: OutcomeYear[];
  pv: number;
  beneficiaries: BeneficiaryLine[];
}

export interface YearLine {
  year: number;
  /** Discounted inputs of this year. */
  inputs: number;
  /** Discounted outcomes of this year. */
  outcomes: number;
  cumulativeInputs: number;
  cumulativeOutcomes: number;
}

export interface StakeholderLine {
  name: string;
  /** PV of its inputs. */
  investment: number;
  /** Its share of each outcome's PV, summed. */
  benefit: number;
  /** benefit / total benefit; null for everyone when the total benefit is 0 or less. */
  proposedShare: number | null;
  /** proposedShare × PV_in: what the co-funding proposal asks of it. */
  proposedInvestment: number | null;
}

export interface EffectResult {
  discountRate: number;
  pvInputs: number;
  pvOutcomes: number;
  /** ΣPV_o / PV_in; null when PV_in is 0. */
  ratio: number | null;
  /** ΣPV_o − PV_in */
  npv: number;
  /** First year T whose cumulative discounted outcomes reach the cumulative discounted inputs. */
  paybackYear: number | null;
  /** The last year of any input or outcome. */
  horizon: number;
  inputs: InputLine[];
  outcomes: OutcomeLine[];
  years: YearLine[];
  /** Everyone who invests or benefits, by name in Unicode code-point order. */
  stakeholders: StakeholderLine[];
  totalBenefit: number;
  warnings: EffectWarning[];
}

/** Unicode code-point order, independent of locale (plain `<` compares UTF-16 units). */
export function compareCodePoints(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

export function inputCost(input: EffectInput): number {
  return input.kind === 'money' ? input.amount : input.hours * input.rate;
}

/** V = q · p · (1 − dw) · (1 − ds) · (1 − at) */
export function valueInYear1(
  o: Pick<EffectOutcome, 'quantity' | 'proxy' | 'deadweight' | 'displacement' | 'attribution'>,
): number {
  return o.quantity * o.proxy * (1 - o.deadweight) * (1 - o.displacement) * (1 - o.attribution);
}

function inputLine(input: EffectInput, r: number): InputLine {
  const cost = inputCost(input);
  const discountFactor = 1 / (1 + r) ** (input.year - 1);
  const line: InputLine = {
    stakeholder: input.stakeholder,
    year: input.year,
    cost,
    discountFactor,
    pv: cost * discountFactor,
  };
  if (input.kind === 'hours') Object.assign(line, { hours: input.hours, rate: input.rate });
  return line;
}

function outcomeLine(outcome: EffectOutcome, r: number): OutcomeLine {
  const valueYear1 = valueInYear1(outcome);
  const years: OutcomeYear[] = [];
  let pv = 0;
  for (let t = 1; t <= outcome.duration; t++) {
    const value = valueYear1 * (1 - outcome.dropoff) ** (t - 1);
    const discountFactor = 1 / (1 + r) ** t;
    years.push({ year: t, value, discountFactor, pv: value * discountFactor });
    pv += value * discountFactor;
  }
  const beneficiaries = Object.entries(outcome.beneficiaries)
    .sort(([a], [b]) => compareCodePoints(a, b))
    .map(([stakeholder, share]) => ({ stakeholder, share, benefit: share * pv }));
  return { name: outcome.name, valueYear1, years, pv, beneficiaries };
}

export function calculate(model: EffectModel): EffectResult {
  const r = model.discountRate;
  const inputs = model.inputs.map((input) => inputLine(input, r));
  const outcomes = model.outcomes.map((outcome) => outcomeLine(outcome, r));
  const pvInputs = inputs.reduce((sum, line) => sum + line.pv, 0);
  const pvOutcomes = outcomes.reduce((sum, line) => sum + line.pv, 0);
  const warnings: EffectWarning[] = [];

  const ratio = pvInputs === 0 ? null : pvOutcomes / pvInputs;
  if (ratio === null) warnings.push({ code: 'ratio-without-cost' });

  const horizon = Math.max(0, ...model.inputs.map((i) => i.year), ...model.outcomes.map((o) => o.duration));
  const years: YearLine[] = [];
  let cumulativeInputs = 0;
  let cumulativeOutcomes = 0;
  let paybackYear: number | null = null;
  for (let year = 1; year <= horizon; year++) {
    const yearInputs = inputs.filter((line) => line.year === year).reduce((sum, line) => sum + line.pv, 0);
    const yearOutcomes = outcomes.reduce((sum, line) => sum + (line.years[year - 1]?.pv ?? 0), 0);
    cumulativeInputs += yearInputs;
    cumulativeOutcomes += yearOutcomes;
    years.push({ year, inputs: yearInputs, outcomes: yearOutcomes, cumulativeInputs, cumulativeOutcomes });
    if (paybackYear === null && cumulativeOutcomes >= cumulativeInputs) paybackYear = year;
  }

  const byName = new Map<string, { investment: number; benefit: number }>();
  const entry = (name: string) => {
    let e = byName.get(name);
    if (!e) byName.set(name, (e = { investment: 0, benefit: 0 }));
    return e;
  };
  for (const line of inputs) entry(line.stakeholder).investment += line.pv;
  for (const line of outcomes) for (const b of line.beneficiaries) entry(b.stakeholder).benefit += b.benefit;

  const totalBenefit = [...byName.values()].reduce((sum, e) => sum + e.benefit, 0);
  const shared = totalBenefit > 0;
  if (!shared) warnings.push({ code: 'shares-without-benefit', totalBenefit });
  const stakeholders = [...byName.entries()]
    .sort(([a], [b]) => compareCodePoints(a, b))
    .map(([name, e]) => {
      const proposedShare = shared ? e.benefit / totalBenefit : null;
      return {
        name,
        investment: e.investment,
        benefit: e.benefit,
        proposedShare,
        proposedInvestment: proposedShare === null ? null : proposedShare * pvInputs,
      };
    });

  return {
    discountRate: r,
    pvInputs,
    pvOutcomes,
    ratio,
    npv: pvOutcomes - pvInputs,
    paybackYear,
    horizon,
    inputs,
    outcomes,
    years,
    stakeholders,
    totalBenefit,
    warnings,
  };
}
