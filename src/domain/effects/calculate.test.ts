import { describe, expect, it } from 'vitest';
import { calculate, compareCodePoints } from './calculate.js';
import { handModel } from '../../test/effects-fixtures.js';
import { parseEffectModel, type EffectModel, type EffectModelFile } from './schema.js';

function model(file: EffectModelFile): EffectModel {
  const parsed = parseEffectModel(file);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.model;
}

// The hand model (src/test/effects-fixtures.ts), r = 0.1:
// Inputs, at the start of their year: Gemeente 1500 in year 1 → 1500 / 1.1^0 = 1500;
//   Gemeente 1100 in year 2 → 1100 / 1.1^1 = 1000; Buurthuis 10 h × € 50 = 500 in year 1 → 500.
//   PV_in = 1500 + 1000 + 500 = 3000.
// Outcome 1: V = 100 · 20 · (1 − 0.5) · (1 − 0) · (1 − 0.2) = 800; drop-off 0.5 over 3 years:
//   V_1 = 800, V_2 = 400, V_3 = 200; PV = 800/1.1 + 400/1.21 + 200/1.331
//   = 727.2727… + 330.5785… + 150.2630… = 1208.1142…
// Outcome 2: V = 2 · 1210 · 1 · (1 − 0.5) · 1 = 1210, no drop-off, 2 years:
//   PV = 1210/1.1 + 1210/1.21 = 1100 + 1000 = 2100.
const PV_1 = 800 / 1.1 + 400 / 1.21 + 200 / 1.331;
const PV_2 = 2100;

