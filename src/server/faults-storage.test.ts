import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, onSqlite, type TestApp } from '../test/harness.js';
import { storageFault } from './errors.js';

const json = (res: { body: string }) => JSON.parse(res.body);

describe('which errors mean the disk cannot take a write', () => {
  it('full, read-only and failing storage, and nothing else', () => {
    expect(storageFault({ code: 'SQLITE_FULL' })).toBe('full');
    expect(storageFault({ code: 'ENOSPC' })).toBe('full');
    expect(storageFault({ code: 'SQLITE_READONLY' })).toBe('read-only');
    expect(storageFault({ code: 'SQLITE_READONLY_DBMOVED' })).toBe('read-only');
    expect(storageFault({ code: 'SQLITE_IOERR_WRITE' })).toBe('io-error');
    expect(storageFault({ code: 'SQLITE_CANTOPEN' })).toBe('io-error');
    expect(storageFault({ code: 'SQLITE_CONSTRAINT_UNIQUE' })).toBeUndefined();
    expect(storageFault(new Error('x'))).toBeUndefined();
  });
});

/**
 * A full disk on SQLite, made without mounting anything: max_page_count caps the database at the
 * pages it has. Saving answers 503 with a Dutch reason, reading goes on, /healthz says so, the
 * file stays intact, and once there is room again writes work without a restart.
 */
describe.runIf(onSqlite)('a full disk (sqlite)', () => {
  let t: TestApp | undefined;
  afterEach(async () => t?.close());

  it('a write answers 503 while the database is full, and works again once there is room', async () => {
    t = await createTestApp('sqlite');
    const sqlite = t.deps.database.sqlite!;
    const lead = await t.signIn('lead@voorbeeld.nl');
    const network = json(
      await t.request({
        method: 'POST',
        url: '/api/networks',
        cookie: lead.cookie,
        payload: { name: 'Vol', areaLevel: 'wijk', areaName: 'W' },
      }),
    );
    const addActor = (name: string) =>
      t!.request({
        method: 'POST',
        url: `/api/networks/${network.id}/actors`,
        cookie: lead.cookie,
        payload: { kind: 'organisation', name, domain: 'welzijn', description: 'y'.repeat(3000) },
      });
    expect((await addActor('Eerst')).statusCode).toBe(201);
    expect((await t.request({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);

    const pages = sqlite.pragma('page_count', { simple: true }) as number;
    const normalMax = sqlite.pragma('max_page_count', { simple: true }) as number;
    sqlite.pragma(`max_page_count = ${pages}`);

    const refused = await addActor('Vol');
    expect(refused.statusCode).toBe(503);
    expect(refused.headers['retry-after']).toBe('60');
    expect(json(refused).error).toEqual({
      code: 'storage_unavailable',
      message: expect.stringMatching(/^Opslaan lukt nu even niet/),
    });
    const health = await t.request({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(503);
    expect(json(health)).toEqual({ status: 'unavailable', database: 'sqlite', storage: 'full' });
    // Reading goes on.
    expect(
      (await t.request({ method: 'GET', url: `/api/networks/${network.id}`, cookie: lead.cookie })).statusCode,
    ).toBe(200);
    // Nothing half-written, nothing broken.
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(await t.deps.db.selectFrom('actors').select('name').where('name', '=', 'Vol').execute()).toEqual([]);
    expect(sqlite.inTransaction).toBe(false);

    const roomAt = Date.now();
    sqlite.pragma(`max_page_count = ${normalMax}`);
    expect((await t.request({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    const after = await addActor('Weer ruimte');
    expect(after.statusCode).toBe(201);
    console.info(`disk full: writes work again ${Date.now() - roomAt} ms after space is back`);
    const names = (await t.deps.db.selectFrom('actors').select('name').execute()).map((a) => a.name).sort();
    expect(names).toEqual(['Eerst', 'Weer ruimte']);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
