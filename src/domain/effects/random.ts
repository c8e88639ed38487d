/**
 * Seeded random numbers for the Monte Carlo, the same on every machine.
 *
 * mulberry32 (Tommy Ettinger, 2017; public domain), as in the C reference:
 *
 *   uint32_t z = (state += 0x6D2B79F5);
 *   z = (z ^ (z >> 15)) * (z | 1);
 *   z ^= z + (z ^ (z >> 7)) * (z | 61);
 *   return z ^ (z >> 14);
 *
 * All arithmetic is on unsigned 32-bit integers; the result divided by 2^32 gives a number in
 * [0, 1). The state starts at the seed (an integer 0 … 2^32 − 1).
 */

export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
}

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
