import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { dialects } from '../test/dialects.js';
import { cli, freshPostgresDatabase, startServer, type Server } from '../test/child.js';

/**
 * Nothing lost: a server killed without warning (SIGKILL, as a power cut or the OOM killer would)
 * keeps every write it answered with success, and comes back healthy on an intact database.
 */
describe.each(dialects)('crash safety (%s)', (dialect) => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it(
    'every acknowledged write survives SIGKILL in the middle of a stream of writes',
    { timeout: 120_000 },
    async () => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wijknet-crash-'));
      cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
      const env: NodeJS.ProcessEnv = { WIJKNET_DATA_DIR: dataDir, DATABASE_URL: '', SMTP_URL: '', LOG_LEVEL: 'warn' };
      if (dialect === 'postgres') {
        const fresh = await freshPostgresDatabase(process.env.TEST_DATABASE_URL!, 'wijknet_crash');
        cleanups.push(() => fresh.drop());
        env.DATABASE_URL = fresh.url;
      }

      const made = await cli(['token', 'create', '--email', 'kim@voorbeeld.nl', '--name', 'crashtest'], env);
      expect(made.code, made.stderr).toBe(0);
      const token = made.stdout.trim().split('\n').pop()!;
      expect(token).toMatch(/^wk_/);
      const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

      let server: Server = await startServer(env);
      cleanups.push(() => void server.proc.kill('SIGKILL'));
      const created = await fetch(`${server.baseUrl}/api/networks`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ name: 'Crashnetwerk', areaLevel: 'wijk', areaName: 'Overal' }),
      });
      expect(created.status).toBe(201);
      const networkId = ((await created.json()) as { id: string }).id;

      // Four writers in parallel; each remembers what the server confirmed.
      const acknowledged: string[] = [];
      let stop = false;
      let sent = 0;
      const writer = async (w: number) => {
        for (let i = 0; !stop; i++) {
          sent++;
          try {
            const res = await fetch(`${server.baseUrl}/api/networks/${networkId}/actors`, {
              method: 'POST',
              headers: auth,
              body: JSON.stringify({
                kind: 'organisation',
                name: `Partner ${w}-${i}`,
                domain: 'welzijn',
                description: 'x'.repeat(500),
              }),
            });
            if (res.status === 201) acknowledged.push(((await res.json()) as { id: string }).id);
          } catch {
            return; // the server is gone: this write's outcome is unknown, and that is allowed
          }
        }
      };
      const writers = [0, 1, 2, 3].map(writer);
      while (acknowledged.length < 60) await new Promise((r) => setTimeout(r, 5));
      server.proc.kill('SIGKILL');
      const exit = await server.exited;
      stop = true;
      await Promise.all(writers);
      expect(exit.signal).toBe('SIGKILL');
      expect(sent).toBeGreaterThan(acknowledged.length);

      if (dialect === 'sqlite') {
        // Opening after the crash replays the write-ahead log; the file must be intact.
        const db = new Database(path.join(dataDir, 'wijknet.sqlite'));
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.pragma('foreign_key_check')).toEqual([]);
        db.close();
      } else {
        const c = new pg.Client({ connectionString: env.DATABASE_URL });
        await c.connect();
        const { rows } = await c.query<{ n: string }>('select count(*) as n from actors where home_network_id = $1', [
          networkId,
        ]);
        expect(Number(rows[0].n)).toBeGreaterThanOrEqual(acknowledged.length);
        await c.end();
      }

      server = await startServer(env);
      const list = await fetch(`${server.baseUrl}/api/networks/${networkId}/actors`, { headers: auth });
      expect(list.status).toBe(200);
      const stored = new Set(((await list.json()) as { id: string }[]).map((a) => a.id));
      const lost = acknowledged.filter((id) => !stored.has(id));
      expect(lost, `${lost.length} of ${acknowledged.length} confirmed writes were lost`).toEqual([]);

      // And it takes new writes as before.
      const after = await fetch(`${server.baseUrl}/api/networks/${networkId}/actors`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ kind: 'organisation', name: 'Na de crash', domain: 'zorg' }),
      });
      expect(after.status).toBe(201);
      server.proc.kill('SIGTERM');
      expect((await server.exited).code).toBe(0);
    },
  );
});
