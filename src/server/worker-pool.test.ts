import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../core/errors.js';
import { POOL_ERROR_CODES, POOL_RETRY_AFTER_SECONDS } from '../core/worker-pool.js';
import { createTestApp, dialects, onSqlite, type TestApp } from '../test/harness.js';
import { createWorkerPool } from './worker-pool.js';

// Every test here goes through real worker threads (the worker loads its TypeScript with tsx).
const TEST_TASKS = new URL('../test/worker-test-tasks.ts', import.meta.url);

/** A gate a `test.block` job waits on until `open` is called. */
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

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'resolved',
    (err: unknown) => (err instanceof AppError ? `${err.status} ${err.code}` : `error: ${(err as Error).message}`),
  );

type Echo = { input: unknown; threadId: number };

describe.runIf(onSqlite)('the worker pool (real threads)', () => {
  let pool: ReturnType<typeof createWorkerPool> | undefined;
  afterEach(async () => {
    await pool?.close();
    pool = undefined;
  });

  const make = (over: Partial<Parameters<typeof createWorkerPool>[0]> = {}) =>
    (pool = createWorkerPool({ size: 1, queueLimit: 2, timeoutMs: 20_000, extraTasks: TEST_TASKS, ...over }));

  it('runs a task on another thread and gives its result back; a task that throws fails only its job', async () => {
    const p = make();
    const a = await p.run<Echo>('test.echo', { hello: 'wereld', bytes: new Uint8Array([1, 2]) });
    expect(a.input).toEqual({ hello: 'wereld', bytes: new Uint8Array([1, 2]) });
    expect(a.threadId).toBeGreaterThan(0);
    await expect(p.run('test.throw', {})).rejects.toThrow(/expected failure inside the task/);
    await expect(p.run('bestaat.niet', {})).rejects.toThrow(/onbekende taak/);
    // The same worker carries on: a task's own error is not a crash.
    expect((await p.run<Echo>('test.echo', 1)).threadId).toBe(a.threadId);
    expect(p.stats().started).toBe(1);
  });

  it('stops a task over its time budget, replaces the worker and keeps serving', async () => {
    const p = make();
    const first = await p.run<Echo>('test.echo', 1);
    expect(await codeOf(p.run('test.loop', {}, { timeoutMs: 300 }))).toBe(`422 ${POOL_ERROR_CODES.timeout}`);
    const after = await p.run<Echo>('test.echo', 2);
    expect(after.input).toBe(2);
    expect(after.threadId).not.toBe(first.threadId);
    expect(p.stats().started).toBe(2);
  });

  it.each(['test.crash', 'test.exit'])(
    'a worker that dies (%s) fails only its own job and is replaced',
    async (task) => {
      const p = make({ size: 2 });
      const g = gate();
      const bystander = p.run<{ threadId: number }>('test.block', { gate: g.cells });
      expect(await codeOf(p.run(task, {}))).toBe(`503 ${POOL_ERROR_CODES.crashed}`);
      // The job on the other worker was not touched.
      g.open();
      expect((await bystander).threadId).toBeGreaterThan(0);
      expect((await p.run<Echo>('test.echo', 'nog steeds')).input).toBe('nog steeds');
    },
  );

  it('a worker that runs out of memory fails its job, not the server', async () => {
    const p = make({ maxMemoryMb: 64 });
    expect(await codeOf(p.run('test.oom', {}))).toBe(`503 ${POOL_ERROR_CODES.crashed}`);
    expect((await p.run<Echo>('test.echo', 'daarna')).input).toBe('daarna');
  });

  it('refuses at once with 503 when every worker is busy and the queue is full', async () => {
    const p = make({ size: 1, queueLimit: 1 });
    await p.run('test.echo', 0); // the worker is up and idle
    const g = gate();
    const running = p.run('test.block', { gate: g.cells });
    const waiting = p.run<Echo>('test.echo', 'wacht');
    expect(p.stats()).toMatchObject({ busy: 1, waiting: 1 });
    const refused = p.run('test.echo', 'te veel');
    expect(await codeOf(refused)).toBe(`503 ${POOL_ERROR_CODES.busy}`);
    // admit() says the same before a caller starts preparing a job, and lets it through again once there is room.
    expect(() => p.admit()).toThrow(expect.objectContaining({ status: 503, code: POOL_ERROR_CODES.busy }));
    g.open();
    await running;
    expect((await waiting).input).toBe('wacht');
    expect(() => p.admit()).not.toThrow();
  });

  it('close() ends the workers and fails what was still waiting', async () => {
    const p = make({ size: 1, queueLimit: 5 });
    await p.run('test.echo', 0);
    const g = gate();
    const running = codeOf(p.run('test.block', { gate: g.cells }));
    const waiting = codeOf(p.run('test.echo', 1));
    await p.close();
    expect(await running).toBe(`503 ${POOL_ERROR_CODES.crashed}`);
    expect(await waiting).toBe(`503 ${POOL_ERROR_CODES.busy}`);
    expect(p.stats().workers).toBe(0);
    expect(await codeOf(p.run('test.echo', 2))).toBe(`503 ${POOL_ERROR_CODES.busy}`);
  });
});

describe.each(dialects)('heavy work through a route (%s)', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  const csv = (rows: string[]) => Buffer.from(['Label;Type', ...rows].join('\n'), 'utf8').toString('base64');

  async function network() {
    const lead = await t.signIn('kartrekker@voorbeeld.nl');
    const net = await t.services.networks.create(lead.user, { name: 'Noord', areaLevel: 'wijk', areaName: 'Noord' });
    return { lead, url: `/api/networks/${net.id}/exchange/preview` };
  }

  it('a full queue answers 503 with a Dutch message and Retry-After; the server keeps answering', async () => {
    t = await createTestApp(dialect, { workerThreads: 1, workerQueue: 0 }, { workerTasks: TEST_TASKS });
    const { lead, url } = await network();
    const body = { files: [{ fileName: 'elements.csv', contentBase64: csv(['Buurthuis;Organisatie']) }] };
    await t.deps.pool.run('test.echo', 0);
    const g = gate();
    const busy = t.deps.pool.run('test.block', { gate: g.cells });

    const res = await t.request({ method: 'POST', url, cookie: lead.cookie, payload: body });
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe(String(POOL_RETRY_AFTER_SECONDS));
    expect(res.json().error).toMatchObject({ code: 'server_busy', message: expect.stringContaining('erg druk') });
    expect((await t.request({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);

    g.open();
    await busy;
    const ok = await t.request({ method: 'POST', url, cookie: lead.cookie, payload: body });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().actors.new).toBe(1);
  });

  it('a file that takes longer than the time budget is refused with 422 naming the budget', async () => {
    t = await createTestApp(dialect, { workerTimeoutMs: 1 });
    const { lead, url } = await network();
    const rows = Array.from({ length: 19_000 }, (_, i) => `Partner ${i};Organisatie`);
    const res = await t.request({
      method: 'POST',
      url,
      cookie: lead.cookie,
      payload: { files: [{ fileName: 'elements.csv', contentBase64: csv(rows) }] },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields.files).toMatch(/langer dan 1 seconde,/);
  });
});
