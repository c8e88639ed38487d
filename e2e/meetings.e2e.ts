/**
 * Bijeenkomsten walk: a kartrekker plans a meeting, records who came, a decision with a review
 * date and an action, and finds them back with the agreements, in the action plan and on the
 * tijdlijn. The meeting's page works on a phone. Every page passes axe.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  api,
  axeViolations,
  containsText,
  hasUrl,
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

const dayFrom = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('bijeenkomsten', () => {
  it('plans a meeting, records a decision and an action, and finds them in agreements, action plan and tijdlijn', async () => {
    const lead = await newPage(await newContext(browser));
    const page = lead.page;
    await page.goto(`${server.url}/inloggen`);
    await signIn(page, server, 'kartrekker@bijeenkomst.test');
    const network = await api(page, 'POST', '/api/networks', {
      name: 'Bijeenkomst Noord',
      areaLevel: 'wijk',
      areaName: 'Noord',
    });
    const school = await api(page, 'POST', `/api/networks/${network.id}/actors`, {
      kind: 'organisation',
      name: 'Basisschool De Linde',
      domain: 'onderwijs',
      status: 'partner',
    });
    const base = `${server.url}/netwerken/${network.id}/verdiepen`;

    // Plan the meeting (yesterday, so it is history on the tijdlijn).
    await page.goto(`${base}/bijeenkomsten`);
    await settled(page);
    await isVisible(page.getByText('Nog geen bijeenkomsten. Plan de eerste.'));
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Plan een bijeenkomst' }).click();
    await page.getByLabel(/^Titel/).fill('Startoverleg Noord');
    await page.getByLabel(/^Datum/).fill(dayFrom(-1));
    await page.getByLabel('Begintijd').fill('19:30');
    await page.getByLabel('Eindtijd').fill('21:00');
    await page.getByLabel('Plaats').fill('Buurthuis De Schakel');
    await page.getByLabel('Agendapunt 1', { exact: true }).fill('Kennismaken');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Bijeenkomst plannen' }).click();
    await hasUrl(page, /\/verdiepen\/bijeenkomsten\/[^/]+$/);
    await settled(page);
    await isVisible(page.getByRole('heading', { level: 1, name: 'Startoverleg Noord' }));
    await isVisible(page.getByText('Kennismaken'));
    expect(await axeViolations(page)).toEqual([]);

    // Who came, then a decision by the partner that was there, then an action.
    await page.locator(`#present-partner-${school.id}`).check();
    await page.getByLabel('Aantekeningen').fill('Goed begin. Iedereen wil meedoen.');
    await page.getByRole('button', { name: 'Verslag opslaan' }).click();
    await isVisible(page.getByText('Het verslag is opgeslagen.'));
    await page.getByLabel('Wat hebben jullie besloten?').fill('We houden elke maand een inloopochtend in de school.');
    await page.locator(`#decided-by-${school.id}`).check();
    await page.getByLabel('Wanneer kijken jullie er opnieuw naar?').fill(dayFrom(90));
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await isVisible(page.getByText('Het besluit staat nu ook bij de afspraken.'));
    await isVisible(page.getByText('Besloten door Basisschool De Linde.'));
    await page.getByLabel('Wat moet er gebeuren?').fill('Flyer voor de inloop maken');
    await page.getByRole('button', { name: 'Actie toevoegen' }).click();
    await isVisible(page.getByText('De actie staat in het actieplan.'));
    await isVisible(page.getByRole('listitem').filter({ hasText: 'Flyer voor de inloop maken' }));
    expect(await axeViolations(page)).toEqual([]);
    const meetingUrl = page.url();

    // The decision is an agreement with its review date; the action is in the plan.
    await page.goto(`${server.url}/netwerken/${network.id}/vormgeven/afspraken`);
    await settled(page);
    await isVisible(page.getByRole('heading', { name: 'We houden elke maand een inloopochtend in de school.' }));
    await isVisible(page.getByRole('link', { name: 'Besloten in de bijeenkomst "Startoverleg Noord"' }));
    await page.goto(`${server.url}/netwerken/${network.id}/vormgeven/acties`);
    await settled(page);
    await containsText(page.locator('main'), 'Flyer voor de inloop maken');

    // The tijdlijn shows the decision and the meeting, each linking to the meeting; filtering works.
    await page.goto(`${base}/tijdlijn`);
    await settled(page);
    const decision = page.getByRole('link', {
      name: 'Basisschool De Linde besloot: We houden elke maand een inloopochtend in de school.',
    });
    await isVisible(decision);
    await isVisible(page.getByRole('link', { name: 'Startoverleg Noord' }));
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Bijeenkomsten').uncheck();
    await page.getByRole('button', { name: 'Filter toepassen' }).click();
    await isVisible(page.getByRole('button', { name: 'Alles tonen' }));
    await expect.poll(() => page.getByRole('link', { name: 'Startoverleg Noord' }).count()).toBe(0);
    await isVisible(decision);
    await decision.click();
    await hasUrl(page, new RegExp(`${meetingUrl.split('/').pop()}$`));
    await settled(page);

    // The list finds it by search.
    await page.goto(`${base}/bijeenkomsten`);
    await settled(page);
    await page.getByLabel('Zoek een bijeenkomst').fill('noord');
    await isVisible(page.getByRole('link', { name: 'Startoverleg Noord' }));
    await page.getByLabel('Zoek een bijeenkomst').fill('zomer');
    await isVisible(page.getByText('Geen bijeenkomst gevonden met "zomer".'));
    expect(await axeViolations(page)).toEqual([]);
    expect(lead.problems.list).toEqual([]);

    // On a phone the meeting's page fits the screen.
    await page.setViewportSize(PHONE);
    await page.goto(meetingUrl);
    await settled(page);
    await isVisible(page.getByRole('heading', { level: 1, name: 'Startoverleg Noord' }));
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(lead.problems.list).toEqual([]);
  });
});