describe('calculate (programme method)', () => {
  const result = calculate(model(handModel()));

  it('discounts multi-year inputs at the start of their year and counts hours × rate', () => {
    expect(result.inputs.map((i) => i.cost)).toEqual([1500, 1100, 500]);
    expect(result.inputs[1].pv).toBeCloseTo(1000, 10);
    expect(result.inputs[2]).toMatchObject({ hours: 10, rate: 50, cost: 500, pv: 500 });
    expect(result.pvInputs).toBeCloseTo(3000, 10);
  });

  it('applies deadweight, displacement, attribution and drop-off, outcomes at the end of their year', () => {
    const [first, second] = result.outcomes;
    expect(first.valueYear1).toBeCloseTo(800, 10);
    expect(first.years.map((y) => y.value)).toEqual([800, 400, 200].map((v) => expect.closeTo(v, 10)));
    expect(first.years[0].pv).toBeCloseTo(727.2727272727, 8);
    expect(first.pv).toBeCloseTo(1208.1141998497, 8);
    expect(first.pv).toBeCloseTo(PV_1, 10);
    expect(second.years.map((y) => y.pv)).toEqual([expect.closeTo(1100, 10), expect.closeTo(1000, 10)]);
    expect(second.pv).toBeCloseTo(PV_2, 10);
  });

  it('gives the totals, ratio and net value', () => {
    // ΣPV_o = 1208.1142 + 2100 = 3308.1142; ratio = 3308.1142 / 3000 = 1.10270; npv = 308.1142.
    expect(result.pvOutcomes).toBeCloseTo(3308.1141998497, 8);
    expect(result.ratio).toBeCloseTo(1.1027047333, 9);
    expect(result.npv).toBeCloseTo(308.1141998497, 8);
    expect(result.warnings).toEqual([]);
  });

  it('finds the payback year: the first year whose cumulative discounted outcomes reach the inputs', () => {
    // Year 1: inputs 1500 + 500 = 2000; outcomes 727.27 + 1100 = 1827.27 → not yet.
    // Year 2: inputs 2000 + 1000 = 3000; outcomes 1827.27 + 330.58 + 1000 = 3157.85 → reached.
    expect(result.years[0].cumulativeInputs).toBeCloseTo(2000, 10);
    expect(result.years[0].cumulativeOutcomes).toBeCloseTo(727.2727272727 + 1100, 8);
    expect(result.paybackYear).toBe(2);
    expect(result.horizon).toBe(3);
  });

  it('gives a payback year of null when the outcomes never catch up within the horizon', () => {
    // Gemeente 2000 in year 1 instead of 1500: PV_in = 3500; by year 3 the outcomes reach only
    // 3308.11 (the horizon is 3, the longest duration), so never.
    const file = handModel();
    file.inputs[0] = { stakeholder: 'Gemeente', year: 1, amount: 2000 };
    const r = calculate(model(file));
    expect(r.pvInputs).toBeCloseTo(3500, 10);
    expect(r.ratio).toBeCloseTo(3308.1141998497 / 3500, 9);
    expect(r.paybackYear).toBeNull();
  });

  it('extends the horizon to the last input year, and counts payback in year 1', () => {
    // One outcome of 1 year (PV 110/1.1 = 100) against € 50 in year 1 and € 0 in year 4:
    // year 1 already reaches 50 → payback 1; the horizon is year 4.
    const r = calculate(
      model({
        discountRate: 0.1,
        inputs: [
          { stakeholder: 'A', year: 1, amount: 50 },
          { stakeholder: 'A', year: 4, amount: 0 },
        ],
        outcomes: [
          {
            name: 'X',
            quantity: 1,
            proxy: 110,
            deadweight: 0,
            displacement: 0,
            attribution: 0,
            dropoff: 0,
            duration: 1,
            beneficiaries: { A: 1 },
          },
        ],
      }),
    );
    expect(r.horizon).toBe(4);
    expect(r.paybackYear).toBe(1);
    expect(r.ratio).toBeCloseTo(2, 12);
  });

  it('splits each outcome among its beneficiaries and proposes shares in proportion to benefit', () => {
    // Gemeente: invests 1500 + 1000 = 2500; benefits 0.25 · 1208.1142 + 1 · 2100 = 2402.0285.
    // Zorgverzekeraar: invests 0; benefits 0.75 · 1208.1142 = 906.0856.
    // Buurthuis: invests 500 (hours × rate); benefits 0.
    // Total benefit 3308.1142 → shares 2402.0285 / 3308.1142 = 0.72610 and 906.0856 / 3308.1142 = 0.27390.
    expect(result.stakeholders.map((s) => s.name)).toEqual(['Buurthuis', 'Gemeente', 'Zorgverzekeraar']);
    const [buurthuis, gemeente, zorg] = result.stakeholders;
    expect(buurthuis).toMatchObject({ investment: 500, benefit: 0, proposedShare: 0 });
    expect(gemeente.investment).toBeCloseTo(2500, 10);
    expect(gemeente.benefit).toBeCloseTo(0.25 * PV_1 + PV_2, 10);
    expect(gemeente.benefit).toBeCloseTo(2402.0285499624, 8);
    expect(gemeente.proposedShare).toBeCloseTo(0.7261020645, 9);
    expect(zorg.investment).toBe(0);
    expect(zorg.benefit).toBeCloseTo(906.0856498873, 8);
    expect(zorg.proposedShare).toBeCloseTo(0.2738979355, 9);
    // The proposal asks 0.27390 · 3000 = 821.69 of the Zorgverzekeraar.
    expect(zorg.proposedInvestment).toBeCloseTo(821.6938066, 6);
    expect(result.outcomes[0].beneficiaries).toEqual([
      { stakeholder: 'Gemeente', share: 0.25, benefit: expect.closeTo(302.0285499624, 8) },
      { stakeholder: 'Zorgverzekeraar', share: 0.75, benefit: expect.closeTo(906.0856498873, 8) },
    ]);
  });

  it('gives no ratio, with a warning, when the only inputs are hours without a rate', () => {
    // PV_in = 100 h × € 0 = 0 → ratio null; the outcome (1 · 110 / 1.1 = 100) is still the npv.
    const r = calculate(
      model({
        discountRate: 0.1,
        inputs: [{ stakeholder: 'Vrijwilligers', year: 1, hours: 100, rate: 0 }],
        outcomes: [
          {
            name: 'X',
            quantity: 1,
            proxy: 110,
            deadweight: 0,
            displacement: 0,
            attribution: 0,
            dropoff: 0,
            duration: 1,
            beneficiaries: { Buurt: 1 },
          },
        ],
      }),
    );
    expect(r.pvInputs).toBe(0);
    expect(r.ratio).toBeNull();
    expect(r.npv).toBeCloseTo(100, 10);
    expect(r.warnings).toEqual([{ code: 'ratio-without-cost' }]);
    expect(r.stakeholders.map((s) => [s.name, s.proposedShare])).toEqual([
      ['Buurt', 1],
      ['Vrijwilligers', 0],
    ]);
  });

  it('proposes no shares, with a reason, when there is no benefit', () => {
    const r = calculate(model({ inputs: [{ stakeholder: 'Gemeente', year: 1, amount: 100 }], outcomes: [] }));
    expect(r.ratio).toBe(0);
    expect(r.stakeholders).toEqual([
      { name: 'Gemeente', investment: 100, benefit: 0, proposedShare: null, proposedInvestment: null },
    ]);
    expect(r.warnings).toEqual([{ code: 'shares-without-benefit', totalBenefit: 0 }]);
  });

  it('uses the default discount rate of 2.25%', () => {
    // 1000 in year 2 → 1000 / 1.0225 = 977.9951…
    const r = calculate(model({ inputs: [{ stakeholder: 'A', year: 2, amount: 1000 }], outcomes: [] }));
    expect(r.discountRate).toBe(0.0225);
    expect(r.pvInputs).toBeCloseTo(977.9951100244, 9);
  });
});

describe('compareCodePoints', () => {
  it('orders by Unicode code point, not by UTF-16 unit or locale', () => {
    // 'Z' U+005A < 'a' U+0061 < 'É' U+00C9 < '～' U+FF5E < '😀' U+1F600 (UTF-16 would put 😀, D83D, before ～).
    expect(['😀', 'É', 'a', '～', 'Zorg', 'Z'].sort(compareCodePoints)).toEqual(['Z', 'Zorg', 'a', 'É', '～', '😀']);
  });
});
