/**
 * The Monte Carlo of an effect model for the server: on a worker thread of the pool (task
 * `effects.monteCarlo`, src/server/worker-tasks.ts), because 10,000 runs cost about 90 ms of CPU
 * that would hold up every other request; a few hundred runs (recording a co-funding split) stay
 * here. Seeded, so the figures are the same bit for bit wherever they are computed.
 */
import type { WorkerPool } from '../../core/worker-pool.js';
import type { EffectModel } from '../../domain/effects/schema.js';
import { monteCarlo, type MonteCarloResult } from '../../domain/effects/uncertainty.js';

/** The figures the server shows; the sorted ratios (80 kB for 10,000 runs) stay in the worker. */
export type MonteCarloFigures = Omit<MonteCarloResult, 'sortedRatios'>;

/** Fewer runs than this stay on the event loop: about 9 ms per 1,000 runs of a typical model, less than a worker's round trip is worth. */
export const POOL_MIN_RUNS = 1_000;

/** `monteCarlo` without its sorted ratios: what the task gives back, and the in-process path too. */
export function monteCarloFigures(model: EffectModel, runs: number, seed: number): MonteCarloFigures {
  const mc = monteCarlo(model, runs, seed);
  return {
    runs: mc.runs,
    seed: mc.seed,
    pRatioAbove1: mc.pRatioAbove1,
    p05: mc.p05,
    p50: mc.p50,
    p95: mc.p95,
    runsWithoutRatio: mc.runsWithoutRatio,
  };
}

/** The Monte Carlo on the pool (a full queue rejects with the pool's 503 and Retry-After), or here when it is small. */
export async function monteCarloOffLoop(
  pool: WorkerPool,
  model: EffectModel,
  runs: number,
  seed: number,
): Promise<MonteCarloFigures> {
  if (runs < POOL_MIN_RUNS) return monteCarloFigures(model, runs, seed);
  return pool.run<MonteCarloFigures>('effects.monteCarlo', { model, runs, seed });
}
