import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, dialects, memberContext, type TestApp } from '../../test/harness.js';
import type { MemberContext } from '../../core/access.js';
import type { ActorInput } from '../actors/service.js';

const json = (res: { body: string }) => JSON.parse(res.body);

describe.each(dialects)('directory search (%s)', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  async function setUp() {
    t = await createTestApp(dialect);
    const a = await t.signIn('anouk@voorbeeld.nl');
    const b = await t.signIn('bram@voorbeeld.nl');
    const netA = await t.services.networks.create(a.user, { name: 'Noord', areaLevel: 'wijk', areaName: 'Noord' });
    const netB = await t.services.networks.create(b.user, { name: 'Zuid', areaLevel: 'wijk', areaName: 'Zuid' });
    const ctxA = await memberContext(t, netA.id, a.user.id);
    const ctxB = await memberContext(t, netB.id, b.user.id);
    const add = (ctx: MemberContext, input: ActorInput & { name: string; domain?: string }) =>
      t.services.actors.create(ctx, { kind: 'organisation', domain: 'welzijn', findable: true, ...input });
    const names = async (url: string, cookie: string) => {
      const res = await t.request({ method: 'GET', url, cookie });
      expect(res.statusCode, res.body).toBe(200);
      return json(res).map((d: { name: string }) => d.name);
    };
    return { a, b, netA, netB, ctxA, ctxB, add, names };
  }

  it('matches on the stem, ignores accents and case, and allows one typo in longer words', async () => {
    const { a, ctxA, add, names } = await setUp();
    await add(ctxA, { name: 'Ouderenbond', themes: ['eenzaamheid'] });
    await add(ctxA, { name: 'Buurtkamer', description: 'Voor wie zich eenzaam voelt.' });
    await add(ctxA, { name: 'Café De Ontmoeting' });
    await add(ctxA, { name: 'Alzheimer Trefpunt', themes: ['dementie'] });
    await add(ctxA, { name: 'Zorgboerderij', domain: 'zorg' });
    await add(ctxA, { name: 'Sportclub', themes: ['bewegen'] });

    expect((await names('/api/directory?q=eenzame', a.cookie)).sort()).toEqual(['Buurtkamer', 'Ouderenbond']);
    expect(await names('/api/directory?q=CAFE', a.cookie)).toEqual(['Café De Ontmoeting']);
    expect(await names('/api/directory?q=caf%C3%A9%20ontmoeting', a.cookie)).toEqual(['Café De Ontmoeting']);
    expect(await names('/api/directory?q=dementei', a.cookie)).toEqual(['Alzheimer Trefpunt']); // swapped letters
    expect(await names('/api/directory?q=demntie', a.cookie)).toEqual(['Alzheimer Trefpunt']); // letter missing
    expect(await names('/api/directory?q=dimentia', a.cookie)).toEqual([]); // two typos
    expect(await names('/api/directory?q=spurt', a.cookie)).toEqual([]); // short words need to be right
    expect(await names('/api/directory?q=zorg', a.cookie)).toEqual(['Zorgboerderij']); // start of a compound word
    expect(await names('/api/directory?q=sportclub%20bewegen', a.cookie)).toEqual(['Sportclub']);
    expect(await names('/api/directory?q=sportclub%20dementie', a.cookie)).toEqual([]); // every word must match
  });

  it('ranks exact before stem before typo, and name before themes before description', async () => {
    const { a, ctxA, add, names } = await setUp();
    await add(ctxA, { name: 'Netwerk Eenzaamhied' }); // typo, in the name
    await add(ctxA, { name: 'Eenzame Ouderen Hulp' }); // stem, in the name
    await add(ctxA, { name: 'Buurtkamer', description: 'Wij werken tegen eenzaamheid.' }); // exact, description
    await add(ctxA, { name: 'Ouderenbond', themes: ['eenzaamheid'] }); // exact, theme
    await add(ctxA, { name: 'Stichting Eenzaamheid' }); // exact, name
    expect(await names('/api/directory?q=eenzaamheid', a.cookie)).toEqual([
      'Stichting Eenzaamheid',
      'Ouderenbond',
      'Buurtkamer',
      'Eenzame Ouderen Hulp',
      'Netwerk Eenzaamhied',
    ]);
  });

  it('filters on domain, theme, target group, health dimension and area', async () => {
    const { a, ctxA, add, names } = await setUp();
    await add(ctxA, {
      name: 'Wijkteam Noord',
      domain: 'welzijn',
      themes: ['mantelzorg'],
      targetGroups: ['ouderen'],
      healthDimensions: ['meedoen'],
      area: 'Noord',
    });
    await add(ctxA, {
      name: 'Wijkverpleging Noord',
      domain: 'zorg',
      themes: ['dementie'],
      targetGroups: ['ouderen'],
      healthDimensions: ['lichaamsfuncties'],
      area: 'Noord',
    });
    await add(ctxA, {
      name: 'Jongerenwerk Zuid',
      domain: 'welzijn',
      themes: ['mantelzorg'],
      targetGroups: ['jongeren'],
      healthDimensions: ['meedoen'],
      area: 'Zuid',
    });
    expect((await names('/api/directory?domain=welzijn', a.cookie)).sort()).toEqual([
      'Jongerenwerk Zuid',
      'Wijkteam Noord',
    ]);
    expect(await names('/api/directory?domain=zorg', a.cookie)).toEqual(['Wijkverpleging Noord']);
    expect((await names('/api/directory?theme=mantelzorg', a.cookie)).sort()).toEqual([
      'Jongerenwerk Zuid',
      'Wijkteam Noord',
    ]);
    expect((await names('/api/directory?targetGroup=ouderen', a.cookie)).sort()).toEqual([
      'Wijkteam Noord',
      'Wijkverpleging Noord',
    ]);
    expect(await names('/api/directory?healthDimension=lichaamsfuncties', a.cookie)).toEqual(['Wijkverpleging Noord']);
    expect(await names('/api/directory?area=zuid', a.cookie)).toEqual(['Jongerenwerk Zuid']);
    expect(await names('/api/directory?q=noord&theme=mantelzorg&domain=welzijn', a.cookie)).toEqual(['Wijkteam Noord']);
  });

  it('never shows actors that are not findable to other networks; a network finds its own', async () => {
    const { a, b, netA, netB, ctxA, add, names } = await setUp();
    await add(ctxA, { name: 'Geheim Overleg Eenzaamheid', findable: false });
    await add(ctxA, { name: 'Open Huis Eenzaamheid' });
    expect(await names('/api/directory?q=eenzaamheid', b.cookie)).toEqual(['Open Huis Eenzaamheid']);
    expect(await names(`/api/networks/${netB.id}/directory?q=eenzaamheid`, b.cookie)).toEqual([
      'Open Huis Eenzaamheid',
    ]);
    expect(await names(`/api/networks/${netB.id}/directory?q=geheim`, b.cookie)).toEqual([]);
    expect(await names(`/api/networks/${netB.id}/directory`, b.cookie)).toEqual(['Open Huis Eenzaamheid']);
    const own = json(
      await t.request({ method: 'GET', url: `/api/networks/${netA.id}/directory?q=eenzaamheid`, cookie: a.cookie }),
    );
    expect(own.map((d: { name: string; inNetwork: boolean }) => [d.name, d.inNetwork])).toEqual([
      ['Geheim Overleg Eenzaamheid', true],
      ['Open Huis Eenzaamheid', true],
    ]);
    // Someone outside network A cannot use A's search to see A's private actors.
    expect(
      (await t.request({ method: 'GET', url: `/api/networks/${netA.id}/directory?q=geheim`, cookie: b.cookie }))
        .statusCode,
    ).toBe(404);
  });

  it('keeps the index current when an actor is renamed or removed', async () => {
    const { a, netA, ctxA, add, names } = await setUp();
    const actor = await add(ctxA, { name: 'Buurthuis De Brug' });
    await t.services.actors.update(ctxA, actor.id, { name: 'Wijkcentrum De Schakel', version: actor.version });
    expect(await names('/api/directory?q=brug', a.cookie)).toEqual([]);
    expect(await names('/api/directory?q=schakel', a.cookie)).toEqual(['Wijkcentrum De Schakel']);
    await t.request({ method: 'DELETE', url: `/api/networks/${netA.id}/actors/${actor.id}`, cookie: a.cookie });
    expect(await names('/api/directory?q=schakel', a.cookie)).toEqual([]);
  });
});
