import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../test/harness.js';
import { SESSION_COOKIE } from '../core/access.js';
import { hashSecret } from '../core/crypto.js';
import { redactUrl } from './log-redaction.js';

describe('redactUrl', () => {
  it('hides the secret part of secret addresses and keeps the rest', () => {
    const secret = 'A'.repeat(43);
    expect(redactUrl(`/api/calendar/${secret}`)).toBe('/api/calendar/…');
    expect(redactUrl('/api/invitations/abc/accept')).toBe('/api/invitations/…/accept');
    expect(redactUrl('/uitnodiging/abc')).toBe('/uitnodiging/…');
    expect(redactUrl('/sessie/K7PX2M')).toBe('/sessie/…');
    expect(redactUrl('/api/sessie/join')).toBe('/api/sessie/join');
    expect(redactUrl(`/akkoord/${secret}/lezen?x=1`)).toBe('/akkoord/…/lezen');
    expect(redactUrl('/api/me/tokens/wk_abc')).toBe('/api/me/tokens/…');
    // Ids stay readable: they are what makes a log useful, and they are no keys.
    expect(redactUrl('/api/networks/6f1c2a9e-0b7d-4c1e-9a53-2d8e4f6a7b10/actors?q=Jan')).toBe(
      '/api/networks/6f1c2a9e-0b7d-4c1e-9a53-2d8e4f6a7b10/actors',
    );
  });
});

/**
 * Issue 10, finding 6: the calendar feed secret and werksessie codes were in the log at the
 * default level. Every secret this run creates is collected, the routes that carry them are
 * used, and the whole log (info level, in a buffer) is searched for each, plainly and as the
 * hash we store.
 */
