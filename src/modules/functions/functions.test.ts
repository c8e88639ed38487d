import { afterEach, describe, expect, it } from 'vitest';
import { addMember, createTestApp, dialects, memberContext, type TestApp } from '../../test/harness.js';

const json = (res: { body: string }) => JSON.parse(res.body);

describe.each(dialects)('who is who, and progress of verkennen (%s)', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  it('marks functions present, unconnected or missing, with a search for the missing ones', async () => {
    t = await createTestApp(dialect);
    const lead = await t.signIn('kartrekker@voorbeeld.nl');
    const partner = await t.signIn('partner@voorbeeld.nl');
    const net = await t.services.networks.create(lead.user, { name: 'Noord', areaLevel: 'wijk', areaName: 'Noord' });
    await addMember(t, net.id, partner.user.id, 'partner');
    const ctx = await memberContext(t, net.id, lead.user.id);
    const team = await t.services.actors.create(ctx, {
      kind: 'organisation',
      name: 'Wijkteam Noord',
      domain: 'welzijn',
    });
    const gp = await t.services.actors.create(ctx, { kind: 'organisation', name: 'Huisarts Jansen', domain: 'zorg' });
    const police = await t.services.actors.create(ctx, {
      kind: 'organisation',
      name: 'Wijkagent',
      domain: 'veiligheid',
    });
    await t.services.relations.create(ctx, { actorAId: team.id, actorBId: gp.id });
    const base = `/api/networks/${net.id}/functions`;

    const first = json(await t.request({ method: 'GET', url: base, cookie: lead.cookie }));
    expect(first.functions).toHaveLength(21);
    expect(first.counts).toEqual({ present: 0, missing: 21, unconnected: 0 });
    const byName = (list: { name: string }[], name: string) =>
      list.find((f) => f.name === name) as unknown as { id: string; version: number; searchUrl: string };
    expect(byName(first.functions, 'Huisarts').searchUrl).toBe(`/api/networks/${net.id}/directory?q=huisarts`);

    // A partner links actors; only a kartrekker renames.
    const link = (name: string, actorIds: string[]) =>
      t.request({
        method: 'PATCH',
        url: `${base}/${byName(first.functions, name).id}`,
        cookie: partner.cookie,
        payload: { actorIds, version: 1 },
      });
    expect((await link('Wijkteam', [team.id])).statusCode).toBe(200);
    expect((await link('Huisarts', [gp.id])).statusCode).toBe(200);
    expect((await link('Wijkagent', [police.id])).statusCode).toBe(200);
    const rename = await t.request({
      method: 'PATCH',
      url: `${base}/${byName(first.functions, 'School').id}`,
      cookie: partner.cookie,
      payload: { name: 'Basisschool', version: 1 },
    });
    expect(rename.statusCode).toBe(403);
    const stale = await link('Wijkteam', []);
    expect(stale.statusCode).toBe(409);

    const added = await t.request({
      method: 'POST',
      url: base,
      cookie: lead.cookie,
      payload: { name: 'Buurtsportcoach' },
    });
    expect(added.statusCode).toBe(201);
    expect(
      (await t.request({ method: 'DELETE', url: `${base}/${byName(first.functions, 'GGD').id}`, cookie: lead.cookie }))
        .statusCode,
    ).toBe(204);

    const after = json(await t.request({ method: 'GET', url: base, cookie: lead.cookie }));
    const status = Object.fromEntries(after.functions.map((f: { name: string; status: string }) => [f.name, f.status]));
    expect(status.Wijkteam).toBe('present');
    expect(status.Huisarts).toBe('present');
    expect(status.Wijkagent).toBe('unconnected');
    expect(status.Buurtsportcoach).toBe('missing');
    expect(status.GGD).toBeUndefined();
    expect(after.counts).toEqual({ present: 2, unconnected: 1, missing: 18 });

    const progress = json(
      await t.request({ method: 'GET', url: `/api/networks/${net.id}/progress/verkennen`, cookie: partner.cookie }),
    );
    const done = Object.fromEntries(progress.steps.map((s: { key: string; done: boolean }) => [s.key, s.done]));
    expect(done).toEqual({
      partners: true,
      relations: true,
      snapshot: false,
      whoIsWho: true,
      profile: false,
      focus: false,
    });
    expect(progress).toMatchObject({ phase: 'verkennen', done: 3, total: 6 });
    await t.services.analysis.createSnapshot(ctx, { label: 'Start' });
    expect(
      json(await t.request({ method: 'GET', url: `/api/networks/${net.id}/progress/verkennen`, cookie: lead.cookie }))
        .done,
    ).toBe(4);
  });

  it('proposes partners that fill a function for one-click linking, and not once they are linked', async () => {
    t = await createTestApp(dialect);
    const lead = await t.signIn('kartrekker@voorbeeld.nl');
    const net = await t.services.networks.create(lead.user, { name: 'Oost', areaLevel: 'wijk', areaName: 'Oost' });
    const ctx = await memberContext(t, net.id, lead.user.id);
    const ggd = await t.services.actors.create(ctx, {
      kind: 'organisation',
      name: 'GGD Gelderland-Zuid',
      domain: 'zorg',
    });
    const gp = await t.services.actors.create(ctx, {
      kind: 'organisation',
      name: 'Huisartsenpraktijk De Linde',
      domain: 'zorg',
    });
    // Approached, not a partner yet: never proposed.
    await t.services.actors.create(ctx, {
      kind: 'organisation',
      name: 'Huisartsenpost Arnhem',
      domain: 'zorg',
      status: 'approached',
    });
    const base = `/api/networks/${net.id}/functions`;
    type View = {
      id: string;
      name: string;
      version: number;
      suggestions: { id: string; name: string; reasons: unknown[] }[];
    };
    const list = async () =>
      json(await t.request({ method: 'GET', url: base, cookie: lead.cookie })).functions as View[];
    const first = await list();
    const huisarts = first.find((f) => f.name === 'Huisarts')!;
    expect(huisarts.suggestions).toEqual([
      {
        id: gp.id,
        name: 'Huisartsenpraktijk De Linde',
        reasons: [
          { field: 'name', value: 'huisartsenpraktijk' },
          { field: 'domain', value: 'zorg' },
        ],
      },
    ]);
    expect(first.find((f) => f.name === 'GGD')!.suggestions.map((x) => x.id)).toEqual([ggd.id]);
    expect(first.find((f) => f.name === 'Wijkagent')!.suggestions).toEqual([]);

    // A network's own function: jeugdgezondheidszorg is the GGD's work.
    const added = await t.request({
      method: 'POST',
      url: base,
      cookie: lead.cookie,
      payload: { name: 'Jeugdgezondheidszorg' },
    });
    expect(added.statusCode, added.body).toBe(201);
    expect((json(added) as View).suggestions.map((x) => x.name)).toEqual(['GGD Gelderland-Zuid']);

    // Confirming is linking: the suggestion goes, the function is filled.
    const confirmed = await t.request({
      method: 'PATCH',
      url: `${base}/${huisarts.id}`,
      cookie: lead.cookie,
      payload: { actorIds: [huisarts.suggestions[0].id], version: huisarts.version },
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(json(confirmed)).toMatchObject({ actors: [{ id: gp.id }], suggestions: [] });
  });
});
