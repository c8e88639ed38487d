import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { createTestApp, dialects, type TestApp } from '../test/harness.js';
import { createMailer } from '../server/mail.js';
import { deliverDueMail, MAIL_RETRY_DELAYS_MS } from './mail-outbox.js';
import { mailStatusReport } from '../cli/mail.js';

type Mode = 'refuse' | 'hang' | 'accept';

/** A local SMTP server that refuses every connection, never answers, or accepts, as the test says. */
async function startSmtp() {
  const state = { mode: 'refuse' as Mode, received: [] as string[], hanging: [] as net.Socket[] };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onConnect(session, callback) {
      if (state.mode === 'refuse') return callback(Object.assign(new Error('Niet nu'), { responseCode: 421 }));
      if (state.mode === 'accept') return callback();
      // hang: never greet; the socket is ended when the test closes the server.
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        state.received.push(Buffer.concat(chunks).toString('utf8'));
        callback();
      });
    },
    logger: false,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as net.AddressInfo).port;
  return { state, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe.each(dialects)('mail outbox (%s)', (dialect) => {
  let t: TestApp | undefined;
  let smtp: Awaited<ReturnType<typeof startSmtp>> | undefined;
  afterEach(async () => {
    await t?.close();
    await smtp?.close();
  });

  it(
    'signing in answers at once while the mail server refuses, then hangs; the mail goes out once it accepts',
    { timeout: 30_000 },
    async () => {
      smtp = await startSmtp();
      // The server's own timeouts are 10 s; a silent server's sockets close sooner here, so the test does not wait.
      t = await createTestApp(
        dialect,
        { smtpUrl: `smtp://127.0.0.1:${smtp.port}?greetingTimeout=1000` },
        { outbox: true },
      );
      const transport = createMailer(t.config);
      let clock = new Date(0);
      const deliver = () => deliverDueMail(t!.deps, { transport, attemptTimeoutMs: 1000, now: () => clock });
      const outbox = () => t!.deps.db.selectFrom('mail_outbox').selectAll().execute();
      const requestSignIn = async () => {
        const started = Date.now();
        const res = await t!.request({
          method: 'POST',
          url: '/api/auth/request',
          payload: { email: 'kim@voorbeeld.nl' },
        });
        return { res, ms: Date.now() - started };
      };

      // Refused: the request answers at once, the attempt fails, the mail waits a minute.
      const first = await requestSignIn();
      expect(first.res.statusCode).toBe(202);
      expect(first.ms).toBeLessThan(1000);
      clock = new Date();
      expect(await deliver()).toEqual({ sent: 0, retrying: 1, failed: 0 });
      const [row] = await outbox();
      expect(row).toMatchObject({ kind: 'sign-in', status: 'queued', attempts: 1 });
      expect(Date.parse(row!.next_attempt_at) - clock.getTime()).toBe(MAIL_RETRY_DELAYS_MS[0]);
      expect(row!.last_error).toMatch(/421/);
      expect(row!.last_error).not.toContain('kim@voorbeeld.nl');

      // Asking again tells the person the mail has not gone out, still without waiting.
      const again = await requestSignIn();
      expect(again.res.statusCode).toBe(202);
      expect(again.ms).toBeLessThan(1000);
      expect(JSON.parse(again.res.body)).toMatchObject({
        mailDelayed: true,
        message: 'De mail is nog niet verstuurd, probeer het zo nog eens.',
      });
      const verify = await t.request({
        method: 'POST',
        url: '/api/auth/verify',
        payload: { email: 'kim@voorbeeld.nl', code: '000000' },
      });
      expect(verify.statusCode).toBe(503);
      expect(JSON.parse(verify.body).error).toMatchObject({
        code: 'mail_not_sent',
        message: 'De mail is nog niet verstuurd, probeer het zo nog eens.',
      });

      // Hangs: the attempt gives up after its timeout; a sign-in request meanwhile answers at once.
      smtp.state.mode = 'hang';
      clock = new Date(clock.getTime() + MAIL_RETRY_DELAYS_MS[0]!);
      const hanging = deliver();
      const during = await requestSignIn();
      expect(during.res.statusCode).toBe(202);
      expect(during.ms).toBeLessThan(1000);
      const afterHang = await hanging;
      expect(afterHang.sent).toBe(0);
      expect(afterHang.retrying).toBeGreaterThanOrEqual(1);

      // Accepts: everything still valid goes out, each mail once.
      smtp.state.mode = 'accept';
      clock = new Date(clock.getTime() + MAIL_RETRY_DELAYS_MS[1]!);
      const done = await deliver();
      expect(done.failed).toBe(0);
      expect(done.sent).toBe(3);
      expect(await deliver()).toEqual({ sent: 0, retrying: 0, failed: 0 });
      expect(smtp.state.received).toHaveLength(3);
      expect(smtp.state.received.every((m) => /Je inlogcode voor Wijknet: \d{6}/.test(m))).toBe(true);
      const rows = await outbox();
      expect(rows.map((r) => r.status)).toEqual(['sent', 'sent', 'sent']);
      // Sent mail keeps no link or code.
      expect(rows.every((r) => r.text === '' && r.subject === '')).toBe(true);
    },
  );

  it('a sign-in mail that cannot go out within its validity is marked failed, and the next request says so', async () => {
    smtp = await startSmtp();
    t = await createTestApp(dialect, { smtpUrl: `smtp://127.0.0.1:${smtp.port}` }, { outbox: true });
    const transport = createMailer(t.config);
    expect(
      (await t.request({ method: 'POST', url: '/api/auth/request', payload: { email: 'kim@voorbeeld.nl' } }))
        .statusCode,
    ).toBe(202);
    let clock = new Date();
    expect(await deliverDueMail(t.deps, { transport, now: () => clock })).toMatchObject({ retrying: 1 });
    clock = new Date(clock.getTime() + MAIL_RETRY_DELAYS_MS[0]!);
    expect(await deliverDueMail(t.deps, { transport, now: () => clock })).toMatchObject({ retrying: 1 });
    // The third delay (30 minutes) would end after the 15 minutes a sign-in link works.
    clock = new Date(clock.getTime() + MAIL_RETRY_DELAYS_MS[1]!);
    expect(await deliverDueMail(t.deps, { transport, now: () => clock })).toEqual({ sent: 0, retrying: 0, failed: 1 });
    const [row] = await t.deps.db.selectFrom('mail_outbox').selectAll().execute();
    expect(row).toMatchObject({ status: 'failed', attempts: 3, text: '' });
    const next = await t.request({ method: 'POST', url: '/api/auth/request', payload: { email: 'kim@voorbeeld.nl' } });
    expect(JSON.parse(next.body)).toMatchObject({ mailDelayed: true });

    // wijknet mail status: counts, and per mail its kind and attempts, never the address.
    const report = await mailStatusReport(t.deps.db);
    expect(report).toMatch(/^Mail: 1 wacht, 0 verstuurd, 1 mislukt\n/);
    expect(report).toMatch(/- mislukt · sign-in · .* · 3 pogingen · .*421/);
    expect(report).toMatch(/- wacht · sign-in · .* · 0 pogingen, volgende poging /);
    expect(report).not.toContain('kim@voorbeeld.nl');
  });

  it('two senders at once send a mail only once', async () => {
    smtp = await startSmtp();
    smtp.state.mode = 'accept';
    t = await createTestApp(dialect, { smtpUrl: `smtp://127.0.0.1:${smtp.port}` }, { outbox: true });
    const transport = createMailer(t.config);
    for (const email of ['a@voorbeeld.nl', 'b@voorbeeld.nl', 'c@voorbeeld.nl']) {
      await t.request({ method: 'POST', url: '/api/auth/request', payload: { email } });
    }
    const results = await Promise.all([deliverDueMail(t.deps, { transport }), deliverDueMail(t.deps, { transport })]);
    expect(results[0]!.sent + results[1]!.sent).toBe(3);
    expect(smtp.state.received).toHaveLength(3);
  });
});
