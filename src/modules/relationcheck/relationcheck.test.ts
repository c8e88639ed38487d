import { afterEach, describe, expect, it } from 'vitest';
import { addMember, createTestApp, dialects, memberContext, type TestApp } from '../../test/harness.js';

const json = (res: { body: string }) => JSON.parse(res.body);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const rating = (
  reliable: number,
  open: number,
  committed: number,
  influence: number,
  resources: number,
  involvement: number,
) => ({ reliable, open, committed, influence, resources, involvement });

describe.each(dialects)('relatiecheck (%s)', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  it('partners rate each other; results only after closing, per partner only with 3 or more raters', async () => {
    t = await createTestApp(dialect);
    const lead = await t.signIn('kartrekker@voorbeeld.nl');
    const viewer = await t.signIn('meekijker@voorbeeld.nl');
    const outsider = await t.signIn('buiten@voorbeeld.nl');
    const loose = await t.signIn('los@voorbeeld.nl');
    const net = await t.services.networks.create(lead.user, { name: 'Noord', areaLevel: 'wijk', areaName: 'Noord' });
    await addMember(t, net.id, viewer.user.id, 'meekijker');
    await addMember(t, net.id, loose.user.id, 'partner');
    const ctx = await memberContext(t, net.id, lead.user.id);
    const people: Record<string, { cookie: string; actorId: string }> = {};
    for (const name of ['A', 'B', 'C', 'D']) {
      const actor = await t.services.actors.create(ctx, {
        kind: 'organisation',
        name: `Partner ${name}`,
        domain: 'welzijn',
      });
      const person = await t.signIn(`${name.toLowerCase()}@voorbeeld.nl`);
      const memberId = await addMember(t, net.id, person.user.id, 'partner');
      await t.deps.db.updateTable('members').set({ actor_id: actor.id }).where('id', '=', memberId).execute();
      people[name] = { cookie: person.cookie, actorId: actor.id };
    }
    // Who works with whom (the network map): everyone with D and with A; A and C work together;
    // B and C do not, so B never rates C.
    for (const [x, y] of [
      ['A', 'D'],
      ['B', 'D'],
      ['C', 'D'],
      ['A', 'B'],
      ['A', 'C'],
    ])
      await t.services.relations.create(ctx, { actorAId: people[x].actorId, actorBId: people[y].actorId });
    const base = `/api/networks/${net.id}/relation-check/rounds`;
    expect(
      (await t.request({ method: 'POST', url: base, cookie: people.A.cookie, payload: { closesOn: inDays(7) } }))
        .statusCode,
    ).toBe(403);
    const opened = await t.request({
      method: 'POST',
      url: base,
      cookie: lead.cookie,
      payload: { closesOn: inDays(7) },
    });
    expect(opened.statusCode).toBe(201);
    const round = json(opened);
    expect(round).toMatchObject({ label: 'R0', status: 'open', raters: 0 });

    const rate = (who: string, whom: string, scores: Record<string, unknown>, cookie = people[who].cookie) =>
      t.request({ method: 'PUT', url: `${base}/${round.id}/ratings/${people[whom].actorId}`, cookie, payload: scores });

    // Bad input and refusals.
    const off = await rate('A', 'D', { ...rating(5, 3, 2, 1, 2, 3) });
    expect(off.statusCode).toBe(400);
    expect(json(off).error.fields.reliable).toMatch(/1 tot en met 4/);
    const { involvement: _left, ...five } = rating(4, 3, 2, 1, 2, 3);
    expect(json(await rate('A', 'D', five)).error.fields.involvement).toBeDefined();
    expect((await rate('A', 'A', rating(4, 4, 4, 4, 4, 4))).statusCode).toBe(422);
    expect((await rate('A', 'D', rating(4, 4, 4, 4, 4, 4), viewer.cookie)).statusCode).toBe(403);
    expect((await rate('A', 'D', rating(4, 4, 4, 4, 4, 4), outsider.cookie)).statusCode).toBe(404);
    const noActor = await rate('A', 'D', rating(4, 4, 4, 4, 4, 4), loose.cookie);
    expect(noActor.statusCode).toBe(409);
    expect(json(noActor).error.message).toMatch(/namens een partner/);

    // A first gives all ones and then changes its mind: the later rating replaces the first.
    expect((await rate('A', 'D', rating(1, 1, 1, 1, 1, 1))).statusCode).toBe(200);
    expect((await rate('A', 'D', rating(4, 3, 2, 1, 2, 3))).statusCode).toBe(200); // trust 3, value 2
    expect((await rate('B', 'D', rating(2, 2, 2, 4, 4, 4))).statusCode).toBe(200); // trust 2, value 4
    expect((await rate('C', 'D', rating(3, 4, 2, 3, 3, 3))).statusCode).toBe(200); // trust 3, value 3
    expect((await rate('D', 'A', rating(4, 4, 4, 4, 4, 4))).statusCode).toBe(200);
    expect((await rate('B', 'A', rating(1, 1, 1, 1, 1, 1))).statusCode).toBe(200);

    // B does not work with C: C is not on B's form and B cannot rate C.
    const notWorking = await rate('B', 'C', rating(4, 4, 4, 4, 4, 4));
    expect(notWorking.statusCode).toBe(422);
    expect(json(notWorking).error.fields.actorId).toMatch(/samenwerkt/);
    const formB = json(await t.request({ method: 'GET', url: `${base}/${round.id}/form`, cookie: people.B.cookie }));
    expect(formB.partners.map((p: { name: string }) => p.name)).toEqual(['Partner A', 'Partner D']);

    const form = json(await t.request({ method: 'GET', url: `${base}/${round.id}/form`, cookie: people.A.cookie }));
    expect(form.raterActorId).toBe(people.A.actorId);
    expect(form.partners.map((p: { name: string; rated: boolean }) => [p.name, p.rated])).toEqual([
      ['Partner B', false],
      ['Partner C', false],
      ['Partner D', true],
    ]);
    expect(Object.keys(form.partners[0]).sort()).toEqual(['id', 'name', 'rated']);

    const results = () => t.request({ method: 'GET', url: `${base}/${round.id}/results`, cookie: viewer.cookie });
    expect(json(await results())).toEqual({ available: false, reason: 'open', closesOn: inDays(7) });
    expect(json(await t.request({ method: 'GET', url: base, cookie: viewer.cookie }))[0].raters).toBe(4);
    expect(
      (await t.request({ method: 'POST', url: `${base}/${round.id}/close`, cookie: people.A.cookie })).statusCode,
    ).toBe(403);
    expect(
      (await t.request({ method: 'POST', url: `${base}/${round.id}/close`, cookie: lead.cookie })).statusCode,
    ).toBe(200);
    expect((await rate('C', 'A', rating(2, 2, 2, 2, 2, 2))).statusCode).toBe(409);

    const res = json(await results());
    const of = (name: string) => res.partners.find((p: { name: string }) => p.name === `Partner ${name}`);
    // D: trust (3 + 2 + 3) / 3 = 8/3, value (2 + 4 + 3) / 3 = 3; reliable (4 + 2 + 3) / 3 = 3.
    expect(of('D')).toMatchObject({ raters: 3, withheld: false, value: 3 });
    expect(of('D').trust).toBeCloseTo(8 / 3, 10);
    expect(of('D').criteria.reliable).toBe(3);
    expect(of('D').criteria.open).toBe(3);
    // A was rated by two partners: nothing of it is shown.
    expect(of('A')).toMatchObject({ raters: 2, withheld: true, trust: null, value: null, criteria: null });
    // The network score comes only from the partners shown, so A's two ratings cannot be worked out.
    expect(res.network).toMatchObject({ partners: 1, withheld: false, value: 3 });
    expect(res.network.trust).toBeCloseTo(8 / 3, 10);

    // No live event or audit row carries a rating.
    const events = await t.deps.db
      .selectFrom('events')
      .select('type')
      .where('type', 'like', 'relation_check%')
      .execute();
    expect(events.map((e) => e.type).sort()).toEqual(['relation_check_round.create', 'relation_check_round.update']);
    const audit = JSON.stringify(
      await t.deps.db.selectFrom('audit_log').selectAll().where('entity', 'like', 'relation%').execute(),
    );
    expect(audit).not.toContain('reliable');
  });
});
