import { afterEach, describe, expect, it } from 'vitest';
import { addMember, createTestApp, dialects, type TestApp } from '../../test/harness.js';
import { SseClient, baseUrlOf, type SseMessage } from '../../test/sse.js';
import { SESSION_COOKIE } from '../../core/access.js';

const json = (res: { body: string }) => JSON.parse(res.body);
const data = (m: SseMessage) =>
  JSON.parse(m.data) as {
    type: string;
    networkId?: string;
    entityId?: string;
    answer?: { text?: string; name?: string };
  };
const changes = (c: SseClient) => c.messages.filter((m) => m.event === 'change').map(data);

/**
 * Open streams follow access (issue 10, finding 2): what a person or guest may no longer see stops
 * within a second of the change that took it away. "Nothing more arrives" is shown by the stream
 * ending, or by a later marker event that did arrive; never by waiting a while.
 */
describe.each(dialects)('streams follow access (%s)', (dialect) => {
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
    const second = await t.signIn('tweede@voorbeeld.nl');
    const network = json(
      await t.request({
        method: 'POST',
        url: '/api/networks',
        cookie: lead.cookie,
        payload: { name: 'Stromen', areaLevel: 'wijk', areaName: 'W' },
      }),
    );
    const secondMember = await addMember(t, network.id, second.user.id, 'kartrekker');
    return { base, lead, second, secondMember, network };
  }
  const track = (c: SseClient) => {
    clients.push(c);
    return c;
  };
  const ready = async (c: SseClient) => {
    await c.waitFor((m) => m.event === 'ready');
    return c;
  };

  describe('/api/events', () => {
    it("ends when its browser signs out, while the same person's other browser keeps going", async () => {
      const { base, second, network, lead } = await setUp();
      const other = await t.signIn('tweede@voorbeeld.nl');
      const stream = await ready(track(await SseClient.open(base, second.cookie)));
      const otherStream = await ready(track(await SseClient.open(base, other.cookie)));
      expect((await t.request({ method: 'POST', url: '/api/auth/logout', cookie: second.cookie })).statusCode).toBe(
        204,
      );
      await stream.waitForEnd(1000);
      const actor = json(
        await t.request({
          method: 'POST',
          url: `/api/networks/${network.id}/actors`,
          cookie: lead.cookie,
          payload: { kind: 'organisation', name: 'Buurthuis', domain: 'welzijn' },
        }),
      );
      await otherStream.waitFor((m) => m.event === 'change' && data(m).entityId === actor.id);
      expect(otherStream.endedByServer).toBe(false);
      expect(changes(stream).some((c) => c.entityId === actor.id)).toBe(false);
    });

    it('ends when the API token it was opened with is revoked', async () => {
      const { base, second } = await setUp();
      const token = json(
        await t.request({
          method: 'POST',
          url: '/api/me/tokens',
          cookie: second.cookie,
          payload: { name: 'Koppeling' },
        }),
      );
      const stream = await ready(
        track(await SseClient.connect(`${base}/api/events`, { authorization: `Bearer ${token.token}` })),
      );
      expect(
        (await t.request({ method: 'DELETE', url: `/api/me/tokens/${token.id}`, cookie: second.cookie })).statusCode,
      ).toBe(204);
      await stream.waitForEnd(1000);
    });

    it('stops carrying a network once the person is removed from it', async () => {
      const { base, lead, second, secondMember, network } = await setUp();
      const own = json(
        await t.request({
          method: 'POST',
          url: '/api/networks',
          cookie: second.cookie,
          payload: { name: 'Eigen', areaLevel: 'wijk', areaName: 'E' },
        }),
      );
      const stream = await ready(track(await SseClient.open(base, second.cookie)));
      expect(
        (
          await t.request({
            method: 'DELETE',
            url: `/api/networks/${network.id}/members/${secondMember}`,
            cookie: lead.cookie,
          })
        ).statusCode,
      ).toBe(204);
      const actor = json(
        await t.request({
          method: 'POST',
          url: `/api/networks/${network.id}/actors`,
          cookie: lead.cookie,
          payload: { kind: 'organisation', name: 'Buurthuis', domain: 'welzijn' },
        }),
      );
      // The marker: a change in the network the person still has, published after the one they must not get.
      const marker = json(
        await t.request({
          method: 'PATCH',
          url: `/api/networks/${own.id}`,
          cookie: second.cookie,
          payload: { ambition: 'Verder', version: 1 },
        }),
      );
      expect(marker.id).toBe(own.id);
      await stream.waitFor(
        (m) => m.event === 'change' && data(m).type === 'network.update' && data(m).networkId === own.id,
      );
      expect(changes(stream).some((c) => c.entityId === actor.id)).toBe(false);
    });
  });

  describe('werksessie streams', () => {
    async function withSession() {
      const world = await setUp();
      const { lead, network } = world;
      const s = json(
        await t.request({
          method: 'POST',
          url: `/api/networks/${network.id}/sessions`,
          cookie: lead.cookie,
          payload: { kind: 'ideas', allowAnonymous: true, moderated: true },
        }),
      );
      const join = async (name: string) =>
        json(
          await t.request({
            method: 'POST',
            url: '/api/sessie/join',
            payload: { code: s.code, name },
            remoteAddress: '203.0.113.9',
          }),
        ) as { token: string; state: { me: { id: string } } };
      const screen = (cookie: string) =>
        SseClient.connect(`${world.base}/api/networks/${network.id}/sessions/${s.id}/events`, {
          cookie: `${SESSION_COOKIE}=${cookie}`,
        });
      const phone = (token: string) => SseClient.connect(`${world.base}/api/sessie/events`, { 'x-guest-token': token });
      const answer = (token: string, text: string) =>
        t.request({
          method: 'POST',
          url: '/api/sessie/answers',
          payload: { text },
          headers: { 'x-guest-token': token },
        });
      return { ...world, s, join, screen, phone, answer };
    }

    it('a kartrekker demoted to partner hears no more pending answers or guest names', async () => {
      const { lead, second, network, secondMember, join, screen, answer } = await withSession();
      const stream = await ready(track(await screen(second.cookie)));
      const demoted = await t.request({
        method: 'PATCH',
        url: `/api/networks/${network.id}/members/${secondMember}`,
        cookie: lead.cookie,
        payload: { role: 'partner', version: 1 },
      });
      expect(demoted.statusCode, demoted.body).toBe(200);
      await stream.waitForEnd(1000);
      const guest = await join('Fatima');
      expect((await answer(guest.token, 'Samen koken')).statusCode).toBe(201);
      expect(stream.messages.some((m) => m.data.includes('Fatima'))).toBe(false);
      // The lead's screen still runs.
      const leadScreen = await ready(track(await screen(lead.cookie)));
      await answer(guest.token, 'Samen wandelen');
      await leadScreen.waitFor((m) => data(m).answer?.text === 'Samen wandelen');
    });

    it('a kartrekker removed from the network, or signed out, loses the session stream', async () => {
      const { lead, second, network, secondMember, screen } = await withSession();
      const removed = await ready(track(await screen(second.cookie)));
      const signedOut = await ready(track(await screen(lead.cookie)));
      expect(
        (
          await t.request({
            method: 'DELETE',
            url: `/api/networks/${network.id}/members/${secondMember}`,
            cookie: lead.cookie,
          })
        ).statusCode,
      ).toBe(204);
      await removed.waitForEnd(1000);
      expect(signedOut.endedByServer).toBe(false);
      expect((await t.request({ method: 'POST', url: '/api/auth/logout', cookie: lead.cookie })).statusCode).toBe(204);
      await signedOut.waitForEnd(1000);
    });

    it('a removed guest hears nothing more; the other guests do', async () => {
      const { lead, network, s, join, phone } = await withSession();
      const gone = await join('Anna');
      const stays = await join('Bram');
      const goneStream = await ready(track(await phone(gone.token)));
      const staysStream = await ready(track(await phone(stays.token)));
      const res = await t.request({
        method: 'DELETE',
        url: `/api/networks/${network.id}/sessions/${s.id}/guests/${gone.state.me.id}`,
        cookie: lead.cookie,
      });
      expect(res.statusCode).toBe(204);
      await goneStream.waitForEnd(1000);
      await t.request({
        method: 'POST',
        url: `/api/networks/${network.id}/sessions/${s.id}/answers`,
        cookie: lead.cookie,
        payload: { text: 'Getypt voor Henk', name: 'Henk' },
      });
      await staysStream.waitFor((m) => data(m).answer?.text === 'Getypt voor Henk');
      expect(goneStream.messages.some((m) => m.data.includes('Henk'))).toBe(false);
    });

    it("the session's end reaches each phone, and then the phone's stream ends", async () => {
      const { lead, network, s, join, phone, screen } = await withSession();
      const guest = await join('Anna');
      const stream = await ready(track(await phone(guest.token)));
      const leadScreen = await ready(track(await screen(lead.cookie)));
      expect(
        (
          await t.request({
            method: 'POST',
            url: `/api/networks/${network.id}/sessions/${s.id}/end`,
            cookie: lead.cookie,
          })
        ).statusCode,
      ).toBe(200);
      await stream.waitForEnd(1000);
      expect(changes(stream).map((c) => c.type)).toEqual(['session.settings']);
      // The kartrekker's screen stays open: accepting answers goes on after the end.
      await leadScreen.waitFor((m) => m.event === 'change' && data(m).type === 'session.settings');
      expect(leadScreen.endedByServer).toBe(false);
    });
  });
});
