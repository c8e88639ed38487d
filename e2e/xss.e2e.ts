/**
 * Text that people type is always shown as text: markup in every text field must appear
 * literally, run no script and open no dialog.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  containsText,
  hasText,
  hasUrl,
  isVisible,
  launchBrowser,
  newContext,
  newPage,
  settled,
  signIn,
  startServer,
  type Server,
} from './helpers.js';

const P = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';
/** Tags may hold at most 60 characters, so tag fields get a shorter payload. */
const TAG = '<img src=x onerror="window.__xss=1">';

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

async function noScriptRan(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  // No element built from the payload exists in the page.
  expect(await page.locator('img[src="x"]').count()).toBe(0);
}

describe('typed markup stays text', () => {
  it('in every text field', async () => {
    const { page, problems } = await newPage(await newContext(browser));
    await page.goto(`${server.url}/inloggen`);
    await signIn(page, server, 'xss@e2e.test');

    // Account: name and an API key name.
    await page.goto(`${server.url}/account`);
    await hasText(page.locator('main h1'), 'Mijn account');
    await page.getByLabel(/^Naam$/).fill(P);
    await page.getByRole('button', { name: 'Gegevens opslaan' }).click();
    await isVisible(page.getByText('Je gegevens zijn opgeslagen.'));
    await page.getByLabel(/^Naam voor een nieuwe sleutel/).fill(P);
    await page.getByRole('button', { name: 'Sleutel maken' }).click();
    await containsText(page.getByRole('table', { name: 'Jouw API-sleutels' }), P);
    await noScriptRan(page);

    // A network with markup in its name, area and ambition.
    await page.goto(`${server.url}/netwerken/nieuw`);
    await hasText(page.locator('main h1'), 'Nieuw netwerk starten');
    await page.getByLabel(/^Naam van het netwerk/).fill(P);
    await page.getByLabel(/^Naam van het gebied/).fill(P);
    await page.getByLabel(/^Ambitie in één zin/).fill(P);
    await page.getByRole('button', { name: 'Netwerk starten' }).click();
    await hasUrl(page, /\/netwerken\/[^/]+$/);
    await containsText(page.locator('main h1'), P);
    await containsText(page.locator('.wk-quote'), P);
    expect(await page.title()).toContain(P);
    await noScriptRan(page);

    // Vision in the settings.
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await hasText(page.locator('main h1'), 'Netwerk-instellingen');
    await page.getByLabel(/^Stip op de horizon/).fill(P);
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await isVisible(page.getByText('De wijzigingen zijn opgeslagen.'));
    await page.getByRole('link', { name: 'Overzicht' }).click();
    await containsText(page.locator('main'), P);
    await noScriptRan(page);

    // A findable partner with markup in every text field.
    await page.getByRole('link', { name: 'Partners', exact: true }).click();
    await hasText(page.locator('main h1'), 'Partners');
    await page.getByRole('button', { name: 'Partner toevoegen' }).click();
    await page.getByLabel('Naam (verplicht)', { exact: true }).fill(P);
    await page.getByLabel("Thema's").fill(TAG);
    await page.getByLabel('Doelgroepen').fill(TAG);
    await page.getByLabel(/^Werkgebied/).fill(P);
    await page.getByLabel(/^Beschrijving/).fill(P);
    await page.getByLabel(/^Vindbaar/).check();
    await page.getByRole('button', { name: 'Partner toevoegen' }).click();
    const table = page.getByRole('table', { name: /Partners in dit netwerk/ });
    await containsText(table, P);
    await containsText(table, TAG);
    await noScriptRan(page);

    // Searching with markup, in the list and in the shared directory.
    await page.getByLabel(/^Zoeken in partners/).fill(P);
    await containsText(page.locator('main'), '1 van 1 partner getoond.');
    await page.getByLabel('Zoekwoord').fill(TAG);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await isVisible(page.getByText(/gevonden/));
    await page.getByLabel('Zoekwoord').fill('');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await containsText(page.locator('.wk-cards'), P);
    await noScriptRan(page);

    // The home page lists the network with its name and ambition; members show the user name.
    await page.getByRole('link', { name: 'Leden' }).click();
    await containsText(page.getByRole('table', { name: 'Leden van dit netwerk' }), P);
    await page.getByRole('link', { name: 'Mijn netwerken' }).click();
    await settled(page);
    await containsText(page.locator('.wk-cards'), P);
    await noScriptRan(page);

    // An invitation preview shows the network name and ambition to someone signed out.
    const link = await page.evaluate(async () => {
      const networks = await (await fetch('/api/networks')).json();
      const res = await fetch(`/api/networks/${networks[0].id}/invitations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ role: 'partner' }),
      });
      return (await res.json()).link as string;
    });
    const guest = await newPage(await newContext(browser));
    await guest.page.goto(link);
    await settled(guest.page);
    await containsText(guest.page.locator('main h1'), P);
    await noScriptRan(guest.page);

    expect(problems.list).toEqual([]);
    expect(guest.problems.list).toEqual([]);
  });
});
