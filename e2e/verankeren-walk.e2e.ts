/**
 * The verankeren walk: a kartrekker and a funder (a partner) fill in a price and an effect
 * calculation together, with Dutch numbers; the page explains the figures, shows who pays and who
 * benefits and the chance in plain words; the kartrekker records the co-funding as an agreement
 * and saves a version. Checked with axe on desktop and phone.
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

describe('verankeren', () => {
  it('a kartrekker and a funder build an effect calculation and agree a co-funding split', async () => {
    const lead = await newPage(await newContext(browser));
    const funder = await newPage(await newContext(browser));
    const problems: Problems[] = [lead.problems, funder.problems];
    const violations: string[] = [];

    await lead.page.goto(`${server.url}/inloggen`);
    await signIn(lead.page, server, 'kartrekker@e2e.test');
    const network = await api(lead.page, 'POST', '/api/networks', {
      name: 'Samen Oost',
      areaLevel: 'wijk',
      areaName: 'Oost',
    });
    const networkId: string = network.id;
    const { link } = await api(lead.page, 'POST', `/api/networks/${networkId}/invitations`, { role: 'partner' });
    await funder.page.goto(`${server.url}/inloggen`);
    await signIn(funder.page, server, 'financier@e2e.test');
    await api(funder.page, 'POST', `/api/invitations/${new URL(link).pathname.split('/').pop()}/accept`, {});

    // The price list: the starter copy, with unchecked prices marked; the funder fills one in.
    await funder.page.goto(`${server.url}/netwerken/${networkId}/verankeren`);
    await settled(funder.page);
    await isVisible(funder.page.getByRole('heading', { name: 'Maatschappelijke prijslijst' }));
    await isVisible(funder.page.getByText('nog niet nagekeken — vul de prijs in'));
    violations.push(...(await axeViolations(funder.page)).map((v) => `[prijslijst] ${v}`));
    await funder.page.getByRole('button', { name: 'Prijs toevoegen' }).click();
    await funder.page.getByRole('textbox', { name: /^Wat/ }).fill('Uur buurtcoach');
    await funder.page.getByLabel('Prijs', { exact: true }).fill('62,50');
    await funder.page.getByRole('button', { name: 'Opslaan' }).click();
    await isVisible(funder.page.getByText('De prijs is opgeslagen.'));
    await isVisible(funder.page.getByText('€ 62,50').first());

    // The kartrekker starts a calculation; the funder changes the investment with a Dutch number.
    await lead.page.goto(`${server.url}/netwerken/${networkId}/verankeren/effecten`);
    await settled(lead.page);
    await lead.page.getByLabel('Naam van de berekening').fill('Dementiecafé');
    await lead.page.getByRole('button', { name: 'Beginnen' }).click();
    await isVisible(lead.page.getByRole('heading', { name: 'Wie betaalt, wie wint' }));
    const modelUrl = lead.page.url();

    await funder.page.goto(modelUrl);
    await settled(funder.page);
    await funder.page.getByLabel('Bedrag (€)', { exact: true }).fill('5.000,5');
    await funder.page.getByRole('button', { name: 'Opslaan en uitrekenen' }).click();
    await isVisible(funder.page.getByText('Opgeslagen en uitgerekend.'));
    // The starter effect: 50 × € 100 × 0,8 × 1 × 0,75 = € 3.000 in year 1, 20% less each year, 3 years, at 2,25%.
    const pv = 3000 / 1.0225 + 2400 / 1.0225 ** 2 + 1920 / 1.0225 ** 3;
    const ratio = (Math.round((pv / 5000.5) * 100) / 100).toFixed(2).replace('.', ',');
    await isVisible(funder.page.getByText(`${ratio}: elke euro levert € ${ratio} op`));
    await isVisible(funder.page.getByText(/In \d+ van de 100 berekeningen levert het meer op dan het kost\./));
    await funder.page.getByText('Hoe is dit berekend?').first().click();
    await isVisible(funder.page.getByRole('table', { name: 'Investeringen, stap voor stap' }));
    violations.push(...(await axeViolations(funder.page)).map((v) => `[model] ${v}`));

    // The kartrekker records the split and saves a version.
    await lead.page.reload();
    await settled(lead.page);
    await lead.page.getByRole('button', { name: 'Vastleggen als afspraak' }).click();
    await isVisible(lead.page.getByText('Vastgelegd als afspraak.'));
    await lead.page.getByRole('button', { name: 'Versie vastleggen' }).click();
    await isVisible(lead.page.getByText('Versie 1 is vastgelegd.'));
    const agreements = await api(lead.page, 'GET', `/api/networks/${networkId}/agreements`);
    expect(agreements.agreements.map((a: { kind: string; title: string }) => [a.kind, a.title])).toEqual([
      ['geld', 'Cofinanciering: Dementiecafé'],
    ]);

    // On a phone the page still passes axe.
    const phone = await newPage(await newContext(browser, PHONE));
    await phone.page.goto(`${server.url}/inloggen`);
    await signIn(phone.page, server, 'financier@e2e.test');
    await phone.page.goto(modelUrl);
    await settled(phone.page);
    await isVisible(phone.page.getByRole('heading', { name: 'Hoe zeker is het' }));
    violations.push(...(await axeViolations(phone.page)).map((v) => `[model @390] ${v}`));

    expect(violations).toEqual([]);
    for (const p of [...problems, phone.problems]) expect(p.list).toEqual([]);
  });
});
