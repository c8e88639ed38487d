import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../test/harness.js';
import { SseClient, baseUrlOf } from '../test/sse.js';
import { TcpProxy } from '../test/tcp-proxy.js';

const json = (res: { body: string }) => JSON.parse(res.body);

/**
 * PostgreSQL goes away and comes back (a restart, a failover, a broken network), seen through a
 * proxy the test cuts: the process lives, requests answer 503 meanwhile, and afterwards everything
 * works again without a restart, open live streams included.
 */
describe.skipIf(!dialects.includes('postgres'))('the database goes away and comes back (postgres)', () => {
  let t: TestApp | undefined;
  let proxy: TcpProxy | undefined;
  const clients: SseClient[] = [];
  afterEach(async () => {
    clients.splice(0).forEach((c) => c.close());
    await proxy?.restore().catch(() => undefined);
    await t?.close();
    await proxy?.stop();
  });

  it(
    'answers 503 during the cut, recovers within 5 s, and an open stream gets the changes of the gap and after',
    { timeout: 60_000 },
    async () => {
      const target = new URL(process.env.TEST_DATABASE_URL!);
      proxy = await TcpProxy.start({ host: target.hostname, port: Number(target.port || 5432) });
      const viaProxy = new URL(target);
      viaProxy.host = `127.0.0.1:${proxy.port}`;
      t = await createTestApp('postgres', { databaseUrl: viaProxy.toString() });
      const base = await baseUrlOf(t.app);
      const lead = await t.signIn('lead@voorbeeld.nl');
      const network = json(
        await t.request({
          method: 'POST',
          url: '/api/networks',
          cookie: lead.cookie,
          payload: { name: 'Storing', areaLevel: 'wijk', areaName: 'W' },
        }),
      );
      const stream = await SseClient.open(base, lead.cookie);
      clients.push(stream);
      await stream.waitFor((m) => m.event === 'ready');

      const acknowledged: string[] = [];
      const addActor = (name: string) =>
        t!.request({
          method: 'POST',
          url: `/api/networks/${network.id}/actors`,
          cookie: lead.cookie,
          payload: { kind: 'organisation', name, domain: 'welzijn' },
        });
      for (let i = 0; i < 3; i++) {
        const res = await addActor(`Voor ${i}`);
        expect(res.statusCode).toBe(201);
        acknowledged.push(json(res).id);
      }

      await proxy.cut();
      const during = await addActor('Tijdens');
      expect(during.statusCode).toBe(503);
      expect(during.headers['retry-after']).toBe('5');
      expect(json(during).error).toEqual({
        code: 'database_unavailable',
        message: expect.stringContaining('database is even niet bereikbaar'),
      });
      const read = await t.request({ method: 'GET', url: `/api/networks/${network.id}`, cookie: lead.cookie });
      expect(read.statusCode).toBe(503);
      const health = await t.request({ method: 'GET', url: '/healthz' });
      expect(health.statusCode).toBe(503);
      expect(health.headers['retry-after']).toBe('5');

      // Another process writes a change while this one cannot listen: its NOTIFY never reaches us.
      const other = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await other.connect();
      const gap = await other.query<{ id: string }>(
        `INSERT INTO ${t.deps.database.schema}.events (network_id, user_id, type, entity_id, created_at) VALUES ($1, NULL, 'network.update', $1, $2) RETURNING id`,
        [network.id, new Date().toISOString()],
      );
      await other.end();

      const restoredAt = Date.now();
      await proxy.restore();
      let healthyAfterMs = -1;
      while (Date.now() - restoredAt < 10_000) {
        if ((await t.request({ method: 'GET', url: '/healthz' })).statusCode === 200) {
          healthyAfterMs = Date.now() - restoredAt;
          break;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(healthyAfterMs).toBeGreaterThanOrEqual(0);
      expect(healthyAfterMs).toBeLessThan(5000);

      // The change stored during the gap reaches the stream once the hub listens again.
      const missed = await stream.waitFor((m) => m.id === String(gap.rows[0]!.id), 5000);
      expect(JSON.parse(missed.data)).toEqual({ type: 'network.update', networkId: network.id, entityId: network.id });

      const after = await addActor('Na');
      expect(after.statusCode).toBe(201);
      acknowledged.push(json(after).id);
      await stream.waitFor((m) => m.event === 'change' && JSON.parse(m.data).entityId === json(after).id, 5000);
      const recoveredAfterMs = Date.now() - restoredAt;
      expect(recoveredAfterMs).toBeLessThan(5000);
      console.info(
        `database back: /healthz 200 after ${healthyAfterMs} ms, live change on the open stream after ${recoveredAfterMs} ms`,
      );

      // Every write that was answered with success is there; the refused one is not.
      const stored = await t.deps.db
        .selectFrom('actors')
        .select(['id', 'name'])
        .where('id', 'in', acknowledged)
        .execute();
      expect(stored.map((a) => a.id).sort()).toEqual([...acknowledged].sort());
      const refused = await t.deps.db.selectFrom('actors').select('id').where('name', '=', 'Tijdens').execute();
      expect(refused).toEqual([]);
    },
  );

  it(
    'PostgreSQL ending every connection ("terminating connection due to administrator command", as a restart does) ends nothing here',
    { timeout: 60_000 },
    async () => {
      const target = new URL(process.env.TEST_DATABASE_URL!);
      proxy = await TcpProxy.start({ host: target.hostname, port: Number(target.port || 5432) });
      const viaProxy = new URL(target);
      viaProxy.host = `127.0.0.1:${proxy.port}`;
      t = await createTestApp('postgres', { databaseUrl: viaProxy.toString() });
      const base = await baseUrlOf(t.app);
      const lead = await t.signIn('lead@voorbeeld.nl');
      const network = json(
        await t.request({
          method: 'POST',
          url: '/api/networks',
          cookie: lead.cookie,
          payload: { name: 'Herstart', areaLevel: 'wijk', areaName: 'W' },
        }),
      );
      const stream = await SseClient.open(base, lead.cookie);
      clients.push(stream);
      await stream.waitFor((m) => m.event === 'ready');

      // The app's connections are the ones that come through the proxy: end those (57P01), the
      // LISTEN connection and the idle pool connections included.
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      const ended = await admin.query<{ ok: boolean }>(
        'SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE client_port = ANY($1::int[])',
        [proxy.upstreamPorts()],
      );
      await admin.end();
      expect(ended.rows.length).toBeGreaterThanOrEqual(2);
      const endedAt = Date.now();

      let changed: { statusCode: number; body: string } | undefined;
      while (Date.now() - endedAt < 5000) {
        changed = await t.request({
          method: 'PATCH',
          url: `/api/networks/${network.id}`,
          cookie: lead.cookie,
          payload: { ambition: 'Na de herstart', version: 1 },
        });
        if (changed.statusCode !== 503) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(changed!.statusCode).toBe(200);
      await stream.waitFor((m) => m.event === 'change' && JSON.parse(m.data).type === 'network.update', 5000);
      console.info(`connections ended: a change reached the open stream ${Date.now() - endedAt} ms later`);
    },
  );
});
