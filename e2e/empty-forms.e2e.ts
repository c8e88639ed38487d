/**
 * Issue #13 "Console noise": a form sent empty is checked in the browser first. For each form the
 * page is opened, the form is submitted without filling anything in, and then: the field message
 * the server would give is shown, no answer with status ≥ 400 came back, and the console is clean.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Browser } from 'playwright-core';
import {
  api,
  isVisible,
  launchBrowser,
  newContext,
  newPage,
  settled,
  signIn,
  startServer,
  type Server,
} from './helpers.js';

let server: Server;
let browser: Browser;
let continuityItemId = '';
let modelId = '';

interface EmptyForm {
  name: string;
  /** Path after the network's base, or an absolute path starting with "/". */
  path: string | (() => string);
  /** Puts the form in the state whose empty field matters (e.g. a vote). */
  prepare?: (page: Page) => Promise<void>;
  submit: string;
  message: string;
  /** The message stands in the form's alert, because there is no field to put it on. */
  inAlert?: boolean;
}

const FILL_IN = 'Vul dit veld in.';

const FORMS: EmptyForm[] = [
  { name: 'join a werksessie', path: '/sessie', submit: 'Meedoen', message: 'Vul de code in die op het scherm staat.' },
  {
    name: 'start a vote werksessie',
    path: 'werksessies',
    prepare: async (page) => {
      await page.getByLabel('Waar gaat de werksessie over?').selectOption('vote');
    },
    submit: 'Werksessie starten',
    message: 'Geef minstens twee keuzes om over te stemmen.',
  },
  {
    name: 'import partners',
    path: 'verkennen/import-export',
    submit: 'Bestanden controleren',
    message: 'Kies eerst een bestand.',
  },
  { name: 'CBS import', path: 'verkennen/wijkprofiel', submit: 'Bestand bekijken', message: 'Kies eerst een bestand.' },
  { name: 'invite a member', path: 'leden', submit: 'Uitnodiging versturen', message: FILL_IN },
  { name: 'personal card point', path: 'vormgeven/kaart', submit: 'Punt toevoegen', message: FILL_IN },
  { name: 'new case', path: 'verankeren/casussen', submit: 'Casus maken', message: FILL_IN },
  { name: 'continuity point', path: 'verankeren/borging', submit: 'Punt toevoegen', message: FILL_IN },
  {
    name: 'continuity point set to "niet van toepassing" without a reason',
    path: 'verankeren/borging',
    prepare: async (page) => {
      // The checklist starts with points of its own; this is the one made below.
      await page.locator(`#item-${continuityItemId}-status`).selectOption('nvt');
    },
    submit: 'Punt opslaan: Opvolger kartrekker',
    message: 'Schrijf op waarom dit punt niet van toepassing is.',
  },
  {
    name: 'step "niet van toepassing" without a reason',
    path: 'gids/verkennen',
    prepare: async (page) => {
      await page.getByText('Niet van toepassing?', { exact: true }).first().click();
    },
    submit: 'Zet op niet van toepassing',
    message: 'Schrijf op waarom deze stap niet van toepassing is.',
  },
  { name: 'new effect model', path: 'verankeren/effecten', submit: 'Beginnen', message: FILL_IN },
  // Forms that already checked themselves before this test: kept here so they stay that way.
  { name: 'new network', path: '/netwerken/nieuw', submit: 'Netwerk starten', message: FILL_IN },
  {
    name: 'new partner',
    path: 'partners',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Partner toevoegen', exact: true }).click();
      await page.locator('#actor-form-heading').waitFor();
    },
    submit: 'Partner toevoegen',
    message: FILL_IN,
  },
  { name: 'focus theme', path: 'verkennen/focus', submit: 'Thema voorstellen', message: FILL_IN },
  {
    name: 'results page with "Wat het oplevert" but no saved version',
    path: 'verankeren/resultaten',
    prepare: async (page) => {
      await page.getByLabel(/^Wat het oplevert/).check();
    },
    submit: 'Instellingen opslaan',
    message: 'Kies een vastgelegde versie van een effectmodel',
    inAlert: true,
  },
  {
    name: 'effect model with its name cleared',
    path: () => `verankeren/effecten/${modelId}`,
    prepare: async (page) => {
      await page.getByLabel('Naam (verplicht)', { exact: true }).fill('');
    },
    submit: 'Opslaan en uitrekenen',
    message: FILL_IN,
  },
  {
    name: 'timeline period that ends before it starts',
    path: 'verdiepen/tijdlijn',
    prepare: async (page) => {
      await page.locator('#timeline-from').fill('2026-05-01');
      await page.locator('#timeline-to').fill('2026-01-01');
    },
    submit: 'Filter toepassen',
    message: 'De begindatum moet voor de einddatum liggen.',
  },
  { name: 'API key', path: '/account', submit: 'Sleutel maken', message: FILL_IN },
];

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('empty forms', () => {
  it('are checked in the browser: a field message, no 4xx answer, no console error', async () => {
    const { page, problems } = await newPage(await newContext(browser));
    await page.goto(`${server.url}/inloggen`);
    await signIn(page, server, 'leeg@e2e.test');
    const network = await api(page, 'POST', '/api/networks', {
      name: 'Leeg Noord',
      areaLevel: 'wijk',
      areaName: 'Noord',
    });
    const networkId: string = network.id;
    await api(page, 'POST', `/api/networks/${networkId}/actors`, {
      kind: 'organisation',
      name: 'Buurthuis Noord',
      domain: 'welzijn',
      ownOrganisation: true,
    });
    const item = await api(page, 'POST', `/api/networks/${networkId}/continuity`, { title: 'Opvolger kartrekker' });
    continuityItemId = item.id;
    // An effect model, made the way a user starts one.
    await page.goto(`${server.url}/netwerken/${networkId}/verankeren/effecten`);
    await settled(page);
    await page.getByLabel('Naam van de berekening').fill('Buurtkamer');
    await page.getByRole('button', { name: 'Beginnen', exact: true }).click();
    await page.waitForURL(/\/effecten\/[^/]+$/);
    modelId = new URL(page.url()).pathname.split('/').pop() ?? '';

    // From here on every answer counts: the set-up above went through without errors.
    const failed: string[] = [];
    page.on('response', (res) => {
      if (res.status() >= 400) failed.push(`${res.status()} ${res.request().method()} ${res.url()}`);
    });

    const missed: string[] = [];
    for (const form of FORMS) {
      const relative = typeof form.path === 'function' ? form.path() : form.path;
      const path = relative.startsWith('/') ? relative : `/netwerken/${networkId}/${relative}`;
      await page.goto(`${server.url}${path}`);
      await settled(page);
      await form.prepare?.(page);
      const before = failed.length;
      await page.getByRole('button', { name: form.submit, exact: true }).first().click();
      const shown = await isVisible(
        page
          .locator(form.inAlert ? '.utrecht-alert--error' : '.utrecht-form-field-error-message')
          .filter({ hasText: form.message }),
      ).then(
        () => true,
        () => false,
      );
      if (!shown) missed.push(`${form.name}: no field message "${form.message}"`);
      if (failed.length > before) missed.push(`${form.name}: ${failed.slice(before).join(', ')}`);
    }

    expect(missed).toEqual([]);
    expect(failed).toEqual([]);
    expect(problems.list).toEqual([]);
  });
});
