/**
 * Every page, signed out and signed in, at desktop and phone size: axe (WCAG 2.1 A and AA) must
 * find nothing, and there must be no console errors, page errors or CSP violations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  axeViolations,
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
let networkId = '';
let inviteLink = '';

async function api(page: Page, method: string, path: string, body?: unknown) {
  return page.evaluate(
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
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  // Set up a network with partners and an open invitation.
  const ctx = await newContext(browser);
  const { page } = await newPage(ctx);
  await page.goto(`${server.url}/inloggen`);
  await signIn(page, server, 'axe@e2e.test');
  await api(page, 'PATCH', '/api/me', { name: 'Anna Axe' });
  const network = await api(page, 'POST', '/api/networks', {
    name: 'Toegankelijk Netwerk',
    areaLevel: 'wijk',
    areaName: 'West',
    population: 6400,
    ambition: 'Iedereen doet mee.',
  });
  networkId = network.id;
  await api(page, 'POST', `/api/networks/${networkId}/actors`, {
    kind: 'organisation',
    name: 'Buurthuis West',
    domain: 'welzijn',
    themes: ['ontmoeten'],
    findable: true,
  });
  await api(page, 'POST', `/api/networks/${networkId}/actors`, {
    kind: 'initiative',
    name: 'Moestuin West',
    domain: 'bewoners',
    status: 'approached',
  });
  await api(page, 'POST', `/api/networks/${networkId}/invitations`, { role: 'partner', email: 'iemand@e2e.test' });
  inviteLink = (await api(page, 'POST', `/api/networks/${networkId}/invitations`, { role: 'meekijker' })).link;
  await ctx.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

type Step = { name: string; run: (page: Page) => Promise<void> };
const visit =
  (path: string): Step['run'] =>
  async (page) => {
    await page.goto(server.url + path);
    await settled(page);
  };

async function check(viewport: typeof DESKTOP, signedIn: boolean, steps: Step[]) {
  const ctx = await newContext(browser, viewport);
  const { page, problems } = await newPage(ctx);
  if (signedIn) {
    await page.goto(`${server.url}/inloggen`);
    await signIn(page, server, 'axe@e2e.test');
  }
  const violations: string[] = [];
  for (const step of steps) {
    await step.run(page);
    // One h1 on every page.
    expect(await page.locator('h1').count(), step.name).toBe(1);
    violations.push(...(await axeViolations(page)).map((v) => `[${step.name} @${viewport.width}] ${v}`));
  }
  await ctx.close();
  expect(violations).toEqual([]);
  expect(problems.list).toEqual([]);
}

const signedOutSteps = (): Step[] => [
  { name: 'welcome', run: visit('/') },
  { name: 'sign-in', run: visit('/inloggen') },
  {
    name: 'sign-in with error',
    run: async (page) => {
      await page.getByLabel(/^E-mailadres/).fill('geen-adres');
      await page.getByRole('button', { name: 'Stuur mij een inlogcode' }).click();
      await isVisible(page.locator('.utrecht-form-field-error-message'));
    },
  },
  {
    name: 'sign-in code step',
    run: async (page) => {
      await page.getByLabel(/^E-mailadres/).fill('nieuw@e2e.test');
      await page.getByRole('button', { name: 'Stuur mij een inlogcode' }).click();
      await isVisible(page.getByLabel(/Code uit de e-mail/));
    },
  },
  { name: 'confirm', run: visit('/inloggen/bevestigen#token=abcdefghijklmnop') },
  { name: 'confirm without token', run: visit('/inloggen/bevestigen') },
  { name: 'invitation preview', run: visit(new URL(inviteLink).pathname) },
  { name: 'invitation unknown', run: visit('/uitnodiging/bestaat-niet-1234567') },
  { name: 'privacy', run: visit('/privacy') },
  { name: 'accessibility', run: visit('/toegankelijkheid') },
  { name: 'not found', run: visit('/bestaat/niet') },
];

const signedInSteps = (): Step[] => [
  { name: 'home', run: visit('/') },
  { name: 'new network', run: visit('/netwerken/nieuw') },
  {
    name: 'new network with errors',
    run: async (page) => {
      await page.getByRole('button', { name: 'Netwerk starten' }).click();
      await isVisible(page.locator('.utrecht-form-field-error-message'));
    },
  },
  { name: 'overview', run: visit(`/netwerken/${networkId}`) },
  { name: 'guide verkennen', run: visit(`/netwerken/${networkId}/gids/verkennen`) },
  {
    name: 'guide verdiepen with a step not applicable',
    run: async (page) => {
      await visit(`/netwerken/${networkId}/gids/verdiepen`)(page);
      await page.getByText('Niet van toepassing?').first().click();
      await page.getByRole('button', { name: 'Zet op niet van toepassing' }).first().click();
      await isVisible(page.locator('.utrecht-form-field-error-message'));
    },
  },
  { name: 'guide verankeren', run: visit(`/netwerken/${networkId}/gids/verankeren`) },
  {
    name: 'first run with a suggestion',
    run: async (page) => {
      await visit(`/netwerken/${networkId}/start`)(page);
      await page.getByLabel('Korter dan een jaar').check();
      await page.getByLabel('Een paar partners').check();
      await page.getByRole('button', { name: 'Laat zien waar we kunnen beginnen' }).click();
      await isVisible(page.getByRole('heading', { name: 'Ons voorstel: begin met Verkennen' }));
    },
  },
  { name: 'members', run: visit(`/netwerken/${networkId}/leden`) },
  {
    name: 'members with link',
    run: async (page) => {
      await page.getByRole('button', { name: 'Link maken om te delen' }).click();
      await isVisible(page.getByLabel('Link voor de uitnodiging'));
      await page
        .getByRole('button', { name: /Intrekken/ })
        .first()
        .click();
      await isVisible(page.getByRole('button', { name: 'Ja, intrekken' }));
    },
  },
  { name: 'partners', run: visit(`/netwerken/${networkId}/partners`) },
  {
    name: 'partners with form and directory',
    run: async (page) => {
      await page.getByRole('button', { name: 'Partner toevoegen' }).click();
      await page.getByRole('button', { name: 'Partner toevoegen' }).last().click();
      await isVisible(page.locator('.utrecht-form-field-error-message'));
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await isVisible(page.getByText(/gevonden|Niets gevonden/));
    },
  },
  { name: 'settings', run: visit(`/netwerken/${networkId}/instellingen`) },
  {
    name: 'settings delete question',
    run: async (page) => {
      await page.getByRole('button', { name: 'Netwerk verwijderen' }).click();
      await isVisible(page.getByRole('button', { name: 'Ja, definitief verwijderen' }));
    },
  },
  { name: 'account', run: visit('/account') },
  {
    name: 'account with token',
    run: async (page) => {
      await page.getByLabel(/^Naam voor een nieuwe sleutel/).fill('Test');
      await page.getByRole('button', { name: 'Sleutel maken' }).click();
      await isVisible(page.getByLabel('Je nieuwe API-sleutel'));
    },
  },
  { name: 'invitation as member', run: visit(new URL(inviteLink).pathname) },
  { name: 'privacy', run: visit('/privacy') },
  { name: 'not found', run: visit('/nergens') },
  {
    name: 'english overview',
    run: async (page) => {
      await visit(`/netwerken/${networkId}`)(page);
      await page.getByRole('button', { name: 'English' }).click();
      await isVisible(page.getByText('The four phases of working together'));
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      await page.getByRole('button', { name: 'Nederlands' }).click();
      await isVisible(page.getByText('De vier fasen van samenwerken'));
    },
  },
];

describe('every page is accessible and clean', () => {
  it('signed out, desktop', () => check(DESKTOP, false, signedOutSteps()));
  it('signed out, phone', () => check(PHONE, false, signedOutSteps()));
  it('signed in, desktop', () => check(DESKTOP, true, signedInSteps()));
  it('signed in, phone', () => check(PHONE, true, signedInSteps()));
});
