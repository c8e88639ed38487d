/**
 * Resultaten and the funder report: a kartrekker saves a model version, downloads the report for
 * funders as a PDF, switches the public results page on with the model's headline, and a stranger
 * (no account, on a phone, in Dutch and in English) reads it: partners by kind unless they agreed
 * to be named. Switching the page off makes the link a dead end; switching on makes a new link.
 * Checked with axe.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  api,
  axeViolations,
  hasText,
  isVisible,
  launchBrowser,
  newContext,
  newPage,
  PHONE,
  settled,
  signIn,
  startServer,
  type Server,
} from './helpers.js';

let server: Server;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('resultaten', () => {
  it('publish, read the public link as a stranger, switch off and it is gone; the funder report downloads', async () => {
    const lead = await newPage(await newContext(browser));
    const violations: string[] = [];
    await lead.page.goto(`${server.url}/inloggen`);
    await signIn(lead.page, server, 'kartrekker@e2e.test');
    const network = await api(lead.page, 'POST', '/api/networks', {
      name: 'Samen Zuid',
      areaLevel: 'wijk',
      areaName: 'Zuid',
    });
    const id: string = network.id;
    await api(lead.page, 'PATCH', `/api/networks/${id}`, { ambition: 'Iedereen in Zuid doet mee.', version: 1 });
    await api(lead.page, 'POST', `/api/networks/${id}/actors`, {
      kind: 'organisation',
      name: 'Woonstede Zuid',
      domain: 'wonen',
      status: 'partner',
    });
    await api(lead.page, 'POST', `/api/networks/${id}/goals`, { title: 'Minder eenzaamheid' });
    const model = await api(lead.page, 'POST', `/api/networks/${id}/effect-models`, {
      name: 'Buurtkamer',
      model: {
        discountRate: 0.0225,
        inputs: [{ stakeholder: 'Gemeente', year: 1, amount: 10000 }],
        outcomes: [
          {
            name: 'Minder huisartsbezoek',
            quantity: 100,
            proxy: 150,
            deadweight: 0.2,
            displacement: 0,
            attribution: 0.25,
            dropoff: 0.2,
            duration: 3,
            beneficiaries: { Zorgverzekeraar: 1 },
            low: { quantity: 60 },
            high: { quantity: 140 },
          },
        ],
      },
    });

    // The model page: save a version, then the funder report of that version is a PDF.
    await lead.page.goto(`${server.url}/netwerken/${id}/verankeren/effecten/${model.id}`);
    await settled(lead.page);
    await lead.page.getByRole('button', { name: 'Versie vastleggen' }).click();
    const pdfLink = lead.page.getByRole('link', { name: 'Rapport voor financiers (PDF)' });
    await isVisible(pdfLink);
    const href = await pdfLink.getAttribute('href');
    expect(href).toMatch(/\/effect-models\/[^/]+\/versions\/1\/funder-report\/pdf$/);
    const pdf = await lead.page.context().request.get(server.url + href);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 4).toString('latin1')).toBe('%PDF');
    const xlsx = await lead.page.context().request.get(server.url + href!.replace(/pdf$/, 'xlsx'));
    expect(xlsx.status()).toBe(200);
    expect((await xlsx.body()).subarray(0, 2).toString('latin1')).toBe('PK');

    // The results page: off at first; switch it on with the model's headline.
    await lead.page.getByRole('link', { name: 'Resultatenpagina' }).click();
    await settled(lead.page);
    await isVisible(lead.page.getByText('De pagina staat uit. Niemand kan hem zien.'));
    await isVisible(
      lead.page.getByRole('button', { name: 'Waarom dit?' }).or(lead.page.getByText('Waarom dit?')).first(),
    );
    await lead.page.getByLabel('De pagina staat aan').check();
    await lead.page.getByLabel(/Wat het oplevert/).check();
    await lead.page
      .getByLabel('Welke vastgelegde versie van het effectmodel?')
      .selectOption({ label: 'Buurtkamer, versie 1' });
    await lead.page.getByRole('button', { name: 'Instellingen opslaan' }).click();
    const link = lead.page.getByTestId('results-link');
    await isVisible(link);
    const url = (await link.textContent())!.trim();
    expect(url).toMatch(/\/resultaten\/[A-Za-z0-9_-]{43}$/);
    violations.push(...(await axeViolations(lead.page)).map((v) => `[instellingen] ${v}`));

    // A stranger on a phone: no sign-in, the partner by its kind, the headline with its uncertainty.
    const stranger = await newPage(await newContext(browser, PHONE));
    await stranger.page.goto(url);
    await settled(stranger.page);
    await hasText(stranger.page.locator('main h1'), 'Samen Zuid');
    await isVisible(stranger.page.getByText('Iedereen in Zuid doet mee.'));
    await isVisible(stranger.page.getByText('een woningcorporatie'));
    expect(await stranger.page.getByText('Woonstede Zuid').count()).toBe(0);
    await isVisible(stranger.page.getByText(/Elke euro die de partners investeren, levert naar schatting € \d/));
    await isVisible(stranger.page.getByText(/In \d+ van de 100 berekeningen levert het meer op dan het kost/));
    expect(await stranger.page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex, nofollow');
    const width = await stranger.page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    violations.push(...(await axeViolations(stranger.page)).map((v) => `[openbaar, telefoon] ${v}`));

    // The same page in English.
    await stranger.page.getByRole('button', { name: 'English' }).click();
    await isVisible(stranger.page.getByText('a housing association'));
    await isVisible(stranger.page.getByRole('heading', { name: 'What it brought' }));
    violations.push(...(await axeViolations(stranger.page)).map((v) => `[openbaar, English] ${v}`));

    // The kartrekker records that Woonstede agreed to be named: the stranger sees its name.
    await lead.page.getByRole('button', { name: 'Akkoord: Woonstede Zuid met naam tonen' }).click();
    await isVisible(lead.page.getByText('ja, vastgelegd door een kartrekker'));
    await stranger.page.reload();
    await isVisible(stranger.page.getByText('Woonstede Zuid'));

    // Off: the old link is a dead end. On again: a different link.
    await lead.page.getByLabel('De pagina staat aan').uncheck();
    await lead.page.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await isVisible(lead.page.getByText('De pagina staat uit. Niemand kan hem zien.'));
    await stranger.page.reload();
    await isVisible(stranger.page.getByText(/This results page does not exist|Deze resultatenpagina bestaat niet/));
    expect(await stranger.page.getByText('Woonstede Zuid').count()).toBe(0);
    await lead.page.getByLabel('De pagina staat aan').check();
    await lead.page.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await isVisible(lead.page.getByTestId('results-link'));
    const second = (await lead.page.getByTestId('results-link').textContent())!.trim();
    expect(second).not.toBe(url);

    expect(violations).toEqual([]);
    expect(lead.problems.list).toEqual([]);
  });
});
