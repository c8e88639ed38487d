import { afterEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { addMember, createTestApp, dialects, memberContext, type TestApp } from '../../test/harness.js';
import { handModel } from '../../test/effects-fixtures.js';
import { outside, pdfLayout, pdfText, strandedHeadings } from '../../test/document-text.js';
import { Workbook } from '../../test/xlsx-formulas.js';
import { calculate } from '../../domain/effects/calculate.js';
import { parseEffectModel, type EffectModelFile } from '../../domain/effects/schema.js';

// The hand model (discount rate 10%), worked out by hand: PV_in = 1500 + 1100/1.1 + 10 · 50 = 3000;
// outcome 1: V = 100 · 20 · 0,5 · 0,8 = 800, halving: 800/1.1 + 400/1.21 + 200/1.331; outcome 2: 2100.
const PV_1 = 800 / 1.1 + 400 / 1.21 + 200 / 1.331;
const PV_OUT = PV_1 + 2100;

/** The hand model with ranges, sources, a goal and a price link, as the editor stores it. */
function storedModel(goalId: string, priceItemId: string) {
  const m = handModel();
  return {
    ...m,
    inputs: m.inputs.map((i, k) => (k === 0 ? { ...i, sources: { amount: 'Begroting gemeente 2027' } } : i)),
    outcomes: m.outcomes.map((o, k) =>
      k === 0
        ? {
            ...o,
            low: { deadweight: 0.3, dropoff: 0.3 },
            high: { deadweight: 0.7 },
            goalId,
            indicator: 'Huisartsbezoeken per jaar',
            priceItemId,
            sources: { quantity: 'Telling huisartsenpraktijk 2026', deadweight: 'Landelijke monitor 2025' },
          }
        : { ...o, sources: { proxy: 'Kosten schooluitval, NJi 2024' } },
    ),
  };
}

/** A model of 50 outcomes, for the layout of a long report. */
export function manyOutcomes(n: number): EffectModelFile {
  const stakeholders = ['Gemeente', 'Zorgverzekeraar', 'Woningcorporatie', 'Welzijnsorganisatie'];
  return {
    discountRate: 0.0225,
    inputs: stakeholders.flatMap((s, k) => [
      { stakeholder: s, year: 1, amount: 20000 + 1000 * k },
      { stakeholder: s, year: 2, hours: 200, rate: 60 },
    ]),
    outcomes: Array.from({ length: n }, (_, i) => ({
      name: `Effect ${i + 1}: minder zorggebruik en meer meedoen van bewoners in de wijk`,
      quantity: 10 + i,
      proxy: 100 + 7 * i,
      deadweight: 0.2,
      displacement: 0.05,
      attribution: 0.3,
      dropoff: 0.1,
      duration: 1 + (i % 5),
      beneficiaries: { [stakeholders[i % 4]]: 0.6, [stakeholders[(i + 1) % 4]]: 0.4 },
      low: { quantity: 5 + i, deadweight: 0.1 },
      high: { quantity: 20 + i, deadweight: 0.4, duration: 2 + (i % 5) },
    })),
  };
}

async function world(dialect: (typeof dialects)[number]) {
  const t = await createTestApp(dialect);
  const lead = await t.signIn('kartrekker@voorbeeld.nl');
  const viewer = await t.signIn('financier@voorbeeld.nl');
  const outsider = await t.signIn('buiten@voorbeeld.nl');
  const net = await t.services.networks.create(lead.user, {
    name: 'Samen Noord',
    areaLevel: 'wijk',
    areaName: 'Noord',
  });
  await addMember(t, net.id, viewer.user.id, 'meekijker');
  const ctx = await memberContext(t, net.id, lead.user.id);
  await t.services.networks.update(ctx, { ambition: 'Ouderen in Noord doen mee.', version: 1 });
  const goal = await t.services.goals.createGoal(ctx, { title: 'Minder eenzaamheid' });
  const price = await t.services.effects.addPrice(ctx, {
    item: 'Huisartsconsult',
    payer: 'zorgverzekeraar',
    price: 20,
    sourceTitle: 'Kostenhandleiding',
    sourcePublisher: 'Zorginstituut',
    sourceYear: 2024,
  });
  const model = await t.services.effects.createModel(ctx, {
    name: 'Koffieochtend',
    model: storedModel(goal.id, price.id) as never,
  });
  await t.services.effects.saveVersion(ctx, model.id);
  const url = (format: string, n = 1) =>
    `/api/networks/${net.id}/effect-models/${model.id}/versions/${n}/funder-report/${format}`;
  return { t, ctx, lead, viewer, outsider, net, model, url };
}

describe.each(dialects)('rapport voor financiers (%s)', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  it('gives a PDF with the key figures and every assumption with its source, inside the page, the same bytes every time', async () => {
    const w = await world(dialect);
    t = w.t;
    const first = await t.request({ method: 'GET', url: w.url('pdf'), cookie: w.viewer.cookie });
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('application/pdf');
    expect(first.headers['content-disposition']).toBe(
      'attachment; filename="rapport-financiers-Koffieochtend-versie-1.pdf"',
    );
    const again = await t.request({ method: 'GET', url: w.url('pdf'), cookie: w.lead.cookie });
    expect(Buffer.compare(first.rawPayload, again.rawPayload)).toBe(0);

    const text = await pdfText(first.rawPayload);
    // Key figures, by hand: PV_in € 3.000, PV_out, ratio, net value, payback.
    expect(text).toContain('Samen Noord is een wijknetwerk in Noord.');
    expect(text).toContain('Ouderen in Noord doen mee.');
    expect(text).toContain('Minder eenzaamheid');
    expect(text).toContain(`Investering (contante waarde) € 3.000`);
    expect(text).toContain(`€ ${Math.round(PV_OUT).toLocaleString('nl-NL')}`);
    expect(text).toContain(
      (PV_OUT / 3000).toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    );
    expect(text).toContain(`Netto waarde € ${Math.round(PV_OUT - 3000).toLocaleString('nl-NL')}`);
    expect(text).toMatch(/Terugverdiend in jaar 2/);
    // Every assumption with its value and source; a price link gives the price's source.
    for (const s of [
      'Begroting gemeente 2027',
      'Telling huisartsenpraktijk 2026',
      'Landelijke monitor 2025',
      'Prijslijst: Huisartsconsult (Kostenhandleiding, Zorginstituut, 2024)',
      'Kosten schooluitval, NJi 2024',
      'Hoort bij het doel: Minder eenzaamheid.',
      'Indicator: Huisartsbezoeken per jaar.',
      'Was ook zonder de aanpak gebeurd (deadweight) 50% 30% 70%',
      'Neemt elk jaar af met (drop-off) 50% 30% 50%',
      'Aantal jaren dat het effect duurt 3 jaar',
      '10 uur × € 50,00',
    ])
      expect(text).toContain(s);
    // Per stakeholder, the co-funding proposal and the uncertainty with its seed and runs.
    expect(text).toContain('Wie betaalt, wie heeft er baat bij');
    expect(text).toContain('Voorstel voor cofinanciering');
    expect(text).toMatch(/Zorgverzekeraar € 0 € \d/);
    expect(text).toContain('Startgetal (seed) 1');
    expect(text).toContain('Aantal berekeningen 10.000');
    expect(text).toContain('Kans dat de opbrengst groter is dan de investering');
    expect(text).toContain('Effect 1 (Minder huisartsbezoek): Was ook zonder de aanpak gebeurd (deadweight)');
    const layout = await pdfLayout(first.rawPayload);
    expect(outside(layout)).toEqual([]);
    expect(strandedHeadings(layout)).toEqual([]);

    // Outsiders see nothing; an unknown version is a 404.
    expect((await t.request({ method: 'GET', url: w.url('pdf'), cookie: w.outsider.cookie })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: w.url('pdf', 9), cookie: w.lead.cookie })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: w.url('doc'), cookie: w.lead.cookie })).statusCode).toBe(400);
  });

  it('gives an Excel file whose live formulas recalculate to the figures of the domain, with those figures cached', async () => {
    const w = await world(dialect);
    t = w.t;
    const res = await t.request({ method: 'GET', url: w.url('xlsx'), cookie: w.viewer.cookie });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const again = await t.request({ method: 'GET', url: w.url('xlsx'), cookie: w.viewer.cookie });
    expect(Buffer.compare(res.rawPayload, again.rawPayload)).toBe(0);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      'Toelichting',
      'Aannames',
      'Berekening',
      'Uitkomst',
      'Per partij',
      'Onzekerheid',
    ]);
    const u = wb.getWorksheet('Uitkomst')!;
    const cached = (ref: string) => (u.getCell(ref).value as ExcelJS.CellFormulaValue).result;
    // The figures are formulas, not numbers typed in.
    for (const ref of ['B3', 'B4', 'B5', 'B6', 'B7']) expect(u.getCell(ref).formula, ref).toBeTruthy();
    expect(u.getCell('B3').formula).toMatch(/^Berekening!/);
    expect(wb.getWorksheet('Aannames')!.getCell('B4').value).toBe(0.1);

    // The cached values are the domain's figures, which match the hand calculation.
    const domain = calculate((parseEffectModel(handModel()) as { ok: true; model: never }).model);
    expect(cached('B3')).toBeCloseTo(3000, 9);
    expect(cached('B4')).toBe(domain.pvOutcomes);
    expect(cached('B4')).toBeCloseTo(PV_OUT, 9);
    expect(cached('B5')).toBe(domain.ratio);
    expect(cached('B6')).toBe(domain.npv);
    expect(cached('B7')).toBe(2);
    const perParty = wb.getWorksheet('Per partij')!;
    const rowOf = (name: string) => {
      for (let r = 4; r < 12; r++) if (perParty.getCell(`A${r}`).value === name) return r;
      throw new Error(name);
    };
    const gemeente = domain.stakeholders.find((s) => s.name === 'Gemeente')!;
    expect((perParty.getCell(`C${rowOf('Gemeente')}`).value as ExcelJS.CellFormulaValue).result).toBe(gemeente.benefit);

    // Recalculated as Excel would, from the assumptions: the same figures.
    const excel = new Workbook(wb);
    expect(excel.cell('Uitkomst', 'B3')).toBeCloseTo(domain.pvInputs, 9);
    expect(excel.cell('Uitkomst', 'B4')).toBeCloseTo(domain.pvOutcomes, 9);
    expect(excel.cell('Uitkomst', 'B5')).toBeCloseTo(domain.ratio!, 12);
    expect(excel.cell('Uitkomst', 'B7')).toBe(2);
    expect(excel.cell('Per partij', `C${rowOf('Gemeente')}`)).toBeCloseTo(gemeente.benefit, 9);
    expect(excel.cell('Per partij', `E${rowOf('Gemeente')}`)).toBeCloseTo(gemeente.proposedInvestment!, 9);

    // A funder changes assumptions: the discount rate to 5% and the first outcome's drop-off to 0.
    // Excel's answer is the domain's answer for the changed model.
    const changed = handModel();
    changed.discountRate = 0.05;
    changed.outcomes[0].dropoff = 0;
    const expected = calculate((parseEffectModel(changed) as { ok: true; model: never }).model);
    excel.set('Aannames', 'B4', 0.05);
    const a = wb.getWorksheet('Aannames')!;
    let dropoffRow = 0;
    a.eachRow((row, n) => {
      if (row.getCell(2).value === 'Minder huisartsbezoek' && !dropoffRow) dropoffRow = n;
    });
    excel.set('Aannames', `H${dropoffRow}`, 0);
    expect(excel.cell('Uitkomst', 'B5')).toBeCloseTo(expected.ratio!, 12);
    expect(excel.cell('Uitkomst', 'B6')).toBeCloseTo(expected.npv, 9);
    expect(excel.cell('Uitkomst', 'B7')).toBe(expected.paybackYear);
  });

  it('keeps a report of 50 outcomes inside the page', async () => {
    const w = await world(dialect);
    t = w.t;
    const big = await t.services.effects.createModel(w.ctx, { name: 'Groot', model: manyOutcomes(50) as never });
    await t.services.effects.saveVersion(w.ctx, big.id);
    const pdf = await t.services.documents.funderReport(w.ctx, big.id, 1, 'pdf');
    const pages = await pdfLayout(pdf.body);
    expect(pages.length).toBeGreaterThan(10);
    expect(outside(pages)).toEqual([]);
    expect(strandedHeadings(pages)).toEqual([]);
    const text = await pdfText(pdf.body);
    expect(text).toContain('Effect 50: minder zorggebruik');
    const xlsx = await t.services.documents.funderReport(w.ctx, big.id, 1, 'xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const domain = calculate((parseEffectModel(manyOutcomes(50)) as { ok: true; model: never }).model);
    expect(new Workbook(wb).cell('Uitkomst', 'B5')).toBeCloseTo(domain.ratio!, 10);
  });
});
