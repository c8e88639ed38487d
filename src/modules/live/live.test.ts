import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../test/harness.js';
import { SseClient, baseUrlOf } from '../../test/sse.js';
import { openDatabase } from '../../db/index.js';
import { buildApp } from '../../server/app.js';
import { EVENT_RETENTION_DAYS, purgeOldEvents } from '../../jobs/retention.js';

const json = (res: { body: string }) => JSON.parse(res.body);

describe.each(dialects)('live updates (%s)', (dialect) => {
  let t: TestApp;
  const clients: SseClient[] = [];
  afterEach(async () => {
    clients.splice(0).forEach((c) => c.close());
    await t?.close();
  });

  async function setUp() {
    t = await createTestApp(dialect);
    const base = await baseUrlOf(t.app);
    const lead = await t.signIn('lead@voorbeeld.nl');
    const partner = await t.signIn('partner@voorbeeld.nl');
    const outsider = await t.signIn('buiten@voorbeeld.nl');
    const network = json(
      await t.request({
        method: 'POST',
        url: '/api/networks',
        cookie: lead.cookie,
        payload: { name: 'Live', areaLevel: 'wijk', areaName: 'W' },
      }),
    );
    const inv = json(
      await t.request({
        method: 'POST',
        url: `/api/networks/${network.id}/invitations`,
        cookie: lead.cookie,
        payload: { role: 'partner' },
      }),
    );
    await t.request({
      method: 'POST',
      url: `/api/invitations/${inv.link.split('/').pop()}/accept`,
      cookie: partner.cookie,
    });
    return { base, lead, partner, outsider, network };
  }

  // How fast a change arrives is measured in bench/sse.mjs (500 streams, SQLite and PostgreSQL), not asserted here.
  it("a change by one member reaches another member's stream, and no outsider's", async () => {
    const { base, lead, partner, outsider, network } = await setUp();
    const mine = await SseClient.open(base, partner.cookie);
    const theirs = await SseClient.open(base, outsider.cookie);
    clients.push(mine, theirs);
    await mine.waitFor((m) => m.event === 'ready');
    await theirs.waitFor((m) => m.event === 'ready');

    const actor = json(
      await t.request({
        method: 'POST',
        url: `/api/networks/${network.id}/actors`,
        cookie: lead.cookie,
        payload: { kind: 'organisation', name: 'Buurthuis', domain: 'welzijn' },
      }),
    );
    const event = await mine.waitFor((m) => m.event === 'change' && JSON.parse(m.data).type === 'actor.create');
    expect(JSON.parse(event.data)).toEqual({ type: 'actor.create', networkId: network.id, entityId: actor.id });
    // Events say what changed, never the content.
    expect(event.data).not.toContain('Buurthuis');
    // The outsider's own change is published after the partner's event was sent, on the same stream
    // as the one the outsider must not get: had that one been sent, it would have come first.
    const own = json(
      await t.request({
        method: 'POST',
        url: '/api/networks',
        cookie: outsider.cookie,
        payload: { name: 'Eigen', areaLevel: 'wijk', areaName: 'E' },
      }),
    );
    await theirs.waitFor((m) => m.event === 'change' && JSON.parse(m.data).entityId === own.id);
    expect(theirs.messages.filter((m) => m.event === 'change' && JSON.parse(m.data).networkId === network.id)).toEqual(
      [],
    );
  });

  it('a browser that reconnects with Last-Event-ID gets what it missed', async () => {
    const { base, lead, partner, network } = await setUp();
    const first = await SseClient.open(base, partner.cookie);
    const ready = await first.waitFor((m) => m.event === 'ready');
    first.close();
    await t.request({
      method: 'PATCH',
      url: `/api/networks/${network.id}`,
      cookie: lead.cookie,
      payload: { ambition: 'Nieuw', version: 1 },
    });
    const again = await SseClient.open(base, partner.cookie, ready.id);
    clients.push(again);
    // The replay overlaps a little (events can arrive out of id order); the missed one is there.
    const missed = await again.waitFor((m) => m.event === 'change' && JSON.parse(m.data).type === 'network.update');
    expect(Number(missed.id)).toBeGreaterThan(Number(ready.id));
  });

  it('events older than a week are purged; newer ones stay', async () => {
    const { lead, network } = await setUp();
    await t.request({
      method: 'PATCH',
      url: `/api/networks/${network.id}`,
      cookie: lead.cookie,
      payload: { ambition: 'Nu', version: 1 },
    });
    const old = new Date(Date.now() - (EVENT_RETENTION_DAYS + 1) * 24 * 60 * 60_000).toISOString();
    await t.deps.db
      .insertInto('events')
      .values({ network_id: network.id, user_id: null, type: 'network.update', entity_id: network.id, created_at: old })
      .execute();
    const before = await t.deps.db.selectFrom('events').select(['created_at']).execute();
    expect(before.some((e) => e.created_at === old)).toBe(true);
    expect(await purgeOldEvents(t.deps.db)).toBe(1);
    const after = await t.deps.db.selectFrom('events').select(['created_at']).execute();
    expect(after.length).toBe(before.length - 1);
    expect(after.every((e) => e.created_at > old)).toBe(true);
  });

  it('someone added to a network starts receiving its events on the open stream', async () => {
    const { base, lead, outsider, network } = await setUp();
    const stream = await SseClient.open(base, outsider.cookie);
    clients.push(stream);
    await stream.waitFor((m) => m.event === 'ready');
    const inv = json(
      await t.request({
        method: 'POST',
        url: `/api/networks/${network.id}/invitations`,
        cookie: lead.cookie,
        payload: { role: 'meekijker' },
      }),
    );
    await t.request({
      method: 'POST',
      url: `/api/invitations/${inv.link.split('/').pop()}/accept`,
      cookie: outsider.cookie,
    });
    await stream.waitFor((m) => JSON.parse(m.data).type === 'member.create');
    await t.request({
      method: 'PATCH',
      url: `/api/networks/${network.id}`,
      cookie: lead.cookie,
      payload: { name: 'Live 2', version: 1 },
    });
    await stream.waitFor((m) => JSON.parse(m.data).type === 'network.update');
  });
});

