import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../test/harness.js';

const json = (res: { body: string }) => JSON.parse(res.body);

describe.each(dialects)('partners and the shared directory (%s)', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  async function twoNetworks() {
    t = await createTestApp(dialect);
    const a = await t.signIn('anouk@voorbeeld.nl');
    const b = await t.signIn('bram@voorbeeld.nl');
    const mk = async (cookie: string, name: string) =>
      json(
        await t.request({
          method: 'POST',
          url: '/api/networks',
          cookie,
          payload: { name, areaLevel: 'wijk', areaName: name },
        }),
      );
    return { a, b, netA: await mk(a.cookie, 'Noord'), netB: await mk(b.cookie, 'Zuid') };
  }

  it('a findable organisation appears in the directory for other networks; a private one does not', async () => {
    const { a, b, netA, netB } = await twoNetworks();
    const add = (payload: object) =>
      t.request({ method: 'POST', url: `/api/networks/${netA.id}/actors`, cookie: a.cookie, payload });
    expect(
      (
        await add({
          kind: 'organisation',
          name: 'Bibliotheek Noord',
          domain: 'onderwijs',
          themes: ['taal'],
          findable: true,
          contactEmail: 'info@bieb.nl',
        })
      ).statusCode,
    ).toBe(201);
    expect((await add({ kind: 'organisation', name: 'Geheim Overleg', domain: 'zorg' })).statusCode).toBe(201);

    const found = json(await t.request({ method: 'GET', url: '/api/directory?q=noord', cookie: b.cookie }));
    expect(found.map((d: { name: string }) => d.name)).toEqual(['Bibliotheek Noord']);
    expect(
      JSON.stringify(json(await t.request({ method: 'GET', url: '/api/directory', cookie: b.cookie }))),
    ).not.toContain('Geheim');

    const linked = await t.request({
      method: 'POST',
      url: `/api/networks/${netB.id}/actors/link`,
      cookie: b.cookie,
      payload: { actorId: found[0].id },
    });
    expect(linked.statusCode).toBe(201);
    expect(json(linked).editable).toBe(false);
    const edit = await t.request({
      method: 'PATCH',
      url: `/api/networks/${netB.id}/actors/${found[0].id}`,
      cookie: b.cookie,
      payload: { name: 'Overgenomen', version: 1 },
    });
    expect(edit.statusCode).toBe(403);
    // Its place in network B (approached or partner) is B's own to change.
    const status = await t.request({
      method: 'PATCH',
      url: `/api/networks/${netB.id}/actors/${found[0].id}`,
      cookie: b.cookie,
      payload: { status: 'approached', version: 1 },
    });
    expect(json(status).status).toBe('approached');
  });

  it('a network that took in a shared profile sees its changes at once', async () => {
    const { a, b, netA, netB } = await twoNetworks();
    const actor = json(
      await t.request({
        method: 'POST',
        url: `/api/networks/${netA.id}/actors`,
        cookie: a.cookie,
        payload: { kind: 'organisation', name: 'GGD', domain: 'zorg', findable: true },
      }),
    );
    await t.request({
      method: 'POST',
      url: `/api/networks/${netB.id}/actors/link`,
      cookie: b.cookie,
      payload: { actorId: actor.id },
    });
    const namesInB = async () =>
      json(await t.request({ method: 'GET', url: `/api/networks/${netB.id}`, cookie: b.cookie })).actors.map(
        (x: { name: string }) => x.name,
      );
    expect(await namesInB()).toEqual(['GGD']);
    const events: string[] = [];
    t.deps.live.onChange((e) => e.networkId === netB.id && events.push(e.type));
    await t.request({
      method: 'PATCH',
      url: `/api/networks/${netA.id}/actors/${actor.id}`,
      cookie: a.cookie,
      payload: { name: 'GGD Brabant', version: 1 },
    });
    expect(await namesInB()).toEqual(['GGD Brabant']);
    expect(events).toContain('actor.update');
  });

  it('a person is findable only with their own consent', async () => {
    const { a, netA } = await twoNetworks();
    const res = await t.request({
      method: 'POST',
      url: `/api/networks/${netA.id}/actors`,
      cookie: a.cookie,
      payload: { kind: 'person', name: 'Truus (sleutelfiguur)', domain: 'bewoners', findable: true },
    });
    expect(res.statusCode).toBe(422);
    expect(json(res).error.fields.findable).toMatch(/zelf/);

    const person = json(
      await t.request({
        method: 'POST',
        url: `/api/networks/${netA.id}/actors`,
        cookie: a.cookie,
        payload: { kind: 'person', name: 'Anouk', domain: 'bewoners' },
      }),
    );
    expect(
      (
        await t.request({
          method: 'PATCH',
          url: `/api/networks/${netA.id}/actors/${person.id}`,
          cookie: a.cookie,
          payload: { findable: true, version: 1 },
        })
      ).statusCode,
    ).toBe(422);
    const me = json(await t.request({ method: 'GET', url: `/api/networks/${netA.id}/members`, cookie: a.cookie }))[0];
    // Anouk adds herself, with her own address: then she speaks for that person-actor and may share it.
    const herself = json(
      await t.request({
        method: 'POST',
        url: `/api/networks/${netA.id}/actors`,
        cookie: a.cookie,
        payload: {
          kind: 'person',
          name: 'Anouk',
          domain: 'bewoners',
          contactEmail: 'anouk@voorbeeld.nl',
          ownOrganisation: true,
        },
      }),
    );
    const consent = await t.request({
      method: 'PATCH',
      url: `/api/networks/${netA.id}/actors/${herself.id}`,
      cookie: a.cookie,
      payload: { findable: true, version: 1 },
    });
    expect(consent.statusCode).toBe(200);
    expect(json(consent).members).toEqual([{ memberId: me.id, name: 'anouk' }]);
  });

  it('removing an actor takes its relations and member links in that network with it', async () => {
    const { a, netA } = await twoNetworks();
    const x = json(
      await t.request({
        method: 'POST',
        url: `/api/networks/${netA.id}/actors`,
        cookie: a.cookie,
        payload: { kind: 'organisation', name: 'X', domain: 'zorg' },
      }),
    );
    const y = json(
      await t.request({
        method: 'POST',
        url: `/api/networks/${netA.id}/actors`,
        cookie: a.cookie,
        payload: { kind: 'organisation', name: 'Y', domain: 'wonen' },
      }),
    );
    const [p, q] = [x.id, y.id].sort();
    const now = new Date().toISOString();
    await t.deps.db
      .insertInto('relations')
      .values({
        id: 'r1',
        network_id: netA.id,
        actor_a_id: p,
        actor_b_id: q,
        kind: '',
        frequency: '',
        quality: 3,
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
    expect(json(await t.request({ method: 'GET', url: `/api/networks/${netA.id}`, cookie: a.cookie })).counts).toEqual({
      actors: 2,
      members: 1,
      relations: 1,
    });
    expect(
      (await t.request({ method: 'DELETE', url: `/api/networks/${netA.id}/actors/${x.id}`, cookie: a.cookie }))
        .statusCode,
    ).toBe(204);
    expect(json(await t.request({ method: 'GET', url: `/api/networks/${netA.id}`, cookie: a.cookie })).counts).toEqual({
      actors: 1,
      members: 1,
      relations: 0,
    });
  });
});
