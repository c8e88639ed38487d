import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../test/harness.js';

const json = (res: { body: string }) => JSON.parse(res.body);

describe.each(dialects)('network overview (%s)', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  it('shows every change at once, although it is cached between changes', async () => {
    t = await createTestApp(dialect);
    const lead = await t.signIn('lead@voorbeeld.nl');
    const network = json(
      await t.request({
        method: 'POST',
        url: '/api/networks',
        cookie: lead.cookie,
        payload: { name: 'Oost', areaLevel: 'wijk', areaName: 'Oost' },
      }),
    );
    const overview = () =>
      t.request({ method: 'GET', url: `/api/networks/${network.id}`, cookie: lead.cookie }).then(json);

    expect((await overview()).counts).toEqual({ actors: 0, members: 1, relations: 0 });
    await t.request({
      method: 'POST',
      url: `/api/networks/${network.id}/actors`,
      cookie: lead.cookie,
      payload: { kind: 'organisation', name: 'Bibliotheek', domain: 'onderwijs' },
    });
    expect((await overview()).actors.map((a: { name: string }) => a.name)).toEqual(['Bibliotheek']);

    await t.request({ method: 'PATCH', url: '/api/me', cookie: lead.cookie, payload: { name: 'Lotte' } });
    expect((await overview()).members[0].name).toBe('Lotte');

    await t.request({
      method: 'PATCH',
      url: `/api/networks/${network.id}`,
      cookie: lead.cookie,
      payload: { name: 'Oost-Noord', version: 1 },
    });
    expect((await overview()).network.name).toBe('Oost-Noord');
  });

  it('gives each viewer their own role, from the same cached data', async () => {
    t = await createTestApp(dialect);
    const lead = await t.signIn('lead@voorbeeld.nl');
    const viewer = await t.signIn('kijker@voorbeeld.nl');
    const network = json(
      await t.request({
        method: 'POST',
        url: '/api/networks',
        cookie: lead.cookie,
        payload: { name: 'West', areaLevel: 'wijk', areaName: 'West' },
      }),
    );
    const inv = json(
      await t.request({
        method: 'POST',
        url: `/api/networks/${network.id}/invitations`,
        cookie: lead.cookie,
        payload: { role: 'meekijker' },
      }),
    );
    await t.request({
      method: 'POST',
      url: `/api/invitations/${inv.link.split('/').pop()}/accept`,
      cookie: viewer.cookie,
    });
    expect(
      json(await t.request({ method: 'GET', url: `/api/networks/${network.id}`, cookie: lead.cookie })).network.role,
    ).toBe('kartrekker');
    expect(
      json(await t.request({ method: 'GET', url: `/api/networks/${network.id}`, cookie: viewer.cookie })).network.role,
    ).toBe('meekijker');
    expect(
      json(await t.request({ method: 'GET', url: `/api/networks/${network.id}`, cookie: lead.cookie })).network.role,
    ).toBe('kartrekker');
  });
});
