import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../test/harness.js';
import type { PersonalDataExport } from './schemas.js';

const json = <T>(res: { body: string }): T => JSON.parse(res.body) as T;

describe.each(dialects)('personal data export (%s)', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  async function story() {
    t = await createTestApp(dialect);
    const kim = await t.signIn('kim@voorbeeld.nl');
    await t.request({ method: 'PATCH', url: '/api/me', cookie: kim.cookie, payload: { name: 'Kim <de> Vries' } });
    const network = json<{ id: string }>(
      await t.request({
        method: 'POST',
        url: '/api/networks',
        cookie: kim.cookie,
        payload: { name: 'Wijknetwerk "West"', areaLevel: 'wijk', areaName: 'West' },
      }),
    );
    await t.request({
      method: 'POST',
      url: `/api/networks/${network.id}/actors`,
      cookie: kim.cookie,
      payload: { kind: 'organisation', name: 'Buurthuis', domain: 'welzijn' },
    });
    const token = json<{ token: string; id: string }>(
      await t.request({ method: 'POST', url: '/api/me/tokens', cookie: kim.cookie, payload: { name: 'Koppeling' } }),
    );
    return { kim, network, token };
  }

  it('JSON: profile, memberships, token metadata, sign-ins and the changes you made — never a secret', async () => {
    const { kim, network, token } = await story();
    const res = await t.request({ method: 'GET', url: '/api/me/export', cookie: kim.cookie });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/attachment/);
    const data = json<PersonalDataExport>(res);
    expect(data).toMatchObject({
      format: 'wijknet-persoonsgegevens',
      formatVersion: 1,
      profile: { id: kim.user.id, email: 'kim@voorbeeld.nl', name: 'Kim <de> Vries', isAdmin: false },
      memberships: [{ networkId: network.id, networkName: 'Wijknetwerk "West"', role: 'kartrekker' }],
      apiTokens: [{ id: token.id, name: 'Koppeling', revokedAt: null }],
      sessions: { active: 1 },
      signInRequests: { count: 1 },
    });
    expect(data.changesYouMade.map((c) => `${c.entity}.${c.action}`).sort()).toEqual([
      'actor.create',
      'network.create',
    ]);

    const hashes = await t.deps.db.selectFrom('api_tokens').select('token_hash').execute();
    const challenges = await t.deps.db.selectFrom('login_challenges').select(['token_hash', 'code_hash']).execute();
    const sessions = await t.deps.db.selectFrom('auth_sessions').select('id').execute();
    for (const secret of [
      token.token,
      kim.cookie,
      ...hashes.map((h) => h.token_hash),
      ...challenges.flatMap((c) => [c.token_hash, c.code_hash]),
      ...sessions.map((s) => s.id),
    ]) {
      expect(res.body).not.toContain(secret);
    }
    expect(res.body).not.toMatch(/hash/i);
  });

  it("HTML: a readable Dutch page under the app's CSP, with no inline script or style, and everything escaped", async () => {
    const { kim } = await story();
    const res = await t.request({ method: 'GET', url: '/api/me/export.html', cookie: kim.cookie });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(String(res.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(String(res.headers['content-security-policy'])).toContain("style-src 'self'");
    const html = res.body;
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('Jouw gegevens in Wijknet');
    expect(html).toContain('kim@voorbeeld.nl');
    expect(html).toContain('Kim &lt;de&gt; Vries');
    expect(html).toContain('Wijknetwerk &quot;West&quot;');
    expect(html).toContain('Koppeling');
    expect(html).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=/i);
  });

  it('needs a signed-in person', async () => {
    t = await createTestApp(dialect);
    expect((await t.request({ method: 'GET', url: '/api/me/export' })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: '/api/me/export.html' })).statusCode).toBe(401);
  });
});
