/**
 * In-tool feedback as a member meets it: "Was dit nuttig?" folded below a tool, answered with the
 * keyboard-usable radio buttons; the kartrekker's view of the totals and use per week; the SUS
 * page before its 30 days. axe finds nothing, at desktop and phone size.
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

const api = (page: Page, method: string, path: string, body?: unknown) =>
  page.evaluate(
    async ({ method, path, body }) => {
      const res = await fetch(path, {
        method,
        headers: body ? { 'content-type': 'application/json' } : {},
        body: body ? JSON.stringify(body) : undefined,
      });
      return res.status === 204 ? null : res.json();
    },
    { method, path, body },
  );

describe('feedback on the tools', () => {
  it('a member says a tool was useful; the kartrekker sees totals and use, never who said what', async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const ctx = await newContext(browser, viewport);
      const { page, problems } = await newPage(ctx);
      await page.goto(`${server.url}/inloggen`);
      await signIn(page, server, `feedback-${viewport.width}@e2e.test`);
      await api(page, 'PATCH', '/api/me', { name: 'Fenna Feedback' });
      const network = await api(page, 'POST', '/api/networks', {
        name: 'Feedbackwijk',
        areaLevel: 'wijk',
        areaName: 'Oost',
      });
      const base = `${server.url}/netwerken/${network.id}`;

      await page.goto(`${base}/verkennen/kaart`);
      await settled(page);
      const summary = page.getByText('Was Netwerkkaart nuttig? Laat het ons weten');
      await summary.click();
      // Sending without a choice says what is missing, before any request.
      await page.getByRole('button', { name: 'Verstuur', exact: true }).click();
      await containsText(page.locator('.wk-feedback'), 'Kies een cijfer van 1 tot en met 5.');
      await page.getByRole('radio', { name: '4' }).check();
      await page.getByLabel('Wat mist er? (mag leeg blijven)').fill('Een knop om de kaart te printen.');
      await page.getByRole('button', { name: 'Verstuur', exact: true }).click();
      await containsText(page.locator('.wk-feedback'), 'Dank je wel!');
      await containsText(page.locator('.wk-feedback summary'), 'Je gaf Netwerkkaart deze maand een 4 van 5');
      expect(await axeViolations(page)).toEqual([]);

      await page.goto(`${base}/feedback`);
      await settled(page);
      const tools = page.getByRole('region', { name: /Hoe nuttig de leden elk hulpmiddel vinden/ });
      await containsText(tools, 'Netwerkkaart');
      await containsText(tools, 'nog te weinig');
      await containsText(page.locator('main'), 'Een knop om de kaart te printen.');
      const usage = page.getByRole('region', { name: /Hoe vaak elk hulpmiddel geopend en gewijzigd is/ });
      await containsText(usage, 'Netwerkkaart');
      expect(await page.locator('main').innerText()).not.toContain('Fenna');
      expect(await axeViolations(page)).toEqual([]);

      await page.goto(`${base}/vragenlijst`);
      await settled(page);
      await isVisible(page.getByText('Deze vragenlijst komt pas na 30 dagen in het netwerk.'));
      expect(await axeViolations(page)).toEqual([]);

      expect(problems.list).toEqual([]);
      await ctx.close();
    }
  });
});