describe.runIf(dialects.includes('postgres'))('live updates across processes (PostgreSQL LISTEN/NOTIFY)', () => {
  it('a change made through process A reaches a browser connected to process B', async () => {
    const a = await createTestApp('postgres');
    const schema = (
      await a.deps.db.selectNoFrom((eb) => eb.fn<string>('current_schema', []).as('s')).executeTakeFirstOrThrow()
    ).s;
    const database = await openDatabase({ url: process.env.TEST_DATABASE_URL!, schema });
    const b = await buildApp(
      { ...a.config, databaseUrl: process.env.TEST_DATABASE_URL },
      { database, logger: false, mailer: { send: async () => undefined } },
    );
    try {
      const baseB = await baseUrlOf(b.app);
      const lead = await a.signIn('lead@voorbeeld.nl');
      const network = json(
        await a.request({
          method: 'POST',
          url: '/api/networks',
          cookie: lead.cookie,
          payload: { name: 'Twee', areaLevel: 'wijk', areaName: 'W' },
        }),
      );
      const stream = await SseClient.open(baseB, lead.cookie);
      await stream.waitFor((m) => m.event === 'ready');
      await a.request({
        method: 'PATCH',
        url: `/api/networks/${network.id}`,
        cookie: lead.cookie,
        payload: { name: 'Twee!', version: 1 },
      });
      const event = await stream.waitFor((m) => m.event === 'change' && JSON.parse(m.data).type === 'network.update');
      expect(JSON.parse(event.data).networkId).toBe(network.id);
      stream.close();
    } finally {
      await b.app.close();
      await a.close();
    }
  });
});
