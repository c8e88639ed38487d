import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, dialects, memberContext, type TestApp } from '../../test/harness.js';
import { reasonFor } from './service.js';

const json = (res: { body: string }) => JSON.parse(res.body);

describe('the reason for a suggestion', () => {
  it('reads as a sentence', () => {
    expect(reasonFor(['eenzaamheid'], ['ouderen'], [])).toBe('werkt ook aan eenzaamheid bij ouderen');
    expect(reasonFor([], ['mantelzorgers', 'ouderen'], [])).toBe('werkt ook voor mantelzorgers en ouderen');
  });
});

describe.each(dialects)('suggested allies (%s)', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  async function setUp() {
    t = await createTestApp(dialect);
    const a = await t.signIn('anouk@voorbeeld.nl');
    const b = await t.signIn('bram@voorbeeld.nl');
    const mine = await t.services.networks.create(a.user, {
      name: 'Noord',
      areaLevel: 'wijk',
      areaName: 'Noord',
      ambition: 'Minder eenzaamheid bij ouderen.',
    });
    const other = await t.services.networks.create(b.user, { name: 'Zuid', areaLevel: 'wijk', areaName: 'Zuid' });
    const ctxA = await memberContext(t, mine.id, a.user.id);
    const ctxB = await memberContext(t, other.id, b.user.id);
    const add = (name: string, extra: object) =>
      t.services.actors.create(ctxB, { kind: 'organisation', name, domain: 'welzijn', findable: true, ...extra });
    return { a, mine, ctxA, add, base: `/api/networks/${mine.id}/suggestions` };
  }

  it('ranks findable actors elsewhere by overlap with the ambition and focus, with the reason in words', async () => {
    const { a, mine, ctxA, add, base } = await setUp();
    await add('Ouderenbond', {
      themes: ['eenzaamheid'],
      targetGroups: ['ouderen'],
      contactEmail: 'info@ouderenbond.nl',
    });
    await add('Seniorenkoor', { themes: ['muziek'], targetGroups: ['ouderen'] });
    await add('Jongerenwerk', { themes: ['sport'], targetGroups: ['jongeren'] });
    await add('Geheime club', { themes: ['eenzaamheid'], targetGroups: ['ouderen'], findable: false });
    const res = await t.request({ method: 'GET', url: base, cookie: a.cookie });
    expect(res.statusCode, res.body).toBe(200);
    const list = json(res);
    expect(list.map((s: { name: string }) => s.name)).toEqual(['Ouderenbond', 'Seniorenkoor']);
    expect(list[0]).toMatchObject({ overlap: 2, reason: 'werkt ook aan eenzaamheid bij ouderen', hasEmail: true });
    expect(list[1].reason).toBe('werkt ook voor ouderen');

    // A chosen focus feeds the suggestions too.
    const network = await t.services.networks.overview(ctxA);
    await t.services.networks.update(ctxA, { focusThemes: ['sport'], version: network.network.version });
    expect(
      json(await t.request({ method: 'GET', url: base, cookie: a.cookie })).map((s: { name: string }) => s.name),
    ).toContain('Jongerenwerk');
    void mine;
  });

  it('ranks partners from the own wijk, then the gemeente, then the region above distant ones, and says where', async () => {
    t = await createTestApp(dialect);
    const lead = await t.signIn('anouk@voorbeeld.nl');
    const mine = await t.services.networks.create(lead.user, {
      name: 'Presikhaaf',
      areaLevel: 'wijk',
      areaName: 'Presikhaaf',
      regionCode: 'WK020213',
      ambition: 'Minder eenzaamheid.',
    });
    const elsewhere = async (
      email: string,
      net: { name: string; areaLevel: 'wijk' | 'gemeente'; areaName: string; regionCode: string },
    ) => {
      const u = await t.signIn(email);
      const n = await t.services.networks.create(u.user, net);
      return memberContext(t, n.id, u.user.id);
    };
    const oss = await elsewhere('oss@voorbeeld.nl', {
      name: 'Oss',
      areaLevel: 'wijk',
      areaName: 'Oss-Centrum',
      regionCode: 'WK082801',
    });
    const malburgen = await elsewhere('mal@voorbeeld.nl', {
      name: 'Malburgen',
      areaLevel: 'wijk',
      areaName: 'Malburgen',
      regionCode: 'WK020207',
    });
    const rheden = await elsewhere('rh@voorbeeld.nl', {
      name: 'Rheden',
      areaLevel: 'gemeente',
      areaName: 'Rheden',
      regionCode: 'GM0275',
    });
    const same = await elsewhere('pr@voorbeeld.nl', {
      name: 'Ander Presikhaaf',
      areaLevel: 'wijk',
      areaName: 'Presikhaaf',
      regionCode: 'WK020213',
    });
    const add = (ctx: typeof oss, name: string, themes: string[], area = '') =>
      t.services.actors.create(ctx, { kind: 'organisation', name, domain: 'welzijn', findable: true, themes, area });
    // Oss matches best on words, but is far away.
    await add(oss, 'Eenzaamheid Oss', ['eenzaamheid', 'eenzaamheid ouderen']);
    await add(rheden, 'Welzijn Rheden', ['eenzaamheid'], 'regio Arnhem');
    await add(malburgen, 'Buurtcentrum Malburgen', ['eenzaamheid']);
    await add(same, 'Huiskamer Presikhaaf', ['eenzaamheid']);
    // The gemeente's name, as the wijkprofiel's CBS figures give it.
    await t.deps.db
      .insertInto('profile_regions')
      .values({
        id: crypto.randomUUID(),
        network_id: mine.id,
        region_code: 'GM0202',
        region_name: 'Arnhem',
        region_level: 'gemeente',
        year: 2024,
        table_id: '',
        figures: '{}',
        file_name: '',
        created_at: new Date().toISOString(),
        updated_at: new Date().toISOString(),
        version: 1,
      })
      .execute();
    const list = json(
      await t.request({ method: 'GET', url: `/api/networks/${mine.id}/suggestions`, cookie: lead.cookie }),
    );
    expect(list.map((s: { name: string; nearness: string; place: string }) => [s.name, s.nearness, s.place])).toEqual([
      ['Huiskamer Presikhaaf', 'wijk', 'Presikhaaf'],
      ['Buurtcentrum Malburgen', 'gemeente', 'Malburgen'],
      ['Welzijn Rheden', 'regio', 'regio Arnhem'],
      ['Eenzaamheid Oss', 'elders', 'Oss-Centrum'],
    ]);
  });

  it('invites by mail when there is an address; without one it asks first, then shows how to reach them; both mark the actor approached', async () => {
    const { a, mine, add, base } = await setUp();
    const withMail = await add('Ouderenbond', { themes: ['eenzaamheid'], contactEmail: 'info@ouderenbond.nl' });
    const withoutMail = await add('Buurtkamer', {
      themes: ['eenzaamheid'],
      contactPhone: '0412 123 456',
      website: 'https://www.buurtkamer.nl',
    });
    const mailed = await t.request({ method: 'POST', url: `${base}/${withMail.id}/approach`, cookie: a.cookie });
    expect(mailed.statusCode, mailed.body).toBe(200);
    expect(json(mailed)).toMatchObject({ mailed: true, status: 'approached' });
    const mail = t.lastMailTo('info@ouderenbond.nl')!;
    expect(mail.subject).toBe('Uitnodiging: werk mee in Noord');
    expect(mail.text).toContain('anouk@voorbeeld.nl');

    // Without an address nothing is marked silently: the kartrekker chooses to reach them another way.
    const ask = await t.request({ method: 'POST', url: `${base}/${withoutMail.id}/approach`, cookie: a.cookie });
    expect(ask.statusCode, ask.body).toBe(409);
    expect(json(ask).error).toMatchObject({ code: 'approach_needs_choice' });
    expect(json(ask).error.message).toContain('Buurtkamer heeft geen openbaar e-mailadres');
    expect(
      json(await t.request({ method: 'GET', url: `/api/networks/${mine.id}/actors`, cookie: a.cookie })).map(
        (x: { name: string }) => x.name,
      ),
    ).toEqual(['Ouderenbond']);
    const phoned = json(
      await t.request({
        method: 'POST',
        url: `${base}/${withoutMail.id}/approach`,
        cookie: a.cookie,
        payload: { withoutMail: true },
      }),
    );
    expect(phoned).toMatchObject({
      mailed: false,
      contact: { phone: '0412 123 456', website: 'https://www.buurtkamer.nl' },
    });
    expect(phoned.message).toContain('bel 0412 123 456');
    const actors = json(await t.request({ method: 'GET', url: `/api/networks/${mine.id}/actors`, cookie: a.cookie }));
    expect(actors.map((x: { name: string; status: string }) => [x.name, x.status])).toEqual([
      ['Buurtkamer', 'approached'],
      ['Ouderenbond', 'approached'],
    ]);
    // Approached actors are no longer suggested.
    expect(json(await t.request({ method: 'GET', url: base, cookie: a.cookie }))).toEqual([]);

    // At most 3 invitations a day to one address.
    for (let i = 0; i < 2; i++)
      await t.request({ method: 'POST', url: `${base}/${withMail.id}/approach`, cookie: a.cookie });
    expect(
      (await t.request({ method: 'POST', url: `${base}/${withMail.id}/approach`, cookie: a.cookie })).statusCode,
    ).toBe(429);
  });
});
