import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addMember, createTestApp, dialects, memberContext, type TestApp } from '../../test/harness.js';
import { handModel } from '../../test/effects-fixtures.js';
import { STARTER_PRICES } from '../../domain/effects/starter-prices.js';
import { effectsCommand } from '../../cli/effects.js';

const json = (res: { body: string }) => JSON.parse(res.body);
const dir = mkdtempSync(join(tmpdir(), 'wijknet-effmod-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The hand model (discount rate 10%): PV_in = 1500 + 1100/1.1 + 10 · 50 = 3000;
// outcome 1: V = 100 · 20 · 0,5 · 1 · 0,8 = 800, halving each year: 800/1.1 + 400/1.21 + 200/1.331;
// outcome 2: V = 2 · 1210 · 1 · 0,5 · 1 = 1210 for two years: 1210/1.1 + 1210/1.21 = 2100.
const PV_1 = 800 / 1.1 + 400 / 1.21 + 200 / 1.331;
const PV_2 = 2100;

async function world(dialect: (typeof dialects)[number]) {
  const t = await createTestApp(dialect);
  const lead = await t.signIn('kartrekker@voorbeeld.nl');
  const partner = await t.signIn('financier@voorbeeld.nl');
  const viewer = await t.signIn('meekijker@voorbeeld.nl');
  const outsider = await t.signIn('buiten@voorbeeld.nl');
  const net = await t.services.networks.create(lead.user, { name: 'Noord', areaLevel: 'wijk', areaName: 'Noord' });
  await addMember(t, net.id, partner.user.id, 'partner');
  await addMember(t, net.id, viewer.user.id, 'meekijker');
  const ctx = await memberContext(t, net.id, lead.user.id);
  return { t, lead, partner, viewer, outsider, net, ctx };
}

describe.each(dialects)('verankeren: price list and effect models (%s)', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  it('copies the starter price list once, marks unchecked and unsourced prices, indexes, and edits with versions', async () => {
    const w = await world(dialect);
    t = w.t;
    const base = `/api/networks/${w.net.id}/prices`;
    const first = json(await t.request({ method: 'GET', url: base, cookie: w.viewer.cookie }));
    expect(first.items).toHaveLength(STARTER_PRICES.length);
    const unchecked = first.items.filter((i: { unchecked: boolean }) => i.unchecked);
    expect(unchecked.length).toBe(STARTER_PRICES.filter((s) => s.price === null).length);
    expect(
      unchecked.every(
        (i: { price: number | null; indexedPrice: number | null }) => i.price === null && i.indexedPrice === null,
      ),
    ).toBe(true);
    expect(first.payers.find((p: { id: string }) => p.id === 'zorgverzekeraar').name).toBe('Zorgverzekeraar');
    expect(first.settings.indexYear).toBe(2024);

    // A price without a source is allowed, but marked; 100 in 2023 with 3,3% for 2024 is 103,30 in 2024.
    const added = await t.request({
      method: 'POST',
      url: base,
      cookie: w.partner.cookie,
      payload: { item: 'Uur buurtcoach', unit: 'uur', price: 100, priceYear: 2023, payer: 'gemeente' },
    });
    expect(added.statusCode).toBe(201);
    const item = json(added);
    expect(item).toMatchObject({ withoutSource: true, unchecked: false, payerName: 'Gemeente', version: 1 });
    expect(item.indexedPrice).toBeCloseTo(103.3, 9);

    const bad = await t.request({
      method: 'POST',
      url: base,
      cookie: w.partner.cookie,
      payload: { item: 'X', payer: 'ruimtevaart', price: -3 },
    });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).error.fields.payer).toMatch(/Kies wie betaalt/);
    expect(json(bad).error.fields.price).toMatch(/negatief/);
    expect(
      (
        await t.request({
          method: 'POST',
          url: base,
          cookie: w.viewer.cookie,
          payload: { item: 'X', payer: 'gemeente' },
        })
      ).statusCode,
    ).toBe(403);
    expect((await t.request({ method: 'GET', url: base, cookie: w.outsider.cookie })).statusCode).toBe(404);

    const edit = (version: number) =>
      t.request({
        method: 'PATCH',
        url: `${base}/${item.id}`,
        cookie: w.partner.cookie,
        payload: { sourceTitle: 'Cao Sociaal Werk', version },
      });
    const edited = await edit(1);
    expect(edited.statusCode).toBe(200);
    expect(json(edited)).toMatchObject({ withoutSource: false, version: 2 });
    expect((await edit(1)).statusCode).toBe(409);

    // The index year moves every indexed price; prices expressed in that year stay as they are.
    const settings = await t.request({
      method: 'PATCH',
      url: `${base}/settings`,
      cookie: w.lead.cookie,
      payload: { indexYear: 2023, version: 1 },
    });
    expect(settings.statusCode).toBe(200);
    expect(json(settings).items.find((i: { id: string }) => i.id === item.id).indexedPrice).toBe(100);
    expect(
      (
        await t.request({
          method: 'PATCH',
          url: `${base}/settings`,
          cookie: w.partner.cookie,
          payload: { indexYear: 2022, version: 2 },
        })
      ).statusCode,
    ).toBe(403);

    // Removing everything leaves an empty list: the starter list is copied only once.
    for (const i of json(await t.request({ method: 'GET', url: base, cookie: w.lead.cookie })).items) {
      expect((await t.request({ method: 'DELETE', url: `${base}/${i.id}`, cookie: w.partner.cookie })).statusCode).toBe(
        204,
      );
    }
    expect(json(await t.request({ method: 'GET', url: base, cookie: w.lead.cookie })).items).toEqual([]);
  });

  it('computes a model as the CLI does, saves numbered versions and records the co-funding as an agreement', async () => {
    const w = await world(dialect);
    t = w.t;
    const goal = await t.services.goals.createGoal(w.ctx, { title: 'Minder eenzaamheid' });
    const prices = await t.services.effects.priceList(w.ctx);
    const base = `/api/networks/${w.net.id}/effect-models`;
    const model = handModel() as Record<string, unknown> & { outcomes: Record<string, unknown>[] };
    model.outcomes[0] = {
      ...model.outcomes[0],
      goalId: goal.id,
      indicator: 'huisartsbezoeken',
      priceItemId: prices.items[0]!.id,
      sources: { proxy: 'NZa 2024' },
    };

    // Bad input: shares that do not add up, and a goal of another network, each named by field.
    const broken = structuredClone(model);
    broken.outcomes[0] = {
      ...broken.outcomes[0],
      beneficiaries: { Zorgverzekeraar: 0.5, Gemeente: 0.25 },
      goalId: 'elders',
    };
    const refused = await t.request({
      method: 'POST',
      url: base,
      cookie: w.partner.cookie,
      payload: { name: 'Stuk', model: broken },
    });
    expect(refused.statusCode).toBe(422);
    expect(json(refused).error.fields['model.outcomes[0].beneficiaries']).toMatch(/75%/);
    expect(json(refused).error.fields['model.outcomes[0].goalId']).toMatch(/doelen van dit netwerk/);
    const empty = await t.request({
      method: 'POST',
      url: base,
      cookie: w.partner.cookie,
      payload: { name: 'Leeg', model: { inputs: [], outcomes: [] } },
    });
    expect(empty.statusCode).toBe(422);
    expect(Object.keys(json(empty).error.fields)).toEqual(['model.inputs']);
    expect(
      (await t.request({ method: 'POST', url: base, cookie: w.viewer.cookie, payload: { name: 'X', model } }))
        .statusCode,
    ).toBe(403);

    const created = await t.request({
      method: 'POST',
      url: base,
      cookie: w.partner.cookie,
      payload: { name: 'Dementiecafé', model },
    });
    expect(created.statusCode).toBe(201);
    const id = json(created).id;
    const got = json(
      await t.request({ method: 'GET', url: `${base}/${id}?runs=2000&seed=7`, cookie: w.viewer.cookie }),
    );
    expect(got.model.outcomes[0].goalId).toBe(goal.id);
    expect(got.result.pvInputs).toBeCloseTo(3000, 9);
    expect(got.result.pvOutcomes).toBeCloseTo(PV_1 + PV_2, 9);
    expect(got.result.ratio).toBeCloseTo((PV_1 + PV_2) / 3000, 12);
    expect(got.result.npv).toBeCloseTo(PV_1 + PV_2 - 3000, 9);
    // Year 1: inputs 1500 + 500 = 2000 against 727,27 + 1100; year 2: + 1000 against + 330,58 + 1000 → 3000 vs 3158: year 2.
    expect(got.result.paybackYear).toBe(2);
    // Every step: the hours input shows hours × rate, the second-year input its discount factor.
    expect(got.result.inputs[2]).toMatchObject({ hours: 10, rate: 50, cost: 500 });
    expect(got.result.inputs[1].discountFactor).toBeCloseTo(1 / 1.1, 12);
    expect(got.result.outcomes[0].years.map((y: { value: number }) => y.value)).toEqual([800, 400, 200]);
    const benefit = { Gemeente: 0.25 * PV_1 + PV_2, Zorgverzekeraar: 0.75 * PV_1 };
    const total = PV_1 + PV_2;
    expect(got.proposal).toEqual([
      { name: 'Buurthuis', investment: 500, benefit: 0, proposedShare: 0, proposedAmount: 0 },
      {
        name: 'Gemeente',
        investment: expect.closeTo(2500, 9),
        benefit: expect.closeTo(benefit.Gemeente, 9),
        proposedShare: expect.closeTo(benefit.Gemeente / total, 12),
        proposedAmount: expect.closeTo((3000 * benefit.Gemeente) / total, 9),
      },
      {
        name: 'Zorgverzekeraar',
        investment: 0,
        benefit: expect.closeTo(benefit.Zorgverzekeraar, 9),
        proposedShare: expect.closeTo(benefit.Zorgverzekeraar / total, 12),
        proposedAmount: expect.closeTo((3000 * benefit.Zorgverzekeraar) / total, 9),
      },
    ]);
    expect(got.summary).toBe(
      'Gemeente investeert het meest: € 2.500 van de € 3.000 en heeft er zelf ook het meeste baat bij.',
    );
    // No ranges in the hand model: every run equals the base, so all 2000 runs are above 1.
    expect(got.uncertainty).toMatchObject({
      runs: 2000,
      seed: 7,
      pRatioAbove1: 1,
      sentence: 'In 100 van de 100 berekeningen levert het meer op dan het kost.',
    });
    expect(
      (await t.request({ method: 'GET', url: `${base}/${id}?runs=20000`, cookie: w.viewer.cookie })).statusCode,
    ).toBe(400);

    // Ranges, then the downloaded file through `wijknet effects` gives the very same figures.
    const ranged = structuredClone(model);
    ranged.outcomes[1] = { ...ranged.outcomes[1], low: { proxy: 600 }, high: { proxy: 1500, displacement: 0.8 } };
    (ranged.inputs as Record<string, unknown>[])[0] = {
      ...(ranged.inputs as Record<string, unknown>[])[0],
      high: { amount: 2500 },
    };
    const patched = await t.request({
      method: 'PATCH',
      url: `${base}/${id}`,
      cookie: w.partner.cookie,
      payload: { model: ranged, version: 1 },
    });
    expect(patched.statusCode).toBe(200);
    const app = json(
      await t.request({ method: 'GET', url: `${base}/${id}?runs=5000&seed=42`, cookie: w.viewer.cookie }),
    );
    const download = await t.request({ method: 'GET', url: `${base}/${id}/file`, cookie: w.viewer.cookie });
    expect(download.headers['content-disposition']).toBe('attachment; filename="Dementiecafé.json"');
    expect(json(download).outcomes[0].goalId).toBeUndefined();
    const path = join(dir, `model-${dialect}.json`);
    writeFileSync(path, download.body);
    let stdout = '';
    const code = await effectsCommand([path, '--json', '--monte-carlo', '5000', '--seed', '42'], {
      stdout: (s) => (stdout += s),
      stderr: () => {},
    });
    expect(code).toBe(0);
    const cli = JSON.parse(stdout);
    expect(cli).toEqual({
      pvInputs: app.result.pvInputs,
      pvOutcomes: app.result.pvOutcomes,
      ratio: app.result.ratio,
      npv: app.result.npv,
      paybackYear: app.result.paybackYear,
      stakeholders: app.proposal.map(
        (s: { name: string; investment: number; benefit: number; proposedShare: number }) => ({
          name: s.name,
          investment: s.investment,
          benefit: s.benefit,
          proposedShare: s.proposedShare,
        }),
      ),
      outcomes: app.result.outcomes.map((o: { name: string; pv: number }) => ({ name: o.name, pv: o.pv })),
      uncertainty: {
        runs: 5000,
        seed: 42,
        pRatioAbove1: app.uncertainty.pRatioAbove1,
        p05: app.uncertainty.p05,
        p50: app.uncertainty.p50,
        p95: app.uncertainty.p95,
      },
    });
    expect(app.uncertainty.pRatioAbove1).toBeLessThan(1);
    expect(app.tornado.bars.map((b: { path: string }) => b.path).sort()).toEqual([
      'inputs[0].amount',
      'outcomes[1].displacement',
      'outcomes[1].proxy',
    ]);

    // Saved versions are numbered and do not change when the model does.
    const v1 = await t.request({ method: 'POST', url: `${base}/${id}/versions`, cookie: w.partner.cookie });
    expect(v1.statusCode).toBe(201);
    expect(json(v1).number).toBe(1);
    await t.request({
      method: 'PATCH',
      url: `${base}/${id}`,
      cookie: w.partner.cookie,
      payload: { model: handModel(), version: 2 },
    });
    expect(
      json(await t.request({ method: 'POST', url: `${base}/${id}/versions`, cookie: w.partner.cookie })).number,
    ).toBe(2);
    const first = json(
      await t.request({ method: 'GET', url: `${base}/${id}/versions/1/file`, cookie: w.viewer.cookie }),
    );
    expect(first.outcomes[1].high).toEqual({ proxy: 1500, displacement: 0.8 });
    const versions = json(
      await t.request({ method: 'GET', url: `${base}/${id}/versions`, cookie: w.viewer.cookie }),
    ).versions;
    expect(versions.map((v: { number: number }) => v.number)).toEqual([1, 2]);
    expect(
      (await t.request({ method: 'GET', url: `${base}/${id}/versions/3/file`, cookie: w.viewer.cookie })).statusCode,
    ).toBe(404);

    // The network adjusts the proposal and records it: a money agreement with the amounts.
    const coFunding = (cookie: string, contributions: unknown) =>
      t.request({ method: 'POST', url: `${base}/${id}/co-funding`, cookie, payload: { contributions } });
    expect((await coFunding(w.partner.cookie, [{ party: 'Gemeente', amount: 2000 }])).statusCode).toBe(403);
    const stranger = await coFunding(w.lead.cookie, [{ party: 'Bakker', amount: 10 }]);
    expect(stranger.statusCode).toBe(422);
    expect(json(stranger).error.fields['contributions[0].party']).toMatch(/Bakker/);
    const agreed = await coFunding(w.lead.cookie, [
      { party: 'Gemeente', amount: 1800 },
      { party: 'Zorgverzekeraar', amount: 1200 },
    ]);
    expect(agreed.statusCode).toBe(201);
    const agreements = json(
      await t.request({ method: 'GET', url: `/api/networks/${w.net.id}/agreements`, cookie: w.viewer.cookie }),
    ).agreements;
    expect(agreements).toHaveLength(1);
    expect(agreements[0]).toMatchObject({
      kind: 'geld',
      title: 'Cofinanciering: Dementiecafé',
      body: 'Samen investeren we € 3.000 (contante waarde). Zo verdelen we dat.',
    });
    expect(agreements[0].details.contributions).toEqual([
      { party: 'Gemeente', amount: 1800 },
      { party: 'Zorgverzekeraar', amount: 1200 },
    ]);

    expect((await t.request({ method: 'DELETE', url: `${base}/${id}`, cookie: w.partner.cookie })).statusCode).toBe(
      403,
    );
    expect((await t.request({ method: 'DELETE', url: `${base}/${id}`, cookie: w.lead.cookie })).statusCode).toBe(204);
    expect((await t.request({ method: 'GET', url: `${base}/${id}`, cookie: w.lead.cookie })).statusCode).toBe(404);
  });
});
