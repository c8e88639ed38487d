import { afterEach, describe, expect, it } from 'vitest';
import { addMember, createTestApp, dialects, memberContext, type TestApp } from '../../test/harness.js';
import type { LiveEvent } from '../../core/events.js';
import { SESSION_COOKIE } from '../../core/access.js';
import { SseClient, baseUrlOf } from '../../test/sse.js';

const json = (res: { body: string }) => JSON.parse(res.body);

describe.each(dialects)('samenwerkingsscan live in a werksessie (%s)', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  async function world() {
    t = await createTestApp(dialect);
    const lead = await t.signIn('kartrekker@voorbeeld.nl');
    const partner = await t.signIn('partner@voorbeeld.nl');
    const viewer = await t.signIn('meekijker@voorbeeld.nl');
    const net = await t.services.networks.create(lead.user, { name: 'Noord', areaLevel: 'wijk', areaName: 'Noord' });
    await addMember(t, net.id, partner.user.id, 'partner');
    await addMember(t, net.id, viewer.user.id, 'meekijker');
    const ctx = await memberContext(t, net.id, lead.user.id);
    const session = await t.services.sessions.start(ctx, { kind: 'ideas', allowAnonymous: true });
    const base = `/api/networks/${net.id}/scan`;
    const join = async (name: string) => {
      const res = await t.request({
        method: 'POST',
        url: '/api/sessie/join',
        payload: { code: session.code, name },
        remoteAddress: '10.9.8.7',
      });
      expect(res.statusCode, res.body).toBe(200);
      return json(res) as { token: string; state: { me: { id: string } } };
    };
    return { lead, partner, viewer, net, ctx, session, base, join };
  }

  const asGuest = (token: string, method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) =>
    t.request({ method, url, payload, headers: { 'x-guest-token': token } });

  it('runs a round question by question, takes each answer once, shows counts only, and results only after closing', async () => {
    const { lead, partner, viewer, net, session, base, join } = await world();
    const events: LiveEvent[] = [];
    t.deps.live.subscribe((e) => void events.push(e));

    const start = (cookie: string, payload: Record<string, unknown>) =>
      t.request({ method: 'POST', url: `${base}/live`, cookie, payload });
    const valid = { sessionId: session.id, instrumentId: 'wijknet-samenwerkingsscan', disabledItems: ['goal-4'] };
    expect((await start(partner.cookie, valid)).statusCode).toBe(403);
    const bad = await start(lead.cookie, { ...valid, disabledItems: ['bestaat-niet'] });
    expect(bad.statusCode).toBe(422);
    expect(json(bad).error.fields.disabledItems).toMatch(/[a-z]/);
    const started = await start(lead.cookie, valid);
    expect(started.statusCode, started.body).toBe(201);
    const live = json(started);
    expect(live).toMatchObject({
      label: 'T0',
      status: 'open',
      index: 0,
      total: 24,
      participants: 0,
      answeredCurrent: 0,
    });
    expect(live.item).toMatchObject({ id: 'goal-1' });
    expect(live.sessionId).toBe(session.id);
    const roundId: string = live.roundId;
    // One running round per session.
    expect((await start(lead.cookie, { ...valid, label: 'X' })).statusCode).toBe(409);

    const anna = await join('Anna');
    const bram = await join('Bram');
    const cor = await join('Cor');
    const phone = json(await asGuest(anna.token, 'GET', '/api/sessie/scan'));
    expect(phone.round).toMatchObject({ roundId, index: 0, item: { id: 'goal-1' }, status: 'open' });
    expect(phone.round.scale.labels['1']).toMatch(/oneens/);
    expect(Object.keys(phone.round)).not.toContain('participants');
    expect(Object.keys(phone.round)).not.toContain('answeredCurrent');

    const guestAnswer = (token: string, itemId: string, value: number, key?: string) =>
      asGuest(token, 'POST', '/api/sessie/scan/answers', { roundId, itemId, value, ...(key ? { key } : {}) });
    const a1 = await guestAnswer(anna.token, 'goal-1', 4);
    expect(a1.statusCode, a1.body).toBe(201);
    const annaKey: string = json(a1).key;
    // Once per question: again with the key, or again without it (a second answer set), is refused.
    const again = await guestAnswer(anna.token, 'goal-1', 1, annaKey);
    expect(again.statusCode).toBe(409);
    expect(json(again).error.message).toMatch(/al beantwoord/);
    expect((await guestAnswer(anna.token, 'goal-2', 1)).statusCode).toBe(409);
    // Off the scale, or not in this round.
    expect(json(await guestAnswer(bram.token, 'goal-1', 9)).error.fields.value).toMatch(/1/);
    expect((await guestAnswer(bram.token, 'goal-4', 3)).statusCode).toBe(422);
    // Another phone's key does not work for a guest who has not taken part.
    expect((await guestAnswer(bram.token, 'goal-2', 3, annaKey)).statusCode).toBe(409);

    const bramKey = json(await guestAnswer(bram.token, 'goal-1', 2)).key as string;
    const console1 = json(
      await t.request({ method: 'GET', url: `${base}/rounds/${roundId}/live`, cookie: lead.cookie }),
    );
    expect(console1).toMatchObject({ participants: 2, answeredCurrent: 2 });

    // The moderator moves on; a meekijker cannot.
    const move = (cookie: string, index: number) =>
      t.request({ method: 'PATCH', url: `${base}/rounds/${roundId}/live`, cookie, payload: { index } });
    expect((await move(viewer.cookie, 1)).statusCode).toBe(403);
    expect(json(await move(lead.cookie, 99)).error.fields.index).toMatch(/24/);
    const moved = await move(lead.cookie, 1);
    expect(moved.statusCode, moved.body).toBe(200);
    expect(json(moved)).toMatchObject({ index: 1, item: { id: 'goal-2' }, participants: 2, answeredCurrent: 0 });
    expect(json(await asGuest(bram.token, 'GET', '/api/sessie/scan')).round.item.id).toBe('goal-2');
    expect((await guestAnswer(anna.token, 'goal-2', 5, annaKey)).statusCode).toBe(201);
    expect((await guestAnswer(bram.token, 'goal-2', 4, bramKey)).statusCode).toBe(201);

    // A signed-in member answers from their own phone, identified by their membership.
    const memberAnswer = (cookie: string, itemId: string, value: number, key?: string) =>
      t.request({
        method: 'POST',
        url: `${base}/rounds/${roundId}/live/answers`,
        cookie,
        payload: { itemId, value, ...(key ? { key } : {}) },
      });
    const question = await t.request({
      method: 'GET',
      url: `${base}/rounds/${roundId}/live/question`,
      cookie: viewer.cookie,
    });
    expect(json(question)).toMatchObject({ index: 1, item: { id: 'goal-2' } });
    const m1 = await memberAnswer(viewer.cookie, 'goal-1', 3);
    expect(m1.statusCode, m1.body).toBe(201);
    expect((await memberAnswer(viewer.cookie, 'goal-2', 3, json(m1).key)).statusCode).toBe(201);
    expect((await memberAnswer(viewer.cookie, 'goal-3', 3)).statusCode).toBe(409);

    // Nothing before closing, and a removed guest can no longer answer.
    const results = () => t.request({ method: 'GET', url: `${base}/rounds/${roundId}/results`, cookie: viewer.cookie });
    expect(json(await results())).toMatchObject({ available: false, reason: 'open' });
    const corKey = json(await guestAnswer(cor.token, 'goal-1', 5)).key as string;
    const removed = await t.request({
      method: 'DELETE',
      url: `/api/networks/${net.id}/sessions/${session.id}/guests/${cor.state.me.id}`,
      cookie: lead.cookie,
    });
    expect(removed.statusCode).toBe(204);
    expect((await guestAnswer(cor.token, 'goal-2', 5, corKey)).statusCode).toBe(401);

    // Closing: then answers get a clear Dutch message, the phones' keys are forgotten, results come.
    const closed = await t.request({ method: 'POST', url: `${base}/rounds/${roundId}/close`, cookie: lead.cookie });
    expect(closed.statusCode, closed.body).toBe(200);
    const late = await guestAnswer(bram.token, 'goal-3', 3, bramKey);
    expect(late.statusCode).toBe(409);
    expect(json(late).error.message).toMatch(/gesloten/);
    expect(json(await asGuest(anna.token, 'GET', '/api/sessie/scan')).round).toMatchObject({
      status: 'closed',
      item: null,
    });
    const keys = await t.deps.db
      .selectFrom('scan_responses')
      .select('live_key')
      .where('round_id', '=', roundId)
      .execute();
    expect(keys.map((k) => k.live_key)).toEqual([null, null, null, null]);

    const res = json(await results());
    expect(res).toMatchObject({ available: true, respondents: 4 });
    // shared-goal has 3 items in this round (goal-4 off): two answered counts ("at least half").
    // Anna (4+5)/2 = 4.5, Bram (2+4)/2 = 3, member (3+3)/2 = 3; Cor answered 1 of 3: not counted.
    const goal = res.dimensions.find((d: { id: string }) => d.id === 'shared-goal');
    expect(goal.n).toBe(3);
    expect(goal.mean).toBeCloseTo(3.5, 10);
    expect(goal.sd).toBeCloseTo(Math.sqrt(0.75), 10);

    // The rounds list: a live round, with who took part as a count only.
    const rounds = json(await t.request({ method: 'GET', url: `${base}/rounds`, cookie: viewer.cookie }));
    expect(rounds[0]).toMatchObject({ mode: 'session', sessionId: session.id, answered: 4, status: 'closed' });
    // Who took part: no address, no time of their own, no way to an answer set.
    const takers = await t.deps.db.selectFrom('scan_invitations').selectAll().where('round_id', '=', roundId).execute();
    expect(takers).toHaveLength(4);
    expect(new Set(takers.map((r) => r.created_at)).size).toBe(1);
    expect(takers.every((r) => r.email === '')).toBe(true);

    // Live events of the round carry no content: counts are fetched, answers never travel.
    const scanEvents = events.filter((e) => e.type.startsWith('session.scan'));
    expect(scanEvents.length).toBeGreaterThan(5);
    expect(scanEvents.every((e) => e.data === undefined && e.entityId === session.id)).toBe(true);
  });

  it('is refused in an ended session, from another network and for a round of another session', async () => {
    const { lead, ctx, session, base, join } = await world();
    const guest = await join('Dirk');
    const other = await t.services.sessions.start(ctx, { kind: 'ideas', allowAnonymous: true });
    const r = json(
      await t.request({
        method: 'POST',
        url: `${base}/live`,
        cookie: lead.cookie,
        payload: { sessionId: other.id, instrumentId: 'wijknet-samenwerkingsscan' },
      }),
    );
    // A guest of the first session cannot answer the other session's round.
    const cross = await t.request({
      method: 'POST',
      url: '/api/sessie/scan/answers',
      headers: { 'x-guest-token': guest.token },
      payload: { roundId: r.roundId, itemId: 'goal-1', value: 3 },
    });
    expect(cross.statusCode).toBe(404);
    expect(
      json(await t.request({ method: 'GET', url: '/api/sessie/scan', headers: { 'x-guest-token': guest.token } }))
        .round,
    ).toBeNull();

    // Another network's kartrekker does not find the session.
    const elsewhere = await t.signIn('ander@voorbeeld.nl');
    const net2 = await t.services.networks.create(elsewhere.user, {
      name: 'Zuid',
      areaLevel: 'wijk',
      areaName: 'Zuid',
    });
    const foreign = await t.request({
      method: 'POST',
      url: `/api/networks/${net2.id}/scan/live`,
      cookie: elsewhere.cookie,
      payload: { sessionId: session.id, instrumentId: 'wijknet-samenwerkingsscan' },
    });
    expect(foreign.statusCode).toBe(404);
    expect(
      (
        await t.request({
          method: 'GET',
          url: `/api/networks/${net2.id}/scan/rounds/${r.roundId}/live`,
          cookie: elsewhere.cookie,
        })
      ).statusCode,
    ).toBe(404);

    // A round with links is not a live round.
    const links = json(
      await t.request({
        method: 'POST',
        url: `${base}/rounds`,
        cookie: lead.cookie,
        payload: { instrumentId: 'wijknet-samenwerkingsscan', closesOn: new Date().toISOString().slice(0, 10) },
      }),
    );
    expect(
      (await t.request({ method: 'GET', url: `${base}/rounds/${links.id}/live`, cookie: lead.cookie })).statusCode,
    ).toBe(409);

    // Ended session: no new live round, and its guests cannot answer.
    await t.request({
      method: 'POST',
      url: `/api/networks/${ctx.networkId}/sessions/${session.id}/end`,
      cookie: lead.cookie,
    });
    const ended = await t.request({
      method: 'POST',
      url: `${base}/live`,
      cookie: lead.cookie,
      payload: { sessionId: session.id, instrumentId: 'wijknet-samenwerkingsscan' },
    });
    expect(ended.statusCode).toBe(409);
    expect(json(ended).error.message).toMatch(/afgelopen/);
  });

  it('holds "once" when many phones answer at the same moment', async () => {
    const { lead, session, base, join } = await world();
    const started = await t.request({
      method: 'POST',
      url: `${base}/live`,
      cookie: lead.cookie,
      payload: { sessionId: session.id, instrumentId: 'wijknet-samenwerkingsscan' },
    });
    const roundId: string = json(started).roundId;
    const guests: { token: string }[] = [];
    for (let i = 0; i < 20; i++) guests.push(await join(`Gast ${i}`));
    const answer = (token: string, itemId: string, value: number, key?: string) =>
      t.request({
        method: 'POST',
        url: '/api/sessie/scan/answers',
        headers: { 'x-guest-token': token },
        payload: { roundId, itemId, value, ...(key ? { key } : {}) },
      });

    // Every phone sends its first answer twice at once: one of each pair is stored.
    const first = await Promise.all(
      guests.flatMap((g) => [answer(g.token, 'goal-1', 4), answer(g.token, 'goal-1', 2)]),
    );
    for (let i = 0; i < guests.length; i++) {
      const codes = [first[2 * i].statusCode, first[2 * i + 1].statusCode].sort();
      expect(codes).toEqual([201, 409]);
    }
    // One phone taps the next question five times at once: one answer.
    const key = json(first.find((r, i) => i < 2 && r.statusCode === 201)!).key as string;
    const taps = await Promise.all([1, 2, 3, 4, 5].map((v) => answer(guests[0].token, 'goal-2', v, key)));
    expect(taps.filter((r) => r.statusCode === 201)).toHaveLength(1);
    expect(taps.filter((r) => r.statusCode === 409)).toHaveLength(4);

    const sets = await t.deps.db
      .selectFrom('scan_responses')
      .select('answers')
      .where('round_id', '=', roundId)
      .execute();
    expect(sets).toHaveLength(20);
    const items = sets.map((r) =>
      Object.keys(JSON.parse(r.answers) as object)
        .sort()
        .join(','),
    );
    expect(items.filter((x) => x === 'goal-1,goal-2')).toHaveLength(1);
    expect(items.filter((x) => x === 'goal-1')).toHaveLength(19);
    const live = json(await t.request({ method: 'GET', url: `${base}/rounds/${roundId}/live`, cookie: lead.cookie }));
    expect(live).toMatchObject({ participants: 20, answeredCurrent: 20 });
  });

  it('tells the screens through the session stream that one more answered, and the phones only when the question moves', async () => {
    const { lead, net, session, base, join } = await world();
    const roundId: string = json(
      await t.request({
        method: 'POST',
        url: `${base}/live`,
        cookie: lead.cookie,
        payload: { sessionId: session.id, instrumentId: 'wijknet-samenwerkingsscan' },
      }),
    ).roundId;
    const anna = await join('Anna');
    const bram = await join('Bram');
    const url = await baseUrlOf(t.app);
    const phone = await SseClient.connect(`${url}/api/sessie/events`, { 'x-guest-token': bram.token });
    const screen = await SseClient.connect(`${url}/api/networks/${net.id}/sessions/${session.id}/events`, {
      cookie: `${SESSION_COOKIE}=${lead.cookie}`,
    });
    await phone.waitFor((m) => m.event === 'ready');
    await screen.waitFor((m) => m.event === 'ready');

    const sent = await t.request({
      method: 'POST',
      url: '/api/sessie/scan/answers',
      headers: { 'x-guest-token': anna.token },
      payload: { roundId, itemId: 'goal-1', value: 5 },
    });
    expect(sent.statusCode).toBe(201);
    const counted = await screen.waitFor(
      (m) => m.event === 'change' && JSON.parse(m.data).type === 'session.scanCount',
    );
    expect(JSON.parse(counted.data)).toEqual({ type: 'session.scanCount' });

    await t.request({
      method: 'PATCH',
      url: `${base}/rounds/${roundId}/live`,
      cookie: lead.cookie,
      payload: { index: 1 },
    });
    await phone.waitFor((m) => m.event === 'change' && JSON.parse(m.data).type === 'session.scan');
    // The phone heard the move, and before it nothing of the answer.
    const heard = phone.messages.filter((m) => m.event === 'change').map((m) => JSON.parse(m.data));
    expect(heard).toEqual([{ type: 'session.scan' }]);
    phone.close();
    screen.close();
  });
});
