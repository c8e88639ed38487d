/**
 * The main walk once more, with the keyboard only: Tab, Shift+Tab, Enter, Space and typing into
 * the field that has focus. No clicks and no filling of fields that do not have focus.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  containsText,
  focusedName,
  hasText,
  hasUrl,
  launchBrowser,
  mailFiles,
  newContext,
  newPage,
  settled,
  startServer,
  tabTo,
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

async function signInByKeyboard(page: Page, email: string, prefilled = false) {
  const seen = mailFiles(server.dataDir);
  if (!prefilled) {
    await tabTo(page, /^E-mailadres/);
    await page.keyboard.type(email);
    await page.keyboard.press('Enter');
  } else {
    await tabTo(page, 'Stuur mij een inlogcode');
    await page.keyboard.press('Space');
  }
  const mail = await waitForMail(server.dataDir, email, /inlogcode/i, seen);
  // After the mail is sent, the code field has focus.
  await page.getByLabel(/Code uit de e-mail/).waitFor();
  expect(await focusedName(page)).toMatch(/^Code uit de e-mail/);
  await page.keyboard.type(mail.code!);
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => !u.pathname.startsWith('/inloggen'));
  await settled(page);
  // Someone new says who they are first, by keyboard too.
  await hasText(page.locator('main h1'), 'Wie ben je?');
  await tabTo(page, /^Naam/);
  await page.keyboard.type(email.split('@')[0]);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Wie ben je?' }).waitFor({ state: 'detached' });
  await settled(page);
}

describe('keyboard only', () => {
  it('signs in, starts a network, invites, accepts and adds partners', async () => {
    const lead = await newPage(await newContext(browser));
    const partner = await newPage(await newContext(browser));

    await lead.page.goto(server.url);
    await settled(lead.page);
    // The first Tab reaches the skip link.
    await lead.page.keyboard.press('Tab');
    expect(await focusedName(lead.page)).toBe('Direct naar de inhoud');
    await tabTo(lead.page, 'Inloggen');
    await lead.page.keyboard.press('Enter');
    await settled(lead.page);
    // Focus moved to the new page's title.
    expect(await focusedName(lead.page)).toBe('Inloggen');
    await signInByKeyboard(lead.page, 'lead-kb@e2e.test');
    await hasText(lead.page.locator('main h1'), 'Mijn netwerken');

    await tabTo(lead.page, 'Een netwerk starten');
    await lead.page.keyboard.press('Enter');
    await settled(lead.page);
    await tabTo(lead.page, /^Naam van het netwerk/);
    await lead.page.keyboard.type('Toetsenbordnetwerk');
    await tabTo(lead.page, /^Naam van het gebied/);
    await lead.page.keyboard.type('Noord');
    // Back with Shift+Tab to the kind of area, and choose "buurt" with the arrow key.
    await lead.page.keyboard.press('Shift+Tab');
    expect(await focusedName(lead.page)).toMatch(/^Soort gebied/);
    await lead.page.keyboard.press('ArrowDown');
    await tabTo(lead.page, /^Ambitie in één zin/);
    await lead.page.keyboard.type('Samen sterker in Noord.');
    await tabTo(lead.page, 'Netwerk starten');
    await lead.page.keyboard.press('Space');
    await hasText(lead.page.locator('main h1'), 'Toetsenbordnetwerk');
    expect(await focusedName(lead.page)).toBe('Toetsenbordnetwerk');
    await containsText(lead.page.locator('main'), 'buurt Noord');

    // Invite by e-mail: the network tabs are above the title, so go back with Shift+Tab.
    await tabTo(lead.page, 'Leden', { backward: true });
    await lead.page.keyboard.press('Enter');
    await settled(lead.page);
    const seen = mailFiles(server.dataDir);
    await tabTo(lead.page, /^E-mailadres/);
    await lead.page.keyboard.type('partner-kb@e2e.test');
    await lead.page.keyboard.press('Enter');
    await containsText(lead.page.locator('main'), 'De uitnodiging is verstuurd naar partner-kb@e2e.test.');
    const invitation = await waitForMail(server.dataDir, 'partner-kb@e2e.test', /Uitnodiging/, seen);
    const link = invitation.links.find((l) => l.includes('/uitnodiging/'))!;

    // The partner opens the link from the mail and does the rest by keyboard.
    await partner.page.goto(link);
    await settled(partner.page);
    await tabTo(partner.page, 'Inloggen om mee te doen');
    await partner.page.keyboard.press('Enter');
    await settled(partner.page);
    await signInByKeyboard(partner.page, 'partner-kb@e2e.test', true);
    await hasUrl(partner.page, /\/uitnodiging\//);
    await tabTo(partner.page, 'Uitnodiging aannemen');
    await partner.page.keyboard.press('Enter');
    await hasText(partner.page.locator('main h1'), 'Toetsenbordnetwerk');
    await tabTo(partner.page, 'Partners', { backward: true });
    await partner.page.keyboard.press('Enter');
    await hasText(partner.page.locator('main h1'), 'Partners');

    // The kartrekker adds a partner organisation with the keyboard; it appears live for the partner.
    await tabTo(lead.page, 'Partners', { backward: true });
    await lead.page.keyboard.press('Enter');
    await hasText(lead.page.locator('main h1'), 'Partners');
    await tabTo(lead.page, 'Partner toevoegen');
    await lead.page.keyboard.press('Enter');
    // Focus moves to the form's heading.
    expect(await focusedName(lead.page)).toBe('Nieuwe partner');
    await tabTo(lead.page, 'Naam (verplicht)');
    await lead.page.keyboard.type('Wijkcentrum Noord');
    await tabTo(lead.page, /^mentaal welbevinden/);
    await lead.page.keyboard.press('Space');
    await tabTo(lead.page, 'Partner toevoegen');
    await lead.page.keyboard.press('Enter');
    await containsText(lead.page.locator('main'), 'Wijkcentrum Noord is toegevoegd aan het netwerk.');
    await containsText(partner.page.locator('main table'), 'Wijkcentrum Noord', 5000);

    // And the partner adds one with the keyboard; it appears live for the kartrekker.
    await tabTo(partner.page, 'Partner toevoegen', { backward: true });
    await partner.page.keyboard.press('Enter');
    await tabTo(partner.page, 'Naam (verplicht)');
    await partner.page.keyboard.type('Bibliotheek Noord');
    await partner.page.keyboard.press('Enter');
    await containsText(partner.page.locator('main'), 'Bibliotheek Noord is toegevoegd aan het netwerk.');
    await containsText(lead.page.locator('main table'), 'Bibliotheek Noord', 5000);

    expect(lead.problems.list).toEqual([]);
    expect(partner.problems.list).toEqual([]);
  });
});
