import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, dialects, ORIGIN, type TestApp } from '../../test/harness.js';
import { SESSION_COOKIE } from '../../core/access.js';

const tokenFromMail = (text: string) => /#token=([A-Za-z0-9_-]+)/.exec(text)![1];
const codeFromMail = (subject: string) => /(\d{6})$/.exec(subject)![1];

describe.each(dialects)('sign-in by e-mail (%s)', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  it('the link signs in once, only by POST, and the code of the same mail is used up with it', async () => {
    t = await createTestApp(dialect);
    await t.request({ method: 'POST', url: '/api/auth/request', payload: { email: 'Anna@Voorbeeld.nl' } });
    const mail = t.lastMailTo('anna@voorbeeld.nl')!;
    expect(mail.text).toContain(`${ORIGIN}/inloggen/bevestigen#token=`);
    const token = tokenFromMail(mail.text);

    const first = await t.request({ method: 'POST', url: '/api/auth/verify', payload: { token } });
    expect(first.statusCode).toBe(200);
    const cookie = first.cookies.find((c) => c.name === SESSION_COOKIE)!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.secure).toBeFalsy();
    expect(JSON.parse(first.body).email).toBe('anna@voorbeeld.nl');

    const again = await t.request({ method: 'POST', url: '/api/auth/verify', payload: { token } });
    expect(again.statusCode).toBe(400);
    expect(JSON.parse(again.body).error.message).toMatch(/verlopen of al gebruikt/);
    const code = await t.request({
      method: 'POST',
      url: '/api/auth/verify',
      payload: { email: 'anna@voorbeeld.nl', code: codeFromMail(mail.subject) },
    });
    expect(code.statusCode).toBe(400);

    const me = await t.request({ method: 'GET', url: '/api/me', cookie: cookie.value });
    expect(me.statusCode).toBe(200);
  });

  it('stores only hashes of the link, the code and the session', async () => {
    t = await createTestApp(dialect);
    await t.services.auth.requestSignIn('bob@voorbeeld.nl');
    const mail = t.lastMailTo('bob@voorbeeld.nl')!;
    const { cookie } = await t.signIn('carla@voorbeeld.nl');
    const dump = JSON.stringify([
      await t.deps.db.selectFrom('login_challenges').selectAll().execute(),
      await t.deps.db.selectFrom('auth_sessions').selectAll().execute(),
    ]);
    expect(dump).not.toContain(tokenFromMail(mail.text));
    expect(dump).not.toContain(codeFromMail(mail.subject));
    expect(dump).not.toContain(cookie);
  });

  it('a code works on any device within 15 minutes, and not after', async () => {
    t = await createTestApp(dialect);
    await t.services.auth.requestSignIn('dirk@voorbeeld.nl');
    const code = codeFromMail(t.lastMailTo('dirk@voorbeeld.nl')!.subject);
    await t.deps.db
      .updateTable('login_challenges')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .execute();
    const late = await t.request({
      method: 'POST',
      url: '/api/auth/verify',
      payload: { email: 'dirk@voorbeeld.nl', code },
    });
    expect(late.statusCode).toBe(400);
    expect(JSON.parse(late.body).error.fields.code).toBeDefined();

    await t.services.auth.requestSignIn('dirk@voorbeeld.nl');
    const fresh = codeFromMail(t.lastMailTo('dirk@voorbeeld.nl')!.subject);
    const ok = await t.request({
      method: 'POST',
      url: '/api/auth/verify',
      payload: { email: 'dirk@voorbeeld.nl', code: fresh },
    });
    expect(ok.statusCode).toBe(200);
  });

  it('a code stops working after five wrong tries', async () => {
    t = await createTestApp(dialect);
    await t.services.auth.requestSignIn('eva@voorbeeld.nl');
    const code = codeFromMail(t.lastMailTo('eva@voorbeeld.nl')!.subject);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) {
      const res = await t.request({
        method: 'POST',
        url: '/api/auth/verify',
        payload: { email: 'eva@voorbeeld.nl', code: wrong },
      });
      expect(res.statusCode).toBe(400);
    }
    const right = await t.request({
      method: 'POST',
      url: '/api/auth/verify',
      payload: { email: 'eva@voorbeeld.nl', code },
    });
    expect(right.statusCode).toBe(400);
  });

  it('finding 7: 28 parallel wrong codes — the code is compared at most five times and the right one no longer works', async () => {
    t = await createTestApp(dialect);
    await t.services.auth.requestSignIn('race@voorbeeld.nl');
    const code = codeFromMail(t.lastMailTo('race@voorbeeld.nl')!.subject);
    const wrong = code === '000000' ? '111111' : '000000';
    const results = await Promise.all(
      Array.from({ length: 28 }, () =>
        t.request({ method: 'POST', url: '/api/auth/verify', payload: { email: 'race@voorbeeld.nl', code: wrong } }),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(28).fill(400));
    const stored = await t.deps.db
      .selectFrom('login_challenges')
      .select('failed_attempts')
      .where('email', '=', 'race@voorbeeld.nl')
      .executeTakeFirstOrThrow();
    expect(Number(stored.failed_attempts)).toBe(5);
    const right = await t.request({
      method: 'POST',
      url: '/api/auth/verify',
      payload: { email: 'race@voorbeeld.nl', code },
    });
    expect(right.statusCode).toBe(400);
  });

  it('finding 7: 45 parallel failures from one IP — exactly 30 are let through, the rest get 429', async () => {
    t = await createTestApp(dialect);
    const results = await Promise.all(
      Array.from({ length: 45 }, (_, i) =>
        t.request({
          method: 'POST',
          url: '/api/auth/verify',
          payload: { email: `p${i}@voorbeeld.nl`, code: '123456' },
          remoteAddress: '10.9.9.9',
        }),
      ),
    );
    const statuses = results.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 400)).toHaveLength(30);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
  });

  it('a right code gives its try back to the IP: only failures count', async () => {
    t = await createTestApp(dialect);
    for (let i = 0; i < 29; i++) {
      await t.request({
        method: 'POST',
        url: '/api/auth/verify',
        payload: { email: `q${i}@voorbeeld.nl`, code: '123456' },
        remoteAddress: '10.8.8.8',
      });
    }
    await t.services.auth.requestSignIn('goed@voorbeeld.nl');
    const code = codeFromMail(t.lastMailTo('goed@voorbeeld.nl')!.subject);
    expect(
      (
        await t.request({
          method: 'POST',
          url: '/api/auth/verify',
          payload: { email: 'goed@voorbeeld.nl', code },
          remoteAddress: '10.8.8.8',
        })
      ).statusCode,
    ).toBe(200);
    // 29 failures so far: one more is allowed, the next is refused.
    expect(
      (
        await t.request({
          method: 'POST',
          url: '/api/auth/verify',
          payload: { email: 'r@voorbeeld.nl', code: '123456' },
          remoteAddress: '10.8.8.8',
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await t.request({
          method: 'POST',
          url: '/api/auth/verify',
          payload: { email: 's@voorbeeld.nl', code: '123456' },
          remoteAddress: '10.8.8.8',
        })
      ).statusCode,
    ).toBe(429);
  });

  it('limits mail requests per address, not per IP: 60 people behind one connection all get in', async () => {
    t = await createTestApp(dialect);
    for (let i = 0; i < 60; i++) {
      const email = `deelnemer${i}@voorbeeld.nl`;
      const res = await t.request({
        method: 'POST',
        url: '/api/auth/request',
        payload: { email },
        remoteAddress: '10.1.1.1',
      });
      expect(res.statusCode, `person ${i}`).toBe(202);
      const code = codeFromMail(t.lastMailTo(email)!.subject);
      const ok = await t.request({
        method: 'POST',
        url: '/api/auth/verify',
        payload: { email, code },
        remoteAddress: '10.1.1.1',
      });
      expect(ok.statusCode, `person ${i}`).toBe(200);
    }
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      statuses.push(
        (await t.request({ method: 'POST', url: '/api/auth/request', payload: { email: 'veel@voorbeeld.nl' } }))
          .statusCode,
      );
    }
    expect(statuses.slice(0, 5)).toEqual([202, 202, 202, 202, 202]);
    expect(statuses[5]).toBe(429);
  });

  it('limits failed code attempts per IP', async () => {
    t = await createTestApp(dialect);
    let last = 0;
    for (let i = 0; i < 32; i++) {
      last = (
        await t.request({
          method: 'POST',
          url: '/api/auth/verify',
          payload: { email: `x${i}@voorbeeld.nl`, code: '123456' },
          remoteAddress: '10.2.2.2',
        })
      ).statusCode;
    }
    expect(last).toBe(429);
    // Someone else, elsewhere, is not affected.
    const other = await t.request({
      method: 'POST',
      url: '/api/auth/verify',
      payload: { email: 'y@voorbeeld.nl', code: '123456' },
      remoteAddress: '10.3.3.3',
    });
    expect(other.statusCode).toBe(400);
  });

  it('a faked X-Forwarded-For does not escape the per-IP limit unless a proxy is trusted', async () => {
    t = await createTestApp(dialect);
    let last = 0;
    for (let i = 0; i < 32; i++) {
      last = (
        await t.request({
          method: 'POST',
          url: '/api/auth/verify',
          payload: { email: `z${i}@voorbeeld.nl`, code: '123456' },
          remoteAddress: '10.4.4.4',
          headers: { 'x-forwarded-for': `192.0.2.${i}` },
        })
      ).statusCode;
    }
    expect(last).toBe(429);
  });

  it('with WIJKNET_SIGNUP=invite only invited people get a code', async () => {
    t = await createTestApp(dialect, { signup: 'invite' });
    await t.request({ method: 'POST', url: '/api/auth/request', payload: { email: 'vreemde@voorbeeld.nl' } });
    expect(t.lastMailTo('vreemde@voorbeeld.nl')!.text).toMatch(/uitgenodigd/);
    expect(t.lastMailTo('vreemde@voorbeeld.nl')!.subject).not.toMatch(/\d{6}/);

    const lead = await t.services.auth.ensureUser('lead@voorbeeld.nl', { admin: true });
    const network = await t.services.networks.create(lead, { name: 'N', areaLevel: 'wijk', areaName: 'W' });
    const m = await t.deps.db
      .selectFrom('members')
      .selectAll()
      .where('network_id', '=', network.id)
      .executeTakeFirstOrThrow();
    await t.services.members.invite(
      { networkId: network.id, userId: lead.id, memberId: m.id, role: 'kartrekker', actorId: null },
      lead,
      { role: 'partner', email: 'gast@voorbeeld.nl' },
    );
    const { user } = await t.signIn('gast@voorbeeld.nl');
    expect(user.email).toBe('gast@voorbeeld.nl');
  });

  it('sign-out ends the session', async () => {
    t = await createTestApp(dialect);
    const { cookie } = await t.signIn('fien@voorbeeld.nl');
    // Used first, so the session is in the short-lived cache: sign-out must still end it at once.
    expect((await t.request({ method: 'GET', url: '/api/me', cookie })).statusCode).toBe(200);
    expect((await t.request({ method: 'POST', url: '/api/auth/logout', cookie })).statusCode).toBe(204);
    expect((await t.request({ method: 'GET', url: '/api/me', cookie })).statusCode).toBe(401);
  });
});

