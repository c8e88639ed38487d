/**
 * The case method and the continuity checklist, as a kartrekker and a funder use them: the funder
 * makes a case with two timelines (a price from the list and an own amount), sees the difference
 * per payer in plain words with a chart and a table, copies the case and compares; the kartrekker
 * fills a checklist point. Checked with axe on desktop and phone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  api,
  axeViolations,
  isVisible,
  launchBrowser,
  newContext,
  newPage,
  PHONE,
  settled,
  signIn,
  startServer,
  type Problems,
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

describe('casussen en borging', () => {
  it('a funder makes a case, copies it and sees the difference per payer; a kartrekker fills a checklist point', async () => {
    const lead = await newPage(await newContext(browser));
    const funder = await newPage(await newContext(browser));
    const problems: Problems[] = [lead.problems, funder.problems];
    const violations: string[] = [];

    await lead.page.goto(`${server.url}/inloggen`);
    await signIn(lead.page, server, 'kartrekker@e2e.test');
    const network = await api(lead.page, 'POST', '/api/networks', {
      name: 'Samen West',
      areaLevel: 'wijk',
      areaName: 'West',
    });
    const networkId: string = network.id;
    const { link } = await api(lead.page, 'POST', `/api/networks/${networkId}/invitations`, { role: 'partner' });
    await funder.page.goto(`${server.url}/inloggen`);
    await signIn(funder.page, server, 'financier@e2e.test');
    await api(funder.page, 'POST', `/api/invitations/${new URL(link).pathname.split('/').pop()}/accept`, {});
    // A price in the index year, so the figures need no index: € 40 per consult, paid by the health insurer.
    const list = await api(lead.page, 'GET', `/api/networks/${networkId}/prices`);
    await api(lead.page, 'POST', `/api/networks/${networkId}/prices`, {
      item: 'Huisartsconsult e2e',
      unit: 'consult',
      price: 40,
      priceYear: list.settings.indexYear,
      payer: 'zorgverzekeraar',
      sourceTitle: 'Kostenhandleiding',
    });

    // The funder makes a case and fills both timelines.
    const p = funder.page;
    await p.goto(`${server.url}/netwerken/${networkId}/verankeren/casussen`);
    await settled(p);
    await isVisible(p.getByRole('heading', { name: 'Casussen', level: 1 }));
    await isVisible(p.getByText('Nog geen casus.', { exact: false }));
    await p.getByLabel('Naam van de casus').fill('Mevrouw A');
    await p.getByRole('button', { name: 'Casus maken' }).click();
    await isVisible(p.getByRole('heading', { name: 'Casus wijzigen' }));
    await p.getByLabel('Voor hoeveel bewoners staat deze casus?').fill('10');

    await p.getByRole('button', { name: 'Regel toevoegen: Zonder de aanpak' }).click();
    const ref = p.getByRole('group', { name: 'Zonder de aanpak: regel 1' });
    await ref.getByLabel('Wat gebeurt er?').fill('Valt vaak en gaat naar de huisarts');
    await ref.getByLabel('Prijs uit de prijslijst').selectOption({ label: 'Huisartsconsult e2e — Zorgverzekeraar' });
    await ref.getByLabel('Hoe vaak of hoeveel').fill('6');

    await p.getByRole('button', { name: 'Regel toevoegen: Met de aanpak' }).click();
    const with1 = p.getByRole('group', { name: 'Met de aanpak: regel 1' });
    await with1.getByLabel('Wat gebeurt er?').fill('Buurtcoach komt langs');
    await with1.getByLabel('Prijs uit de prijslijst').selectOption({ label: 'Eigen bedrag' });
    await with1.getByLabel('Eigen bedrag per keer (€)').fill('55,50');
    await with1.getByLabel('Waar komt het bedrag vandaan?').fill('Tarief welzijnsorganisatie 2025');
    await with1.getByLabel('Hoe vaak of hoeveel').fill('2');
    await with1.getByLabel('Wie betaalt').selectOption({ label: 'Gemeente' });
    await p.getByRole('button', { name: 'Casus opslaan' }).click();
    await isVisible(p.getByText('De casus is opgeslagen.'));

    // 6 × € 40 = € 240 for the insurer without the approach; 2 × € 55,50 = € 111 for the municipality with it.
    await isVisible(p.getByText('Zonder de aanpak betaalt de zorgverzekeraar € 240 meer.'));
    await isVisible(p.getByText('Met de aanpak betaalt de gemeente € 111 meer.'));
    await isVisible(p.getByText('Samen is dat € 129 per bewoner, en € 1.290 voor 10 bewoners.'));
    await isVisible(p.getByRole('img', { name: 'Kosten per betaler, zonder en met de aanpak' }));
    await isVisible(p.getByRole('table', { name: 'Kosten per betaler, zonder en met de aanpak' }));
    await isVisible(p.getByRole('region', { name: 'Zonder de aanpak', exact: true }));
    await isVisible(p.getByRole('region', { name: 'Met de aanpak', exact: true }));
    violations.push(...(await axeViolations(p)).map((v) => `[casussen] ${v}`));

    // Copy, and compare the copy with the original.
    await p.getByRole('button', { name: 'Kopie maken' }).click();
    await isVisible(p.getByText('De kopie is gemaakt.', { exact: false }));
    await isVisible(p.getByRole('heading', { name: 'Kopie van Mevrouw A', level: 2 }));
    await p.getByLabel('Vergelijk met').selectOption({ label: 'Mevrouw A' });
    const compare = p.getByRole('table', { name: 'Effect per betaler in de twee casussen' });
    await isVisible(compare);
    await isVisible(compare.getByRole('row', { name: /Zorgverzekeraar.*€ 240.*€ 240.*€ 0/ }));
    await isVisible(p.getByRole('heading', { name: 'Alle casussen samen' }));
    violations.push(...(await axeViolations(p)).map((v) => `[casussen vergelijken] ${v}`));
    const cases = await api(p, 'GET', `/api/networks/${networkId}/cases`);
    expect(cases.cases.map((c: { name: string }) => c.name)).toEqual(['Mevrouw A', 'Kopie van Mevrouw A']);
    expect(cases.aggregate.total).toEqual({ mean: 129, median: 129, total: 2580 });

    // The kartrekker fills a point of the checklist; "niet van toepassing" asks why.
    const l = lead.page;
    await l.goto(`${server.url}/netwerken/${networkId}/verankeren/borging`);
    await settled(l);
    await isVisible(l.getByRole('heading', { name: 'Borging', level: 1 }));
    const funding = l
      .getByRole('listitem')
      .filter({ has: l.getByRole('heading', { name: 'Structurele financiering' }) });
    await funding.getByLabel('Stand').selectOption({ label: 'Bezig' });
    await funding.getByLabel('Eigenaar').selectOption({ index: 1 });
    await funding.getByLabel('Klaar op').fill('2027-03-01');
    await funding.getByRole('button', { name: 'Punt opslaan: Structurele financiering' }).click();
    await isVisible(l.getByText('"Structurele financiering" is opgeslagen.'));
    const handover = l
      .getByRole('listitem')
      .filter({ has: l.getByRole('heading', { name: 'Overdracht als de kartrekker vertrekt' }) });
    await handover.getByLabel('Stand').selectOption({ label: 'Niet van toepassing' });
    await handover.getByRole('button', { name: /^Punt opslaan/ }).click();
    await isVisible(handover.getByText('Schrijf op waarom dit punt niet van toepassing is.').first());
    violations.push(...(await axeViolations(l)).map((v) => `[borging] ${v}`));
    const checklist = await api(l, 'GET', `/api/networks/${networkId}/continuity`);
    expect(checklist.items[0]).toMatchObject({ status: 'bezig', dueOn: '2027-03-01', version: 2 });
    expect(checklist.items[0].ownerName).not.toBeNull();
    expect(checklist.counts).toMatchObject({ open: 5, bezig: 1 });

    // On a phone the timelines stack and both pages still pass axe.
    const phone = await newPage(await newContext(browser, PHONE));
    await phone.page.goto(`${server.url}/inloggen`);
    await signIn(phone.page, server, 'financier@e2e.test');
    await phone.page.goto(`${server.url}/netwerken/${networkId}/verankeren/casussen`);
    await settled(phone.page);
    await isVisible(phone.page.getByText('Zonder de aanpak betaalt de zorgverzekeraar € 240 meer.'));
    const [a, b] = await Promise.all(
      ['Zonder de aanpak', 'Met de aanpak'].map((name) =>
        phone.page.getByRole('region', { name, exact: true }).boundingBox(),
      ),
    );
    expect(b!.y).toBeGreaterThan(a!.y + a!.height - 1);
    violations.push(...(await axeViolations(phone.page)).map((v) => `[casussen @390] ${v}`));
    await phone.page.goto(`${server.url}/netwerken/${networkId}/verankeren/borging`);
    await settled(phone.page);
    await isVisible(phone.page.getByRole('heading', { name: 'Structurele financiering' }));
    violations.push(...(await axeViolations(phone.page)).map((v) => `[borging @390] ${v}`));

    expect(violations).toEqual([]);
    for (const x of [...problems, phone.problems]) expect(x.list).toEqual([]);
  });
});
