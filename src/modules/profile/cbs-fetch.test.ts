/**
 * Fetching Kerncijfers wijken en buurten from CBS open data. A local HTTP server plays CBS with
 * hand-made answers in the OData shapes CBS documents (v3: `odata.metadata`, TypedDataSet with
 * codes padded with spaces, the WijkenEnBuurten dimension with Key and Title, TableInfos; v4: the
 * `@odata.context` envelope) — never the internet.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../test/harness.js';

const json = (res: { body: string }) => JSON.parse(res.body);

const row = (code: string, extra: Record<string, unknown>) => ({
  ID: 0,
  WijkenEnBuurten: code.padEnd(10, ' '),
  Gemeentenaam_1: 'Arnhem                                  ',
  SoortRegio_2: code.startsWith('GM') ? 'Gemeente  ' : 'Wijk      ',
  Codering_3: code.padEnd(10, ' '),
  ...extra,
});

const TABLE_2024 = {
  'odata.metadata': 'https://opendata.cbs.nl/ODataApi/OData/85984NED/$metadata#Cbs.OData.WebAPI.TypedDataSet',
  value: [
    row('GM0202', {
      AantalInwoners_5: 166000,
      k_65JaarOfOuder_12: 26560,
      Bevolkingsdichtheid_34: 1700,
      GemiddeldeWOZWaardeVanWoningen_39: 290,
    }),
    row('WK020213', {
      AantalInwoners_5: 12000,
      k_65JaarOfOuder_12: 2880,
      Bevolkingsdichtheid_34: 6100,
      GemiddeldeWOZWaardeVanWoningen_39: 210,
    }),
  ],
};
const NAMES_2024 = {
  'odata.metadata': 'https://opendata.cbs.nl/ODataApi/OData/85984NED/$metadata#Cbs.OData.WebAPI.WijkenEnBuurten',
  value: [
    { Key: 'GM0202    ', Title: 'Arnhem', Description: null, DimensionGroupId: '1' },
    { Key: 'WK020213  ', Title: 'Presikhaaf-Oost', Description: null, DimensionGroupId: '2' },
  ],
};
const INFO_2024 = {
  'odata.metadata': 'https://opendata.cbs.nl/ODataApi/OData/85984NED/$metadata#Cbs.OData.WebAPI.TableInfos',
  value: [{ ID: 0, Title: 'Kerncijfers wijken en buurten 2024', Period: '2024', Modified: '2025-03-14T02:00:00' }],
};
// The 2023 table answers in the v4 envelope.
const TABLE_2023 = {
  '@odata.context': 'https://example.test/CBS/85618NED/$metadata#TypedDataSet',
  value: [row('GM0202', { AantalInwoners_5: 165000 }), row('WK020213', { AantalInwoners_5: 11900 })],
};

interface Fake {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

/** Plays CBS: `answers` by path (without the query); anything else is 404. `silent` paths never answer. */
async function fakeCbs(answers: Record<string, unknown>, options: { silent?: boolean; garbage?: boolean } = {}) {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    if (options.silent) return; // never answers: the fetch must give up by itself
    const path = (req.url ?? '').split('?')[0];
    if (options.garbage) {
      res.writeHead(200, { 'content-type': 'application/json' }).end('<html>Onderhoud</html>');
      return;
    }
    const body = answers[path];
    if (body === undefined) {
      res
        .writeHead(404, { 'content-type': 'application/json' })
        .end('{"odata.error":{"code":"","message":{"lang":"nl-NL","value":"Niet gevonden"}}}');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json;odata=minimalmetadata' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/ODataApi/odata`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  } satisfies Fake;
}

const CBS = {
  '/ODataApi/odata/85984NED/TypedDataSet': TABLE_2024,
  '/ODataApi/odata/85984NED/WijkenEnBuurten': NAMES_2024,
  '/ODataApi/odata/85984NED/TableInfos': INFO_2024,
  '/ODataApi/odata/85618NED/TypedDataSet': TABLE_2023,
};

describe.each(dialects)('fetching CBS figures from open data (%s)', (dialect) => {
  let t: TestApp;
  let fake: Fake;
  afterEach(async () => {
    await t?.close();
    await fake?.close();
  });

  async function network(overrides: Parameters<typeof createTestApp>[1]) {
    t = await createTestApp(dialect, overrides);
    const lead = await t.signIn('kartrekker@voorbeeld.nl');
    const net = await t.services.networks.create(lead.user, {
      name: 'Presikhaaf',
      areaLevel: 'wijk',
      areaName: 'Presikhaaf',
      regionCode: 'WK020213',
    });
    const base = `/api/networks/${net.id}/profile`;
    const fetchCbs = (payload: Record<string, unknown> = {}) =>
      t.request({ method: 'POST', url: `${base}/cbs/fetch`, cookie: lead.cookie, payload });
    const view = async () => json(await t.request({ method: 'GET', url: base, cookie: lead.cookie }));
    return { fetchCbs, view };
  }

  it('fetches the newest table there is, with region names, the gemeente alongside, source and date', async () => {
    fake = await fakeCbs(CBS);
    const { fetchCbs, view } = await network({ cbsODataUrl: fake.url });
    const res = await fetchCbs();
    expect(res.statusCode, res.body).toBe(201);
    expect(json(res)).toMatchObject({ title: 'Kerncijfers wijken en buurten 2024', modified: '2025-03-14' });
    // 2025 is not there yet (404): the 2024 table is used. Only the two regions are asked for.
    expect(fake.requests[0]).toMatch(/^\/ODataApi\/odata\/86165NED\/TypedDataSet\?/);
    const asked = decodeURIComponent(fake.requests.find((r) => r.startsWith('/ODataApi/odata/85984NED/TypedDataSet'))!);
    expect(asked).toContain("startswith(WijkenEnBuurten,'WK020213') or startswith(WijkenEnBuurten,'GM0202')");

    const v = await view();
    expect(v.area).toMatchObject({
      code: 'WK020213',
      name: 'Presikhaaf-Oost',
      year: 2024,
      tableId: '85984NED',
      source: 'CBS, Kerncijfers wijken en buurten 2024',
      fetchedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    expect(v.municipality).toMatchObject({ code: 'GM0202', name: 'Arnhem' });
    expect(v.cbsFetch).toBe(true);
    const sentences = v.comparison.map((c: { sentence: string }) => c.sentence);
    // 2880/12000 = 24% against 26560/166000 = 16%
    expect(sentences).toContain(
      'In Presikhaaf-Oost wonen naar verhouding meer 65-plussers dan in de hele gemeente (24% tegen 16%).',
    );
    expect(sentences).toContain(
      'In Presikhaaf-Oost wonen de mensen dichter op elkaar dan in de hele gemeente (6.100 tegen 1.700 inwoners per km²).',
    );
    expect(sentences.join(' ')).not.toMatch(/WK020213|inwoners per km² hoger/);

    // Fetching again replaces, never duplicates.
    expect((await fetchCbs()).statusCode).toBe(201);
    expect((await view()).regions).toHaveLength(2);
  });

  it('fetches a chosen year, also from an answer in the OData v4 envelope', async () => {
    fake = await fakeCbs(CBS);
    const { fetchCbs, view } = await network({ cbsODataUrl: fake.url });
    const res = await fetchCbs({ year: 2023 });
    expect(res.statusCode, res.body).toBe(201);
    const v = await view();
    // No names answer for 2023: the network's own area name, the gemeente from Gemeentenaam.
    expect(v.area).toMatchObject({ code: 'WK020213', name: 'Presikhaaf', year: 2023, tableId: '85618NED' });
    expect(v.municipality).toMatchObject({ name: 'Arnhem' });
    const unknownYear = await fetchCbs({ year: 2005 });
    expect(unknownYear.statusCode).toBe(422);
    expect(json(unknownYear).error.fields.year).toMatch(/Kies een jaar van 2017 tot en met 2025/);
  });

  it('says so in Dutch, and stores nothing, when CBS cannot be reached, is too slow or answers nonsense', async () => {
    // A port nobody listens on.
    fake = await fakeCbs({});
    const closedUrl = fake.url;
    await fake.close();
    const closed = await network({ cbsODataUrl: closedUrl });
    const unreachable = await closed.fetchCbs();
    expect(unreachable.statusCode).toBe(503);
    expect(json(unreachable).error.code).toBe('cbs_unreachable');
    expect(json(unreachable).error.message).toMatch(
      /^Het CBS \(127\.0\.0\.1:\d+\) is vanaf deze server niet bereikbaar/,
    );
    expect((await closed.view()).regions).toEqual([]);
    await t.close();

    fake = await fakeCbs({}, { silent: true });
    const slow = await network({ cbsODataUrl: fake.url, cbsODataTimeoutMs: 200 });
    const timedOut = await slow.fetchCbs();
    expect(timedOut.statusCode).toBe(503);
    expect(json(timedOut).error.message).toMatch(/gaf niet op tijd antwoord/);
    await t.close();
    await fake.close();

    fake = await fakeCbs({}, { garbage: true });
    const odd = await network({ cbsODataUrl: fake.url });
    const garbage = await odd.fetchCbs();
    expect(garbage.statusCode).toBe(502);
    expect(json(garbage).error.message).toMatch(/antwoord dat we niet kunnen lezen/);
    expect((await odd.view()).regions).toEqual([]);
  });

  it('asks for a region code first, and says when the server does not fetch at all', async () => {
    fake = await fakeCbs(CBS);
    t = await createTestApp(dialect, { cbsODataUrl: fake.url });
    const lead = await t.signIn('kartrekker@voorbeeld.nl');
    const net = await t.services.networks.create(lead.user, {
      name: 'Zonder code',
      areaLevel: 'wijk',
      areaName: 'Oost',
    });
    const res = await t.request({
      method: 'POST',
      url: `/api/networks/${net.id}/profile/cbs/fetch`,
      cookie: lead.cookie,
    });
    expect(res.statusCode).toBe(422);
    expect(json(res).error.fields.regionCode).toMatch(/CBS-code/);
    expect(fake.requests).toEqual([]);
    await t.close();

    const off = await network({ cbsODataUrl: '' });
    const none = await off.fetchCbs();
    expect(none.statusCode).toBe(503);
    expect(json(none).error.code).toBe('cbs_fetch_off');
    expect((await off.view()).cbsFetch).toBe(false);
  });
});

describe('the fake CBS', () => {
  let fake: Fake;
  beforeAll(async () => {
    fake = await fakeCbs(CBS);
  });
  afterAll(() => fake.close());
  it('answers like the documented OData v3 service', async () => {
    const res = await fetch(`${fake.url}/85984NED/TableInfos?$format=json`);
    expect(((await res.json()) as typeof INFO_2024).value[0].Title).toBe('Kerncijfers wijken en buurten 2024');
  });
});
