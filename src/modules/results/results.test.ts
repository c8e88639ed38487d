import { afterEach, describe, expect, it } from 'vitest';
import { addMember, createTestApp, dialects, memberContext, type TestApp } from '../../test/harness.js';
import { handModel } from '../../test/effects-fixtures.js';

const json = (res: { body: string }) => JSON.parse(res.body);

// The hand model (discount rate 10%), worked out by hand in effects.test.ts: PV_in = 3000,
// PV_out = (800/1.1 + 400/1.21 + 200/1.331) + 2100.
const PV_OUT = 800 / 1.1 + 400 / 1.21 + 200 / 1.331 + 2100;
const fields = { ambition: true, goals: true, done: true, effects: true };

async function world(dialect: (typeof dialects)[number]) {
  const t = await createTestApp(dialect);
  const lead = await t.signIn('kartrekker@voorbeeld.nl');
  const partner = await t.signIn('buurtwerk@voorbeeld.nl');
  const viewer = await t.signIn('meekijker@voorbeeld.nl');
  const net = await t.services.networks.create(lead.user, {
    name: 'Samen Oud in Noord',
    areaLevel: 'wijk',
    areaName: 'Noord',
  });
  const partnerMember = await addMember(t, net.id, partner.user.id, 'partner');
  await addMember(t, net.id, viewer.user.id, 'meekijker');
  const ctx = await memberContext(t, net.id, lead.user.id);
  await t.services.networks.update(ctx, { ambition: 'Ouderen in Noord doen mee.', version: 1 });
  const corporation = await t.services.actors.create(ctx, {
    kind: 'organisation',
    name: 'Woonstede Noord',
    domain: 'wonen',
    contactEmail: 'info@woonstede.nl',
  });
  const welfare = await t.services.actors.create(ctx, { kind: 'organisation', name: 'Buurtwerk', domain: 'welzijn' });
  const person = await t.services.actors.create(ctx, {
    kind: 'person',
    name: 'Jan Jansen',
    domain: 'bewoners',
    contactEmail: 'jan@voorbeeld.nl',
  });
  await t.deps.db.updateTable('members').set({ actor_id: welfare.id }).where('id', '=', partnerMember).execute();
  const goal = await t.services.goals.createGoal(ctx, { title: 'Minder eenzaamheid', indicator: 'Score eenzaamheid' });
  await t.services.actions.create(ctx, { title: 'Wekelijkse koffieochtend', status: 'klaar', goalId: goal.id });
  await t.services.actions.create(ctx, { title: 'Nog te doen: huisbezoeken', status: 'open' });
  const model = await t.services.effects.createModel(ctx, { name: 'Koffieochtend', model: handModel() as never });
  await t.services.effects.saveVersion(ctx, model.id);
  return { t, lead, partner, viewer, net, ctx, corporation, welfare, person, model };
}

