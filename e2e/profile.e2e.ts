/**
 * Wijkprofiel, Focus kiezen and Import/export: axe at desktop and phone size (with the CBS
 * preview, field errors and an import preview with a bad row showing), and one walk: a Kumu CSV
 * pair with one bad row → the preview shows it → import without it → the partners appear.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
let networkId = '';
const LEAD = 'profiel@e2e.test';
const fixtures = path.join(repoRoot, 'src', 'test', 'fixtures');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wijknet-profile-e2e-'));
const screenshots = process.env.WIJKNET_SCREENSHOTS;

/** Dutch Excel's CSV: semicolons, Windows-1252 (é as one byte). */
function kumuPair(prefix: string) {
  const latin1 = (text: string) => Buffer.from(text, 'latin1');
  const elements = path.join(tmp, `${prefix}-elements.csv`);
  const connections = path.join(tmp, `${prefix}-connections.csv`);
  fs.writeFileSync(
    elements,
    latin1(
      [
        "Label;Type;Domein;Thema's",
        'Café De Buren;Organisatie;welzijn;ontmoeten',
        'Wijkverpleging Zuid;Organisatie;zorg;ouderen',
        'Sportclub Zuid;Organisatie;sport;bewegen',
      ].join('\r\n'),
    ),
  );
  fs.writeFileSync(
    connections,
    latin1(['From;To;Type;Kwaliteit', 'Café De Buren;Wijkverpleging Zuid;overleg;3'].join('\r\n')),
  );
  return [elements, connections];
}

async function api<T = any>(page: Page, method: string, url: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const res = await fetch(url, {
        method,
        headers: body ? { 'content-type': 'application/json' } : {},
        body: body ? JSON.stringify(body) : undefined,
      });
      if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
      return res.status === 204 ? null : res.json();
    },
    { method, url, body },
  );
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const ctx = await newContext(browser);
  const { page } = await newPage(ctx);
  await signIn(page, server, LEAD);
  await api(page, 'PATCH', '/api/me', { name: 'Pien Profiel' });
  const network = await api(page, 'POST', '/api/networks', {
    name: 'Snits-Sùd',
    areaLevel: 'wijk',
    areaName: 'Snits-Sùd',
    regionCode: 'WK190001',
  });
  networkId = network.id;
  const csv = fs.readFileSync(path.join(fixtures, 'cbs-kwb-2024-statline.csv')).toString('base64');
  await api(page, 'POST', `/api/networks/${networkId}/profile/cbs`, { fileName: 'kwb-2024.csv', contentBase64: csv });
  await api(page, 'POST', `/api/networks/${networkId}/profile/indicators`, {
    name: 'Eenzaamheid 65+',
    value: 48.5,
    unit: '%',
    source: 'GGD Gezondheidsmonitor',
    measuredOn: '2024-10-01',
  });
  await api(page, 'POST', `/api/networks/${networkId}/profile/entries`, {
    kind: 'need',
    text: 'Ouderen willen samen eten',
    source: 'bewonersavond',
    notedOn: '2026-10-12',
  });
  await api(page, 'POST', `/api/networks/${networkId}/profile/entries`, {
    kind: 'note',
    text: 'Veel alleenstaande ouderen in de flats.',
  });
  const c = await api(page, 'POST', `/api/networks/${networkId}/focus/candidates`, {
    theme: 'eenzaamheid',
    description: 'Ouderen die alleen wonen',
  });
  await api(page, 'POST', `/api/networks/${networkId}/focus/candidates`, { theme: 'overgewicht' });
  await api(page, 'PUT', `/api/networks/${networkId}/focus/candidates/${c.id}/votes`, {
    scores: { bewoners: 4, professionals: 5 },
  });
  await ctx.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function shot(page: Page, name: string) {
  if (screenshots) await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
}

