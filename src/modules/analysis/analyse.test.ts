import { afterEach, describe, expect, it } from 'vitest';
import { POOL_RETRY_AFTER_SECONDS } from '../../core/worker-pool.js';
import { createWorkerPool } from '../../server/worker-pool.js';
import { createTestApp, dialects, onSqlite, type TestApp } from '../../test/harness.js';
import { analyse, analyseOffLoop, analysisWork, POOL_MIN_WORK, type AnalysedRelation } from './analyse.js';
import type { ActorRef } from './schemas.js';
import { mulberry32 } from '../../domain/random.js';

// Issue #15: a large network is analysed on a worker thread of the pool, a small one in-process.
// Every test here goes through real worker threads.
const TEST_TASKS = new URL('../../test/worker-test-tasks.ts', import.meta.url);

const DOMAINS = ['zorg', 'wonen', 'welzijn', 'onderwijs', ''];

/**
 * A random network as the service reads it: equal and accented names, an empty domain, a duplicate
 * relation, a relation of an actor with itself and isolated actors, so every part of the view is filled.
 */
function network(n: number, m: number): { actors: ActorRef[]; relations: AnalysedRelation[] } {
  const random = mulberry32(15);
  const names = ['Buurthuis', 'Café de Hoek', 'Cafe de Hoek', 'Bibliotheek'];
  const actors = Array.from({ length: n }, (_, i) => ({
    id: `id-${i}`,
    name: i < names.length ? names[i] : i % 50 === 0 ? 'Buurthuis' : `Partner ${i}`,
    domain: DOMAINS[i % DOMAINS.length],
  }));
  const pick = () => `id-${Math.floor(random() * (n - 5))}`;
  const relations = Array.from({ length: m }, () => ({ actorAId: pick(), actorBId: pick() }));
  relations.push({ actorAId: 'id-1', actorBId: 'id-2' }, { actorAId: 'id-2', actorBId: 'id-1' });
  return { actors, relations };
}

describe.runIf(onSqlite)('the analysis on the worker pool (real threads)', () => {
  let pool: ReturnType<typeof createWorkerPool> | undefined;
  afterEach(async () => {
    await pool?.close();
    pool = undefined;
  });
  const make = () => (pool = createWorkerPool({ size: 1, queueLimit: 2, timeoutMs: 20_000 }));

  it('analyses a network above the threshold on a worker, with exactly the view of analyse() here', async () => {
    const { actors, relations } = network(450, 700);
    expect(analysisWork(actors.length, relations.length)).toBeGreaterThanOrEqual(POOL_MIN_WORK);
    const p = make();
    const viaPool = await analyseOffLoop(p, actors, relations);
    expect(p.stats().started).toBe(1);
    const here = analyse(actors, relations);
    // Deep and strict: every number the same double (Object.is), no property lost or added in the copy.
    expect(viaPool).toStrictEqual(here);
    expect(JSON.stringify(viaPool)).toBe(JSON.stringify(here));
    expect(here.reading.groups.length).toBeGreaterThan(1);
    expect(here.reading.isolated.length).toBeGreaterThan(0);
  });

  it('analyses a network below the threshold in-process: no worker is started', async () => {
    const { actors, relations } = network(60, 120);
    expect(analysisWork(actors.length, relations.length)).toBeLessThan(POOL_MIN_WORK);
    const p = make();
    expect(await analyseOffLoop(p, actors, relations)).toStrictEqual(analyse(actors, relations));
    expect(p.stats().started).toBe(0);
    // The threshold decides: the same small network with a threshold of 0 goes to a worker.
    expect(await analyseOffLoop(p, actors, relations, 0)).toStrictEqual(analyse(actors, relations));
    expect(p.stats().started).toBe(1);
  });
});

describe.each(dialects)('the analysis of a large network through the route (%s)', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  /** A gate a `test.block` job waits on until it is opened. */
  function gate() {
    const cells = new Int32Array(new SharedArrayBuffer(4));
    return {
      cells,
      open() {
        Atomics.store(cells, 0, 1);
        Atomics.notify(cells, 0);
      },
    };
  }

  it('goes through the pool: a full queue answers 503 with a Dutch message and Retry-After, then 200', async () => {
    t = await createTestApp(dialect, { workerThreads: 1, workerQueue: 0 }, { workerTasks: TEST_TASKS });
    const lead = await t.signIn('kartrekker@voorbeeld.nl');
    const net = await t.services.networks.create(lead.user, { name: 'Noord', areaLevel: 'wijk', areaName: 'Noord' });
    const base = `/api/networks/${net.id}`;
    const n = 750;
    const b64 = (lines: string[]) => Buffer.from(lines.join('\n'), 'utf8').toString('base64');
    const elements = ['Label;Type', ...Array.from({ length: n }, (_, i) => `Partner ${i};Organisatie`)];
    const connections = ['From;To', ...Array.from({ length: n - 1 }, (_, i) => `Partner ${i};Partner ${i + 1}`)];
    expect(analysisWork(n, n - 1)).toBeGreaterThanOrEqual(POOL_MIN_WORK);
    const imported = await t.request({
      method: 'POST',
      url: `${base}/exchange/import`,
      cookie: lead.cookie,
      payload: {
        files: [
          { fileName: 'elements.csv', contentBase64: b64(elements) },
          { fileName: 'connections.csv', contentBase64: b64(connections) },
        ],
      },
    });
    expect(imported.statusCode, imported.body.slice(0, 300)).toBe(201);

    // The one worker is busy and no job may wait: only an analysis on the pool can be refused.
    const g = gate();
    const busy = t.deps.pool.run('test.block', { gate: g.cells });
    const refused = await t.request({ method: 'GET', url: `${base}/analysis`, cookie: lead.cookie });
    expect(refused.statusCode).toBe(503);
    expect(refused.headers['retry-after']).toBe(String(POOL_RETRY_AFTER_SECONDS));
    expect(refused.json().error).toMatchObject({ code: 'server_busy', message: expect.stringContaining('erg druk') });
    g.open();
    await busy;

    const res = await t.request({ method: 'GET', url: `${base}/analysis`, cookie: lead.cookie });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    // A path of 750 actors: one part, the two middle actors are the brokers.
    expect(res.json().reading).toMatchObject({ actors: n, relations: n - 1, parts: 1, isolated: [] });
    expect(res.json().reading.brokers[0].name).toMatch(/^Partner 37[45]$/);

    const snapshot = await t.request({
      method: 'POST',
      url: `${base}/snapshots`,
      cookie: lead.cookie,
      payload: { label: 'Begin' },
    });
    expect(snapshot.statusCode, snapshot.body.slice(0, 300)).toBe(201);
    expect(snapshot.json().measures).toMatchObject({ actors: n, relations: n - 1, parts: 1 });
  }, 60_000);
});
