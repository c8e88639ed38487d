import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../test/harness.js';
import { sessionFor } from '../../test/route-fixtures.js';

const json = (res: { body: string }) => JSON.parse(res.body);

/** Names (issue 13): people sign up and join with a name and appear by it, never by their address. */
describe.each(dialects)('names of people (%s)', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  const me = async (cookie: string) => json(await t.request({ method: 'GET', url: '/api/me', cookie }));
  const patchMe = (cookie: string, payload: Record<string, unknown>) =>
    t.request({ method: 'PATCH', url: '/api/me', cookie, payload });

  async function networkOf(cookie: string) {
    const created = await t.request({
      method: 'POST',
      url: '/api/networks',
      cookie,
      payload: { name: 'Wijknetwerk Centrum', areaLevel: 'wijk', areaName: 'Centrum' },
    });
    expect(created.statusCode, created.body).toBe(201);
    return json(created) as { id: string };
  }

  it('signing up asks for a name (required), with function and organisation optional', async () => {
    t = await createTestApp(dialect);
    const joke = await t.signIn('joke@voorbeeld.nl', { name: '' });
    expect(await me(joke.cookie)).toMatchObject({ name: '', askName: 'required', jobTitle: '', organisation: '' });
    // Required: an empty name or "later" is refused with a Dutch message on the field.
    const empty = await patchMe(joke.cookie, { name: '  ' });
    expect(empty.statusCode).toBe(422);
    expect(json(empty).error.fields.name).toMatch(/Vul je naam in/);
    expect((await patchMe(joke.cookie, { skipName: true })).statusCode).toBe(422);
    const saved = await patchMe(joke.cookie, {
      name: 'Joke de Vries',
      jobTitle: 'wijkverpleegkundige',
      organisation: 'Buurtzorg Centrum',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(json(saved)).toMatchObject({
      name: 'Joke de Vries',
      jobTitle: 'wijkverpleegkundige',
      organisation: 'Buurtzorg Centrum',
      askName: null,
    });
  });

  it('the session answer is 200 for everyone: the signed-in person, or null (no 401 for visitors)', async () => {
    t = await createTestApp(dialect);
    const joke = await t.signIn('joke@voorbeeld.nl', { name: 'Joke de Vries' });
    const mine = await t.request({ method: 'GET', url: '/api/auth/session', cookie: joke.cookie });
    expect(mine.statusCode).toBe(200);
    expect(json(mine).user).toMatchObject({ email: 'joke@voorbeeld.nl', name: 'Joke de Vries', askName: null });
    const nobody = await t.request({ method: 'GET', url: '/api/auth/session' });
    expect(nobody.statusCode).toBe(200);
    expect(json(nobody)).toEqual({ user: null });
    const stale = await t.request({ method: 'GET', url: '/api/auth/session', cookie: 'verlopen-of-onbekend' });
    expect(json(stale)).toEqual({ user: null });
  });

  it('an account from before without a name is asked once and may skip it', async () => {
    t = await createTestApp(dialect);
    const old = await t.services.auth.ensureUser('oud@voorbeeld.nl');
    const cookie = await sessionFor(t, old.id);
    expect((await me(cookie)).askName).toBe('once');
    const skipped = await patchMe(cookie, { skipName: true });
    expect(skipped.statusCode, skipped.body).toBe(200);
    expect(json(skipped)).toMatchObject({ name: '', askName: null });
    expect((await me(cookie)).askName).toBeNull();
  });

  it('the invitation names the inviter; accepting asks for a name; nobody appears by address', async () => {
    t = await createTestApp(dialect);
    const joke = await t.signIn('joke@voorbeeld.nl', { name: '' });
    await patchMe(joke.cookie, { name: 'Joke de Vries', jobTitle: 'wijkverpleegkundige' });
    const network = await networkOf(joke.cookie);
    const invited = await t.request({
      method: 'POST',
      url: `/api/networks/${network.id}/invitations`,
      cookie: joke.cookie,
      payload: { role: 'partner', email: 'sanne@voorbeeld.nl' },
    });
    expect(invited.statusCode).toBe(201);
    const mail = t.lastMailTo('sanne@voorbeeld.nl')!;
    expect(mail.text).toContain('Joke de Vries (wijkverpleegkundige) nodigt je uit voor het wijknetwerk');
    expect(mail.subject).toContain('Joke de Vries');
    expect(mail.text + mail.subject).not.toMatch(/joke@|een kartrekker/i);
    const token = /\/uitnodiging\/([A-Za-z0-9_-]+)/.exec(mail.text)![1];

    const sanne = await t.signIn('sanne@voorbeeld.nl', { name: '' });
    const preview = json(await t.request({ method: 'GET', url: `/api/invitations/${token}`, cookie: sanne.cookie }));
    expect(preview).toMatchObject({
      invitedBy: 'Joke de Vries',
      invitedByAbout: 'wijkverpleegkundige',
      nameNeeded: true,
    });
    const url = `/api/invitations/${token}/accept`;
    const nameless = await t.request({ method: 'POST', url, cookie: sanne.cookie });
    expect(nameless.statusCode).toBe(422);
    expect(json(nameless).error.fields.name).toMatch(/Vul je naam in/);
    const accepted = await t.request({
      method: 'POST',
      url,
      cookie: sanne.cookie,
      payload: { name: 'Sanne Bakker', organisation: 'Welzijn Centrum' },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect((await me(sanne.cookie)).askName).toBeNull();

    const members = json(
      await t.request({ method: 'GET', url: `/api/networks/${network.id}/members`, cookie: joke.cookie }),
    ) as { name: string; jobTitle: string; organisation: string }[];
    expect(members.map((m) => [m.name, m.jobTitle, m.organisation]).sort()).toEqual([
      ['Joke de Vries', 'wijkverpleegkundige', ''],
      ['Sanne Bakker', '', 'Welzijn Centrum'],
    ]);
    // The audit names them too, never by address.
    const audit = json(
      await t.request({ method: 'GET', url: `/api/networks/${network.id}/audit`, cookie: joke.cookie }),
    ) as { entries: { user: { name: string } | null }[] };
    const names = audit.entries.map((e) => e.user?.name ?? '');
    expect(names).toContain('Sanne Bakker');
    expect(names.join(' ')).not.toMatch(/@|joke\b|sanne\b/);
  });

  it('an inviter without a name: the invitation speaks for the network, not "een kartrekker"', async () => {
    t = await createTestApp(dialect);
    const old = await t.services.auth.ensureUser('oud@voorbeeld.nl');
    const cookie = await sessionFor(t, old.id);
    const network = await networkOf(cookie);
    await t.request({
      method: 'POST',
      url: `/api/networks/${network.id}/invitations`,
      cookie,
      payload: { role: 'partner', email: 'sanne@voorbeeld.nl' },
    });
    const mail = t.lastMailTo('sanne@voorbeeld.nl')!;
    expect(mail.text).toContain('Je bent uitgenodigd voor het wijknetwerk "Wijknetwerk Centrum"');
    expect(mail.text).not.toMatch(/oud@|oud nodigt|een kartrekker/i);
    const token = /\/uitnodiging\/([A-Za-z0-9_-]+)/.exec(mail.text)![1];
    const preview = json(await t.request({ method: 'GET', url: `/api/invitations/${token}` }));
    expect(preview).toMatchObject({ invitedBy: null, invitedByAbout: '', nameNeeded: false });
  });
});
