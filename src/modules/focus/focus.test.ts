import { afterEach, describe, expect, it } from 'vitest';
import { addMember, createTestApp, dialects, memberContext, type TestApp } from '../../test/harness.js';
import { groupResults } from './service.js';

const json = (res: { body: string }) => JSON.parse(res.body);

describe('draagvlak results', () => {
  it('gives count, a mean with one decimal and the nearest scale word per group', () => {
    const r = groupResults([
      { group: 'bewoners', score: 4 },
      { group: 'bewoners', score: 5 },
      { group: 'bewoners', score: 4 },
      { group: 'gemeente', score: 2 },
    ]);
    expect(r.find((g) => g.group === 'bewoners')).toEqual({ group: 'bewoners', count: 3, mean: 4.3, label: 'veel' });
    expect(r.find((g) => g.group === 'gemeente')).toEqual({ group: 'gemeente', count: 1, mean: 2, label: 'weinig' });
    expect(r.find((g) => g.group === 'financiers')).toEqual({ group: 'financiers', count: 0, mean: null, label: null });
  });
});

describe.each(dialects)('focus kiezen (%s)', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  it('proposes themes, takes one vote per member, candidate and group, and the decision becomes the focus', async () => {
    t = await createTestApp(dialect);
    const lead = await t.signIn('kartrekker@voorbeeld.nl');
    const partner = await t.signIn('partner@voorbeeld.nl');
    const viewer = await t.signIn('meekijker@voorbeeld.nl');
    const net = await t.services.networks.create(lead.user, { name: 'Noord', areaLevel: 'wijk', areaName: 'Noord' });
    await addMember(t, net.id, partner.user.id, 'partner');
    await addMember(t, net.id, viewer.user.id, 'meekijker');
    const base = `/api/networks/${net.id}/focus`;

    expect(
      (
        await t.request({
          method: 'POST',
          url: `${base}/candidates`,
          cookie: viewer.cookie,
          payload: { theme: 'eenzaamheid' },
        })
      ).statusCode,
    ).toBe(403);
    const c1 = json(
      await t.request({
        method: 'POST',
        url: `${base}/candidates`,
        cookie: partner.cookie,
        payload: { theme: 'eenzaamheid', description: 'Ouderen die alleen wonen' },
      }),
    );
    const c2 = json(
      await t.request({
        method: 'POST',
        url: `${base}/candidates`,
        cookie: lead.cookie,
        payload: { theme: 'overgewicht' },
      }),
    );
    const dup = await t.request({
      method: 'POST',
      url: `${base}/candidates`,
      cookie: lead.cookie,
      payload: { theme: 'eenzaamheid' },
    });
    expect(json(dup).error.fields.theme).toMatch(/al op de lijst/);

    const vote = (cookie: string, id: string, scores: Record<string, number | null>) =>
      t.request({ method: 'PUT', url: `${base}/candidates/${id}/votes`, cookie, payload: { scores } });
    expect((await vote(partner.cookie, c1.id, { bewoners: 5, professionals: 4 })).statusCode).toBe(200);
    expect((await vote(lead.cookie, c1.id, { professionals: 2 })).statusCode).toBe(200);
    // A meekijker from the municipality votes for the gemeente.
    expect((await vote(viewer.cookie, c1.id, { gemeente: 4 })).statusCode).toBe(200);
    // Changing a vote replaces it; null takes it back.
    const changed = json(await vote(partner.cookie, c1.id, { professionals: 3, bewoners: null }));
    expect(changed.myScores).toEqual({ professionals: 3 });
    expect((await vote(partner.cookie, c1.id, { bewoners: 6 })).statusCode).toBe(400);

    const view = json(await t.request({ method: 'GET', url: base, cookie: viewer.cookie }));
    const first = view.candidates.find((c: { id: string }) => c.id === c1.id);
    const byGroup = Object.fromEntries(first.results.map((r: { group: string }) => [r.group, r]));
    expect(byGroup.professionals).toMatchObject({ count: 2, mean: 2.5 });
    expect(byGroup.bewoners).toMatchObject({ count: 0, mean: null });
    expect(byGroup.gemeente).toMatchObject({ count: 1, mean: 4, label: 'veel' });
    expect(first.voters).toBe(3);
    expect(first.myScores).toEqual({ gemeente: 4 });

    expect(
      (
        await t.request({
          method: 'POST',
          url: `${base}/decisions`,
          cookie: partner.cookie,
          payload: { candidateIds: [c1.id], reasons: 'x' },
        })
      ).statusCode,
    ).toBe(403);
    const decided = await t.request({
      method: 'POST',
      url: `${base}/decisions`,
      cookie: lead.cookie,
      payload: { candidateIds: [c1.id, c2.id], reasons: 'Veel draagvlak bij professionals en gemeente.' },
    });
    expect(decided.statusCode, decided.body).toBe(201);
    expect(json(decided).decision).toMatchObject({
      themes: ['eenzaamheid', 'overgewicht'],
      reasons: 'Veel draagvlak bij professionals en gemeente.',
    });
    const network = json(await t.request({ method: 'GET', url: `/api/networks/${net.id}`, cookie: viewer.cookie }));
    expect(network.network.focusThemes).toEqual(['eenzaamheid', 'overgewicht']);

    // The focus feeds the ally suggestions: a findable actor elsewhere working on loneliness is suggested.
    const other = await t.services.networks.create(viewer.user, {
      name: 'Elders',
      areaLevel: 'wijk',
      areaName: 'Elders',
    });
    await t.services.actors.create(await memberContext(t, other.id, viewer.user.id), {
      kind: 'organisation',
      name: 'Stichting Samen',
      domain: 'welzijn',
      themes: ['eenzaamheid'],
      findable: true,
    });
    const suggestions = json(
      await t.request({ method: 'GET', url: `/api/networks/${net.id}/suggestions`, cookie: lead.cookie }),
    );
    expect(JSON.stringify(suggestions)).toContain('Stichting Samen');

    const progress = json(
      await t.request({ method: 'GET', url: `/api/networks/${net.id}/progress/verkennen`, cookie: lead.cookie }),
    );
    expect(progress.steps.find((s: { key: string }) => s.key === 'focus')).toMatchObject({ done: true });
  });
});