describe('wijkprofiel, focus and import/export pages', () => {
  for (const viewport of [DESKTOP, PHONE]) {
    it(`have no axe violations at ${viewport.width}×${viewport.height}`, async () => {
      const ctx = await newContext(browser, viewport);
      const { page, problems } = await newPage(ctx);
      await signIn(page, server, LEAD);
      const violations: string[] = [];
      const check = async (name: string) => {
        expect(await page.locator('h1').count(), name).toBe(1);
        violations.push(...(await axeViolations(page)).map((v) => `[${name} @${viewport.width}] ${v}`));
        await shot(page, `${name}-${viewport.width}`);
      };
      const base = `${server.url}/netwerken/${networkId}/verkennen`;

      await page.goto(`${base}/wijkprofiel`);
      await settled(page);
      // The wijk by its name from the CBS file, in a plain sentence.
      await containsText(
        page.locator('main'),
        /In Wijk 01 Snits-S.d wonen naar verhouding meer 65-plussers dan in de hele gemeente/,
      );
      await containsText(page.locator('main'), 'CBS, Kerncijfers wijken en buurten 2024');
      await check('wijkprofiel');

      await page.getByLabel(/^Bestand/).setInputFiles(path.join(fixtures, 'cbs-kwb-2023-typeddataset.json'));
      await page.getByRole('button', { name: 'Bestand bekijken' }).click();
      await isVisible(page.getByRole('button', { name: 'Cijfers bewaren' }));
      await page.getByRole('button', { name: 'Cijfers bewaren' }).click();
      await isVisible(page.locator('.utrecht-form-field-error-message'));
      await page.getByRole('button', { name: 'Cijfer toevoegen' }).click();
      await isVisible(page.getByText('Vul dit veld in.').first());
      await check('wijkprofiel-errors');

      await page.goto(`${base}/focus`);
      await settled(page);
      await isVisible(page.getByRole('button', { name: 'Besluit vastleggen' }));
      await check('focus');
      await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
      await isVisible(page.locator('.utrecht-form-field-error-message'));
      await check('focus-errors');

      await page.goto(`${base}/import-export`);
      await settled(page);
      await check('import-export');
      await page.getByLabel(/^Bestanden/).setInputFiles(kumuPair(`axe-${viewport.width}`));
      await page.getByRole('button', { name: 'Bestanden controleren' }).click();
      await isVisible(page.getByRole('button', { name: 'Importeren zonder foute rijen' }));
      await check('import-preview');

      await ctx.close();
      expect(violations).toEqual([]);
      expect(problems.list).toEqual([]);
    });
  }
});

describe('import walk', () => {
  it('imports a Kumu CSV pair with one bad row, skipping it; the partners appear', async () => {
    const ctx = await newContext(browser);
    const { page, problems } = await newPage(ctx);
    await signIn(page, server, LEAD);
    const network = await api(page, 'POST', '/api/networks', {
      name: 'Importwijk',
      areaLevel: 'wijk',
      areaName: 'Zuid',
    });
    await page.goto(`${server.url}/netwerken/${network.id}/verkennen`);
    await settled(page);
    await page.getByRole('link', { name: 'Importeren en exporteren' }).click();
    await settled(page);
    await page.getByLabel(/^Bestanden/).setInputFiles(kumuPair('walk'));
    await page.getByRole('button', { name: 'Bestanden controleren' }).click();
    const table = page.getByRole('table', { name: 'Foute rijen' });
    await isVisible(table);
    await containsText(table, 'walk-elements.csv');
    await containsText(table, 'Domein “sport” kennen we niet');
    expect(await table.locator('tbody tr').count()).toBe(1);
    await containsText(page.locator('main'), 'Nieuwe partners: 2.');
    expect(await page.getByRole('button', { name: 'Importeren', exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Importeren zonder foute rijen' }).click();
    await containsText(
      page.getByRole('status'),
      'Klaar. Nieuwe partners: 2. Nieuwe relaties: 1. Overgeslagen rijen: 1.',
    );
    await page.getByRole('link', { name: 'Bekijk de partners' }).click();
    await settled(page);
    await isVisible(page.getByText('Café De Buren').first());
    await isVisible(page.getByText('Wijkverpleging Zuid').first());
    expect(await page.getByText('Sportclub Zuid').count()).toBe(0);
    await ctx.close();
    expect(problems.list).toEqual([]);
  });
});
