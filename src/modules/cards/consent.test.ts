import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../test/harness.js';
import type { ConsentLinkView, VersionView } from './schemas.js';

const json = <T>(res: { body: string }): T => JSON.parse(res.body) as T;
const linkIn = (text: string) => /\/akkoord\/([A-Za-z0-9_-]+)/.exec(text)?.[1];

/**
 * Issue 10, "Consent from every partner": a partner without an account agrees or declines through
 * a personal link, and a kartrekker records consent given elsewhere; every consent names its person.
 */
describe.each(dialects)('consent from partners without an account (%s)', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  async function world() {
    t = await createTestApp(dialect);
    const kim = await t.signIn('kim@voorbeeld.nl');
    const network = json<{ id: string }>(
      await t.request({
        method: 'POST',
        url: '/api/networks',
        cookie: kim.cookie,
        payload: { name: 'Samen Oost', areaLevel: 'wijk', areaName: 'Oost' },
      }),
    );
    const n = `/api/networks/${network.id}`;
    const actors: { id: string; version: number }[] = [];
    for (const [name, email] of [
      ['Bibliotheek Oost', 'info@bieb.nl'],
      ['Huisartsen Oost', 'praktijk@huisarts.nl'],
      ['Sportclub Oost', 'bestuur@sport.nl'],
    ])
      actors.push(
        json(
          await t.request({
            method: 'POST',
            url: `${n}/actors`,
            cookie: kim.cookie,
            payload: { kind: 'organisation', name, domain: 'welzijn', contactEmail: email },
          }),
        ),
      );
    const publish = async (text: string) => {
      await t.request({
        method: 'POST',
        url: `${n}/card/joint`,
        cookie: kim.cookie,
        payload: { column: 'waarden', text },
      });
      return json<VersionView>(await t.request({ method: 'POST', url: `${n}/card/versions`, cookie: kim.cookie }));
    };
    const version = await publish('Iedereen doet mee.');
    return { kim, network, n, actors, version, publish };
  }

  const view = (n: string, versionId: string, cookie: string) =>
    t.request({ method: 'GET', url: `${n}/card/versions/${versionId}`, cookie }).then(json<VersionView>);

  it('"Vraag akkoord": a personal link; opening it changes nothing; agreeing uses it up and names the person', async () => {
    const { kim, n, actors, version } = await world();
    const asked = await t.request({
      method: 'POST',
      url: `${n}/card/versions/${version.id}/consent-requests`,
      cookie: kim.cookie,
      payload: { actorId: actors[0].id },
    });
    expect(asked.statusCode).toBe(201);
    const mail = t.lastMailTo('info@bieb.nl')!;
    expect(mail.kind).toBe('consent-request');
    expect(mail.text).toContain('versie 1 van de samenwerkingskaart');
    expect(mail.text).toContain('Ik wil geen mail meer via Wijknet');
    const token = linkIn(mail.text)!;
    expect(token).toBeTruthy();

    // Opening (twice, as a mail scanner and then the person) changes nothing and needs no account.
    for (let i = 0; i < 2; i++) {
      const opened = await t.request({ method: 'GET', url: `/api/consent-links/${token}` });
      expect(opened.statusCode).toBe(200);
      const page = json<ConsentLinkView>(opened);
      expect(page).toMatchObject({
        status: 'open',
        partnerName: 'Bibliotheek Oost',
        networkName: 'Samen Oost',
        versionNumber: 1,
      });
      expect(JSON.stringify(page.snapshot)).toContain('Iedereen doet mee.');
    }
    const before = (await view(n, version.id, kim.cookie)).consents.find((c) => c.party === `actor:${actors[0].id}`)!;
    expect(before).toMatchObject({ consented: false, link: { status: 'open' }, contact: 'ok' });

    const answered = await t.request({
      method: 'POST',
      url: `/api/consent-links/${token}`,
      payload: { answer: 'agree', name: 'Els Jansen', role: 'directeur' },
    });
    expect(answered.statusCode).toBe(200);
    expect(json<ConsentLinkView>(answered)).toMatchObject({ status: 'used', answer: 'agree', snapshot: null });
    const after = (await view(n, version.id, kim.cookie)).consents.find((c) => c.party === `actor:${actors[0].id}`)!;
    expect(after).toMatchObject({ consented: true, consentedBy: 'Els Jansen', byRole: 'directeur', method: 'link' });

    // A second use: a clear Dutch answer, nothing changes.
    const again = await t.request({
      method: 'POST',
      url: `/api/consent-links/${token}`,
      payload: { answer: 'decline', name: 'Iemand anders', reason: 'toch niet' },
    });
    expect(again.statusCode).toBe(410);
    expect(json<{ error: { message: string } }>(again).error.message).toMatch(/al geantwoord/);
    expect(json<ConsentLinkView>(await t.request({ method: 'GET', url: `/api/consent-links/${token}` })).status).toBe(
      'used',
    );
  });

  it('declining needs a reason; an expired link and a newer version get a clear answer; two answers at once: one wins', async () => {
    const { kim, n, actors, version, publish } = await world();
    const ask = (actorId: string) =>
      t.request({
        method: 'POST',
        url: `${n}/card/versions/${version.id}/consent-requests`,
        cookie: kim.cookie,
        payload: { actorId },
      });
    await ask(actors[1].id);
    const token = linkIn(t.lastMailTo('praktijk@huisarts.nl')!.text)!;
    const noReason = await t.request({
      method: 'POST',
      url: `/api/consent-links/${token}`,
      payload: { answer: 'decline', name: 'Dr. Bos' },
    });
    expect(noReason.statusCode).toBe(422);
    expect(json<{ error: { fields: Record<string, string> } }>(noReason).error.fields.reason).toMatch(/waarom/);
    const both = await Promise.all(
      ['Dr. Bos', 'Dr. Smit'].map((name) =>
        t.request({
          method: 'POST',
          url: `/api/consent-links/${token}`,
          payload: { answer: 'decline', name, reason: 'Doel 2 past niet bij ons' },
        }),
      ),
    );
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 410]);
    const declined = (await view(n, version.id, kim.cookie)).consents.find((c) => c.party === `actor:${actors[1].id}`)!;
    expect(declined).toMatchObject({
      consented: false,
      link: { status: 'declined', reason: 'Doel 2 past niet bij ons' },
    });
    // The kartrekker who asked hears it, the reason quoted.
    const told = t.lastMailTo('kim@voorbeeld.nl')!;
    expect(told.kind).toBe('consent-answer');
    expect(told.subject).toBe('Huisartsen Oost gaat niet akkoord met versie 1 van de samenwerkingskaart');
    expect(told.text).toContain('> Doel 2 past niet bij ons');

    // Expired: 14 days are over.
    await ask(actors[2].id);
    const old = linkIn(t.lastMailTo('bestuur@sport.nl')!.text)!;
    await t.deps.db
      .updateTable('consent_links')
      .set({ expires_at: '2020-01-01T00:00:00.000Z' })
      .where('actor_id', '=', actors[2].id)
      .execute();
    expect(json<ConsentLinkView>(await t.request({ method: 'GET', url: `/api/consent-links/${old}` })).status).toBe(
      'expired',
    );
    const late = await t.request({
      method: 'POST',
      url: `/api/consent-links/${old}`,
      payload: { answer: 'agree', name: 'Kees' },
    });
    expect(late.statusCode).toBe(410);
    expect(json<{ error: { message: string } }>(late).error.message).toMatch(/verlopen/);

    // A newer version: the old link shows it and does not count.
    await ask(actors[2].id);
    const fresh = linkIn(t.lastMailTo('bestuur@sport.nl')!.text)!;
    await publish('En we luisteren naar elkaar.');
    expect(json<ConsentLinkView>(await t.request({ method: 'GET', url: `/api/consent-links/${fresh}` })).status).toBe(
      'outdated',
    );
    const outdated = await t.request({
      method: 'POST',
      url: `/api/consent-links/${fresh}`,
      payload: { answer: 'agree', name: 'Kees' },
    });
    expect(outdated.statusCode).toBe(409);
    expect(
      (await t.request({ method: 'GET', url: '/api/consent-links/onbekend-onbekend-onbekend-1' })).statusCode,
    ).toBe(404);
  });

  it("only a kartrekker or the partner's confirmed representative asks; a changed contact address is confirmed first", async () => {
    const { kim, network, n, actors, version } = await world();
    // Piet is a partner acting for nobody.
    await t.request({
      method: 'POST',
      url: `${n}/invitations`,
      cookie: kim.cookie,
      payload: { role: 'partner', email: 'piet@voorbeeld.nl' },
    });
    const invite = /\/uitnodiging\/([A-Za-z0-9_-]+)/.exec(t.lastMailTo('piet@voorbeeld.nl')!.text)![1];
    const piet = await t.signIn('piet@voorbeeld.nl');
    await t.request({ method: 'POST', url: `/api/invitations/${invite}/accept`, cookie: piet.cookie });
    const byPiet = await t.request({
      method: 'POST',
      url: `${n}/card/versions/${version.id}/consent-requests`,
      cookie: piet.cookie,
      payload: { actorId: actors[0].id },
    });
    expect(byPiet.statusCode).toBe(403);

    // The address changes: a confirmation goes to the new address, and until then no consent link.
    const changed = await t.request({
      method: 'PATCH',
      url: `${n}/actors/${actors[0].id}`,
      cookie: kim.cookie,
      payload: { contactEmail: 'nieuw@bieb.nl', version: actors[0].version },
    });
    expect(changed.statusCode).toBe(200);
    const confirmation = t.lastMailTo('nieuw@bieb.nl')!;
    expect(confirmation.kind).toBe('contact-confirmation');
    const mailsBefore = t.mails.length;
    const blocked = await t.request({
      method: 'POST',
      url: `${n}/card/versions/${version.id}/consent-requests`,
      cookie: kim.cookie,
      payload: { actorId: actors[0].id },
    });
    expect(blocked.statusCode).toBe(422);
    expect(json<{ error: { fields: Record<string, string> } }>(blocked).error.fields.actorId).toMatch(
      /nog niet bevestigd/,
    );
    expect(t.mails.length).toBe(mailsBefore);
    expect(
      (await view(n, version.id, kim.cookie)).consents.find((c) => c.party === `actor:${actors[0].id}`)!.contact,
    ).toBe('unconfirmed');

    const token = /adres-bevestigen#token=([A-Za-z0-9_-]+)/.exec(confirmation.text)![1];
    expect(
      (await t.request({ method: 'POST', url: '/api/contact-confirmations', payload: { token: 'x'.repeat(43) } }))
        .statusCode,
    ).toBe(404);
    const actorView = () =>
      t
        .request({ method: 'GET', url: `${n}/actors/${actors[0].id}`, cookie: kim.cookie })
        .then(json<{ contactUnconfirmed: boolean }>);
    expect((await actorView()).contactUnconfirmed).toBe(true);
    const confirmed = await t.request({ method: 'POST', url: '/api/contact-confirmations', payload: { token } });
    expect(confirmed.statusCode).toBe(200);
    expect((await actorView()).contactUnconfirmed).toBe(false);
    const now = await t.request({
      method: 'POST',
      url: `${n}/card/versions/${version.id}/consent-requests`,
      cookie: kim.cookie,
      payload: { actorId: actors[0].id },
    });
    expect(now.statusCode).toBe(201);
    expect(linkIn(t.lastMailTo('nieuw@bieb.nl')!.text)).toBeTruthy();
    expect(network.id).toBeTruthy();
  });

  it('consent recorded elsewhere names the person, role, date and how; it is announced to the partner', async () => {
    const { kim, n, actors, version } = await world();
    const record = (payload: object, cookie = kim.cookie) =>
      t.request({ method: 'POST', url: `${n}/card/versions/${version.id}/consents/recorded`, cookie, payload });
    // The date in the Netherlands, as the service reads it.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    const future = await record({ party: `actor:${actors[2].id}`, name: 'Kees', date: '2999-01-01', how: 'paper' });
    expect(future.statusCode).toBe(422);
    expect(Object.keys(json<{ error: { fields: object } }>(future).error.fields)).toEqual(['date']);
    const badHow = await record({ party: `actor:${actors[2].id}`, name: 'Kees', date: today, how: 'telepathie' });
    expect(badHow.statusCode).toBe(400);
    expect(json<{ error: { fields: Record<string, string> } }>(badHow).error.fields.how).toMatch(/op papier/);
    const noName = await record({ party: `actor:${actors[2].id}`, name: '', date: today, how: 'paper' });
    expect(noName.statusCode).toBe(400);
    expect(Object.keys(json<{ error: { fields: object } }>(noName).error.fields)).toEqual(['name']);

    const done = await record({
      party: `actor:${actors[2].id}`,
      name: 'Kees de Vries',
      role: 'voorzitter',
      date: today,
      how: 'paper',
    });
    expect(done.statusCode).toBe(201);
    const c = json<VersionView>(done).consents.find((x) => x.party === `actor:${actors[2].id}`)!;
    expect(c).toMatchObject({
      consented: true,
      consentedBy: 'Kees de Vries',
      byRole: 'voorzitter',
      givenOn: today,
      method: 'paper',
    });
    expect(c.recordedBy).toBeTruthy();
    const notice = t.lastMailTo('bestuur@sport.nl')!;
    expect(notice.kind).toBe('consent-recorded');
    expect(notice.text).toContain('Kees de Vries (voorzitter)');
    expect(notice.text).toContain('op papier ondertekend');
    expect(notice.text).toContain('Klopt dit niet? Laat het weten');
    const twice = await record({ party: `actor:${actors[2].id}`, name: 'Kees', date: today, how: 'meeting' });
    expect(twice.statusCode).toBe(409);

    // "Klopt dit niet?": the kartrekker takes the recorded consent back; a member's own online consent stays.
    const removed = await t.request({
      method: 'DELETE',
      url: `${n}/card/versions/${version.id}/consents/${c.consentId}`,
      cookie: kim.cookie,
    });
    expect(removed.statusCode).toBe(200);
    expect(json<VersionView>(removed).consents.find((x) => x.party === `actor:${actors[2].id}`)!.consented).toBe(false);
    const own = json<VersionView>(
      await t.request({ method: 'POST', url: `${n}/card/versions/${version.id}/consent`, cookie: kim.cookie }),
    ).consents.find((x) => x.consented)!;
    expect(own.method).toBe('account');
    const notOnline = await t.request({
      method: 'DELETE',
      url: `${n}/card/versions/${version.id}/consents/${own.consentId}`,
      cookie: kim.cookie,
    });
    expect(notOnline.statusCode).toBe(404);
  });
});
