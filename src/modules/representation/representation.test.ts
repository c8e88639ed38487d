import { afterEach, describe, expect, it } from 'vitest';
import { addMember, createTestApp, dialects, memberContext, type TestApp } from '../../test/harness.js';

const json = (res: { body: string }) => JSON.parse(res.body);

describe.each(dialects)('who speaks for whom (%s)', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  async function setUp() {
    t = await createTestApp(dialect);
    const lead = await t.signIn('kim@voorbeeld.nl');
    const piet = await t.signIn('piet@voorbeeld.nl');
    const anna = await t.signIn('anna@voorbeeld.nl');
    const net = await t.services.networks.create(lead.user, { name: 'Noord', areaLevel: 'wijk', areaName: 'Noord' });
    const leadCtx = await memberContext(t, net.id, lead.user.id);
    const mk = async (name: string, extra: Record<string, unknown> = {}) =>
      (await t.services.actors.create(leadCtx, { kind: 'organisation', name, domain: 'welzijn', ...extra })).id;
    const wijkteam = await mk('Wijkteam', { contactEmail: 'info@wijkteam.nl' });
    const huisarts = await mk('Huisarts');
    const pietMember = await addMember(t, net.id, piet.user.id, 'partner');
    const annaMember = await addMember(t, net.id, anna.user.id, 'partner');
    const base = `/api/networks/${net.id}`;
    const actingFor = async (memberId: string) =>
      (await t.deps.db.selectFrom('members').select('actor_id').where('id', '=', memberId).executeTakeFirstOrThrow())
        .actor_id;
    const ask = (cookie: string, actorId: string, reason?: string) =>
      t.request({
        method: 'POST',
        url: `${base}/representation/requests`,
        cookie,
        payload: { actorId, ...(reason ? { reason } : {}) },
      });
    const decide = (cookie: string, requestId: string, confirm: boolean, reason?: string) =>
      t.request({
        method: 'POST',
        url: `${base}/representation/requests/${requestId}/decision`,
        cookie,
        payload: { confirm, ...(reason ? { reason } : {}) },
      });
    return { lead, piet, anna, net, leadCtx, wijkteam, huisarts, pietMember, annaMember, base, actingFor, ask, decide };
  }

  it('finding 1: a partner can no longer choose the partner they act for through PATCH …/members/:me', async () => {
    const { piet, lead, base, pietMember, wijkteam, actingFor } = await setUp();
    const self = await t.request({
      method: 'PATCH',
      url: `${base}/members/${pietMember}`,
      cookie: piet.cookie,
      payload: { actorId: wijkteam, version: 1 },
    });
    expect(self.statusCode).toBe(403);
    expect(await actingFor(pietMember)).toBeNull();
    // Not even a kartrekker sets it there: the field is refused with a Dutch message naming it.
    const byLead = await t.request({
      method: 'PATCH',
      url: `${base}/members/${pietMember}`,
      cookie: lead.cookie,
      payload: { actorId: wijkteam, version: 1 },
    });
    expect(byLead.statusCode).toBe(400);
    expect(json(byLead).error.fields.actorId).toMatch(/Namens een partner meedoen/);
    expect(await actingFor(pietMember)).toBeNull();
  });

  it("finding 1: until confirmed a partner acts for nobody and cannot edit the partner's relations", async () => {
    const { piet, lead, base, pietMember, wijkteam, huisarts, actingFor, ask, decide } = await setUp();
    const rel = json(
      await t.request({
        method: 'POST',
        url: `${base}/relations`,
        cookie: lead.cookie,
        payload: { actorAId: wijkteam, actorBId: huisarts, kind: 'overleg', frequency: 'wekelijks', quality: 3 },
      }),
    );
    const asked = await ask(piet.cookie, wijkteam, 'Ik ben coördinator van het wijkteam.');
    expect(asked.statusCode, asked.body).toBe(201);
    expect(json(asked)).toMatchObject({ status: 'open', actorName: 'Wijkteam', canDecide: false });
    expect(await actingFor(pietMember)).toBeNull();
    const edit = () =>
      t.request({
        method: 'PATCH',
        url: `${base}/relations/${rel.id}`,
        cookie: piet.cookie,
        payload: { quality: 4, version: rel.version },
      });
    expect((await edit()).statusCode).toBe(403);
    // Nobody acts for the wijkteam yet, so the kartrekker decides.
    const ok = await decide(lead.cookie, json(asked).id, true);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(json(ok).status).toBe('confirmed');
    expect(await actingFor(pietMember)).toBe(wijkteam);
    expect((await edit()).statusCode).toBe(200);
  });

  it('a representative confirms, never the asker; the kartrekker decides only for a partner nobody speaks for yet', async () => {
    const { piet, anna, lead, base, annaMember, wijkteam, actingFor, ask, decide } = await setUp();
    // Piet adds his own organisation and acts for it at once; Anna adds one for the network only.
    const own = await t.request({
      method: 'POST',
      url: `${base}/actors`,
      cookie: piet.cookie,
      payload: {
        kind: 'organisation',
        name: 'Buurthuis',
        domain: 'welzijn',
        contactEmail: 'info@buurthuis.nl',
        ownOrganisation: true,
      },
    });
    expect(own.statusCode, own.body).toBe(201);
    const buurthuis = json(own).id;
    expect(json(own).members.map((m: { name: string }) => m.name)).toEqual(['piet']);
    const other = await t.request({
      method: 'POST',
      url: `${base}/actors`,
      cookie: anna.cookie,
      payload: { kind: 'organisation', name: 'Bibliotheek', domain: 'onderwijs' },
    });
    expect(json(other).members).toEqual([]);
    expect(await actingFor(annaMember)).toBeNull();
    // Piet already acts for someone: marking a second new partner as his own is refused and adds nothing.
    const second = await t.request({
      method: 'POST',
      url: `${base}/actors`,
      cookie: piet.cookie,
      payload: { kind: 'organisation', name: 'Tweede', domain: 'welzijn', ownOrganisation: true },
    });
    expect(second.statusCode).toBe(422);
    expect(json(second).error.fields.ownOrganisation).toMatch(/al mee namens/);
    expect(await t.deps.db.selectFrom('actors').select('id').where('name', '=', 'Tweede').execute()).toEqual([]);

    t.mails.length = 0;
    const asked = json(await ask(anna.cookie, buurthuis));
    // The notice names Anna by her name, never by her address (issue 13).
    expect(t.lastMailTo('info@buurthuis.nl')?.text).toContain('anna vraagt in het wijknetwerk');
    expect(t.lastMailTo('info@buurthuis.nl')?.text).not.toContain('anna@voorbeeld.nl');
    // The buurthuis has a representative, so the kartrekker may not decide; nor Anna herself.
    expect((await decide(lead.cookie, asked.id, true)).statusCode).toBe(403);
    expect((await decide(anna.cookie, asked.id, true)).statusCode).toBe(403);
    const view = json(await t.request({ method: 'GET', url: `${base}/representation`, cookie: piet.cookie }));
    expect(view.requests).toEqual([expect.objectContaining({ id: asked.id, canDecide: true, memberName: 'anna' })]);
    const res = await decide(piet.cookie, asked.id, true);
    expect(res.statusCode, res.body).toBe(200);
    expect(await actingFor(annaMember)).toBe(buurthuis);
    expect(t.lastMailTo('info@buurthuis.nl')?.subject).toBe('Iemand doet nu namens Buurthuis mee in Wijknet');
    expect((await decide(piet.cookie, asked.id, false)).statusCode).toBe(409);
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select(['entity', 'action', 'user_id'])
      .where('entity_id', '=', asked.id)
      .orderBy('at')
      .execute();
    expect(audit).toEqual([
      { entity: 'representation', action: 'create', user_id: anna.user.id },
      { entity: 'representation', action: 'update', user_id: piet.user.id },
    ]);
    // A kartrekker asking for a partner nobody speaks for cannot confirm it themselves.
    const leadAsk = json(await ask(lead.cookie, wijkteam));
    const selfDecide = await decide(lead.cookie, leadAsk.id, true);
    expect(selfDecide.statusCode).toBe(403);
    expect(json(selfDecide).error.message).toMatch(/eigen verzoek/);
  });

  it("refusing keeps the asker acting for nobody; ending your own needs no confirmation, ending another's needs a kartrekker", async () => {
    const { piet, anna, lead, base, pietMember, annaMember, wijkteam, actingFor, ask, decide } = await setUp();
    const refused = await decide(
      lead.cookie,
      json(await ask(piet.cookie, wijkteam)).id,
      false,
      'Piet werkt niet bij het wijkteam.',
    );
    expect(json(refused)).toMatchObject({ status: 'refused', reason: 'Piet werkt niet bij het wijkteam.' });
    expect(await actingFor(pietMember)).toBeNull();
    await decide(lead.cookie, json(await ask(anna.cookie, wijkteam)).id, true);
    expect(await actingFor(annaMember)).toBe(wijkteam);
    expect(
      (await t.request({ method: 'DELETE', url: `${base}/members/${annaMember}/representation`, cookie: piet.cookie }))
        .statusCode,
    ).toBe(403);
    expect(
      (await t.request({ method: 'DELETE', url: `${base}/members/${annaMember}/representation`, cookie: anna.cookie }))
        .statusCode,
    ).toBe(204);
    expect(await actingFor(annaMember)).toBeNull();
    await decide(lead.cookie, json(await ask(anna.cookie, wijkteam)).id, true);
    expect(
      (await t.request({ method: 'DELETE', url: `${base}/members/${annaMember}/representation`, cookie: lead.cookie }))
        .statusCode,
    ).toBe(204);
    expect(await actingFor(annaMember)).toBeNull();
  });

  it("finding 1: a person-actor is represented only by that person's own account, so nobody else makes them findable", async () => {
    const { piet, anna, lead, base, leadCtx, pietMember, ask, decide, actingFor } = await setUp();
    const fatima = (
      await t.services.actors.create(leadCtx, {
        kind: 'person',
        name: 'Fatima',
        domain: 'welzijn',
        contactEmail: 'fatima@voorbeeld.nl',
      })
    ).id;
    const asked = await ask(piet.cookie, fatima);
    expect(asked.statusCode).toBe(422);
    expect(json(asked).error.fields.actorId).toMatch(/zelf/);
    const share = await t.request({
      method: 'PATCH',
      url: `${base}/actors/${fatima}`,
      cookie: piet.cookie,
      payload: { findable: true, version: 1 },
    });
    expect(share.statusCode).toBe(422);
    expect(await actingFor(pietMember)).toBeNull();
    // A person marking themselves as their own "organisation" must use their own address.
    const notMe = await t.request({
      method: 'POST',
      url: `${base}/actors`,
      cookie: anna.cookie,
      payload: {
        kind: 'person',
        name: 'Anna',
        domain: 'welzijn',
        contactEmail: 'iemand@voorbeeld.nl',
        ownOrganisation: true,
      },
    });
    expect(json(notMe).error.fields.ownOrganisation).toMatch(/eigen|adres/);
    const me = await t.request({
      method: 'POST',
      url: `${base}/actors`,
      cookie: anna.cookie,
      payload: {
        kind: 'person',
        name: 'Anna',
        domain: 'welzijn',
        contactEmail: 'Anna@voorbeeld.nl',
        ownOrganisation: true,
      },
    });
    expect(me.statusCode, me.body).toBe(201);
    const shared = await t.request({
      method: 'PATCH',
      url: `${base}/actors/${json(me).id}`,
      cookie: anna.cookie,
      payload: { findable: true, version: 1 },
    });
    expect(shared.statusCode, shared.body).toBe(200);
    // The person's address changed after Piet asked for it: confirming is refused then.
    await t.deps.db
      .updateTable('actors')
      .set({ contact_email: 'piet@voorbeeld.nl' })
      .where('id', '=', fatima)
      .execute();
    const again = json(await ask(piet.cookie, fatima));
    await t.deps.db
      .updateTable('actors')
      .set({ contact_email: 'fatima@voorbeeld.nl' })
      .where('id', '=', fatima)
      .execute();
    expect((await decide(lead.cookie, again.id, true)).statusCode).toBe(409);
    expect(await actingFor(pietMember)).toBeNull();
  });

  it('bad input gets a Dutch field message; outsiders and meekijkers are refused', async () => {
    const { piet, base, ask } = await setUp();
    const unknown = await ask(piet.cookie, 'bestaat-niet');
    expect(unknown.statusCode).toBe(422);
    expect(json(unknown).error.fields.actorId).toMatch(/doet niet mee/);
    const bad = await t.request({
      method: 'POST',
      url: `${base}/representation/requests`,
      cookie: piet.cookie,
      payload: { actorId: 'x', reason: 'a'.repeat(501) },
    });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).error.fields.reason).toMatch(/hoogstens 500/);
    const kijker = await t.signIn('kijker@voorbeeld.nl');
    await addMember(
      t,
      (await t.deps.db.selectFrom('networks').select('id').executeTakeFirstOrThrow()).id,
      kijker.user.id,
      'meekijker',
    );
    expect((await ask(kijker.cookie, 'x')).statusCode).toBe(403);
    const outsider = await t.signIn('buiten@voorbeeld.nl');
    expect((await ask(outsider.cookie, 'x')).statusCode).toBe(404);
  });
});
