import { afterEach, describe, expect, it } from 'vitest';
import { addMember, createTestApp, dialects, memberContext, type TestApp } from '../../test/harness.js';
import type { CaseListView, CaseView } from './schemas.js';

const json = <T = any>(res: { body: string }) => JSON.parse(res.body) as T; // eslint-disable-line @typescript-eslint/no-explicit-any

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
  // Two prices in the index year, so no indexing: € 40 per GP consult (with a source), € 60 per hour
  // of welfare work (without a source: allowed, but marked).
  const list = await t.services.effects.priceList(ctx);
  const year = list.settings.indexYear;
  const gp = await t.services.effects.addPrice(ctx, {
    item: 'Consult huisarts (test)',
    payer: 'zorgverzekeraar',
    price: 40,
    priceYear: year,
    sourceTitle: 'Kostenhandleiding',
  });
  const welfare = await t.services.effects.addPrice(ctx, {
    item: 'Uur welzijnswerk (test)',
    payer: 'gemeente',
    price: 60,
    priceYear: year,
  });
  return { t, lead, partner, viewer, outsider, net, ctx, gp, welfare, year };
}

const line = (over: Record<string, unknown>) => ({ kind: 'event', year: 1, quantity: 1, ...over });

describe.each(dialects)('casusmethode (%s)', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  it('prices two timelines per payer, copies a case to vary it, and aggregates over the cases', async () => {
    const w = await world(dialect);
    t = w.t;
    const base = `/api/networks/${w.net.id}/cases`;
    const created = await t.request({
      method: 'POST',
      url: base,
      cookie: w.partner.cookie,
      payload: {
        name: 'Mevrouw A',
        resident: 'Een vrouw van 82 die alleen woont en vaak valt.',
        residents: 10,
        lines: [
          line({ timeline: 'reference', label: 'Vaak naar de huisarts', priceItemId: w.gp.id, quantity: 6 }),
          line({
            timeline: 'reference',
            label: 'Huurachterstand',
            ownPrice: 150,
            payer: 'woningcorporatie',
            quantity: 3,
          }),
          line({ timeline: 'approach', label: 'Minder vaak naar de huisarts', priceItemId: w.gp.id, quantity: 2 }),
          line({
            timeline: 'approach',
            label: 'Welzijnswerker komt langs',
            kind: 'activity',
            month: 4,
            priceItemId: w.welfare.id,
            quantity: 10,
          }),
        ],
      },
    });
    expect(created.statusCode).toBe(201);
    const a = json<CaseView>(created);
    // Reference: Zorgverzekeraar 6 · 40 = 240, Woningcorporatie 3 · 150 = 450.
    // With the approach: Zorgverzekeraar 2 · 40 = 80, Gemeente 10 · 60 = 600.
    // Effect (reference − approach): Gemeente −600, Woningcorporatie 450, Zorgverzekeraar 160; total 10.
    expect(a.payers).toEqual([
      { payer: 'gemeente', payerName: 'Gemeente', reference: 0, withApproach: 600, effect: -600 },
      { payer: 'woningcorporatie', payerName: 'Woningcorporatie', reference: 450, withApproach: 0, effect: 450 },
      { payer: 'zorgverzekeraar', payerName: 'Zorgverzekeraar', reference: 240, withApproach: 80, effect: 160 },
    ]);
    expect(a.total).toEqual({ reference: 690, withApproach: 680, effect: 10 });
    expect(a.complete).toBe(true);
    expect(a.year).toBe(w.year);
    // The unsourced price and the own amount without a note are used, but marked.
    const welfareLine = a.lines.find((l) => l.priceItemId === w.welfare.id)!;
    expect(welfareLine).toMatchObject({
      withoutSource: true,
      month: 4,
      kind: 'activity',
      cost: 600,
      paidByName: 'Gemeente',
    });
    expect(a.lines.find((l) => l.ownPrice === 150)).toMatchObject({ withoutSource: true, paidBy: 'woningcorporatie' });
    expect(a.lines.find((l) => l.priceItemId === w.gp.id)!.withoutSource).toBe(false);
    expect(a.flags).toContainEqual({ code: 'missing-source', priceId: w.welfare.id });

    // Copy ("Kopie van …"), then vary: 5 hours of welfare work instead of 10 and N = 30.
    const copied = await t.request({ method: 'POST', url: `${base}/${a.id}/copy`, cookie: w.partner.cookie });
    expect(copied.statusCode).toBe(201);
    const b = json<CaseView>(copied);
    expect(b.name).toBe('Kopie van Mevrouw A');
    expect(b.lines).toHaveLength(4);
    expect(b.total.effect).toBe(10);
    const varied = await t.request({
      method: 'PATCH',
      url: `${base}/${b.id}`,
      cookie: w.partner.cookie,
      payload: {
        residents: 30,
        lines: b.lines.map((l) => ({
          timeline: l.timeline,
          label: l.label,
          kind: l.kind,
          year: l.year,
          month: l.month,
          priceItemId: l.priceItemId,
          ownPrice: l.ownPrice,
          note: l.note,
          payer: l.payer,
          quantity: l.priceItemId === w.welfare.id ? 5 : l.quantity,
        })),
        version: b.version,
      },
    });
    expect(varied.statusCode).toBe(200);
    // Gemeente now −300; total 690 − 380 = 310.
    expect(json<CaseView>(varied).total.effect).toBe(310);
    expect(json<CaseView>(varied).version).toBe(2);

    // A stale version: 409 with the current case; nothing changes.
    const stale = await t.request({
      method: 'PATCH',
      url: `${base}/${b.id}`,
      cookie: w.lead.cookie,
      payload: { name: 'Oud', version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(json(stale).error.current.name).toBe('Kopie van Mevrouw A');

    // In English the copy is "Copy of …"; a given name is used as it is. (Both removed again.)
    for (const [headers, payload, expected] of [
      [{ 'accept-language': 'en' }, undefined, 'Copy of Mevrouw A'],
      [{}, { name: 'Mevrouw A met mantelzorger' }, 'Mevrouw A met mantelzorger'],
    ] as const) {
      const res = await t.request({
        method: 'POST',
        url: `${base}/${a.id}/copy`,
        cookie: w.partner.cookie,
        headers,
        payload,
      });
      expect(json<CaseView>(res).name).toBe(expected);
      await t.services.cases.remove(w.ctx, json<CaseView>(res).id);
    }

    // Aggregate over A (N 10) and B (N 30): per payer mean and median of one case, total Σ effect · N.
    // Gemeente: −600 and −300 → mean −450, median −450, total −6000 − 9000 = −15000.
    // Total: 10 and 310 → mean 160, total 100 + 9300 = 9400.
    const all = json<CaseListView>(await t.request({ method: 'GET', url: base, cookie: w.viewer.cookie }));
    expect(all.cases.map((c) => c.name)).toEqual(['Mevrouw A', 'Kopie van Mevrouw A']);
    expect(all.aggregate).toMatchObject({ cases: 2, residents: 40, complete: true });
    expect(all.aggregate!.payers[0]).toEqual({
      payer: 'gemeente',
      payerName: 'Gemeente',
      mean: -450,
      median: -450,
      total: -15000,
    });
    expect(all.aggregate!.total).toEqual({ mean: 160, median: 160, total: 9400 });

    // Removing a price leaves the line without a price: counted as nothing, and said so.
    await t.services.effects.removePrice(w.ctx, w.welfare.id);
    const after = json<CaseView>(await t.request({ method: 'GET', url: `${base}/${a.id}`, cookie: w.viewer.cookie }));
    expect(after.complete).toBe(false);
    expect(after.flags).toContainEqual({ code: 'no-price', scenario: 'withApproach', entry: 1 });

    // Only a kartrekker removes a case.
    expect((await t.request({ method: 'DELETE', url: `${base}/${a.id}`, cookie: w.partner.cookie })).statusCode).toBe(
      403,
    );
    expect((await t.request({ method: 'DELETE', url: `${base}/${a.id}`, cookie: w.lead.cookie })).statusCode).toBe(204);
    expect((await t.request({ method: 'GET', url: `${base}/${a.id}`, cookie: w.lead.cookie })).statusCode).toBe(404);
    const lines = await t.deps.db.selectFrom('effect_case_lines').select('id').where('case_id', '=', a.id).execute();
    expect(lines).toHaveLength(0);
  });

  it('brings a price of an earlier year to the index year with the index of the price list', async () => {
    const w = await world(dialect);
    t = w.t;
    // As in the price list test: € 100 in 2023 with 3,3% for 2024 is € 103,30 in 2024.
    expect(w.year).toBe(2024);
    const old = await t.services.effects.addPrice(w.ctx, {
      item: 'Uur buurtcoach',
      payer: 'gemeente',
      price: 100,
      priceYear: 2023,
    });
    const c = await t.services.cases.create(w.ctx, {
      name: 'Meneer C',
      lines: [
        { timeline: 'approach', label: 'Buurtcoach', kind: 'activity', year: 1, priceItemId: old.id, quantity: 2 },
        // An own amount with cents and a fractional quantity survives both databases exactly.
        {
          timeline: 'approach',
          label: 'Schuldhulp',
          kind: 'activity',
          year: 2,
          ownPrice: 12345.67,
          note: 'Offerte',
          quantity: 1.5,
          payer: 'gemeente',
        },
      ],
    });
    expect(c.lines[0].unitPrice).toBeCloseTo(103.3, 9);
    expect(c.lines[1]).toMatchObject({ ownPrice: 12345.67, quantity: 1.5, withoutSource: false });
    // Gemeente: 0 − (2 · 103,30 + 1,5 · 12.345,67) = −(206,60 + 18.518,505) = −18.725,105.
    expect(c.payers[0].effect).toBeCloseTo(-18725.105, 6);
    expect(c.complete).toBe(true);
  });

  it('refuses bad lines with a Dutch message per field, and keeps other networks out', async () => {
    const w = await world(dialect);
    t = w.t;
    const base = `/api/networks/${w.net.id}/cases`;
    const post = (payload: Record<string, unknown>, cookie = w.partner.cookie) =>
      t.request({ method: 'POST', url: base, cookie, payload });

    const bad = await post({
      name: 'X',
      residents: 0,
      lines: [
        line({ timeline: 'zijweg', label: 'A', ownPrice: 10, payer: 'gemeente' }),
        line({ timeline: 'approach', label: 'B', ownPrice: 10 }),
        line({ timeline: 'approach', label: 'C' }),
        line({ timeline: 'approach', label: 'D', priceItemId: w.gp.id, ownPrice: 5 }),
        line({ timeline: 'approach', label: 'E', priceItemId: w.gp.id, year: 0, month: 13, quantity: -1 }),
      ],
    });
    expect(bad.statusCode).toBe(400);
    const fields = json(bad).error.fields;
    expect(fields.residents).toMatch(/hoeveel bewoners/);
    expect(fields['lines.0.timeline']).toMatch(/Kies de tijdlijn/);
    expect(fields['lines.1.payer']).toMatch(/Kies wie dit eigen bedrag betaalt/);
    expect(fields['lines.2.ownPrice']).toMatch(/eigen bedrag/);
    expect(fields['lines.3.ownPrice']).toMatch(/niet allebei/);
    expect(fields['lines.4.year']).toMatch(/jaar op de tijdlijn/);
    expect(fields['lines.4.month']).toMatch(/maand/);
    expect(fields['lines.4.quantity']).toMatch(/aantal/);
    // NUL in a text is refused, never a 500.
    expect((await post({ name: 'Mevrouw\u0000A' })).statusCode).toBe(400);

    // A price of another network is not this network's price.
    const other = await t.services.networks.create(w.outsider.user, {
      name: 'Zuid',
      areaLevel: 'wijk',
      areaName: 'Zuid',
    });
    const otherCtx = await memberContext(t, other.id, w.outsider.user.id);
    const foreign = await t.services.effects.addPrice(otherCtx, { item: 'Elders', payer: 'gemeente', price: 1 });
    const wrong = await post({
      name: 'X',
      lines: [line({ timeline: 'approach', label: 'A', priceItemId: foreign.id })],
    });
    expect(wrong.statusCode).toBe(422);
    expect(json(wrong).error.fields['lines.0.priceItemId']).toMatch(/prijslijst van dit netwerk/);

    // A meekijker reads but does not write; an outsider does not see the network at all.
    expect((await post({ name: 'X' }, w.viewer.cookie)).statusCode).toBe(403);
    const mine = json<CaseView>(await post({ name: 'Meneer B' }));
    expect((await t.request({ method: 'GET', url: base, cookie: w.outsider.cookie })).statusCode).toBe(404);
    expect(
      (await t.request({ method: 'GET', url: `/api/networks/${other.id}/cases/${mine.id}`, cookie: w.outsider.cookie }))
        .statusCode,
    ).toBe(404);
  });
});

describe.each(dialects)('borging (%s)', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  it('starts with the fixed points, keeps status, owner and date, and feeds progress and the cockpit', async () => {
    const w = await world(dialect);
    t = w.t;
    const base = `/api/networks/${w.net.id}/continuity`;
    const first = json(await t.request({ method: 'GET', url: base, cookie: w.viewer.cookie }));
    expect(first.items.map((i: { starterKey: string }) => i.starterKey)).toEqual([
      'funding',
      'institutions',
      'deputies',
      'handover',
      'renewal',
      'results',
    ]);
    expect(first.counts).toMatchObject({ total: 6, open: 6, overdue: 0 });
    const partnerMember = first.owners.members.find((m: { name: string }) => m.name === 'financier');
    expect(partnerMember).toBeDefined();

    const [funding, institutions] = first.items;
    const patch = (id: string, payload: Record<string, unknown>, cookie = w.partner.cookie) =>
      t.request({ method: 'PATCH', url: `${base}/${id}`, cookie, payload });

    // "Niet van toepassing" needs a reason.
    const noReason = await patch(institutions.id, { status: 'nvt', version: 1 });
    expect(noReason.statusCode).toBe(422);
    expect(json(noReason).error.fields.reason).toMatch(/waarom/);
    expect(
      (await patch(institutions.id, { status: 'nvt', reason: 'We zijn zelf een stichting.', version: 1 })).statusCode,
    ).toBe(200);

    // An owner must be in the network; a member owner with a date in the past makes the point overdue.
    const stranger = await patch(funding.id, { ownerMemberId: 'geen-lid', version: 1 });
    expect(stranger.statusCode).toBe(422);
    expect(json(stranger).error.fields.ownerMemberId).toBeDefined();
    const owned = await patch(funding.id, {
      status: 'bezig',
      ownerMemberId: partnerMember.id,
      dueOn: '2020-01-31',
      version: 1,
    });
    expect(owned.statusCode).toBe(200);
    expect(json(owned)).toMatchObject({ ownerName: 'financier', overdue: true, status: 'bezig', version: 2 });
    expect((await patch(funding.id, { title: 'Oud', version: 1 })).statusCode).toBe(409);
    expect((await patch(funding.id, { status: 'geregeld', version: 2 }, w.viewer.cookie)).statusCode).toBe(403);

    // The cockpit's input: points past their date that are not arranged.
    expect(await t.services.continuity.overdue(w.net.id, '2020-02-01')).toEqual([
      {
        id: funding.id,
        title: 'Structurele financiering',
        status: 'bezig',
        dueOn: '2020-01-31',
        ownerName: 'financier',
      },
    ]);
    expect(await t.services.continuity.overdue(w.net.id, '2020-01-31')).toEqual([]);

    // A partner as owner; taking the partner out of the network leaves the point without owner, so
    // the export never carries an actor of another network.
    const actor = await t.services.actors.create(w.ctx, {
      kind: 'organisation',
      name: 'Woonstichting',
      domain: 'wonen',
    });
    const deputies = first.items[2];
    const byPartner = await patch(deputies.id, { ownerActorId: actor.id, version: 1 });
    expect(json(byPartner)).toMatchObject({ ownerActorId: actor.id, ownerName: 'Woonstichting' });
    expect(
      (await patch(deputies.id, { ownerMemberId: partnerMember.id, ownerActorId: actor.id, version: 2 })).statusCode,
    ).toBe(422);
    await t.services.actors.remove(w.ctx, actor.id);
    const orphan = json(await t.request({ method: 'GET', url: base, cookie: w.lead.cookie })).items[2];
    expect(orphan).toMatchObject({ ownerActorId: null, ownerName: null });

    // An own point; a kartrekker removes one; the list does not refill.
    const own = await t.request({
      method: 'POST',
      url: base,
      cookie: w.partner.cookie,
      payload: { title: 'Website op naam van het netwerk', dueOn: '2027-06-01' },
    });
    expect(own.statusCode).toBe(201);
    expect(json(own)).toMatchObject({ starterKey: null, status: 'open' });
    expect(
      (await t.request({ method: 'DELETE', url: `${base}/${institutions.id}`, cookie: w.partner.cookie })).statusCode,
    ).toBe(403);
    expect(
      (await t.request({ method: 'DELETE', url: `${base}/${institutions.id}`, cookie: w.lead.cookie })).statusCode,
    ).toBe(204);
    const again = json(await t.request({ method: 'GET', url: base, cookie: w.lead.cookie }));
    expect(again.counts).toMatchObject({ total: 6, open: 5, bezig: 1, nvt: 0 });

    // Phase progress: the checklist step is done once no point is still open; a case counts too.
    const step = async (id: string) => {
      const overview = await t.services.progress.overview(w.ctx);
      return overview.phases.flatMap((p) => p.steps).find((s) => s.id === id) ?? null;
    };
    expect((await step('continuity'))?.status).toBe('open');
    for (const i of again.items.filter((x: { status: string }) => x.status === 'open'))
      await patch(i.id, { status: 'geregeld', version: i.version });
    expect((await step('continuity'))?.status).toBe('done');
    expect((await step('case'))?.status).toBe('open');
    await t.services.cases.create(w.ctx, { name: 'Mevrouw A' });
    expect((await step('case'))?.status).toBe('done');
  });
});
