/**
 * The samenwerkingsscan walk: a kartrekker opens a round with one question switched off and two
 * partners without an account; the partners answer on a phone through their mailed link, the
 * kartrekker answers from the app, closes the round and sees the radar chart with its table.
 * Every page passes axe.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
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
  waitForMail,
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

/** Answers every question on the answer page with the same choice, by keyboard-usable radio buttons. */
async function answerAll(page: Page, choice: string) {
  await settled(page);
  const radios = page.getByRole('radio', { name: choice });
  // After a client-side navigation the questions arrive with the round's data: wait for them.
  await isVisible(radios);
  const count = await radios.count();
  expect(count).toBeGreaterThan(10);
  for (let i = 0; i < count; i++) await radios.nth(i).check();
  await page.getByRole('button', { name: 'Stuur mijn antwoorden' }).click();
  await isVisible(page.getByText('Dank je wel! Je antwoorden zijn opgeslagen.'));
}

describe('samenwerkingsscan', () => {
  it('a round with links, answers on a phone, closing, and the results with chart and table', async () => {
    const lead = await newPage(await newContext(browser));
    await lead.page.goto(`${server.url}/inloggen`);
    await signIn(lead.page, server, 'kartrekker@scan.test');
    const network = await api(lead.page, 'POST', '/api/networks', {
      name: 'Scan Oost',
      areaLevel: 'wijk',
      areaName: 'Oost',
    });
    for (const [name, email] of [
      ['Buurthuis', 'buurthuis@scan.test'],
      ['Bibliotheek', 'bieb@scan.test'],
    ]) {
      await api(lead.page, 'POST', `/api/networks/${network.id}/actors`, {
        kind: 'organisation',
        name,
        domain: 'welzijn',
        contactEmail: email,
      });
    }

    await lead.page.goto(`${server.url}/netwerken/${network.id}/verdiepen`);
    await settled(lead.page);
    await isVisible(lead.page.getByRole('heading', { name: 'Nieuwe ronde' }));
    expect(await axeViolations(lead.page)).toEqual([]);
    await lead.page.getByLabel('Partners gaan vooral voor hun eigen doel.').uncheck();
    await lead.page.getByLabel('Buurthuis (buurthuis@scan.test)').check();
    await lead.page.getByLabel('Bibliotheek (bieb@scan.test)').check();
    await lead.page.getByRole('button', { name: 'Open de ronde en stuur de links' }).click();
    await isVisible(lead.page.getByText('Ronde T0 is open. De links zijn verstuurd.'));
    await isVisible(lead.page.getByText('0 van de 3 mensen hebben geantwoord.'));

    for (const email of ['buurthuis@scan.test', 'bieb@scan.test']) {
      const mail = await waitForMail(server.dataDir, email, /Samenwerkingsscan T0/);
      const phone = await newPage(await newContext(browser, PHONE));
      await phone.page.goto(mail.links.find((l) => l.includes('/scan/'))!);
      await settled(phone.page);
      expect(await axeViolations(phone.page)).toEqual([]);
      await answerAll(phone.page, '4 – eens');
      expect(phone.problems.list).toEqual([]);
      await phone.page.context().close();
    }

    await lead.page.reload();
    await settled(lead.page);
    await lead.page.getByRole('button', { name: 'Vul zelf in' }).click();
    await answerAll(lead.page, '2 – oneens');
    await lead.page.goto(`${server.url}/netwerken/${network.id}/verdiepen`);
    await settled(lead.page);
    await isVisible(lead.page.getByText('3 van de 3 mensen hebben geantwoord.'));
    await lead.page.getByRole('button', { name: 'Sluit de ronde: T0' }).click();
    await lead.page
      .getByRole('group', { name: /Weet je het zeker/ })
      .getByRole('button', { name: 'Sluit de ronde' })
      .click();
    await isVisible(lead.page.getByText('De ronde is gesloten.'));
    await lead.page.getByRole('link', { name: 'Bekijk de uitkomsten' }).click();
    await settled(lead.page);
    await isVisible(lead.page.getByText('3 mensen hebben geantwoord.'));
    await isVisible(lead.page.getByRole('img', { name: 'Gemiddelde per onderwerp' }));
    // Trust has one reversed question (6 − answer): all 4 scores (4 + 4 + 2) / 3 = 10/3, all 2 scores
    // (2 + 2 + 4) / 3 = 8/3; the mean of 10/3, 10/3 and 8/3 is 28/9 = 3,1.
    const trust = lead.page.getByRole('row', { name: /^Vertrouwen/ });
    await isVisible(trust);
    expect(await trust.getByRole('cell').first().textContent()).toBe('3,1');
    expect(await axeViolations(lead.page)).toEqual([]);
    expect(lead.problems.list).toEqual([]);
  });
  it('a partner rates another partner in the relatiecheck with the keyboard-usable form', async () => {
    const lead = await newPage(await newContext(browser, PHONE));
    await lead.page.goto(`${server.url}/inloggen`);
    await signIn(lead.page, server, 'kartrekker@relatie.test');
    const network = await api(lead.page, 'POST', '/api/networks', {
      name: 'Relatie Oost',
      areaLevel: 'wijk',
      areaName: 'Oost',
    });
    // The kartrekker adds their own organisation and acts for it from the start.
    const own = await api(lead.page, 'POST', `/api/networks/${network.id}/actors`, {
      kind: 'organisation',
      name: 'Buurthuis',
      domain: 'welzijn',
      ownOrganisation: true,
    });
    const library = await api(lead.page, 'POST', `/api/networks/${network.id}/actors`, {
      kind: 'organisation',
      name: 'Bibliotheek',
      domain: 'onderwijs',
    });
    // A partner rates only the partners it works with: the two have a relation in the map.
    await api(lead.page, 'POST', `/api/networks/${network.id}/relations`, { actorAId: own.id, actorBId: library.id });

    await lead.page.goto(`${server.url}/netwerken/${network.id}/verdiepen/relatiecheck`);
    await settled(lead.page);
    await lead.page.getByRole('button', { name: 'Open een nieuwe ronde' }).click();
    await isVisible(lead.page.getByText('Ronde R0 is open.'));
    await lead.page.getByRole('button', { name: 'Bewaar de beoordeling' }).click();
    await isVisible(lead.page.getByText('Kies bij alle zes een score.'));
    for (const criterion of [
      'Betrouwbaar',
      'Open',
      'Zet zich in voor het gedeelde doel',
      'Invloed',
      'Middelen',
      'Betrokkenheid',
    ]) {
      await lead.page.getByRole('group', { name: criterion, exact: true }).getByRole('radio', { name: '3' }).check();
    }
    await lead.page.getByRole('button', { name: 'Bewaar de beoordeling' }).click();
    await isVisible(lead.page.getByText('Je beoordeling van Bibliotheek is bewaard.'));
    await isVisible(lead.page.getByText('Partners die al beoordeelden: 1.'));
    expect(await axeViolations(lead.page)).toEqual([]);
    expect(lead.problems.list).toEqual([]);
  });
});
