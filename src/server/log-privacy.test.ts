import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hashSecret } from '../core/crypto.js';
import { startServer, type Server } from '../test/child.js';
import { onSqlite } from '../test/dialects.js';

/** The development outbox prints mails on the console; those blocks are not the log stream. */
const MAIL_BLOCK = /\n--- Mail \(geen SMTP_URL[\s\S]*?\n---\n/g;

/**
 * Nothing leaked: after a realistic session (sign in by link and by code, start a network, invite by
 * e-mail, accept, use an API token, a wrong code, delete an account) the server's log holds no
 * e-mail address, code, token or session secret — in plain form or as the hash we store.
 */
describe.runIf(onSqlite)('logs carry no personal data or secrets (SQLite)', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const c of cleanups.splice(0).reverse()) c();
  });

  it('a full flow at LOG_LEVEL=debug leaves nothing to find', { timeout: 90_000 }, async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wijknet-logs-'));
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    const server: Server = await startServer({
      WIJKNET_DATA_DIR: dataDir,
      DATABASE_URL: '',
      SMTP_URL: '',
      LOG_LEVEL: 'debug',
    });
    cleanups.push(() => void server.proc.kill('SIGKILL'));
    const base = server.baseUrl;
    const secrets: string[] = [];
    const mailsTo = (email: string) =>
      [...server.output.stdout.matchAll(MAIL_BLOCK)]
        .map((m) => m[0])
        .filter((block) => block.includes(`Aan: ${email}\n`));
    // Mail goes out from the outbox queue just after the request answers: wait for the one meant.
    const lastMailTo = async (email: string, subject = /Onderwerp: /) => {
      const matching = () => mailsTo(email).filter((block) => subject.test(block));
      // Returns as soon as the mail is printed; the bound is only for a machine that is very busy.
      for (let i = 0; i < 500 && matching().length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      return matching().at(-1)!;
    };
    const call = async (
      method: string,
      url: string,
      options: { cookie?: string; bearer?: string; body?: unknown } = {},
    ) => {
      const headers: Record<string, string> = {};
      if (options.body !== undefined) headers['content-type'] = 'application/json';
      if (options.cookie) headers.cookie = `wijknet_session=${options.cookie}`;
      if (options.bearer) headers.authorization = `Bearer ${options.bearer}`;
      if (method !== 'GET') headers.origin = base;
      return fetch(`${base}${url}`, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      });
    };
    const sessionFrom = (res: Response) => {
      const cookie = res.headers.getSetCookie().find((c) => c.startsWith('wijknet_session='))!;
      return cookie.split(';')[0].split('=')[1];
    };

    const kimEmail = 'kim.de.vries@voorbeeld.nl';
    const lotteEmail = 'lotte.jansen@voorbeeld.nl';
    secrets.push(kimEmail, lotteEmail);

    // Kim signs in with the link.
    expect((await call('POST', '/api/auth/request', { body: { email: kimEmail } })).status).toBe(202);
    const kimMail = await lastMailTo(kimEmail);
    const linkToken = /#token=([A-Za-z0-9_-]+)/.exec(kimMail)![1];
    const kimCode = /inlogcode voor Wijknet: (\d{6})/.exec(kimMail)![1];
    secrets.push(linkToken);
    const kimVerify = await call('POST', '/api/auth/verify', { body: { token: linkToken } });
    expect(kimVerify.status).toBe(200);
    const kim = sessionFrom(kimVerify);
    secrets.push(kim);
    await call('PATCH', '/api/me', { cookie: kim, body: { name: 'Kim de Vries' } });
    secrets.push('Kim de Vries');

    const network = (await (
      await call('POST', '/api/networks', {
        cookie: kim,
        body: { name: 'Lognetwerk', areaLevel: 'wijk', areaName: 'Log' },
      })
    ).json()) as { id: string };
    expect(
      (
        await call('POST', `/api/networks/${network.id}/invitations`, {
          cookie: kim,
          body: { role: 'partner', email: lotteEmail },
        })
      ).status,
    ).toBe(201);
    const invitation = /\/uitnodiging\/([A-Za-z0-9_-]+)/.exec(await lastMailTo(lotteEmail))![1];
    secrets.push(invitation);

    // Lotte: a wrong code first, then the right one.
    expect((await call('POST', '/api/auth/request', { body: { email: lotteEmail } })).status).toBe(202);
    const lotteCode = /inlogcode voor Wijknet: (\d{6})/.exec(await lastMailTo(lotteEmail, /inlogcode/))![1];
    const wrong = lotteCode === '000000' ? '111111' : '000000';
    expect((await call('POST', '/api/auth/verify', { body: { email: lotteEmail, code: wrong } })).status).toBe(400);
    const lotteVerify = await call('POST', '/api/auth/verify', { body: { email: lotteEmail, code: lotteCode } });
    expect(lotteVerify.status).toBe(200);
    const lotte = sessionFrom(lotteVerify);
    secrets.push(lotte);
    expect((await call('GET', `/api/invitations/${invitation}`)).status).toBe(200);
    // Someone new joins with their name (issue 13).
    expect(
      (await call('POST', `/api/invitations/${invitation}/accept`, { cookie: lotte, body: { name: 'Lotte' } })).status,
    ).toBe(200);

    // An API token, used for reads and a write; a search with a name in the query string.
    const created = (await (
      await call('POST', '/api/me/tokens', { cookie: kim, body: { name: 'Koppeling' } })
    ).json()) as { token: string };
    secrets.push(created.token);
    expect((await call('GET', `/api/networks/${network.id}`, { bearer: created.token })).status).toBe(200);
    expect(
      (
        await call('POST', `/api/networks/${network.id}/actors`, {
          bearer: created.token,
          body: { kind: 'person', name: 'Jan Pietersen', domain: 'bewoners', contactEmail: 'jan.p@voorbeeld.nl' },
        })
      ).status,
    ).toBe(201);
    secrets.push('jan.p@voorbeeld.nl');
    expect(
      (await call('GET', `/api/directory?q=${encodeURIComponent(kimEmail)}`, { bearer: created.token })).status,
    ).toBe(200);
    expect((await call('GET', '/api/me', { bearer: `${created.token}x` })).status).toBe(401);
    expect((await call('GET', '/api/me/export', { cookie: lotte })).status).toBe(200);
    expect((await call('DELETE', '/api/me', { cookie: lotte })).status).toBe(204);

    server.proc.kill('SIGTERM');
    expect((await server.exited).code).toBe(0);

    const log = (server.output.stdout.replace(MAIL_BLOCK, '\n') + server.output.stderr).replace(
      /^Wijknet draait op .*$/m,
      '',
    );
    const lines = log.split('\n').filter((l) => l.trim());
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) expect(() => JSON.parse(line), `not a JSON log line: ${line}`).not.toThrow();
    // The requests that carried secrets are in the log, in their cleaned-up form.
    expect(log).toContain('"url":"/api/invitations/…/accept"');
    expect(log).toContain('"url":"/api/directory"');
    expect(log).toContain('"url":"/api/auth/verify"');
    for (const secret of [...secrets, kimCode, lotteCode]) {
      expect(log, `the log contains "${secret}"`).not.toContain(secret);
    }
    for (const secret of [kim, lotte, created.token, linkToken, invitation]) {
      expect(log, 'the log contains a stored hash').not.toContain(hashSecret(secret));
    }
    expect(log).not.toMatch(/[a-z0-9.]+@voorbeeld\.nl/i);
  });
});
