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
