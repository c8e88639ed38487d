/**
 * A case on the big screen, as a werksessie uses it: the kartrekker makes a case, opens it on
 * the projector from the case page (1280 px) and a meekijker watches it on a second screen
 * (1920 px); the four Effectenarena columns show the per-payer figures, the page fits without
 * scrolling, the text grows with the width, and a change saved elsewhere reaches both screens
 * without a reload. Checked with axe.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  api,
  axeViolations,
  containsText,
  isVisible,
  launchBrowser,
  newContext,
  newPage,
  settled,
  signIn,
  startServer,
  watchProblems,
  type Problems,
  type Server,
} from './helpers.js';

let server: Server;
let browser: Browser;

const own = (
  timeline: 'approach' | 'reference',
  kind: 'event' | 'activity',
  label: string,
  price: number,
  quantity: number,
  payer: string,
) => ({
  timeline,
  kind,
  label,
  year: 1,
  ownPrice: price,
  note: 'Schatting e2e',
  quantity,
  payer,
});

/** No scrollbar on the page itself, either way. */
const fits = (page: Page) =>
  page.evaluate(() => {
    const el = document.documentElement;
    return el.scrollWidth <= window.innerWidth && el.scrollHeight <= window.innerHeight;
  });
const fontSize = (page: Page) =>
  page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main')!).fontSize));