describe.each(dialects)('API tokens and request origin (%s)', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  it('a token is shown once, works as Bearer, and stops working when revoked', async () => {
    t = await createTestApp(dialect);
    const { cookie } = await t.signIn('gijs@voorbeeld.nl');
    const created = JSON.parse(
      (await t.request({ method: 'POST', url: '/api/me/tokens', cookie, payload: { name: 'Rapportage' } })).body,
    );
    expect(created.token).toMatch(/^wk_/);
    const list = JSON.parse((await t.request({ method: 'GET', url: '/api/me/tokens', cookie })).body);
    expect(JSON.stringify(list)).not.toContain(created.token);
    expect((await t.request({ method: 'GET', url: '/api/networks', token: created.token })).statusCode).toBe(200);
    // Bearer requests are exempt from the Origin rule: there is no browser to forge them.
    expect(
      (
        await t.request({
          method: 'POST',
          url: '/api/networks',
          token: created.token,
          headers: { origin: 'https://elders.nl' },
          payload: { name: 'Via API', areaLevel: 'wijk', areaName: 'X' },
        })
      ).statusCode,
    ).toBe(201);
    await t.request({ method: 'DELETE', url: `/api/me/tokens/${created.id}`, cookie });
    expect((await t.request({ method: 'GET', url: '/api/networks', token: created.token })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: '/api/networks', token: 'wk_verzonnen' })).statusCode).toBe(401);
  });

  it('a cookie request from another site, or without Origin, is refused', async () => {
    t = await createTestApp(dialect);
    const { cookie } = await t.signIn('hans@voorbeeld.nl');
    const payload = { name: 'Nep', areaLevel: 'wijk', areaName: 'X' };
    const foreign = await t.request({
      method: 'POST',
      url: '/api/networks',
      cookie,
      payload,
      headers: { origin: 'https://kwaadwillend.nl' },
    });
    expect(foreign.statusCode).toBe(403);
    const bare = await t.app.inject({
      method: 'POST',
      url: '/api/networks',
      payload,
      headers: { cookie: `${SESSION_COOKIE}=${cookie}` },
    });
    expect(bare.statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url: '/api/networks', cookie, payload })).statusCode).toBe(201);
  });

  it('sends security headers with a strict Content-Security-Policy', async () => {
    t = await createTestApp(dialect);
    const res = await t.request({ method: 'GET', url: '/healthz' });
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('the session cookie is Secure behind HTTPS', async () => {
    t = await createTestApp(dialect, { publicUrl: 'https://wijknet.example' });
    await t.services.auth.requestSignIn('ida@voorbeeld.nl');
    const code = codeFromMail(t.lastMailTo('ida@voorbeeld.nl')!.subject);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/verify',
      payload: { email: 'ida@voorbeeld.nl', code },
      headers: { origin: 'https://wijknet.example' },
    });
    expect(res.cookies.find((c) => c.name === SESSION_COOKIE)!.secure).toBe(true);
  });
});
