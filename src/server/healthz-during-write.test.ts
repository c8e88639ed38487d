import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../core/config.js';
import { openDatabase, sqliteFileFor } from '../db/index.js';
import { onSqlite } from '../test/harness.js';
import { buildApp, type Built } from './app.js';

/**
 * SQLite has one connection, and a transaction holds it to the end: an import of 20,000 partners
 * keeps it for seconds. /healthz must not queue behind such a write (issue: "A heavy job never
 * delays /healthz beyond 50 ms p99"), and must still tell a full disk it found before.
 */
describe.runIf(onSqlite)('/healthz while a long write holds the SQLite connection', () => {
  let built: Built | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await built?.app.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  async function app() {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wijknet-healthz-'));
    const database = await openDatabase({ url: sqliteFileFor(dir) });
    built = await buildApp(
      { ...loadConfig({}), dataDir: dir, serveWeb: false, logLevel: 'silent' },
      { database, logger: false, mailer: { send: async () => undefined } },
    );
    return built;
  }

  /** A write transaction that stays open until `release` is called, as an import's does. */
  function holdConnection({ deps }: Built) {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let begun!: () => void;
    const started = new Promise<void>((resolve) => (begun = resolve));
    const done = deps.db.transaction().execute(async (trx) => {
      await trx.insertInto('rate_limits').values({ key: 'import', window_start: 1, count: 1 }).execute();
      begun();
      await released;
    });
    return { started, release: () => (release(), done) };
  }

  const health = (b: Built) => b.app.inject({ method: 'GET', url: '/healthz' });
  /** The answer, or 'waited' when there is none within `ms` (it queued behind the write). */
  const within = <T>(p: Promise<T>, ms: number) =>
    Promise.race([p, new Promise<'waited'>((resolve) => setTimeout(() => resolve('waited'), ms))]);

  it('answers during the write, without waiting for it to end', async () => {
    const b = await app();
    expect((await health(b)).statusCode).toBe(200);
    const write = holdConnection(b);
    await write.started;
    expect(b.deps.database.sqlite!.inTransaction).toBe(true);
    const during = await within(health(b), 2000);
    expect(during === 'waited' ? during : [during.statusCode, during.json()]).toEqual([
      200,
      { status: 'ok', database: 'sqlite' },
    ]);
    await write.release();
    // Afterwards the probe writes again.
    expect((await health(b)).statusCode).toBe(200);
  });

  it('keeps saying the disk is full while a write runs, as its last write probe found', async () => {
    const b = await app();
    const sqlite = b.deps.database.sqlite!;
    const normalMax = sqlite.pragma('max_page_count', { simple: true }) as number;
    sqlite.pragma(`max_page_count = ${sqlite.pragma('page_count', { simple: true }) as number}`);
    const full = await health(b);
    expect([full.statusCode, full.json()]).toEqual([
      503,
      { status: 'unavailable', database: 'sqlite', storage: 'full' },
    ]);

    // A transaction that only reads can run on a full database; /healthz does not queue behind it.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let begun!: () => void;
    const started = new Promise<void>((resolve) => (begun = resolve));
    const reading = b.deps.db.transaction().execute(async (trx) => {
      await trx.selectFrom('rate_limits').selectAll().execute();
      begun();
      await released;
    });
    await started;
    const during = await within(health(b), 2000);
    expect(during === 'waited' ? during : [during.statusCode, during.json()]).toEqual([
      503,
      { status: 'unavailable', database: 'sqlite', storage: 'full' },
    ]);
    release();
    await reading;
    sqlite.pragma(`max_page_count = ${normalMax}`);
    expect((await health(b)).statusCode).toBe(200);
  });
});
