/**
 * Werksessie end to end: a kartrekker starts a session, two phones (390×844) join with the code,
 * answer, the kartrekker approves, the big screen and the other phone show it live. axe finds
 * nothing on the console, the big screen, the print cards and the phone pages, at both sizes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  axeViolations,
  containsText,
  DESKTOP,
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

async function axeBoth(page: Page, label: string, violations: string[]) {
  for (const size of [DESKTOP, PHONE]) {
    await page.setViewportSize(size);
    await page.waitForTimeout(100);
    for (const v of await axeViolations(page)) violations.push(`${label} @${size.width}: ${v}`);
  }
}

describe('werksessie', () => {
  it('kartrekker starts, two phones join and answer, approval reaches the big screen live', async () => {
    const violations: string[] = [];
    const problems: Problems[] = [];

    // The kartrekker signs in and makes a network.
    const lead = await newContext(browser, DESKTOP);
    const { page: consolePage, problems: p1 } = await newPage(lead);
    problems.push(p1);
    await signIn(consolePage, server, 'kartrekker@sessie.test');
    const network = (await consolePage.evaluate(async () => {
      const res = await fetch('/api/networks', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Sessienetwerk', areaLevel: 'wijk', areaName: 'Oost' }),
      });
      return res.json();
    })) as { id: string };

    // Start a session for the column "Waarden" with moderation on.
    await consolePage.goto(`${server.url}/netwerken/${network.id}/werksessies`);
    await settled(consolePage);
    await isVisible(consolePage.getByText('Nog geen werksessies'));
    await axeBoth(consolePage, 'sessions list', violations);
    await consolePage.setViewportSize(DESKTOP);
    await consolePage.getByLabel('Titel op het scherm (mag leeg)').fill('Wanneer is de samenwerking geslaagd?');
    await consolePage.getByRole('button', { name: 'Werksessie starten' }).click();
    await consolePage.waitForURL(/\/werksessies\/[0-9a-f-]{36}$/);
    await settled(consolePage);
    const code = ((await consolePage.locator('.ws-code').first().textContent()) ?? '').replace(/\s/g, '');
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    const sessionUrl = new URL(consolePage.url()).pathname;

    // The big screen, in its own tab.
    const { page: screen, problems: p2 } = await newPage(lead);
    problems.push(p2);
    await screen.goto(`${server.url}${sessionUrl}/scherm`);
    await settled(screen);
    await containsText(screen.locator('.ws-screen__code'), code.slice(0, 3));
    await isVisible(screen.locator('img.ws-qr'));

    // Two phones join: one with the code in the address (from the QR), one typing it in.
    const phoneA = await newContext(browser, PHONE);
    const { page: a, problems: p3 } = await newPage(phoneA);
    problems.push(p3);
    await a.goto(`${server.url}/sessie/${code}`);
    await settled(a);
    await axeBoth(a, 'join page', violations);
    await a.setViewportSize(PHONE);
    await a.getByLabel('Je naam').fill('Fatima');
    await a.getByRole('button', { name: 'Meedoen' }).click();
    await isVisible(a.getByText('Je doet mee als Fatima.'));

    const phoneB = await newContext(browser, PHONE);
    const { page: b, problems: p4 } = await newPage(phoneB);
    problems.push(p4);
    await b.goto(`${server.url}/sessie`);
    await settled(b);
    await b.getByLabel('Code').fill(code.toLowerCase());
    await b.getByLabel('Je naam').fill('Bram');
    await b.getByRole('button', { name: 'Meedoen' }).click();
    await isVisible(b.getByText('Je doet mee als Bram.'));
    await containsText(consolePage.getByText(/deelnemers/).first(), '2 deelnemers');

    // Both answer the first question.
    await a.getByRole('textbox').first().fill('Als bewoners zelf meedoen');
    await a.getByRole('button', { name: 'Antwoord versturen' }).first().click();
    await isVisible(a.getByText('Wacht op de kartrekker'));
    await b.getByRole('textbox').first().fill('Als we elkaar kennen');
    await b.getByRole('button', { name: 'Antwoord versturen' }).first().click();
    await isVisible(b.getByText('Wacht op de kartrekker'));

    // Hidden from the screen and the other phone until approved; the console has them live.
    const pendingA = consolePage.locator('.ws-answer', { hasText: 'Als bewoners zelf meedoen' });
    await isVisible(pendingA);
    await isVisible(consolePage.locator('.ws-answer', { hasText: 'Als we elkaar kennen' }));
    expect(await screen.locator('.ws-card').count()).toBe(0);
    expect(await b.getByText('Als bewoners zelf meedoen').count()).toBe(0);

    await axeBoth(consolePage, 'console', violations);
    await consolePage.setViewportSize(DESKTOP);
    await pendingA.getByRole('button', { name: 'Op het scherm zetten' }).click();

    // Live on the big screen and on the other phone, without a reload.
    await containsText(screen.locator('.ws-cards'), 'Als bewoners zelf meedoen');
    await containsText(b.locator('section', { hasText: 'Op het scherm' }).last(), 'Als bewoners zelf meedoen');
    await isVisible(a.getByText('Staat op het scherm'));
    expect(await screen.getByText('Als we elkaar kennen').count()).toBe(0);
    await axeBoth(screen, 'big screen', violations);
    await axeBoth(b, 'phone answering', violations);

    // A phone that reloads keeps its identity and sees what it sent.
    await a.setViewportSize(PHONE);
    await a.reload();
    await isVisible(a.getByText('Je doet mee als Fatima.'));
    await isVisible(a.getByText('Als bewoners zelf meedoen').first());

    // Accept the answer onto the joint card.
    await pendingA.getByRole('button', { name: 'Op de gezamenlijke kaart zetten' }).click();
    await isVisible(consolePage.getByText('Overgenomen in het netwerk.'));
    const card = await consolePage.evaluate(async (id) => (await fetch(`/api/networks/${id}/card`)).text(), network.id);
    expect(card).toContain('Als bewoners zelf meedoen');

    // The print cards.
    const { page: print, problems: p5 } = await newPage(lead);
    problems.push(p5);
    await print.goto(`${server.url}${sessionUrl}/afdrukken`);
    await settled(print);
    await isVisible(print.locator('.ws-print__card').first());
    await axeBoth(print, 'print cards', violations);

    // Ending the session: phones are told, the code stops working.
    await consolePage.getByRole('button', { name: 'Werksessie beëindigen' }).click();
    await isVisible(b.getByText('Deze werksessie is afgelopen.').first());
    await isVisible(screen.getByText('Deze werksessie is afgelopen.'));
    const { page: late } = await newPage(phoneB);
    await late.goto(`${server.url}/sessie`);
    await settled(late);
    await late.getByLabel('Code').fill(code);
    await late.getByLabel('Je naam').fill('Laat');
    await late.getByRole('button', { name: 'Meedoen' }).click();
    await isVisible(late.getByText('Deze code kennen we niet'));

    expect(violations).toEqual([]);
    expect(problems.flatMap((p) => p.list)).toEqual([]);
    await phoneA.close();
    await phoneB.close();
    await lead.close();
  });
});
