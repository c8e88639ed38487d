import { describe, expect, it } from 'vitest';
import { mulberry32, nearestRank, triangular } from './random.js';

describe('mulberry32', () => {
  it('gives the reference outputs of the C algorithm', () => {
    // The first five 32-bit outputs per seed, from a separate Python port of the C reference
    // (state += 0x6D2B79F5; z = (z ^ z >> 15) * (z | 1); z ^= z + (z ^ z >> 7) * (z | 61);
    // z ^ z >> 14, all mod 2^32), divided by 2^32.
    const reference: Record<number, number[]> = {
      1: [2693262067, 11749833, 2265367787, 4213581821, 4159151403],
      0: [1144304738, 1416247, 958946056, 627933444, 2007157716],
      42: [2581720956, 1925393290, 3661312704, 2876485805, 750819978],
    };
    for (const [seed, outputs] of Object.entries(reference)) {
      const random = mulberry32(Number(seed));
      expect(outputs.map(() => random())).toEqual(outputs.map((x) => x / 2 ** 32));
    }
  });

  it('stays in [0, 1) and treats the seed as an unsigned 32-bit number', () => {
    const random = mulberry32(7);
    for (let i = 0; i < 10_000; i++) {
      const x = random();
      expect(x >= 0 && x < 1).toBe(true);
    }
    expect(mulberry32(2 ** 32 + 1)()).toBe(mulberry32(1)());
  });
});

describe('triangular', () => {
  it('inverts the distribution function at hand-computed points', () => {
    // low 0, mode 1, high 4: F(mode) = (1 − 0)/(4 − 0) = 0.25.
    expect(triangular(0, 0, 1, 4)).toBe(0);
    expect(triangular(0.25, 0, 1, 4)).toBeCloseTo(1, 12);
    // u = 0.0625 < 0.25: x = 0 + √(0.0625 · 4 · 1) = 0.5
    expect(triangular(0.0625, 0, 1, 4)).toBeCloseTo(0.5, 12);
    // u = 0.5 > 0.25: x = 4 − √(0.5 · 4 · 3) = 4 − √6 = 1.5505…; check: F(x) = 1 − (4 − x)²/12 = 1 − 6/12 = 0.5
    expect(triangular(0.5, 0, 1, 4)).toBeCloseTo(4 - Math.sqrt(6), 12);
    expect(triangular(0.999999, 0, 1, 4)).toBeLessThan(4);
    expect(triangular(0.3, 5, 5, 5)).toBe(5);
  });

  it('has the mean (low + mode + high) / 3', () => {
    // Tri(10, 20, 60): mean 30. An even grid of u gives the mean almost exactly; seeded draws
    // within 3 standard errors (variance (a² + b² + c² − ab − ac − bc)/18 = (100 + 400 + 3600
    // − 200 − 600 − 1200)/18 = 116.67, so the standard error over 100,000 draws is 0.034).
    const n = 100_000;
    let grid = 0;
    for (let k = 0; k < n; k++) grid += triangular((k + 0.5) / n, 10, 20, 60);
    expect(grid / n).toBeCloseTo(30, 3);
    const random = mulberry32(3);
    let drawn = 0;
    for (let k = 0; k < n; k++) drawn += triangular(random(), 10, 20, 60);
    expect(Math.abs(drawn / n - 30)).toBeLessThan(3 * Math.sqrt(116.67 / n));
  });
});

describe('nearestRank', () => {
  it('takes the value at position ⌈p·N/100⌉', () => {
    const ten = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    // N = 10: p5 → ⌈0.5⌉ = 1 → 10; p50 → 5 → 50; p95 → ⌈9.5⌉ = 10 → 100.
    expect([5, 50, 95].map((p) => nearestRank(ten, p))).toEqual([10, 50, 100]);
    const twenty = Array.from({ length: 20 }, (_, i) => i + 1);
    // N = 20: p5 → 1; p50 → 10; p95 → 19.
    expect([5, 50, 95].map((p) => nearestRank(twenty, p))).toEqual([1, 10, 19]);
    expect(nearestRank([7], 5)).toBe(7);
    expect(nearestRank([], 50)).toBeNull();
  });
});
