import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../test/harness.js';

const json = <T = any>(res: { body: string }): T => JSON.parse(res.body) as T; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Issue 10, finding 5: after a findable actor is made private, a network that linked it read its
 * later private description and phone, and that network's export carried the home network's id
 * and a foreign user id. Now that network keeps a partner of its own.
 */
describe.each(dialects)('un-sharing a findable actor (%s)', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  it('the other network keeps a copy of its own with the public fields as they were; everything moves to it; later changes do not reach it; its export names nothing foreign', async () => {
    t = await createTestApp(dialect);
    const a = await t.signIn('anouk@voorbeeld.nl');
    const b = await t.signIn('bram@voorbeeld.nl');
    const mk = async (cookie: string, name: string) =>
      json<{ id: string }>(
        await t.request({
          method: 'POST',
          url: '/api/networks',
          cookie,
          payload: { name, areaLevel: 'wijk', areaName: name },
        }),
      );
    const netA = await mk(a.cookie, 'Noord');
    const netB = await mk(b.cookie, 'Zuid');
    const shared = json<{ id: string; version: number }>(
      await t.request({
        method: 'POST',
        url: `/api/networks/${netA.id}/actors`,
        cookie: a.cookie,
        payload: {
          kind: 'organisation',
          name: 'Bibliotheek Noord',
          domain: 'onderwijs',
          description: 'Openbare beschrijving',
          contactPhone: '0412-111111',
          contactEmail: 'info@bieb.nl',
          findable: true,
        },
      }),
    );
    const B = `/api/networks/${netB.id}`;
    // Bram acts for the shared actor in B (set directly, before B's first request: how is the representation module's matter).
    await t.deps.db
      .updateTable('members')
      .set({ actor_id: shared.id })
      .where('network_id', '=', netB.id)
      .where('user_id', '=', b.user.id)
      .execute();
    expect(
      (await t.request({ method: 'POST', url: `${B}/actors/link`, cookie: b.cookie, payload: { actorId: shared.id } }))
        .statusCode,
    ).toBe(201);
    const own = json<{ id: string }>(
      await t.request({
        method: 'POST',
        url: `${B}/actors`,
        cookie: b.cookie,
        payload: { kind: 'organisation', name: 'Buurthuis Zuid', domain: 'welzijn' },
      }),
    );
    const relation = json<{ id: string }>(
      await t.request({
        method: 'POST',
        url: `${B}/relations`,
        cookie: b.cookie,
        payload: { actorAId: shared.id, actorBId: own.id, kind: 'overleg' },
      }),
    );
    const action = json<{ id: string }>(
      await t.request({
        method: 'POST',
        url: `${B}/actions`,
        cookie: b.cookie,
        payload: { title: 'Leesclub starten', actorId: shared.id },
      }),
    );

    // A published version of B's card with Bram's consent for the shared actor.
    await t.request({
      method: 'POST',
      url: `${B}/card/joint`,
      cookie: b.cookie,
      payload: { column: 'waarden', text: 'Iedereen doet mee.' },
    });
    const version = json<{ id: string }>(
      await t.request({ method: 'POST', url: `${B}/card/versions`, cookie: b.cookie }),
    );
    expect(
      (await t.request({ method: 'POST', url: `${B}/card/versions/${version.id}/consent`, cookie: b.cookie }))
        .statusCode,
    ).toBe(201);

    // While shared, B's export names no user of A (the profile's home network stays: the link).
    const whileShared = await t.request({ method: 'GET', url: `${B}/export`, cookie: b.cookie });
    expect(whileShared.body).not.toContain(a.user.id);

    // A makes it private, with a private description and phone in the same save.
    const privat = await t.request({
      method: 'PATCH',
      url: `/api/networks/${netA.id}/actors/${shared.id}`,
      cookie: a.cookie,
      payload: {
        findable: false,
        description: 'Privé: sleutel onder de mat',
        contactPhone: '06-99999999',
        version: shared.version,
      },
    });
    expect(privat.statusCode).toBe(200);

    const actorsB = json<
      { id: string; name: string; description: string; contactPhone: string; editable: boolean; members: unknown[] }[]
    >(await t.request({ method: 'GET', url: `${B}/actors`, cookie: b.cookie }));
    const copy = actorsB.find((x) => x.name === 'Bibliotheek Noord')!;
    expect(copy.id).not.toBe(shared.id);
    expect(copy).toMatchObject({ description: 'Openbare beschrijving', contactPhone: '0412-111111', editable: true });
    expect(copy.members).toHaveLength(1);
    expect((await t.request({ method: 'GET', url: `${B}/actors/${shared.id}`, cookie: b.cookie })).statusCode).toBe(
      404,
    );

    const rel = json<{ actorAId: string; actorBId: string }>(
      await t.request({ method: 'GET', url: `${B}/relations/${relation.id}`, cookie: b.cookie }),
    );
    expect([rel.actorAId, rel.actorBId].sort()).toEqual([copy.id, own.id].sort());
    expect(rel.actorAId < rel.actorBId).toBe(true);
    const actionsB = json<{ id: string; actorId: string }[]>(
      await t.request({ method: 'GET', url: `${B}/actions`, cookie: b.cookie }),
    );
    expect(actionsB.find((x) => x.id === action.id)!.actorId).toBe(copy.id);

    // The consent moved with it, and the version still shows it for that partner.
    const consents = json<{ consents: { party: string; name: string; consented: boolean }[] }>(
      await t.request({ method: 'GET', url: `${B}/card/versions/${version.id}`, cookie: b.cookie }),
    ).consents;
    expect(consents.find((c) => c.name === 'Bibliotheek Noord')).toMatchObject({
      party: `actor:${copy.id}`,
      consented: true,
    });

    // Later changes in A do not reach B.
    const current = json<{ version: number }>(privat);
    await t.request({
      method: 'PATCH',
      url: `/api/networks/${netA.id}/actors/${shared.id}`,
      cookie: a.cookie,
      payload: { description: 'Nog later veranderd', version: current.version },
    });
    const again = json<{ id: string; description: string }[]>(
      await t.request({ method: 'GET', url: `${B}/actors`, cookie: b.cookie }),
    );
    expect(JSON.stringify(again)).not.toMatch(/Privé|Nog later|06-99999999/);

    // B's export names no foreign network or user.
    const exported = await t.request({ method: 'GET', url: `${B}/export`, cookie: b.cookie });
    expect(exported.statusCode).toBe(200);
    expect(exported.body).not.toContain(netA.id);
    expect(exported.body).not.toContain(a.user.id);
  });

  it("a person's contact details are not kept in the copy", async () => {
    t = await createTestApp(dialect);
    const a = await t.signIn('anouk@voorbeeld.nl');
    const b = await t.signIn('bram@voorbeeld.nl');
    const mk = async (cookie: string, name: string) =>
      json<{ id: string }>(
        await t.request({
          method: 'POST',
          url: '/api/networks',
          cookie,
          payload: { name, areaLevel: 'wijk', areaName: name },
        }),
      );
    const netA = await mk(a.cookie, 'Noord');
    const netB = await mk(b.cookie, 'Zuid');
    // Anouk herself, made findable by herself (the person-consent rule).
    const me = json<{ id: string; version: number }>(
      await t.request({
        method: 'POST',
        url: `/api/networks/${netA.id}/actors`,
        cookie: a.cookie,
        payload: {
          kind: 'person',
          name: 'Anouk',
          domain: 'welzijn',
          contactEmail: 'anouk@voorbeeld.nl',
          contactPhone: '06-12345678',
          ownOrganisation: true,
        },
      }),
    );
    const findable = json<{ version: number }>(
      await t.request({
        method: 'PATCH',
        url: `/api/networks/${netA.id}/actors/${me.id}`,
        cookie: a.cookie,
        payload: { findable: true, version: me.version },
      }),
    );
    await t.request({
      method: 'POST',
      url: `/api/networks/${netB.id}/actors/link`,
      cookie: b.cookie,
      payload: { actorId: me.id },
    });
    await t.request({
      method: 'PATCH',
      url: `/api/networks/${netA.id}/actors/${me.id}`,
      cookie: a.cookie,
      payload: { findable: false, version: findable.version },
    });
    const [copy] = json<{ id: string; name: string; contactEmail: string | null; contactPhone: string | null }[]>(
      await t.request({ method: 'GET', url: `/api/networks/${netB.id}/actors`, cookie: b.cookie }),
    );
    expect(copy).toMatchObject({ name: 'Anouk', contactEmail: null, contactPhone: null });
    expect(copy.id).not.toBe(me.id);
  });
});