describe.each(dialects)('no secret reaches the log (%s)', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  it('sign-in, invitations, API tokens, the calendar feed and a werksessie leave no secret in the log', async () => {
    const lines: string[] = [];
    t = await createTestApp(dialect, { logLevel: 'info' }, { logStream: { write: (line) => void lines.push(line) } });
    const secrets: string[] = [];
    const json = (res: { body: string }) => JSON.parse(res.body);

    // Sign in by link, and by code after a wrong one.
    expect(
      (await t.request({ method: 'POST', url: '/api/auth/request', payload: { email: 'kim@voorbeeld.nl' } }))
        .statusCode,
    ).toBe(202);
    const kimMail = t.lastMailTo('kim@voorbeeld.nl')!;
    const linkToken = /#token=([A-Za-z0-9_-]+)/.exec(kimMail.text)![1];
    secrets.push(linkToken, /(\d{6})/.exec(kimMail.subject)![1]);
    const kimVerify = await t.request({ method: 'POST', url: '/api/auth/verify', payload: { token: linkToken } });
    expect(kimVerify.statusCode).toBe(200);
    const kim = kimVerify.cookies.find((c) => c.name === SESSION_COOKIE)!.value;
    secrets.push(kim);
    expect(
      (await t.request({ method: 'POST', url: '/api/auth/request', payload: { email: 'lotte@voorbeeld.nl' } }))
        .statusCode,
    ).toBe(202);
    const lotteCode = /(\d{6})/.exec(t.lastMailTo('lotte@voorbeeld.nl')!.subject)![1];
    const wrongCode = lotteCode === '000000' ? '111111' : '000000';
    secrets.push(lotteCode, wrongCode);
    expect(
      (
        await t.request({
          method: 'POST',
          url: '/api/auth/verify',
          payload: { email: 'lotte@voorbeeld.nl', code: wrongCode },
        })
      ).statusCode,
    ).toBe(400);
    const lotteVerify = await t.request({
      method: 'POST',
      url: '/api/auth/verify',
      payload: { email: 'lotte@voorbeeld.nl', code: lotteCode },
    });
    expect(lotteVerify.statusCode).toBe(200);
    const lotte = lotteVerify.cookies.find((c) => c.name === SESSION_COOKIE)!.value;
    secrets.push(lotte);

    // An invitation link, looked at and accepted.
    const network = json(
      await t.request({
        method: 'POST',
        url: '/api/networks',
        cookie: kim,
        payload: { name: 'Lognetwerk', areaLevel: 'wijk', areaName: 'Log' },
      }),
    );
    expect(
      (
        await t.request({
          method: 'POST',
          url: `/api/networks/${network.id}/invitations`,
          cookie: kim,
          payload: { role: 'partner', email: 'lotte@voorbeeld.nl' },
        })
      ).statusCode,
    ).toBe(201);
    const invitation = /\/uitnodiging\/([A-Za-z0-9_-]+)/.exec(t.lastMailTo('lotte@voorbeeld.nl')!.text)![1];
    secrets.push(invitation);
    expect((await t.request({ method: 'GET', url: `/uitnodiging/${invitation}` })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/invitations/${invitation}` })).statusCode).toBe(200);
    expect(
      (
        await t.request({
          method: 'POST',
          url: `/api/invitations/${invitation}/accept`,
          cookie: lotte,
          // Someone new joins with their name (issue 13).
          payload: { name: 'Lotte' },
        })
      ).statusCode,
    ).toBe(200);

    // An API token, used, and a wrong one.
    const token = json(
      await t.request({ method: 'POST', url: '/api/me/tokens', cookie: kim, payload: { name: 'Koppeling' } }),
    ).token as string;
    secrets.push(token);
    expect((await t.request({ method: 'GET', url: `/api/networks/${network.id}`, token })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: '/api/me', token: `${token}x` })).statusCode).toBe(401);

    // The calendar feed, and a well-formed address that is no feed.
    const feed = json(await t.request({ method: 'POST', url: '/api/me/calendar', cookie: kim })).url as string;
    const calendarSecret = feed.split('/').pop()!;
    const unknownFeed = `${calendarSecret.slice(0, -4)}zzzz`;
    secrets.push(calendarSecret, unknownFeed);
    expect((await t.request({ method: 'GET', url: `/api/calendar/${calendarSecret}` })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: `/api/calendar/${unknownFeed}` })).statusCode).toBe(404);

    // A werksessie: its join page, a join by code, a guest's answer, a wrong code.
    const session = json(
      await t.request({
        method: 'POST',
        url: `/api/networks/${network.id}/sessions`,
        cookie: kim,
        payload: { kind: 'ideas', allowAnonymous: true },
      }),
    );
    secrets.push(session.code);
    expect((await t.request({ method: 'GET', url: `/sessie/${session.code}` })).statusCode).toBe(404);
    const joined = await t.request({
      method: 'POST',
      url: '/api/sessie/join',
      payload: { code: session.code, name: 'Fatima' },
    });
    expect(joined.statusCode).toBe(200);
    const guestToken = json(joined).token as string;
    secrets.push(guestToken);
    expect(
      (
        await t.request({
          method: 'POST',
          url: '/api/sessie/answers',
          payload: { text: 'Samen koken' },
          headers: { 'x-guest-token': guestToken },
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (await t.request({ method: 'GET', url: '/api/sessie/state', headers: { 'x-guest-token': `${guestToken}x` } }))
        .statusCode,
    ).toBe(401);
    const wrongSession = session.code === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ';
    expect(
      (await t.request({ method: 'POST', url: '/api/sessie/join', payload: { code: wrongSession, name: 'Fatima' } }))
        .statusCode,
    ).toBe(422);
    secrets.push(wrongSession);

    // The public results page: switched on, read by a stranger (API and web page), a short wrong link.
    const results = json(
      await t.request({
        method: 'PUT',
        url: `/api/networks/${network.id}/results`,
        cookie: kim,
        payload: {
          enabled: true,
          fields: { ambition: true, goals: true, done: true, effects: false },
          modelId: null,
          versionNumber: null,
          indexable: false,
          version: 1,
        },
      }),
    );
    const resultsToken = results.token as string;
    const wrongResults = 'Abcdefghijklmnopqrst';
    secrets.push(resultsToken, wrongResults);
    expect((await t.request({ method: 'GET', url: `/api/public/results/${resultsToken}` })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: `/api/public/results/${wrongResults}` })).statusCode).toBe(404);
    await t.request({ method: 'GET', url: `/resultaten/${wrongResults}` });
    // A personal consent link (issue 10): read, answered, and a short wrong one; the confirmation of
    // a changed contact address and an opt-out link travel in bodies, never in the address.
    const partner = json(
      await t.request({
        method: 'POST',
        url: `/api/networks/${network.id}/actors`,
        cookie: kim,
        payload: { kind: 'organisation', name: 'Bibliotheek', domain: 'onderwijs', contactEmail: 'bieb@voorbeeld.nl' },
      }),
    );
    await t.request({
      method: 'POST',
      url: `/api/networks/${network.id}/card/joint`,
      cookie: kim,
      payload: { column: 'waarden', text: 'Iedereen doet mee.' },
    });
    const version = json(
      await t.request({ method: 'POST', url: `/api/networks/${network.id}/card/versions`, cookie: kim }),
    );
    expect(
      (
        await t.request({
          method: 'POST',
          url: `/api/networks/${network.id}/card/versions/${version.id}/consent-requests`,
          cookie: kim,
          payload: { actorId: partner.id },
        })
      ).statusCode,
    ).toBe(201);
    const consentMail = t.lastMailTo('bieb@voorbeeld.nl')!.text;
    const consentToken = /\/akkoord\/([A-Za-z0-9_-]+)/.exec(consentMail)![1];
    const optOut = /\/geen-mail#token=([A-Za-z0-9_-]+)/.exec(consentMail)![1];
    const shortWrong = 'kort-maar-fout-token-9';
    secrets.push(consentToken, optOut, shortWrong);
    expect((await t.request({ method: 'GET', url: `/api/consent-links/${consentToken}` })).statusCode).toBe(200);
    await t.request({ method: 'GET', url: `/akkoord/${consentToken}` });
    expect(
      (
        await t.request({
          method: 'POST',
          url: `/api/consent-links/${consentToken}`,
          payload: { answer: 'agree', name: 'Els Jansen' },
        })
      ).statusCode,
    ).toBe(200);
    expect((await t.request({ method: 'GET', url: `/api/consent-links/${shortWrong}` })).statusCode).toBe(404);
    await t.request({
      method: 'PATCH',
      url: `/api/networks/${network.id}/actors/${partner.id}`,
      cookie: kim,
      payload: { contactEmail: 'nieuw-bieb@voorbeeld.nl', version: partner.version },
    });
    const confirmToken = /adres-bevestigen#token=([A-Za-z0-9_-]+)/.exec(
      t.lastMailTo('nieuw-bieb@voorbeeld.nl')!.text,
    )![1];
    secrets.push(confirmToken);
    expect(
      (await t.request({ method: 'POST', url: '/api/contact-confirmations', payload: { token: confirmToken } }))
        .statusCode,
    ).toBe(200);
    expect((await t.request({ method: 'POST', url: '/api/mail/optout', payload: { token: optOut } })).statusCode).toBe(
      200,
    );

    const log = lines.join('');
    expect(log).toContain('"url":"/api/public/results/…"');
    // The log really holds these requests, in their cleaned-up form.
    expect(log).toContain('"url":"/api/calendar/…"');
    expect(log).toContain('"url":"/sessie/…"');
    expect(log).toContain('"url":"/api/consent-links/…"');
    expect(log).toContain('"url":"/akkoord/…"');
    expect(log).toContain('"url":"/api/invitations/…/accept"');
    expect(log).toContain('"url":"/api/sessie/join"');
    for (const secret of secrets) {
      // Numbers in the log (times, durations) may contain six digits by chance: a code counts only on its own.
      const alone = new RegExp(`(?<![A-Za-z0-9_-])${secret.replace(/[-]/g, '\\-')}(?![A-Za-z0-9_-])`);
      expect(log, `the log contains "${secret}"`).not.toMatch(alone);
      expect(log, 'the log contains a stored hash').not.toContain(hashSecret(secret));
    }
  });
});
