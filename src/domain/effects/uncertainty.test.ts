import { describe, expect, it } from 'vitest';
import { calculate } from './calculate.js';
import { handModel } from '../../test/effects-fixtures.js';
import { parseEffectModel, type EffectModel, type EffectModelFile } from './schema.js';
import { monteCarlo, tornado } from './uncertainty.js';

function model(file: EffectModelFile): EffectModel {
  const parsed = parseEffectModel(file);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.model;
}

const plain = { quantity: 1, deadweight: 0, displacement: 0, attribution: 0, dropoff: 0, duration: 1 };

describe('tornado', () => {
  it('gives the ratio at each low and high with the rest at base, largest swing first', () => {
    // r = 0. Base: V = 10 · 100 · (1 − 0.2) = 800; PV_in = 1000 → ratio 0.8.
    // amount 800 / 1250 → 800/800 = 1.0 and 800/1250 = 0.64, swing 0.36
    // proxy 50 / 150    → 400/1000 = 0.4 and 1200/1000 = 1.2, swing 0.8
    // deadweight 0 / 0.5 → 1000/1000 = 1.0 and 500/1000 = 0.5, swing 0.5
    const t = tornado(
      model({
        discountRate: 0,
        inputs: [{ stakeholder: 'Gemeente', year: 1, amount: 1000, low: { amount: 800 }, high: { amount: 1250 } }],
        outcomes: [
          {
            name: 'Minder eenzaamheid',
            ...plain,
            quantity: 10,
            proxy: 100,
            deadweight: 0.2,
            beneficiaries: { Gemeente: 1 },
            low: { proxy: 50, deadweight: 0 },
            high: { proxy: 150, deadweight: 0.5 },
          },
        ],
      }),
    );
    expect(t.baseRatio).toBeCloseTo(0.8, 12);
    expect(t.bars.map((b) => [b.path, b.ratioLow, b.ratioHigh, b.swing])).toEqual([
      ['outcomes[0].proxy', expect.closeTo(0.4, 12), expect.closeTo(1.2, 12), expect.closeTo(0.8, 12)],
      ['outcomes[0].deadweight', expect.closeTo(1, 12), expect.closeTo(0.5, 12), expect.closeTo(0.5, 12)],
      ['inputs[0].amount', expect.closeTo(1, 12), expect.closeTo(0.64, 12), expect.closeTo(0.36, 12)],
    ]);
    expect(t.bars[0]).toMatchObject({ name: 'Minder eenzaamheid', low: 50, base: 100, high: 150 });
  });

  it('agrees with calculate() on the base ratio, drop-off and discounting included', () => {
    const m = model(handModel());
    expect(tornado(m).baseRatio).toBeCloseTo(calculate(m).ratio!, 12);
  });
});

