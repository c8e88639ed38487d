/**
 * Research mode as its users meet it: a kartrekker switches it on for two of three networks, a
 * researcher (made with `wijknet admin researcher`) sees those two under pseudonyms, and nothing
 * of the third nor any network's name or page. axe finds nothing.
 */
import { execFileSync } from 'node:child_process';
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
  repoRoot,
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
      return { status: res.status, body: res.status === 204 ? null : await res.text() };
    },
    { method, path, body },
  );

describe('research mode', () => {
  it('a researcher sees two consenting networks under pseudonyms and nothing of a third', async () => {
    const lead = await newContext(browser, DESKTOP);
    const { page, problems } = await newPage(lead);
    await page.goto(`${server.url}/inloggen`);
    await signIn(page, server, 'kartrekker-onderzoek@e2e.test');
    await api(page, 'PATCH', '/api/me', { name: 'Karin Kartrekker' });
    const ids: string[] = [];
    for (const name of ['Lindenwijk', 'Eikenbuurt', 'Beukenhof']) {
      const res = await api(page, 'POST', '/api/networks', { name, areaLevel: 'wijk', areaName: name });
      ids.push(JSON.parse(res.body!).id);
    }

    // The kartrekker reads what is shared and switches it on, with the keyboard-usable form.
    await page.goto(`${server.url}/netwerken/${ids[0]}/onderzoek`);
    await settled(page);
    await containsText(page.locator('main'), 'Nooit: namen, e-mailadressen');
    await page.getByLabel('Dit netwerk doet mee aan onderzoek').check();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await containsText(page.locator('main'), 'Opgeslagen. Alle leden krijgen hierover een mail.');
    await containsText(page.locator('main'), 'Dit netwerk doet mee aan onderzoek sinds');
    expect(await axeViolations(page)).toEqual([]);
    expect((await api(page, 'PUT', `/api/networks/${ids[1]}/research`, { enabled: true })).status).toBe(200);
    expect(problems.list).toEqual([]);
    await lead.close();

    execFileSync(process.execPath, ['bin/wijknet.js', 'admin', 'researcher', '--email', 'onderzoeker@e2e.test'], {
      cwd: repoRoot,
      env: { ...process.env, WIJKNET_DATA_DIR: server.dataDir },
    });

    for (const viewport of [DESKTOP, PHONE]) {
      const ctx = await newContext(browser, viewport);
      const { page: r, problems: rProblems } = await newPage(ctx);
      // No network here has a closed scan round, so the page's export gets one added: its table
      // must say in words what its last column counts, not a bare "n".
      await r.route('**/api/research/export?*', async (route) => {
        if (new URL(route.request().url()).searchParams.has('format')) return route.continue();
        const response = await route.fetch();
        const body = await response.json();
        body.networks[0].scan = [
          {
            round: 'Ronde 1',
            respondents: 6,
            dimensions: [{ id: 'vertrouwen', name: 'Vertrouwen', mean: 3.4, sd: 0.8, n: 5 }],
          },
        ];
        await route.fulfill({ response, json: body });
      });
      await r.goto(`${server.url}/inloggen`);
      await signIn(r, server, 'onderzoeker@e2e.test');
      await r.goto(`${server.url}/onderzoek`);
      await settled(r);
      const scan = r.getByRole('table', { name: /Samenwerkingsscan/ });
      await isVisible(scan);
      expect(await scan.getByRole('columnheader', { name: 'Aantal mensen (n)' }).count()).toBe(1);
      await containsText(r.locator('main'), 'Aantal mensen: wie minstens de helft van de vragen');
      await isVisible(r.getByRole('heading', { name: 'Netwerken (2)' }));
      await isVisible(r.getByRole('region', { name: /N-[0-9a-f]{10}: Voortgang per fase/ }).first());
      expect(await r.getByRole('region', { name: /Voortgang per fase/ }).count()).toBe(2);
      const text = await r.locator('main').innerText();
      for (const secret of ['Lindenwijk', 'Eikenbuurt', 'Beukenhof', 'Karin', ...ids])
        expect(text).not.toContain(secret);
      expect(await axeViolations(r)).toEqual([]);

      const csv = await api(
        r,
        'GET',
        `/api/research/export?month=${new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - 1, 1)).toISOString().slice(0, 7)}&format=csv`,
      );
      expect(csv.status).toBe(200);
      expect(new Set([...csv.body!.matchAll(/,(N-[0-9a-f]{10}),/g)].map((m) => m[1])).size).toBe(2);

      // No page of any network, also not of one that takes part.
      expect((await api(r, 'GET', `/api/networks/${ids[0]}`)).status).toBe(404);
      expect(rProblems.list).toEqual([]);
      await ctx.close();
    }
  });
});
