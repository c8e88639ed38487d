import { afterEach, describe, expect, it } from 'vitest';
import { parseEffectModel, type EffectModel } from '../../domain/effects/schema.js';
import { monteCarlo } from '../../domain/effects/uncertainty.js';
import { createWorkerPool } from '../../server/worker-pool.js';
import { handModel } from '../../test/effects-fixtures.js';
import { onSqlite } from '../../test/harness.js';
import { monteCarloOffLoop, POOL_MIN_RUNS } from './monte-carlo.js';

// Issue #15: the Monte Carlo of an effect model runs on a worker thread of the pool (real threads here).

/** The hand model with ranges on an input and on both outcomes, so the runs really differ. */
function rangedModel(): EffectModel {
  const file = handModel();
  file.inputs[0] = { ...file.inputs[0], low: { amount: 1200 }, high: { amount: 2500 } };
  file.outcomes[0] = { ...file.outcomes[0], low: { quantity: 60, deadweight: 0.3 }, high: { quantity: 140 } };
  file.outcomes[1] = { ...file.outcomes[1], low: { proxy: 600 }, high: { proxy: 1500, displacement: 0.8 } };
  const parsed = parseEffectModel(file);
  if (!parsed.ok) throw new Error(parsed.issues[0]?.message);
  return parsed.model;
}

describe.runIf(onSqlite)('the Monte Carlo on the worker pool (real threads)', () => {
  let pool: ReturnType<typeof createWorkerPool> | undefined;
  afterEach(async () => {
    await pool?.close();
    pool = undefined;
  });
  const make = () => (pool = createWorkerPool({ size: 1, queueLimit: 2, timeoutMs: 20_000 }));

  it('runs on a worker and gives the figures of monteCarlo() here, bit for bit', async () => {
    const model = rangedModel();
    const p = make();
    const viaPool = await monteCarloOffLoop(p, model, 10_000, 42);
    expect(p.stats().started).toBe(1);
    const { sortedRatios, ...here } = monteCarlo(model, 10_000, 42);
    // toStrictEqual compares every number with Object.is: the same double, not merely close.
    expect(viaPool).toStrictEqual(here);
    // The ranges matter: not every run is above 1, and the percentiles differ.
    expect(here.pRatioAbove1).toBeGreaterThan(0);
    expect(here.pRatioAbove1).toBeLessThan(1);
    expect(here.p05).toBeLessThan(here.p95!);
    expect(sortedRatios.length).toBe(10_000 - here.runsWithoutRatio);
    // Another seed, other figures: the seed really travels to the worker.
    expect((await monteCarloOffLoop(p, model, 10_000, 43)).p50).not.toBe(here.p50);
  });

  it('keeps a small number of runs in-process: no worker is started', async () => {
    const model = rangedModel();
    const p = make();
    const { sortedRatios: _, ...here } = monteCarlo(model, POOL_MIN_RUNS - 1, 7);
    expect(await monteCarloOffLoop(p, model, POOL_MIN_RUNS - 1, 7)).toStrictEqual(here);
    expect(p.stats().started).toBe(0);
  });
});
