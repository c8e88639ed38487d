/** Seeded random numbers for the Monte Carlo: see ../random.ts. */
export { mulberry32 } from '../random.js';

/**
 * Triangular distribution between low and high with its peak at mode, by the inverse of its
 * distribution function: one uniform number u in [0, 1) gives one value. Mean (low + mode + high) / 3.
 */
export function triangular(u: number, low: number, mode: number, high: number): number {
  const width = high - low;
  if (width <= 0) return mode;
  const left = mode - low;
  if (u * width < left) return low + Math.sqrt(u * width * left);
  return high - Math.sqrt((1 - u) * width * (high - mode));
}

/** Nearest rank: the p-th percentile of N sorted values is the one at position ⌈p·N/100⌉ (from 1). */
export function nearestRank(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const position = Math.min(n, Math.max(1, Math.ceil((p * n) / 100)));
  return sorted[position - 1];
}