describe.each(dialects)('resultaten: the public results page (%s)', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  it('publishes the chosen parts behind a new link, names partners only with consent, and switching off removes it', async () => {
    const w = await world(dialect);
    t = w.t;
    const base = `/api/networks/${w.net.id}/results`;
    const start = json(await t.request({ method: 'GET', url: base, cookie: w.viewer.cookie }));
    expect(start).toMatchObject({ enabled: false, token: null, version: 1 });
    expect(start.models).toEqual([{ id: w.model.id, name: 'Koffieochtend', versions: [1] }]);

    const body = { enabled: true, fields, modelId: w.model.id, versionNumber: 1, indexable: false, version: 1 };
    // Only a kartrekker switches it on; the role is checked before the body.
    expect((await t.request({ method: 'PUT', url: base, cookie: w.partner.cookie, payload: body })).statusCode).toBe(
      403,
    );
    // The headline needs a saved version that exists.
    const noVersion = await t.request({
      method: 'PUT',
      url: base,
      cookie: w.lead.cookie,
      payload: { ...body, versionNumber: 7 },
    });
    expect(noVersion.statusCode).toBe(422);
    expect(json(noVersion).error.fields.versionNumber).toMatch(/vastgelegde versie/);

    const on = json(await t.request({ method: 'PUT', url: base, cookie: w.lead.cookie, payload: body }));
    expect(on.enabled).toBe(true);
    expect(on.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stale = await t.request({ method: 'PUT', url: base, cookie: w.lead.cookie, payload: body });
    expect(stale.statusCode).toBe(409);

    // A stranger without an account reads it; search engines are asked to stay away.
    const page = await t.request({ method: 'GET', url: `/api/public/results/${on.token}` });
    expect(page.statusCode).toBe(200);
    expect(page.headers['x-robots-tag']).toBe('noindex, nofollow');
    const view = json(page);
    expect(view.networkName).toBe('Samen Oud in Noord');
    expect(view.ambition.ambition).toBe('Ouderen in Noord doen mee.');
    expect(view.goals).toEqual([{ title: 'Minder eenzaamheid', indicator: 'Score eenzaamheid', targetValue: '' }]);
    expect(view.done).toEqual([{ title: 'Wekelijkse koffieochtend' }]);
    expect(view.effects.pvInputs).toBeCloseTo(3000, 8);
    expect(view.effects.ratio).toBeCloseTo(PV_OUT / 3000, 10);
    expect(view.effects.uncertainty).toMatchObject({ runs: 10000, seed: 1 });
    // Nobody agreed yet: every partner by its kind only; no names, no contact details, no people.
    expect(view.partners).toEqual([
      { name: null, kind: 'organisation', domain: 'welzijn' },
      { name: null, kind: 'person', domain: 'bewoners' },
      { name: null, kind: 'organisation', domain: 'wonen' },
    ]);
    for (const secret of ['Woonstede', 'Buurtwerk', 'Jan Jansen', '@', 'huisbezoeken'])
      expect(page.body).not.toContain(secret);

    // Buurtwerk's own representative agrees; nobody else but a kartrekker may do that for Woonstede.
    const naming = (actorId: string, cookie: string, named = true) =>
      t.request({ method: 'PUT', url: `${base}/partners/${actorId}`, cookie, payload: { named } });
    expect((await naming(w.welfare.id, w.partner.cookie)).statusCode).toBe(200);
    expect((await naming(w.corporation.id, w.partner.cookie)).statusCode).toBe(403);
    expect((await naming(w.person.id, w.lead.cookie)).statusCode).toBe(422);
    const recorded = json(await naming(w.corporation.id, w.lead.cookie));
    expect(
      recorded.partners.map((p: { name: string; named: boolean; namedBy: string | null }) => [
        p.name,
        p.named,
        p.namedBy,
      ]),
    ).toEqual([
      ['Buurtwerk', true, 'representative'],
      ['Jan Jansen', false, null],
      ['Woonstede Noord', true, 'kartrekker'],
    ]);
    const named = json(await t.request({ method: 'GET', url: `/api/public/results/${on.token}` }));
    expect(named.partners.map((p: { name: string | null }) => p.name)).toEqual(['Buurtwerk', null, 'Woonstede Noord']);
    // Withdrawn: back to its kind.
    await naming(w.corporation.id, w.lead.cookie, false);
    const withdrawn = json(await t.request({ method: 'GET', url: `/api/public/results/${on.token}` }));
    expect(withdrawn.partners.map((p: { name: string | null }) => p.name)).toEqual(['Buurtwerk', null, null]);

    // Only the chosen parts; indexing when the network chooses it.
    const fewer = json(
      await t.request({
        method: 'PUT',
        url: base,
        cookie: w.lead.cookie,
        payload: {
          ...body,
          fields: { ambition: false, goals: false, done: true, effects: false },
          indexable: true,
          version: on.version,
        },
      }),
    );
    expect(fewer.token).toBe(on.token);
    const indexed = await t.request({ method: 'GET', url: `/api/public/results/${on.token}` });
    expect(indexed.headers['x-robots-tag']).toBeUndefined();
    expect(json(indexed)).toMatchObject({ ambition: null, goals: null, effects: null, indexable: true });

    // Off: the link is gone. On again: a new link; the old one stays gone.
    const off = json(
      await t.request({
        method: 'PUT',
        url: base,
        cookie: w.lead.cookie,
        payload: { ...body, enabled: false, version: fewer.version },
      }),
    );
    expect(off).toMatchObject({ enabled: false, token: null });
    const gone = await t.request({ method: 'GET', url: `/api/public/results/${on.token}` });
    expect(gone.statusCode).toBe(404);
    expect(json(gone).error.message).toMatch(/bestaat niet/);
    const again = json(
      await t.request({ method: 'PUT', url: base, cookie: w.lead.cookie, payload: { ...body, version: off.version } }),
    );
    expect(again.token).toBeTruthy();
    expect(again.token).not.toBe(on.token);
    expect((await t.request({ method: 'GET', url: `/api/public/results/${on.token}` })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/public/results/${again.token}` })).statusCode).toBe(200);

    // The audit trail says the link changed, never what it is.
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select('changes')
      .where('entity', '=', 'results_page')
      .execute();
    expect(audit.length).toBe(4);
    for (const a of audit) {
      expect(a.changes).not.toContain(on.token);
      expect(a.changes).not.toContain(again.token);
    }
  });

  it('counts the page as on for the phase progress only while it is on', async () => {
    const w = await world(dialect);
    t = w.t;
    const step = async () =>
      (await t.services.progress.overview(w.ctx)).phases
        .find((p) => p.phase === 'verankeren')!
        .steps.find((s) => s.id === 'results')!.status;
    expect(await step()).toBe('open');
    const on = await t.services.results.update(w.ctx, {
      enabled: true,
      fields,
      modelId: w.model.id,
      versionNumber: 1,
      indexable: false,
      version: 1,
    });
    expect(await step()).toBe('done');
    await t.services.results.update(w.ctx, { ...on, enabled: false, version: on.version });
    expect(await step()).toBe('open');
  });
});
