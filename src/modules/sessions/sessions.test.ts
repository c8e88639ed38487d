import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dialects, memberContext, type TestApp } from '../../test/harness.js';
import { makePeople, makeWorld, sessionFor, type World } from '../../test/route-fixtures.js';
import { CODE_ALPHABET } from './schemas.js';
import { WRONG_CODE_LIMIT } from './service.js';
import { sessionRepository } from './repository.js';
import { newSessionCode } from '../common/session-code.js';
import { GUEST_RETENTION_DAYS, purgeGuestData } from '../../jobs/retention.js';
import { SseClient, baseUrlOf, type SseMessage } from '../../test/sse.js';
import { SESSION_COOKIE } from '../../core/access.js';

const data = (m: SseMessage) =>
  JSON.parse(m.data) as { type: string; visible?: boolean; answer?: { status?: string; text?: string } };

describe('session codes', () => {
  it('are 6 characters without look-alikes', () => {
    for (let i = 0; i < 500; i++) {
      const code = newSessionCode();
      expect(code).toMatch(/^[A-Z2-9]{6}$/);
      expect(code).not.toMatch(/[01OIL]/);
      for (const c of code) expect(CODE_ALPHABET).toContain(c);
    }
  });
});

describe.each(dialects)('werksessie (%s)', (dialect) => {
  let t: TestApp;
  let w: World;
  let cookie: string;
  let base: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const people = await makePeople(t);
    w = await makeWorld(t, people);
    cookie = await sessionFor(t, people.kartrekker.id);
    base = `/api/networks/${w.networkId}/sessions`;
  });
  afterAll(() => t?.close());

  async function start(body: Record<string, unknown> = { kind: 'ideas', allowAnonymous: true }) {
    const res = await t.request({ method: 'POST', url: base, cookie, payload: body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; code: string; qrSvg: string; joinUrl: string; version: number };
  }
  const join = (payload: Record<string, unknown>, ip = '203.0.113.7') =>
    t.request({ method: 'POST', url: '/api/sessie/join', payload, remoteAddress: ip });
  const asGuest = (token: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: Record<string, unknown>) =>
    t.request({ method, url, payload, headers: { 'x-guest-token': token } });
  const consoleOf = async (id: string) =>
    (await t.request({ method: 'GET', url: `${base}/${id}`, cookie })).json() as {
      answers: {
        id: string;
        status: string;
        text: string;
        version: number;
        guestId: string | null;
        acceptedAs: string;
        acceptedId: string | null;
      }[];
      guests: { id: string; name: string }[];
      status: string;
      code: string | null;
    };

  it('starts a session with a code, a join address and a QR code as SVG', async () => {
    const s = await start({ kind: 'card', column: 'waarden' });
    expect(s.code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    expect(s.joinUrl).toBe(`${t.config.publicUrl}/sessie/${s.code}`);
    expect(s.qrSvg.startsWith('<svg')).toBe(true);
    const bad = await t.request({ method: 'POST', url: base, cookie, payload: { kind: 'card' } });
    expect(bad.statusCode).toBe(422);
  });

  it('lets 60 phones behind one address join at once, each as their own guest', async () => {
    const s = await start();
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) => join({ code: s.code.toLowerCase(), name: `Deelnemer ${i}` })),
    );
    for (const r of results) expect(r.statusCode, r.body).toBe(200);
    const tokens = new Set(results.map((r) => (r.json() as { token: string }).token));
    expect(tokens.size).toBe(60);
    expect((await consoleOf(s.id)).guests).toHaveLength(60);
  });

  it('a phone that joins again with its token keeps its identity and its answers', async () => {
    const s = await start({ kind: 'ideas', moderated: false });
    const first = (await join({ code: s.code, name: 'Fatima' })).json() as {
      token: string;
      state: { me: { id: string } };
    };
    await asGuest(first.token, 'POST', '/api/sessie/answers', { text: 'Een buurtmaaltijd' });
    const again = (await join({ code: s.code, name: 'Fatima', token: first.token })).json() as {
      token: string;
      state: { me: { id: string; answers: unknown[] } };
    };
    expect(again.token).toBe(first.token);
    expect(again.state.me.id).toBe(first.state.me.id);
    expect(again.state.me.answers).toHaveLength(1);
    expect((await consoleOf(s.id)).guests).toHaveLength(1);
    const state = await asGuest(first.token, 'GET', '/api/sessie/state');
    expect(state.statusCode).toBe(200);
    expect((await asGuest('verzonnen-sleutel', 'GET', '/api/sessie/state')).statusCode).toBe(401);
  });

  it('names are required unless the kartrekker allows anonymous joining', async () => {
    const named = await start({ kind: 'ideas' });
    const res = await join({ code: named.code });
    expect(res.statusCode).toBe(422);
    expect((res.json() as { error: { fields: Record<string, string> } }).error.fields.name).toContain('naam');
    const anon = await start({ kind: 'ideas', allowAnonymous: true });
    expect((await join({ code: anon.code })).statusCode).toBe(200);
  });

  it('moderation: an answer stays hidden from others until the kartrekker approves it, then reaches phones live', async () => {
    const s = await start({ kind: 'card', column: 'relaties', moderated: true });
    const a = (await join({ code: s.code, name: 'Anna' })).json() as { token: string };
    const b = (await join({ code: s.code, name: 'Bram' })).json() as { token: string };
    const url = await baseUrlOf(t.app);
    const streamB = await SseClient.connect(`${url}/api/sessie/events`, { 'x-guest-token': b.token });
    const screen = await SseClient.connect(`${url}${base}/${s.id}/events`, { cookie: `${SESSION_COOKIE}=${cookie}` });
    await streamB.waitFor((m) => m.event === 'ready');
    await screen.waitFor((m) => m.event === 'ready');

    const sent = await asGuest(a.token, 'POST', '/api/sessie/answers', { text: 'We bellen elkaar elke maand' });
    expect(sent.statusCode).toBe(201);
    expect((sent.json() as { status: string }).status).toBe('pending');
    // The kartrekker sees it at once; the other phone does not.
    await screen.waitFor(
      (m) => m.event === 'change' && data(m).type === 'session.answer' && data(m).answer?.status === 'pending',
    );
    const bState = (await asGuest(b.token, 'GET', '/api/sessie/state')).json() as { answers: unknown[] };
    expect(bState.answers).toHaveLength(0);
    const answer = (await consoleOf(s.id)).answers[0];
    expect(answer.status).toBe('pending');

    const approved = await t.request({
      method: 'PATCH',
      url: `${base}/${s.id}/answers/${answer.id}`,
      cookie,
      payload: { status: 'approved', version: answer.version },
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const live = await streamB.waitFor(
      (m) => m.event === 'change' && data(m).type === 'session.answer' && data(m).visible === true,
    );
    expect(data(live).answer?.text).toBe('We bellen elkaar elke maand');
    expect(live.data).not.toContain('guestId');
    const after = (await asGuest(b.token, 'GET', '/api/sessie/state')).json() as { answers: { text: string }[] };
    expect(after.answers.map((x) => x.text)).toEqual(['We bellen elkaar elke maand']);

    // A phone that reconnects with Last-Event-ID gets what it missed (bare: it fetches the state).
    const lastId = streamB.messages.at(-1)!.id!;
    streamB.close();
    await t.request({
      method: 'POST',
      url: `${base}/${s.id}/answers`,
      cookie,
      payload: { text: 'Getypt voor Henk', name: 'Henk' },
    });
    const resumed = await SseClient.connect(`${url}/api/sessie/events`, {
      'x-guest-token': b.token,
      'last-event-id': lastId,
    });
    await resumed.waitFor((m) => m.event === 'change' && data(m).type === 'session.answer');
    resumed.close();
    screen.close();
  });

  it('votes are counted live and kept as the result when the session ends', async () => {
    const s = await start({ kind: 'vote', options: ['Eenzaamheid', 'Bewegen', 'Armoede'], allowAnonymous: true });
    const tokens = await Promise.all(
      [0, 1, 2].map(async () => ((await join({ code: s.code })).json() as { token: string }).token),
    );
    await asGuest(tokens[0], 'PUT', '/api/sessie/vote', { option: 1 });
    await asGuest(tokens[1], 'PUT', '/api/sessie/vote', { option: 1 });
    const last = await asGuest(tokens[2], 'PUT', '/api/sessie/vote', { option: 0 });
    expect((last.json() as { votes: number[] }).votes).toEqual([1, 2, 0]);
    // Voting again replaces the earlier vote.
    await asGuest(tokens[2], 'PUT', '/api/sessie/vote', { option: 2 });
    const ended = await t.request({ method: 'POST', url: `${base}/${s.id}/end`, cookie });
    expect((ended.json() as { results: { votes: number[] } }).results.votes).toEqual([0, 2, 1]);
  });

  it('counts wrong codes per address, while right codes from that address keep working', async () => {
    const s = await start();
    const ip = '198.51.100.9';
    for (let i = 0; i < WRONG_CODE_LIMIT.max; i++)
      expect((await join({ code: 'ZZZZZ2', name: 'x' }, ip)).statusCode).toBe(422);
    const limited = await join({ code: 'ZZZZZ3', name: 'x' }, ip);
    expect(limited.statusCode).toBe(429);
    for (let i = 0; i < 5; i++) expect((await join({ code: s.code, name: `Telefoon ${i}` }, ip)).statusCode).toBe(200);
    // Another address is not affected.
    expect((await join({ code: 'ZZZZZ4', name: 'x' }, '198.51.100.10')).statusCode).toBe(422);
  });

  it('a code opens only its own session, and no guest answer carries network data', async () => {
    const mine = await start({ kind: 'ideas', moderated: false, title: 'Ideeën voor de zomer' });
    const other = await start({ kind: 'ideas', moderated: false });
    const g1 = (await join({ code: mine.code, name: 'Anna' })).json() as { token: string };
    const g2 = (await join({ code: other.code, name: 'Bram' })).json() as { token: string };
    await asGuest(g2.token, 'POST', '/api/sessie/answers', { text: 'Geheim van de andere sessie' });
    const bodies = [
      (await join({ code: mine.code, name: 'Anna', token: g1.token })).body,
      (await asGuest(g1.token, 'GET', '/api/sessie/state')).body,
      (await asGuest(g1.token, 'POST', '/api/sessie/answers', { text: 'Buurtbarbecue' })).body,
    ];
    for (const body of bodies) {
      expect(body).not.toContain('Testnetwerk');
      expect(body).not.toContain(w.networkId);
      expect(body).not.toContain('Wijkteam');
      expect(body).not.toContain('Geheim van de andere sessie');
      expect(body).not.toContain('@voorbeeld.nl');
    }
    // A token of one session cannot be used to join another.
    const cross = (await join({ code: other.code, name: 'Anna', token: g1.token })).json() as { token: string };
    expect(cross.token).not.toBe(g1.token);
  });

  it("the repository finds a session's guests and answers only together with its own network", async () => {
    const s = await start();
    const joined = (await join({ code: s.code, name: 'Ria' })).json() as { token: string };
    expect((await asGuest(joined.token, 'POST', '/api/sessie/answers', { text: 'Een moestuin' })).statusCode).toBe(201);
    const repo = sessionRepository(t.deps.db);
    const answer = (await repo.answers(w.networkId, s.id))[0];
    const guest = (await repo.guests(w.networkId, s.id))[0];
    expect(answer.text).toBe('Een moestuin');
    const elsewhere = 'een-ander-netwerk';
    expect(await repo.get(elsewhere, s.id)).toBeUndefined();
    expect(await repo.guests(elsewhere, s.id)).toEqual([]);
    expect(await repo.answers(elsewhere, s.id)).toEqual([]);
    expect(await repo.answer(elsewhere, s.id, answer.id)).toBeUndefined();
    expect(await repo.guest(elsewhere, s.id, guest.id)).toBeUndefined();
    expect(await repo.updateAnswer(elsewhere, s.id, answer.id, null, { text: 'Overschreven' })).toBeUndefined();
    await repo.removeGuest(elsewhere, s.id, guest.id);
    await repo.remove(elsewhere, s.id);
    expect((await repo.answer(w.networkId, s.id, answer.id))?.text).toBe('Een moestuin');
    expect(await repo.guestCount(w.networkId, s.id)).toBe(1);
  });

  it('an ended session refuses answers and its code stops working', async () => {
    const s = await start({ kind: 'ideas', moderated: false });
    const g = (await join({ code: s.code, name: 'Anna' })).json() as { token: string };
    expect((await t.request({ method: 'POST', url: `${base}/${s.id}/end`, cookie })).statusCode).toBe(200);
    expect((await asGuest(g.token, 'POST', '/api/sessie/answers', { text: 'Te laat' })).statusCode).toBe(409);
    expect((await join({ code: s.code, name: 'Nieuw' })).statusCode).toBe(422);
    expect((await join({ code: s.code, name: 'Anna', token: g.token })).statusCode).toBe(422);
    const state = (await asGuest(g.token, 'GET', '/api/sessie/state')).json() as { session: { status: string } };
    expect(state.session.status).toBe('ended');
    expect((await consoleOf(s.id)).code).toBeNull();
    expect(
      (await t.request({ method: 'POST', url: `${base}/${s.id}/answers`, cookie, payload: { text: 'x' } })).statusCode,
    ).toBe(409);
  });

  it("removes guests' names and unaccepted answers 90 days after the session ended, keeping accepted work", async () => {
    const s = await start({ kind: 'ideas', moderated: false });
    const g = (await join({ code: s.code, name: 'Bep' })).json() as { token: string };
    await asGuest(g.token, 'POST', '/api/sessie/answers', { text: 'Een buurtmoestuin' });
    await asGuest(g.token, 'POST', '/api/sessie/answers', { text: 'Een ruilkast' });
    const [keep] = (await consoleOf(s.id)).answers;
    expect(
      (await t.request({ method: 'POST', url: `${base}/${s.id}/answers/${keep.id}/accept`, cookie, payload: {} }))
        .statusCode,
    ).toBe(200);
    await t.request({ method: 'POST', url: `${base}/${s.id}/end`, cookie });

    expect((await purgeGuestData(t.deps.db)).sessions).toBe(0);
    const ended = new Date(Date.now() - (GUEST_RETENTION_DAYS + 1) * 24 * 60 * 60_000).toISOString();
    await t.deps.db.updateTable('work_sessions').set({ ended_at: ended }).where('id', '=', s.id).execute();
    expect((await purgeGuestData(t.deps.db)).sessions).toBeGreaterThanOrEqual(1);

    const guests = await t.deps.db.selectFrom('session_guests').selectAll().where('session_id', '=', s.id).execute();
    const answers = await t.deps.db.selectFrom('session_answers').selectAll().where('session_id', '=', s.id).execute();
    expect(guests).toEqual([]);
    expect(answers.map((a) => [a.text, a.author_name, a.guest_id])).toEqual([[keep.text, '', null]]);
  });

  it('proposes an idea as a focus theme, where members can vote on draagvlak', async () => {
    const s = await start({ kind: 'ideas', moderated: false });
    const g = (await join({ code: s.code, name: 'Cor' })).json() as { token: string };
    await asGuest(g.token, 'POST', '/api/sessie/answers', { text: 'Eenzaamheid onder jongeren' });
    const [idea] = (await consoleOf(s.id)).answers;
    const res = await t.request({
      method: 'POST',
      url: `${base}/${s.id}/answers/${idea.id}/accept`,
      cookie,
      payload: { into: 'focus' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as { acceptedAs: string }).acceptedAs).toBe('focus_candidate');
    const focus = (await t.request({ method: 'GET', url: `/api/networks/${w.networkId}/focus`, cookie })).json() as {
      candidates: { theme: string }[];
    };
    expect(focus.candidates.map((c) => c.theme)).toContain('Eenzaamheid onder jongeren');

    await asGuest(g.token, 'POST', '/api/sessie/answers', {
      text: 'Een heel lang idee dat veel te lang is om als thema op een stemkaart te passen, echt waar',
    });
    const long = (await consoleOf(s.id)).answers.find((a: { text: string }) => a.text.startsWith('Een heel lang'))!;
    const refused = await t.request({
      method: 'POST',
      url: `${base}/${s.id}/answers/${long.id}/accept`,
      cookie,
      payload: { into: 'focus' },
    });
    expect(refused.statusCode).toBe(422);
    expect((refused.json() as { error: { fields: { text: string } } }).error.fields.text).toMatch(
      /hoogstens 60 tekens/,
    );
  });

  it('accepts answers into the joint card and into why ladders, and merges answers', async () => {
    const ctx = await memberContext(
      t,
      w.networkId,
      (
        await t.deps.db
          .selectFrom('members')
          .select('user_id')
          .where('network_id', '=', w.networkId)
          .where('role', '=', 'kartrekker')
          .executeTakeFirstOrThrow()
      ).user_id,
    );
    const card = await start({ kind: 'card', column: 'waarden', moderated: false });
    const g = (await join({ code: card.code, name: 'Anna' })).json() as { token: string };
    await asGuest(g.token, 'POST', '/api/sessie/answers', { text: 'Als bewoners meedoen' });
    await asGuest(g.token, 'POST', '/api/sessie/answers', { text: 'Als bewoners meepraten' });
    const [a1, a2] = (await consoleOf(card.id)).answers;
    const merged = await t.request({
      method: 'POST',
      url: `${base}/${card.id}/merge`,
      cookie,
      payload: { answerIds: [a1.id, a2.id], text: 'Als bewoners meedoen en meepraten' },
    });
    expect(merged.statusCode, merged.body).toBe(201);
    const mergedId = (merged.json() as { id: string }).id;
    const accepted = await t.request({
      method: 'POST',
      url: `${base}/${card.id}/answers/${mergedId}/accept`,
      cookie,
      payload: {},
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const view = await t.services.cards.view(ctx);
    expect(JSON.stringify(view)).toContain('Als bewoners meedoen en meepraten');
    expect(
      (await t.request({ method: 'POST', url: `${base}/${card.id}/answers/${mergedId}/accept`, cookie, payload: {} }))
        .statusCode,
    ).toBe(409);
    expect(
      (await t.request({ method: 'POST', url: `${base}/${card.id}/answers/${a1.id}/accept`, cookie, payload: {} }))
        .statusCode,
    ).toBe(409);

    const ladder = await start({ kind: 'ladder', moderated: false });
    const typed = (
      await t.request({
        method: 'POST',
        url: `${base}/${ladder.id}/answers`,
        cookie,
        payload: { text: 'Een wandelclub' },
      })
    ).json() as { id: string };
    const res = await t.request({
      method: 'POST',
      url: `${base}/${ladder.id}/answers/${typed.id}/accept`,
      cookie,
      payload: { part: 'activity' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const ladderId = (res.json() as { acceptedId: string }).acceptedId;
    const ladders = await t.services.goals.listLadders(ctx);
    expect(ladders.find((l) => l.id === ladderId)?.activity).toBe('Een wandelclub');
  });

  it('a phone without its stored token joins again as the same guest through its cookie', async () => {
    const s = await start({ kind: 'ideas', moderated: false });
    const first = await join({ code: s.code, name: 'Fatima' });
    const setCookie = String(first.headers['set-cookie']);
    expect(setCookie).toMatch(/wijknet_guest=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/Path=\/api\/sessie/);
    const guestCookie = setCookie.split(';')[0];
    const token = (first.json() as { token: string }).token;
    // The browser storage is gone (another tab, a cleared page); the cookie came along.
    const again = await t.request({
      method: 'POST',
      url: '/api/sessie/join',
      payload: { code: s.code, name: 'Fatima' },
      headers: { cookie: guestCookie },
      remoteAddress: '203.0.113.7',
    });
    expect(again.statusCode, again.body).toBe(200);
    expect((again.json() as { token: string }).token).toBe(token);
    expect((await consoleOf(s.id)).guests).toHaveLength(1);
    // A cookie of another session does not make one a guest here.
    const other = await start({ kind: 'ideas', moderated: false });
    const elsewhere = await t.request({
      method: 'POST',
      url: '/api/sessie/join',
      payload: { code: other.code, name: 'Fatima' },
      headers: { cookie: guestCookie },
      remoteAddress: '203.0.113.7',
    });
    expect((elsewhere.json() as { token: string }).token).not.toBe(token);
    expect((await consoleOf(other.id)).guests).toHaveLength(1);
  });

  it('rejects a waiting answer without removing the guest, and tells only that phone', async () => {
    const s = await start({ kind: 'ideas', moderated: true });
    const a = (await join({ code: s.code, name: 'Anna' })).json() as { token: string };
    const b = (await join({ code: s.code, name: 'Bram' })).json() as { token: string };
    const url = await baseUrlOf(t.app);
    const streamA = await SseClient.connect(`${url}/api/sessie/events`, { 'x-guest-token': a.token });
    const streamB = await SseClient.connect(`${url}/api/sessie/events`, { 'x-guest-token': b.token });
    await streamA.waitFor((m) => m.event === 'ready');
    await streamB.waitFor((m) => m.event === 'ready');
    await asGuest(a.token, 'POST', '/api/sessie/answers', { text: 'Iets wat niet past' });
    const answer = (await consoleOf(s.id)).answers[0];
    const rejected = await t.request({
      method: 'PATCH',
      url: `${base}/${s.id}/answers/${answer.id}`,
      cookie,
      payload: { status: 'rejected', version: answer.version },
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect((rejected.json() as { status: string }).status).toBe('rejected');
    // Anna's phone hears it live, about her own answer.
    const mine = await streamA.waitFor(
      (m) => m.event === 'change' && (JSON.parse(m.data) as { mine?: { status: string } }).mine?.status === 'rejected',
    );
    expect(mine.data).toContain('Iets wat niet past');
    // Anna is still in and can answer again; Bram never saw the rejected answer.
    const view = await consoleOf(s.id);
    expect(view.guests.map((g) => g.name).sort()).toEqual(['Anna', 'Bram']);
    expect((await asGuest(a.token, 'POST', '/api/sessie/answers', { text: 'Een beter idee' })).statusCode).toBe(201);
    const bState = (await asGuest(b.token, 'GET', '/api/sessie/state')).json() as { answers: unknown[] };
    expect(bState.answers).toHaveLength(0);
    const aState = (await asGuest(a.token, 'GET', '/api/sessie/state')).json() as {
      me: { answers: { text: string; status: string }[] };
    };
    expect(aState.me.answers.find((x) => x.text === 'Iets wat niet past')?.status).toBe('rejected');
    // Bram's stream gets Anna's next answer only once approved; the rejection reached nobody else.
    await asGuest(b.token, 'POST', '/api/sessie/answers', { text: 'Bram zelf' });
    await streamB.waitFor((m) => m.event === 'change' && m.data.includes('Bram zelf'));
    expect(streamB.messages.some((m) => m.data.includes('Iets wat niet past'))).toBe(false);
    streamA.close();
    streamB.close();
  });

  it('a card item from a werksessie says which session it came from and credits every author, or anoniem', async () => {
    const ctx = await memberContext(
      t,
      w.networkId,
      (
        await t.deps.db
          .selectFrom('members')
          .select('user_id')
          .where('network_id', '=', w.networkId)
          .where('role', '=', 'kartrekker')
          .executeTakeFirstOrThrow()
      ).user_id,
    );
    const s = await start({
      kind: 'card',
      column: 'waarden',
      moderated: false,
      allowAnonymous: true,
      title: 'Buurtavond',
    });
    const anna = (await join({ code: s.code, name: 'Anna' })).json() as { token: string };
    const bram = (await join({ code: s.code, name: 'Bram' }, '203.0.113.8')).json() as { token: string };
    const nobody = (await join({ code: s.code }, '203.0.113.9')).json() as { token: string };
    await asGuest(anna.token, 'POST', '/api/sessie/answers', { text: 'Elkaar kennen' });
    await asGuest(bram.token, 'POST', '/api/sessie/answers', { text: 'Elkaar groeten' });
    await asGuest(nobody.token, 'POST', '/api/sessie/answers', { text: 'Elkaar helpen' });
    const all = (await consoleOf(s.id)).answers;
    const ids = ['Elkaar kennen', 'Elkaar groeten', 'Elkaar helpen'].map((x) => all.find((a) => a.text === x)!.id);
    const merged = await t.request({
      method: 'POST',
      url: `${base}/${s.id}/merge`,
      cookie,
      payload: { answerIds: ids, text: 'We kennen en helpen elkaar' },
    });
    expect(merged.statusCode, merged.body).toBe(201);
    const mergedAnswer = merged.json() as { id: string; name: string };
    // Shown on the big screen and the console with every author.
    expect(mergedAnswer.name).toBe('Anna, Bram, anoniem');
    const accepted = await t.request({
      method: 'POST',
      url: `${base}/${s.id}/answers/${mergedAnswer.id}/accept`,
      cookie,
      payload: {},
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const item = (await t.services.cards.view(ctx)).joint.find((i) => i.text === 'We kennen en helpen elkaar')!;
    expect(item.sources).toEqual([
      expect.objectContaining({
        itemId: mergedAnswer.id,
        text: 'We kennen en helpen elkaar',
        session: {
          id: s.id,
          title: 'Buurtavond',
          date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
          authors: ['Anna', 'Bram', 'anoniem'],
        },
      }),
    ]);
    // Its history says so too: the card item's audit line carries the session as its source.
    const history = await t.deps.db
      .selectFrom('audit_log')
      .select(['changes'])
      .where('entity', '=', 'card_item')
      .where('entity_id', '=', item.id)
      .executeTakeFirstOrThrow();
    expect(history.changes).toContain('Buurtavond');
    // Choosing personal sources later keeps the werksessie as a source.
    const kept = await t.services.cards.updateItem(ctx, item.id, { sourceItemIds: [], version: item.version });
    expect(kept.sources.map((x) => x.session?.title)).toEqual(['Buurtavond']);

    // A single anonymous answer is credited as anoniem.
    await asGuest(nobody.token, 'POST', '/api/sessie/answers', { text: 'Samen eten' });
    const single = (await consoleOf(s.id)).answers.find((a) => a.text === 'Samen eten')!;
    await t.request({ method: 'POST', url: `${base}/${s.id}/answers/${single.id}/accept`, cookie, payload: {} });
    const alone = (await t.services.cards.view(ctx)).joint.find((i) => i.text === 'Samen eten')!;
    expect(alone.sources[0].session?.authors).toEqual(['anoniem']);

    // The names are the guests' personal data: removing Anna takes her name off the card ...
    const annaId = (await consoleOf(s.id)).guests.find((g) => g.name === 'Anna')!.id;
    expect((await t.request({ method: 'DELETE', url: `${base}/${s.id}/guests/${annaId}`, cookie })).statusCode).toBe(
      204,
    );
    const afterRemoval = (await t.services.cards.view(ctx)).joint.find((i) => i.id === item.id)!;
    expect(afterRemoval.sources[0].session).toMatchObject({ title: 'Buurtavond', authors: ['Bram', 'anoniem'] });
    // ... and 90 days after the session ended every name goes; that it came from the session stays.
    await t.request({ method: 'POST', url: `${base}/${s.id}/end`, cookie });
    const ended = new Date(Date.now() - (GUEST_RETENTION_DAYS + 1) * 24 * 60 * 60_000).toISOString();
    await t.deps.db.updateTable('work_sessions').set({ ended_at: ended }).where('id', '=', s.id).execute();
    await purgeGuestData(t.deps.db);
    const forgotten = (await t.services.cards.view(ctx)).joint.find((i) => i.id === item.id)!;
    expect(forgotten.sources[0]).toMatchObject({ memberName: '', session: { title: 'Buurtavond', authors: [] } });
    const ofThisSession = (await t.services.cards.view(ctx)).joint.filter((i) =>
      i.sources.some((x) => x.session?.id === s.id),
    );
    expect(ofThisSession).toHaveLength(2);
    expect(JSON.stringify(ofThisSession)).not.toMatch(/Anna|Bram/);
  });

  it('the kartrekker can remove a guest with their answers; the export carries guest data until then', async () => {
    const s = await start({ kind: 'ideas', moderated: false });
    const g = (await join({ code: s.code, name: 'Priya Verwijderbaar' })).json() as {
      token: string;
      state: { me: { id: string } };
    };
    await asGuest(g.token, 'POST', '/api/sessie/answers', { text: 'Een repair café' });
    await asGuest(g.token, 'POST', '/api/sessie/answers', { text: 'Een ruilbeurs' });
    const [x, y] = (await consoleOf(s.id)).answers;
    await t.request({
      method: 'POST',
      url: `${base}/${s.id}/merge`,
      cookie,
      payload: { answerIds: [x.id, y.id], text: 'Repareren en ruilen' },
    });
    const exported = await t.request({ method: 'GET', url: `/api/networks/${w.networkId}/export`, cookie });
    expect(exported.body).toContain('Priya Verwijderbaar');
    expect(exported.body).toContain('Een repair café');

    const removed = await t.request({ method: 'DELETE', url: `${base}/${s.id}/guests/${g.state.me.id}`, cookie });
    expect(removed.statusCode).toBe(204);
    const view = await consoleOf(s.id);
    expect(view.guests).toHaveLength(0);
    // Only the merged answer the kartrekker made is left, without the guest's name.
    expect(view.answers.map((a) => a.text)).toEqual(['Repareren en ruilen']);
    expect(JSON.stringify(view)).not.toContain('Priya');
    expect((await asGuest(g.token, 'GET', '/api/sessie/state')).statusCode).toBe(401);
    const again = await t.request({ method: 'GET', url: `/api/networks/${w.networkId}/export`, cookie });
    expect(again.body).not.toContain('Priya Verwijderbaar');
    expect(again.body).not.toContain('Een repair café');
    // Nor in the audit trail.
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select('changes')
      .where('network_id', '=', w.networkId)
      .execute();
    expect(JSON.stringify(audit)).not.toContain('Priya');

    expect((await t.request({ method: 'DELETE', url: `${base}/${s.id}`, cookie })).statusCode).toBe(204);
    expect((await t.request({ method: 'GET', url: `${base}/${s.id}`, cookie })).statusCode).toBe(404);
  });
});
