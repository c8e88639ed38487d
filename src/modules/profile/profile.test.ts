import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addMember, createTestApp, dialects, type TestApp } from '../../test/harness.js';

const json = (res: { body: string }) => JSON.parse(res.body);
const fixture = (name: string) =>
  fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'test', 'fixtures', name)).toString('base64');

describe.each(dialects)('wijkprofiel (%s)', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  async function setUp() {
    t = await createTestApp(dialect);
    const lead = await t.signIn('kartrekker@voorbeeld.nl');
    const partner = await t.signIn('partner@voorbeeld.nl');
    const viewer = await t.signIn('meekijker@voorbeeld.nl');
    const net = await t.services.networks.create(lead.user, {
      name: 'Snits-Sùd',
      areaLevel: 'wijk',
      areaName: 'Snits-Sùd',
      regionCode: 'WK190001',
    });
    await addMember(t, net.id, partner.user.id, 'partner');
    await addMember(t, net.id, viewer.user.id, 'meekijker');
    return { lead, partner, viewer, net, base: `/api/networks/${net.id}/profile` };
  }

  it("finding 11: own figures and residents' questions follow the owner rule — their author or a kartrekker", async () => {
    const { lead, partner, net, base } = await setUp();
    const other = await t.signIn('ander@voorbeeld.nl');
    await addMember(t, net.id, other.user.id, 'partner');
    const ind = json(
      await t.request({
        method: 'POST',
        url: `${base}/indicators`,
        cookie: partner.cookie,
        payload: { name: 'Eenzaamheid 65+', value: 48, unit: '%', source: 'GGD', measuredOn: '2024-10-01' },
      }),
    );
    const need = json(
      await t.request({
        method: 'POST',
        url: `${base}/entries`,
        cookie: partner.cookie,
        payload: { kind: 'need', text: 'Meer bankjes', source: 'bewonersavond' },
      }),
    );
    expect(ind.createdBy).toBe(partner.user.id);
    for (const [url, body] of [
      [`${base}/indicators/${ind.id}`, { value: 1, version: 1 }],
      [`${base}/entries/${need.id}`, { text: 'Niets', version: 1 }],
    ] as const) {
      const patch = await t.request({ method: 'PATCH', url, cookie: other.cookie, payload: body });
      expect(patch.statusCode).toBe(403);
      expect(json(patch).error.message).toMatch(/iemand anders/);
      expect((await t.request({ method: 'DELETE', url, cookie: other.cookie })).statusCode).toBe(403);
    }
    const view = json(await t.request({ method: 'GET', url: base, cookie: partner.cookie }));
    expect(view.indicators.map((x: { value: number; version: number }) => [x.value, x.version])).toEqual([[48, 1]]);
    expect(view.needs.map((x: { text: string }) => x.text)).toEqual(['Meer bankjes']);
    expect(
      (
        await t.request({
          method: 'PATCH',
          url: `${base}/indicators/${ind.id}`,
          cookie: partner.cookie,
          payload: { value: 47, version: 1 },
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await t.request({ method: 'DELETE', url: `${base}/entries/${need.id}`, cookie: lead.cookie })).statusCode,
    ).toBe(204);
    expect(
      (await t.request({ method: 'DELETE', url: `${base}/indicators/${ind.id}`, cookie: lead.cookie })).statusCode,
    ).toBe(204);
  });

  it("previews a StatLine CSV, keeps the network's wijk and its gemeente, and compares them", async () => {
    const { partner, viewer, base } = await setUp();
    const file = { fileName: 'kwb-2024.csv', contentBase64: fixture('cbs-kwb-2024-statline.csv') };
    const preview = await t.request({
      method: 'POST',
      url: `${base}/cbs/preview`,
      cookie: partner.cookie,
      payload: file,
    });
    expect(preview.statusCode, preview.body).toBe(200);
    const p = json(preview);
    expect(p).toMatchObject({ format: 'csv', year: 2024 });
    expect(
      p.regions
        .filter((r: { suggested: boolean }) => r.suggested)
        .map((r: { code: string }) => r.code)
        .sort(),
    ).toEqual(['GM1900', 'WK190001']);

    expect(
      (await t.request({ method: 'POST', url: `${base}/cbs`, cookie: viewer.cookie, payload: file })).statusCode,
    ).toBe(403);
    const imported = await t.request({ method: 'POST', url: `${base}/cbs`, cookie: partner.cookie, payload: file });
    expect(imported.statusCode, imported.body).toBe(201);
    expect(
      json(imported)
        .imported.map((r: { code: string }) => r.code)
        .sort(),
    ).toEqual(['GM1900', 'WK190001']);

    const view = json(await t.request({ method: 'GET', url: base, cookie: viewer.cookie }));
    expect(view.area).toMatchObject({
      code: 'WK190001',
      year: 2024,
      source: 'CBS, Kerncijfers wijken en buurten 2024',
      fetchedAt: null,
    });
    expect(view.municipality).toMatchObject({ code: 'GM1900', name: 'Súdwest-Fryslân' });
    expect(view.licence).toMatch(/CC BY 4\.0/);
    expect(view.figures.find((f: { key: string }) => f.key === 'AantalInwoners')).toMatchObject({
      area: 8120,
      municipality: 90500,
    });
    // The wijk by its CBS name, not "de wijk" or its code.
    expect(view.comparison.map((c: { sentence: string }) => c.sentence)).toContain(
      `In ${view.area.name} wonen naar verhouding meer 65-plussers dan in de hele gemeente (31,3% tegen 22,8%).`,
    );
    expect(view.area.name).toMatch(/^Wijk 01 Snits-S.d$/);

    // The same upload again replaces, never duplicates.
    expect(
      (await t.request({ method: 'POST', url: `${base}/cbs`, cookie: partner.cookie, payload: file })).statusCode,
    ).toBe(201);
    expect(json(await t.request({ method: 'GET', url: base, cookie: viewer.cookie })).regions).toHaveLength(2);
  });

  it('imports the OData JSON for chosen regions, and asks for a year or a region when the file does not say', async () => {
    const { lead, base } = await setUp();
    const odata = { fileName: 'TypedDataSet.json', contentBase64: fixture('cbs-kwb-2023-typeddataset.json') };
    const noRegion = await t.request({ method: 'POST', url: `${base}/cbs`, cookie: lead.cookie, payload: odata });
    expect(noRegion.statusCode).toBe(422);
    expect(json(noRegion).error.fields.regionCodes).toMatch(/staat niet in het bestand/);
    const ok = await t.request({
      method: 'POST',
      url: `${base}/cbs`,
      cookie: lead.cookie,
      payload: { ...odata, regionCodes: ['WK015001', 'GM0150'] },
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const view = json(await t.request({ method: 'GET', url: `${base}?region=WK015001`, cookie: lead.cookie }));
    expect(view.area).toMatchObject({ code: 'WK015001', year: 2023, tableId: '85618NED' });
    expect(view.comparison.length).toBeGreaterThan(3);

    const csv = Buffer.from('WijkenEnBuurten;AantalInwoners_5\r\nWK190001;10\r\n').toString('base64');
    const noYear = await t.request({
      method: 'POST',
      url: `${base}/cbs`,
      cookie: lead.cookie,
      payload: { fileName: 'download.csv', contentBase64: csv },
    });
    expect(json(noYear).error.fields.year).toMatch(/jaar/);
    expect(
      (
        await t.request({
          method: 'POST',
          url: `${base}/cbs`,
          cookie: lead.cookie,
          payload: { fileName: 'download.csv', contentBase64: csv, year: 2021 },
        })
      ).statusCode,
    ).toBe(201);

    const bad = await t.request({
      method: 'POST',
      url: `${base}/cbs/preview`,
      cookie: lead.cookie,
      payload: { fileName: 'x.csv', contentBase64: Buffer.from('Naam;Inwoners\nNoord;5').toString('base64') },
    });
    expect(bad.statusCode).toBe(422);
    expect(json(bad).error.fields.contentBase64).toMatch(/WijkenEnBuurten/);
  });

  it('takes files above the usual 1 MB request limit on the upload routes only, up to 5 MB', async () => {
    const { lead, base } = await setUp();
    const rows = ['"WijkenEnBuurten";"Codering_3";"AantalInwoners_5";"Toelichting_99"'];
    // 2 MB in fewer rows than the import limit (20,000): long remarks.
    for (let i = 0, size = 0; size < 2_000_000; i++)
      size +=
        rows[rows.push(`"Buurt ${i}";"BU19${String(i).padStart(6, '0')}";${i};"${'x'.repeat(90)}"`) - 1].length + 1;
    expect(rows.length - 1).toBeLessThan(20_000);
    const big = { fileName: 'provincie-2024.csv', contentBase64: Buffer.from(rows.join('\n')).toString('base64') };
    const preview = await t.request({ method: 'POST', url: `${base}/cbs/preview`, cookie: lead.cookie, payload: big });
    expect(preview.statusCode, preview.body.slice(0, 300)).toBe(200);
    expect(json(preview).regions.length).toBe(rows.length - 1);
    // Elsewhere the 1 MB limit stays.
    const elsewhere = await t.request({
      method: 'POST',
      url: `${base}/entries`,
      cookie: lead.cookie,
      payload: { kind: 'note', text: 'x', source: 'y'.repeat(1_100_000) },
    });
    expect(elsewhere.statusCode).toBe(413);
    const tooBig = await t.request({
      method: 'POST',
      url: `${base}/cbs/preview`,
      cookie: lead.cookie,
      payload: { fileName: 'x.csv', contentBase64: 'A'.repeat(7_100_000) },
    });
    expect(tooBig.statusCode).toBe(400);
    expect(json(tooBig).error.fields.contentBase64).toMatch(/groter dan 5 MB/);
  });

  it("keeps own indicators, residents' needs and notes, version-checked; and counts for progress", async () => {
    const { partner, viewer, base, net } = await setUp();
    const ind = await t.request({
      method: 'POST',
      url: `${base}/indicators`,
      cookie: partner.cookie,
      payload: {
        name: 'Eenzaamheid 65+',
        value: 48.5,
        unit: '%',
        source: 'GGD Gezondheidsmonitor',
        measuredOn: '2024-10-01',
      },
    });
    expect(ind.statusCode, ind.body).toBe(201);
    const { id, version } = json(ind);
    expect(
      (
        await t.request({
          method: 'PATCH',
          url: `${base}/indicators/${id}`,
          cookie: partner.cookie,
          payload: { value: 50, version },
        })
      ).statusCode,
    ).toBe(200);
    const stale = await t.request({
      method: 'PATCH',
      url: `${base}/indicators/${id}`,
      cookie: partner.cookie,
      payload: { value: 51, version },
    });
    expect(stale.statusCode).toBe(409);
    expect(json(stale).error.code).toBe('version_conflict');
    expect(json(stale).error.current.value).toBe(50);
    const noDate = await t.request({
      method: 'POST',
      url: `${base}/indicators`,
      cookie: partner.cookie,
      payload: { name: 'X', value: 1, source: 'Y', measuredOn: '2024-02-30' },
    });
    expect(json(noDate).error.fields.measuredOn).toMatch(/JJJJ-MM-DD/);

    let progress = json(
      await t.request({ method: 'GET', url: `/api/networks/${net.id}/progress/verkennen`, cookie: viewer.cookie }),
    );
    expect(progress.steps.find((s: { key: string }) => s.key === 'profile').done).toBe(false);

    const need = await t.request({
      method: 'POST',
      url: `${base}/entries`,
      cookie: partner.cookie,
      payload: {
        kind: 'need',
        text: 'Ouderen willen een plek om samen te eten',
        source: 'bewonersavond',
        notedOn: '2026-10-12',
      },
    });
    expect(need.statusCode).toBe(201);
    expect(
      (
        await t.request({
          method: 'POST',
          url: `${base}/entries`,
          cookie: partner.cookie,
          payload: { kind: 'note', text: 'Veel alleenstaande ouderen in de flats.' },
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await t.request({
          method: 'POST',
          url: `${base}/entries`,
          cookie: viewer.cookie,
          payload: { kind: 'note', text: 'x' },
        })
      ).statusCode,
    ).toBe(403);
    const view = json(await t.request({ method: 'GET', url: base, cookie: viewer.cookie }));
    expect(view.indicators).toHaveLength(1);
    expect(view.needs[0]).toMatchObject({
      text: 'Ouderen willen een plek om samen te eten',
      source: 'bewonersavond',
      notedOn: '2026-10-12',
    });
    expect(view.notes).toHaveLength(1);

    progress = json(
      await t.request({ method: 'GET', url: `/api/networks/${net.id}/progress/verkennen`, cookie: viewer.cookie }),
    );
    expect(progress.steps.find((s: { key: string }) => s.key === 'profile')).toMatchObject({ done: true });
  });
});