describe('monteCarlo', () => {
  // Ratio = proxy / 1000 with proxy ~ Tri(500, 1000, 2000), so ratio ~ Tri(0.5, 1, 2):
  // F(1) = (1 − 0.5)/(2 − 0.5) = 1/3, so P(ratio > 1) = 2/3;
  // p05 = 0.5 + √(0.05 · 1.5 · 0.5) = 0.5 + √0.0375 = 0.693649
  // p50 = 2 − √(0.5 · 1.5 · 1) = 2 − √0.75 = 1.133975
  // p95 = 2 − √(0.05 · 1.5 · 1) = 2 − √0.075 = 1.726139
  const triangle = model({
    discountRate: 0,
    inputs: [{ stakeholder: 'Gemeente', year: 1, amount: 1000 }],
    outcomes: [
      { name: 'X', ...plain, proxy: 1000, beneficiaries: { Gemeente: 1 }, low: { proxy: 500 }, high: { proxy: 2000 } },
    ],
  });
  const exact = { p05: 0.5 + Math.sqrt(0.0375), p50: 2 - Math.sqrt(0.75), p95: 2 - Math.sqrt(0.075) };
  // Density of Tri(0.5, 1, 2) at those points: 2(x − 0.5)/0.75 left of 1, 2(2 − x)/1.5 right of it.
  const density = {
    p05: (2 * Math.sqrt(0.0375)) / 0.75,
    p50: (2 * Math.sqrt(0.75)) / 1.5,
    p95: (2 * Math.sqrt(0.075)) / 1.5,
  };

  it('is reproducible for a seed and differs between seeds', () => {
    const a = monteCarlo(triangle, 2000, 7);
    const b = monteCarlo(triangle, 2000, 7);
    const c = monteCarlo(triangle, 2000, 8);
    expect(b).toEqual(a);
    expect(c.p50).not.toBe(a.p50);
    expect(monteCarlo(triangle, 10).seed).toBe(1);
  });

  it('converges to the exact percentiles as the runs grow', () => {
    const errors = [100, 1000, 10_000, 100_000].map((runs) => {
      const mc = monteCarlo(triangle, runs, 1);
      // Within 4 standard errors of a sample quantile, √(p(1 − p)/N) / density.
      for (const [key, p] of [
        ['p05', 0.05],
        ['p50', 0.5],
        ['p95', 0.95],
      ] as const) {
        expect(Math.abs(mc[key]! - exact[key])).toBeLessThan((4 * Math.sqrt((p * (1 - p)) / runs)) / density[key]);
      }
      expect(Math.abs(mc.pRatioAbove1 - 2 / 3)).toBeLessThan(4 * Math.sqrt(2 / 9 / runs));
      return Math.max(...(['p05', 'p50', 'p95'] as const).map((k) => Math.abs(mc[k]! - exact[k])));
    });
    expect(errors[3]).toBeLessThan(0.01);
    expect(errors[3]).toBeLessThan(errors[0]);
  });

  it('draws in the documented order: inputs first, then each outcome field by field', () => {
    // Seed 1 gives u1 = 2693262067/2^32, u2 = 11749833/2^32, u3 = 2265367787/2^32.
    // u1 → inputs[0].amount ~ Tri(500, 1000, 1500); u1 = 0.627 > 0.5: 1500 − √((1 − u1)·1000·500) = 1068.186
    // u2 → outcomes[0].quantity ~ Tri(0, 1, 2); u2 = 0.00274 < 0.5: 0 + √(u2·2·1) = 0.073969
    // u3 → outcomes[0].proxy ~ Tri(0, 1000, 2000); u3 = 0.527 > 0.5: 2000 − √((1 − u3)·2000·1000) = 1027.834
    // r = 0 and one year: ratio = 0.073969 · 1027.834 / 1068.186 = 0.071175
    const u1 = 2693262067 / 2 ** 32;
    const u2 = 11749833 / 2 ** 32;
    const u3 = 2265367787 / 2 ** 32;
    const amount = 1500 - Math.sqrt((1 - u1) * 1000 * 500);
    const quantity = Math.sqrt(u2 * 2 * 1);
    const proxy = 2000 - Math.sqrt((1 - u3) * 2000 * 1000);
    const mc = monteCarlo(
      model({
        discountRate: 0,
        inputs: [{ stakeholder: 'A', year: 1, amount: 1000, low: { amount: 500 }, high: { amount: 1500 } }],
        outcomes: [
          {
            name: 'X',
            ...plain,
            proxy: 1000,
            beneficiaries: { A: 1 },
            low: { quantity: 0, proxy: 0 },
            high: { quantity: 2, proxy: 2000 },
          },
        ],
      }),
      1,
      1,
    );
    expect(mc.p50).toBeCloseTo((quantity * proxy) / amount, 12);
    expect(mc.p50).toBeCloseTo(0.0711749, 6);
    expect(mc.pRatioAbove1).toBe(0);
  });

  it('rounds durations to whole years', () => {
    // duration ~ Tri(1, 2, 3) rounded: P(1) = P(x < 1.5) = 0.5²/(2 · 1) = 0.125, P(3) = 0.125, P(2) = 0.75.
    // r = 0, V = 100, PV_in = 100: the ratio is the duration itself.
    const mc = monteCarlo(
      model({
        discountRate: 0,
        inputs: [{ stakeholder: 'A', year: 1, amount: 100 }],
        outcomes: [
          {
            name: 'X',
            ...plain,
            proxy: 100,
            duration: 2,
            beneficiaries: { A: 1 },
            low: { duration: 1 },
            high: { duration: 3 },
          },
        ],
      }),
      100_000,
    );
    const counts = new Map<number, number>();
    for (const r of mc.sortedRatios) counts.set(r, (counts.get(r) ?? 0) + 1);
    expect([...counts.keys()]).toEqual([1, 2, 3]);
    expect(counts.get(1)! / 100_000).toBeCloseTo(0.125, 2);
    expect(counts.get(2)! / 100_000).toBeCloseTo(0.75, 2);
    expect(mc.pRatioAbove1).toBeCloseTo(0.875, 2);
  });

  it('keeps runs without inputs out of the percentiles and counts them as not above 1', () => {
    // Hours ~ Tri(0, 0, 10) at rate 0: every run has PV_in = 0.
    const mc = monteCarlo(
      model({
        inputs: [{ stakeholder: 'A', year: 1, hours: 0, rate: 0, high: { hours: 10 } }],
        outcomes: [{ name: 'X', ...plain, proxy: 100, beneficiaries: { A: 1 } }],
      }),
      50,
    );
    expect(mc).toMatchObject({ runs: 50, runsWithoutRatio: 50, pRatioAbove1: 0, p05: null, p50: null, p95: null });
  });

  it('refuses a run count or seed that is not a whole number in range', () => {
    expect(() => monteCarlo(triangle, 0)).toThrow(RangeError);
    expect(() => monteCarlo(triangle, 1.5)).toThrow(RangeError);
    expect(() => monteCarlo(triangle, 10, -1)).toThrow(RangeError);
  });
});
