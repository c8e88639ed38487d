import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, onSqlite, type TestApp } from '../test/harness.js';

describe.runIf(onSqlite)('web app fallback', () => {
  let t: TestApp;
  let webDir: string;

  beforeAll(async () => {
    webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wijknet-web-'));
    fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Wijknet</title>');
    t = await createTestApp('sqlite', { serveWeb: true, webDir });
  });
  afterAll(async () => {
    await t?.close();
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  it('serves index.html for a page address', async () => {
    const res = await t.request({ method: 'GET', url: '/netwerken/abc' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('<title>Wijknet</title>');
  });

  it('asks search engines to skip a results page unless its network chose indexing', async () => {
    const lead = await t.signIn('kartrekker-resultaten@voorbeeld.nl');
    const net = await t.services.networks.create(lead.user, { name: 'Oost', areaLevel: 'wijk', areaName: 'Oost' });
    const put = (indexable: boolean, version: number) =>
      t.request({
        method: 'PUT',
        url: `/api/networks/${net.id}/results`,
        cookie: lead.cookie,
        payload: {
          enabled: true,
          fields: { ambition: true, goals: false, done: false, effects: false },
          modelId: null,
          versionNumber: null,
          indexable,
          version,
        },
      });
    const on = JSON.parse((await put(false, 1)).body);
    const page = await t.request({ method: 'GET', url: `/resultaten/${on.token}` });
    expect(page.statusCode).toBe(200);
    expect(page.headers['x-robots-tag']).toBe('noindex, nofollow');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    await put(true, on.version);
    expect(
      (await t.request({ method: 'GET', url: `/resultaten/${on.token}` })).headers['x-robots-tag'],
    ).toBeUndefined();
    const unknown = await t.request({ method: 'GET', url: '/resultaten/onbekend' });
    expect(unknown.headers['x-robots-tag']).toBe('noindex, nofollow');
    // Other pages are left alone.
    expect((await t.request({ method: 'GET', url: '/netwerken/abc' })).headers['x-robots-tag']).toBeUndefined();
  });

  it('answers a clean Dutch 500 when index.html disappeared under the running server', async () => {
    fs.rmSync(path.join(webDir, 'index.html'));
    const res = await t.request({ method: 'GET', url: '/netwerken/abc' });
    expect(res.statusCode).toBe(500);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.json()).toEqual({
      error: {
        code: 'web_missing',
        message: 'De webapp is niet gebouwd of is weggehaald. Bouw opnieuw met npm run build.',
      },
    });
    // API addresses are not pages: still a 404.
    expect((await t.request({ method: 'GET', url: '/api/bestaat-niet' })).statusCode).toBe(404);
  });
});