/** The screen writes amounts with a no-break space after €, so they never break over two lines. */
const has = (loc: Locator, text: string) => containsText(loc, text.replace(/€ /g, '€\u00a0'));

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('casus op het grote scherm', () => {
  it('shows the four columns at 1280 and 1920 px and follows a change saved on another page', async () => {
    const leadContext = await newContext(browser, { width: 1280, height: 800 });
    const lead = await newPage(leadContext);
    const viewer = await newPage(await newContext(browser, { width: 1920, height: 1080 }));
    const problems: Problems[] = [lead.problems, viewer.problems];
    const violations: string[] = [];

    await lead.page.goto(`${server.url}/inloggen`);
    await signIn(lead.page, server, 'kartrekker@e2e.test');
    const network = await api(lead.page, 'POST', '/api/networks', {
      name: 'Samen Oost',
      areaLevel: 'wijk',
      areaName: 'Oost',
    });
    const networkId: string = network.id;
    const { link } = await api(lead.page, 'POST', `/api/networks/${networkId}/invitations`, { role: 'meekijker' });
    await viewer.page.goto(`${server.url}/inloggen`);
    await signIn(viewer.page, server, 'meekijker@e2e.test');
    await api(viewer.page, 'POST', `/api/invitations/${new URL(link).pathname.split('/').pop()}/accept`, {});

    // With the approach: 4 × € 50 buurtcoach for the municipality. Without: a broken hip, € 9.000 for the insurer.
    const made = await api(lead.page, 'POST', `/api/networks/${networkId}/cases`, {
      name: 'Meneer B',
      residents: 5,
      lines: [
        own('approach', 'activity', 'Buurtcoach komt langs', 50, 4, 'gemeente'),
        own('reference', 'event', 'Valt en breekt heup', 9000, 1, 'zorgverzekeraar'),
      ],
    });

    // The case page's button opens the screen in a new window.
    const casePage = lead.page;
    await casePage.goto(`${server.url}/netwerken/${networkId}/verankeren/casussen`);
    await settled(casePage);
    await isVisible(casePage.getByText('Eén persoon typt hier, de zaal kijkt naar het scherm.', { exact: false }));
    const [popup] = await Promise.all([
      leadContext.waitForEvent('page'),
      casePage.getByRole('link', { name: 'Op het grote scherm' }).click(),
    ]);
    const screen = popup;
    problems.push(watchProblems(screen));
    await screen.waitForURL(`**/netwerken/${networkId}/verankeren/casussen/${made.id}/scherm`);
    const viewerScreen = viewer.page;
    await viewerScreen.goto(`${server.url}/netwerken/${networkId}/verankeren/casussen/${made.id}/scherm`);

    for (const page of [screen, viewerScreen]) {
      await settled(page);
      await isVisible(page.getByRole('heading', { level: 1, name: 'Meneer B' }));
      const col = (name: string) => page.getByRole('region', { name });
      await has(col('1. Wat doen we?'), 'Buurtcoach komt langs');
      await has(col('1. Wat doen we?'), '4 keer, samen € 200 · Gemeente');
      await has(col('2. Wat verandert er?'), 'Valt en breekt heup');
      await has(col('2. Wat verandert er?'), 'Voorkomen: 1 × minder · bespaart € 9.000');
      await has(col('3. Wie investeert?'), 'Gemeente');
      await has(col('3. Wie investeert?'), 'betaalt € 200 aan activiteiten');
      await has(col('3. Wie investeert?'), 'Verschil: € 200 meer kosten');
      await has(col('4. Wie heeft er baat bij?'), 'Zorgverzekeraar');
      await has(col('4. Wie heeft er baat bij?'), 'bespaart € 9.000');
      // 9.000 − 200 = 8.800
      await has(page.getByTestId('case-screen-total'), 'Samen bespaart de aanpak € 8.800 per bewoner.');
      expect(await fits(page), `${page.viewportSize()?.width} px fits`).toBe(true);
      violations.push(...(await axeViolations(page)).map((v) => `[scherm ${page.viewportSize()?.width}] ${v}`));
    }
    expect(await fontSize(viewerScreen)).toBeGreaterThan(await fontSize(screen));

    // The person who types adds a line in the editor on the case page: 10 days in a nursing home
    // avoided, € 300 a day for the Wlz.
    await casePage.bringToFront();
    await casePage.getByRole('button', { name: 'Casus wijzigen' }).click();
    await casePage.getByRole('button', { name: 'Regel toevoegen: Zonder de aanpak' }).click();
    const added = casePage.getByRole('group', { name: 'Zonder de aanpak: regel 2' });
    await added.getByLabel('Wat gebeurt er?').fill('Dag in verpleeghuis');
    await added.getByLabel('Soort').selectOption({ label: 'Gebeurtenis' });
    await added.getByLabel('Prijs uit de prijslijst').selectOption({ label: 'Eigen bedrag' });
    await added.getByLabel('Eigen bedrag per keer (€)').fill('300');
    await added.getByLabel('Waar komt het bedrag vandaan?').fill('Schatting e2e');
    await added.getByLabel('Hoe vaak of hoeveel').fill('10');
    await added.getByLabel('Wie betaalt').selectOption({ label: 'Wlz (zorgkantoor)' });
    await casePage.getByRole('button', { name: 'Casus opslaan' }).click();
    await isVisible(casePage.getByText('De casus is opgeslagen.'));
    for (const page of [screen, viewerScreen]) {
      // 9.000 + 3.000 − 200 = 11.800
      await has(page.getByTestId('case-screen-total'), 'Samen bespaart de aanpak € 11.800 per bewoner.');
      await has(page.getByRole('region', { name: '2. Wat verandert er?' }), 'Dag in verpleeghuis');
      await has(page.getByRole('region', { name: '4. Wie heeft er baat bij?' }), 'Wlz (zorgkantoor)');
      await has(page.getByRole('region', { name: '4. Wie heeft er baat bij?' }), 'bespaart € 3.000');
      expect(await fits(page)).toBe(true);
    }
    violations.push(...(await axeViolations(viewerScreen)).map((v) => `[scherm na wijziging] ${v}`));
    // The smallest and largest projector: still no page scrolling, and the text keeps scaling.
    let previous = 0;
    for (const size of [
      { width: 1024, height: 768 },
      { width: 3840, height: 2160 },
    ]) {
      await viewerScreen.setViewportSize(size);
      expect(await fits(viewerScreen), `${size.width} px fits`).toBe(true);
      const px = await fontSize(viewerScreen);
      expect(px).toBeGreaterThan(previous);
      previous = px;
    }

    expect(violations).toEqual([]);
    expect(problems.flatMap((p) => p.list)).toEqual([]);
  });
});
