import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../test/harness.js';
import type { Mail } from '../core/mail.js';
import { deliverDueMail, OPT_OUT_TEXT } from './mail-outbox.js';

const json = <T>(res: { body: string }): T => JSON.parse(res.body) as T;
const optOutToken = (text: string) => /\/geen-mail#token=([A-Za-z0-9_-]+)/.exec(text)?.[1];

/**
 * Issue 10, finding 9 ("mail as a megaphone"): an approach sent the sender's free text to any
 * findable actor's address, and names with line breaks broke the mail's layout. Now a fixed
 * template quotes the sender, every non-sign-in mail carries an opt-out honoured by the outbox,
 * and each sender and network has a daily limit.
 */
describe.each(dialects)('mail policy (%s)', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  async function network(cookie: string, name: string) {
    return json<{ id: string }>(
      await t.request({
        method: 'POST',
        url: '/api/networks',
        cookie,
        payload: { name, areaLevel: 'wijk', areaName: name },
      }),
    );
  }

  it("an approach quotes the sender's own text with name and network; a name with line breaks stays on one line and out of the header", async () => {
    t = await createTestApp(dialect);
    const kim = await t.signIn('kim@voorbeeld.nl');
    const other = await t.signIn('ot@voorbeeld.nl');
    // A name stored before names were one line (or written around the API).
    await t.deps.db
      .updateTable('users')
      .set({ name: 'Kim\nBcc: iedereen@voorbeeld.nl' })
      .where('id', '=', kim.user.id)
      .execute();
    const mine = await network(kim.cookie, 'Samen Oost');
    const theirs = await network(other.cookie, 'West');
    const actor = json<{ id: string }>(
      await t.request({
        method: 'POST',
        url: `/api/networks/${theirs.id}/actors`,
        cookie: other.cookie,
        payload: {
          kind: 'organisation',
          name: 'Bibliotheek West',
          domain: 'onderwijs',
          findable: true,
          contactEmail: 'info@west.nl',
        },
      }),
    );
    await t.deps.db.updateTable('networks').set({ name: 'Samen\nOost' }).where('id', '=', mine.id).execute();
    const res = await t.request({
      method: 'POST',
      url: `/api/networks/${mine.id}/suggestions/${actor.id}/approach`,
      cookie: kim.cookie,
      payload: { message: 'Uw wachtwoord verloopt.\nLog in via http://nep.example/login' },
    });
    expect(res.statusCode).toBe(200);
    const mail = t.lastMailTo('info@west.nl')!;
    expect(mail.subject).not.toMatch(/[\r\n]/);
    const lines = mail.text.split('\n');
    // The sender's words only as a quote, introduced by their name and network.
    expect(lines).toContain('> Uw wachtwoord verloopt.');
    expect(lines).toContain('> Log in via http://nep.example/login');
    expect(lines.filter((l) => l.includes('nep.example')).every((l) => l.startsWith('> '))).toBe(true);
    expect(mail.text).toContain('Kim Bcc: iedereen@voorbeeld.nl schrijft:');
    expect(mail.text).toContain('wijknetwerk "Samen Oost"');
    expect(lines.some((l) => l.startsWith('Bcc:'))).toBe(false);
    expect(mail.text).toContain(OPT_OUT_TEXT);

    // The owner changes the address: until the new address is confirmed, an approach mails nobody.
    const current = json<{ version: number }>(
      await t.request({ method: 'GET', url: `/api/networks/${theirs.id}/actors/${actor.id}`, cookie: other.cookie }),
    );
    await t.request({
      method: 'PATCH',
      url: `/api/networks/${theirs.id}/actors/${actor.id}`,
      cookie: other.cookie,
      payload: { contactEmail: 'nieuw@west.nl', version: current.version },
    });
    expect(t.mails.filter((m) => m.to === 'nieuw@west.nl').map((m) => m.kind)).toEqual(['contact-confirmation']);
    const third = await network(kim.cookie, 'Derde');
    const again = await t.request({
      method: 'POST',
      url: `/api/networks/${third.id}/suggestions/${actor.id}/approach`,
      cookie: kim.cookie,
      payload: { message: 'Nog een keer' },
    });
    expect(again.statusCode).toBe(200);
    expect(json<{ mailed: boolean }>(again).mailed).toBe(false);
    expect(t.mails.filter((m) => m.to === 'nieuw@west.nl').map((m) => m.kind)).toEqual(['contact-confirmation']);
  });

  it('"Ik wil geen mail meer via Wijknet": every non-sign-in mail carries it; after using it the address gets nothing but sign-in mail', async () => {
    t = await createTestApp(dialect);
    const kim = await t.signIn('kim@voorbeeld.nl');
    expect(t.lastMailTo('kim@voorbeeld.nl')!.text).not.toContain(OPT_OUT_TEXT);
    const net = await network(kim.cookie, 'Oost');
    const invite = () =>
      t.request({
        method: 'POST',
        url: `/api/networks/${net.id}/invitations`,
        cookie: kim.cookie,
        payload: { role: 'partner', email: 'geen@voorbeeld.nl', message: 'Doe je mee?' },
      });
    expect((await invite()).statusCode).toBe(201);
    const first = t.lastMailTo('geen@voorbeeld.nl')!;
    expect(first.text).toContain('> Doe je mee?');
    const token = optOutToken(first.text)!;
    expect(token).toBeTruthy();
    expect(
      (await t.request({ method: 'POST', url: '/api/mail/optout', payload: { token: 'y'.repeat(43) } })).statusCode,
    ).toBe(404);
    expect((await t.request({ method: 'POST', url: '/api/mail/optout', payload: { token } })).statusCode).toBe(200);

    const count = () => t.mails.filter((m: Mail) => m.to === 'geen@voorbeeld.nl').length;
    const before = count();
    expect((await invite()).statusCode).toBe(201);
    expect(count()).toBe(before);
    // Signing in still works: that mail is asked for by the person themselves.
    await t.signIn('geen@voorbeeld.nl');
    expect(count()).toBe(before + 1);
    expect(t.lastMailTo('geen@voorbeeld.nl')!.kind).toBe('sign-in');
  });

  it('the outbox does not send queued mail to an address that opted out after it was queued', async () => {
    t = await createTestApp(dialect, {}, { outbox: true });
    // Sign-in through the outbox: read the code from the stored mail.
    await t.request({ method: 'POST', url: '/api/auth/request', payload: { email: 'kim@voorbeeld.nl' } });
    const stored = await t.deps.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('to_address', '=', 'kim@voorbeeld.nl')
      .executeTakeFirstOrThrow();
    const code = /(\d{6})/.exec(stored.subject)![1];
    const verified = await t.request({
      method: 'POST',
      url: '/api/auth/verify',
      payload: { email: 'kim@voorbeeld.nl', code },
    });
    const cookie = /wijknet_session=([^;]+)/.exec(String(verified.headers['set-cookie']))?.[1] ?? '';
    expect(cookie).not.toBe('');
    const net = await network(cookie, 'Oost');
    await t.request({
      method: 'POST',
      url: `/api/networks/${net.id}/invitations`,
      cookie,
      payload: { role: 'partner', email: 'later@voorbeeld.nl' },
    });
    const queued = await t.deps.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('to_address', '=', 'later@voorbeeld.nl')
      .executeTakeFirstOrThrow();
    expect(
      (await t.request({ method: 'POST', url: '/api/mail/optout', payload: { token: optOutToken(queued.text)! } }))
        .statusCode,
    ).toBe(200);

    const sent: Mail[] = [];
    const result = await deliverDueMail(t.deps, { transport: { send: async (m) => void sent.push(m) } });
    expect(sent.map((m) => m.to)).not.toContain('later@voorbeeld.nl');
    expect(sent.map((m) => m.to)).toContain('kim@voorbeeld.nl');
    expect(result.failed).toBe(1);
    const row = await t.deps.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('id', '=', queued.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'failed', text: '' });
    expect(row.last_error).toMatch(/suppressed/);
  });

  it('per-sender and per-network daily limits answer 429 with a Dutch message', async () => {
    t = await createTestApp(dialect, { mailPerSenderDay: 2, mailPerNetworkDay: 3 });
    const kim = await t.signIn('kim@voorbeeld.nl');
    const net = await network(kim.cookie, 'Oost');
    const invite = (cookie: string, email: string) =>
      t.request({
        method: 'POST',
        url: `/api/networks/${net.id}/invitations`,
        cookie,
        payload: { role: 'kartrekker', email },
      });
    expect((await invite(kim.cookie, 'a@voorbeeld.nl')).statusCode).toBe(201);
    expect((await invite(kim.cookie, 'b@voorbeeld.nl')).statusCode).toBe(201);
    const third = await invite(kim.cookie, 'c@voorbeeld.nl');
    expect(third.statusCode).toBe(429);
    expect(json<{ error: { message: string } }>(third).error.message).toMatch(/^Je hebt vandaag al zoveel mails/);
    expect(t.lastMailTo('c@voorbeeld.nl')).toBeUndefined();
    // An invitation without an address mails nobody and counts for nothing.
    expect(
      (
        await t.request({
          method: 'POST',
          url: `/api/networks/${net.id}/invitations`,
          cookie: kim.cookie,
          payload: { role: 'partner' },
        })
      ).statusCode,
    ).toBe(201);

    // A second kartrekker of the same network: the network's limit (3) holds.
    const token = /\/uitnodiging\/([A-Za-z0-9_-]+)/.exec(t.lastMailTo('a@voorbeeld.nl')!.text)![1];
    const anna = await t.signIn('a@voorbeeld.nl');
    await t.request({ method: 'POST', url: `/api/invitations/${token}/accept`, cookie: anna.cookie });
    expect((await invite(anna.cookie, 'd@voorbeeld.nl')).statusCode).toBe(201);
    const over = await invite(anna.cookie, 'e@voorbeeld.nl');
    expect(over.statusCode).toBe(429);
    expect(json<{ error: { message: string } }>(over).error.message).toMatch(/^Dit netwerk heeft vandaag/);
  });
});
