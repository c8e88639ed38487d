/**
 * Seeded random numbers, the same on every machine: the Monte Carlo of the effect model, the
 * node order of Louvain, and the random graphs of tests.
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
