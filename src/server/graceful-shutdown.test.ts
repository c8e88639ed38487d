import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { cli, startServer, type Server } from '../test/child.js';
import { onSqlite } from '../test/dialects.js';

/**
 * SIGTERM (a deploy, a restart) loses nothing: a request that is still arriving is finished, live
 * streams are told to come back later and closed, the process exits 0 and SQLite is left whole.
 */
describe.runIf(onSqlite)('graceful shutdown (SQLite)', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const c of cleanups.splice(0).reverse()) c();
  });

  it(
    'finishes the slow request, ends the SSE stream with a retry hint, exits 0, and closes the database cleanly',
    { timeout: 90_000 },
    async () => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wijknet-shutdown-'));
      cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
      const env = { WIJKNET_DATA_DIR: dataDir, DATABASE_URL: '', SMTP_URL: '', LOG_LEVEL: 'warn' };
      const made = await cli(['token', 'create', '--email', 'kim@voorbeeld.nl'], env);
      const token = made.stdout.trim().split('\n').pop()!;
      const server: Server = await startServer(env);
      cleanups.push(() => void server.proc.kill('SIGKILL'));
      const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

      const created = await fetch(`${server.baseUrl}/api/networks`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ name: 'Afsluitnetwerk', areaLevel: 'wijk', areaName: 'Haven' }),
      });
      const networkId = ((await created.json()) as { id: string }).id;

      // A live stream, read until it says it is ready.
      const sse = await fetch(`${server.baseUrl}/api/events`, { headers: { authorization: auth.authorization } });
      expect(sse.status).toBe(200);
      const reader = sse.body!.getReader();
      const decoder = new TextDecoder();
      let streamText = '';
      let streamEnded = false;
      const pump = (async () => {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          streamText += decoder.decode(value, { stream: true });
        }
        streamEnded = true;
      })();
      while (!streamText.includes('event: ready')) await new Promise((r) => setTimeout(r, 10));
      const beforeShutdown = streamText.length;

      // A slow request: headers and half the body now, the rest after SIGTERM.
      const body = JSON.stringify({
        kind: 'initiative',
        name: 'Laat binnengekomen',
        domain: 'bewoners',
        description: 'y'.repeat(2000),
      });
      const url = new URL(`${server.baseUrl}/api/networks/${networkId}/actors`);
      const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = http.request(
          {
            host: url.hostname,
            port: url.port,
            path: url.pathname,
            method: 'POST',
            headers: { ...auth, 'content-length': Buffer.byteLength(body) },
          },
          (res) => {
            let text = '';
            res.on('data', (d: Buffer) => (text += d.toString()));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
          },
        );
        req.on('error', reject);
        req.write(body.slice(0, 1000));
        setTimeout(() => {
          server.proc.kill('SIGTERM');
          setTimeout(() => req.end(body.slice(1000)), 500);
        }, 200);
      });

      const answer = await response;
      expect(answer.status, answer.body).toBe(201);
      expect(JSON.parse(answer.body)).toMatchObject({ name: 'Laat binnengekomen' });

      await pump;
      expect(streamEnded).toBe(true);
      expect(streamText.slice(beforeShutdown)).toMatch(/^retry: \d+$/m);

      const exit = await server.exited;
      expect(exit, server.output.stderr).toEqual({ code: 0, signal: null });

      const file = path.join(dataDir, 'wijknet.sqlite');
      const wal = `${file}-wal`;
      // The last connection closing folds the write-ahead log into the database file.
      expect(fs.existsSync(wal) ? fs.statSync(wal).size : 0).toBe(0);
      const db = new Database(file, { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare('select name from actors').all()).toEqual([{ name: 'Laat binnengekomen' }]);
      db.close();
    },
  );
});
