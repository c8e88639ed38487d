/**
 * The pages of the phase "verkennen": the network map with its tables, the analysis with
 * snapshots, finding allies and who-is-who. Axe at desktop and phone size, the map's tables with
 * the keyboard only, a new relation that changes the analysis, a version conflict, and a relation
 * added by a partner that appears live for the kartrekker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  axeViolations,
  containsText,
  DESKTOP,
  focusedName,
  hasAttribute,
  hasText,
  isVisible,
  launchBrowser,
  newContext,
  newPage,
  PHONE,
  settled,
  signIn,
  startServer,
  tabTo,
  type Server,
} from './helpers.js';

let server: Server;
let browser: Browser;
const LEAD = 'verkenner@e2e.test';
let axeNetwork = '';
/** Invitation tokens into the shared network, so each test signs in with its own address (sign-in mails are limited per address). */
const joinTokens = new Map<string, string>();

async function api<T = any>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const res = await fetch(path, {
        method,
        headers: body ? { 'content-type': 'application/json' } : {},
        body: body ? JSON.stringify(body) : undefined,
      });
      if (!res.ok && res.status !== 409) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
      return res.status === 204 ? null : res.json();
    },
    { method, path, body },
  );
}

/** A network with four partners in four domains and two relations; returns its id and actor ids by name. */
async function makeNetwork(page: Page, name: string) {
  const network = await api(page, 'POST', '/api/networks', {
    name,
    areaLevel: 'wijk',
    areaName: 'Oost',
    ambition: 'Minder eenzaamheid onder ouderen in Oost.',
  });
  const ids: Record<string, string> = {};
  for (const [actor, domain] of [
    ['Wijkteam Oost', 'welzijn'],
    ['Huisarts Oost', 'zorg'],
    ['Woonstichting Oost', 'wonen'],
    ['Buurtinitiatief Oost', 'bewoners'],
  ] as const) {
    ids[actor] = (
      await api(page, 'POST', `/api/networks/${network.id}/actors`, {
        kind: 'organisation',
        name: actor,
        domain,
        themes: ['eenzaamheid'],
      })
    ).id;
  }
  await api(page, 'POST', `/api/networks/${network.id}/relations`, {
    actorAId: ids['Wijkteam Oost'],
    actorBId: ids['Huisarts Oost'],
    kind: 'overleg',
    frequency: 'wekelijks',
    quality: 3,
  });
  await api(page, 'POST', `/api/networks/${network.id}/relations`, {
    actorAId: ids['Wijkteam Oost'],
    actorBId: ids['Buurtinitiatief Oost'],
    kind: 'samen activiteiten',
    frequency: 'maandelijks',
    quality: 4,
  });
  return { id: network.id as string, ids };
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const ctx = await newContext(browser);
  const { page } = await newPage(ctx);
  await page.goto(`${server.url}/inloggen`);
  await signIn(page, server, LEAD);
  await api(page, 'PATCH', '/api/me', { name: 'Vera Verkenner' });
  // Another network with a findable ally, so that search and suggestions have something to show.
  const other = await api(page, 'POST', '/api/networks', {
    name: 'Buurtnetwerk Zuid',
    areaLevel: 'wijk',
    areaName: 'Zuid',
  });
  await api(page, 'POST', `/api/networks/${other.id}/actors`, {
    kind: 'initiative',
    name: 'Koffiekamer Zuid',
    domain: 'bewoners',
    themes: ['eenzaamheid', 'ontmoeten'],
    targetGroups: ['ouderen'],
    contactPhone: '024 123 45 67',
    website: 'https://koffiekamer.example',
    findable: true,
  });
  axeNetwork = (await makeNetwork(page, 'Toegankelijk Oost')).id;
  await api(page, 'POST', `/api/networks/${axeNetwork}/snapshots`, { label: 'Start', takenOn: '2026-01-15' });
  for (const email of ['telefoon@e2e.test', 'toetsen@e2e.test']) {
    const invitation = await api(page, 'POST', `/api/networks/${axeNetwork}/invitations`, { role: 'kartrekker' });
    joinTokens.set(email, new URL(invitation.link).pathname.split('/').pop()!);
  }
  await ctx.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Signs in with `email`; joins the shared network first when the address has an invitation. */
async function signInAs(page: Page, email: string) {
  await page.goto(`${server.url}/inloggen`);
  await signIn(page, server, email);
  const token = joinTokens.get(email);
  if (token) {
    await api(page, 'POST', `/api/invitations/${token}/accept`);
    joinTokens.delete(email);
  }
}

const base = () => `${server.url}/netwerken/${axeNetwork}/verkennen`;

async function open(page: Page, path: string) {
  await page.goto(path);
  await settled(page);
}

/** The map is drawn (or, without WebGL, its fallback text is shown). */
async function mapReady(page: Page) {
  await page.locator('.wk-map canvas, .wk-map-fallback').first().waitFor({ state: 'attached' });
}

/** "Aanpassen: A en B" in either order: a relation stores its pair in id order. */
const pairButton = (action: string, a: string, b: string) => new RegExp(`^${action}: (${a} en ${b}|${b} en ${a})$`);

type Step = { name: string; run: (page: Page) => Promise<void> };

const steps = (): Step[] => [
  { name: 'overview with progress', run: (p) => open(p, `${server.url}/netwerken/${axeNetwork}`) },
  { name: 'verkennen steps', run: (p) => open(p, base()) },
  {
    name: 'map',
    run: async (p) => {
      await open(p, `${base()}/kaart`);
      await mapReady(p);
    },
  },
  {
    name: 'map with details',
    run: async (p) => {
      await p.getByRole('button', { name: /^Wijkteam Oost, gegevens tonen/ }).click();
      await isVisible(p.getByRole('button', { name: 'Gegevens sluiten' }));
    },
  },
  {
    name: 'map with filter',
    run: async (p) => {
      await p.getByLabel('Laat zien: domein').selectOption('zorg');
      await containsText(p.getByRole('status').filter({ hasText: 'getoond' }), '1 van 4 partners');
      await p.getByLabel('Laat zien: domein').selectOption('');
    },
  },
  {
    name: 'map with edit form',
    run: async (p) => {
      await p.getByRole('button', { name: pairButton('Aanpassen', 'Huisarts Oost', 'Wijkteam Oost') }).click();
      await isVisible(p.getByRole('heading', { name: 'Relatie aanpassen' }));
    },
  },
  {
    name: 'map with errors',
    run: async (p) => {
      await p.getByRole('button', { name: 'Relatie opslaan' }).click();
      await isVisible(p.getByText('Kies de eerste partner.'));
    },
  },
  { name: 'analysis', run: (p) => open(p, `${base()}/analyse`) },
  {
    name: 'analysis with comparison',
    run: async (p) => {
      await p.getByRole('button', { name: 'Vergelijken: Start' }).click();
      await isVisible(p.getByRole('table', { name: /Voor \(Start/ }));
    },
  },
  { name: 'allies', run: (p) => open(p, `${base()}/medestanders`) },
  {
    name: 'allies with results',
    run: async (p) => {
      await p.getByLabel(/^Zoekwoorden/).fill('eenzame');
      await p.getByRole('button', { name: 'Zoeken', exact: true }).click();
      await isVisible(p.getByText(/gevonden, de beste eerst/));
    },
  },
  {
    name: 'analysis in English',
    run: async (p) => {
      await open(p, `${base()}/analyse`);
      await p.getByRole('button', { name: 'English' }).click();
      await isVisible(p.getByRole('heading', { level: 1, name: 'Network analysis' }));
      await isVisible(p.getByText('The network has 4 partners and 2 relations.'));
    },
  },
  {
    name: 'map in English',
    run: async (p) => {
      await p
        .getByRole('navigation', { name: 'Parts of exploring' })
        .getByRole('link', { name: 'Network map' })
        .click();
      await isVisible(p.getByRole('heading', { level: 1, name: 'Network map' }));
      await mapReady(p);
    },
  },
  {
    name: 'back in Dutch',
    run: async (p) => {
      await p.getByRole('button', { name: 'Nederlands' }).click();
      await isVisible(p.getByRole('heading', { level: 1, name: 'Netwerkkaart' }));
    },
  },
  { name: 'who is who', run: (p) => open(p, `${base()}/wie-is-wie`) },
  {
    name: 'who is who editor',
    run: async (p) => {
      await p.getByRole('button', { name: 'Partner koppelen: Wijkteam' }).click();
      await isVisible(p.getByRole('heading', { name: 'Functie: Wijkteam' }));
    },
  },
];

async function sweep(viewport: typeof DESKTOP, email: string) {
  const ctx = await newContext(browser, viewport);
  const { page, problems } = await newPage(ctx);
  await signInAs(page, email);
  const violations: string[] = [];
  for (const step of steps()) {
    await step.run(page);
    expect(await page.locator('h1').count(), step.name).toBe(1);
    violations.push(...(await axeViolations(page)).map((v) => `[${step.name} @${viewport.width}] ${v}`));
  }
  await ctx.close();
  expect(violations).toEqual([]);
  expect(problems.list).toEqual([]);
}

describe('verkennen pages', () => {
  it('are accessible at desktop size', () => sweep(DESKTOP, LEAD));
  it('are accessible at phone size', () => sweep(PHONE, 'telefoon@e2e.test'));

  it('the map’s tables work with the keyboard only', async () => {
    const ctx = await newContext(browser);
    const { page, problems } = await newPage(ctx);
    await signInAs(page, 'toetsen@e2e.test');
    await open(page, `${base()}/kaart`);
    await mapReady(page);

    // The skip link jumps past the map to the tables.
    await tabTo(page, 'Sla de kaart over en ga naar de tabel');
    await page.keyboard.press('Enter');
    expect(await focusedName(page)).toBe('De kaart als tabel');

    const actors = page.getByRole('table', { name: /Partners op de kaart/ });
    const degreeHeader = actors.getByRole('columnheader', { name: /Aantal relaties/ });
    await tabTo(page, /^Aantal relaties/);
    await page.keyboard.press('Enter');
    await hasAttribute(degreeHeader, 'aria-sort', 'descending');
    await hasText(actors.locator('tbody tr').first().locator('th'), /^Wijkteam Oost/);
    await page.keyboard.press('Space');
    await hasAttribute(degreeHeader, 'aria-sort', 'ascending');
    await hasText(actors.locator('tbody tr').last().locator('th'), /^Wijkteam Oost/);
    expect(await actors.getByRole('columnheader', { name: /Naam/ }).getAttribute('aria-sort')).toBeNull();

    // Open an actor's details from its row; focus moves to the details and back on closing.
    await tabTo(page, /^Wijkteam Oost, gegevens tonen/);
    await page.keyboard.press('Enter');
    expect(await focusedName(page)).toBe('Wijkteam Oost');
    const details = page.locator('section[aria-labelledby="actor-details-heading"]');
    await containsText(details, 'Huisarts Oost');
    await containsText(details, 'Relaties (2)');
    // From the details, go on to a partner it works with.
    await tabTo(page, 'Huisarts Oost');
    await page.keyboard.press('Enter');
    expect(await focusedName(page)).toBe('Huisarts Oost');
    await tabTo(page, 'Gegevens sluiten');
    await page.keyboard.press('Enter');
    expect(await focusedName(page)).toBe('Wijkteam Oost, gegevens tonen');
    expect(await details.count()).toBe(0);

    // The relations table sorts by keyboard as well.
    const relations = page.getByRole('table', { name: /Relaties tussen partners/ });
    await tabTo(page, /^Hoe goed gaat de samenwerking/);
    await page.keyboard.press('Enter');
    await hasAttribute(relations.getByRole('columnheader', { name: /Hoe goed/ }), 'aria-sort', 'descending');
    await hasText(relations.locator('tbody tr').first().locator('td').nth(3), '4 – heel goed');
    await ctx.close();
    expect(problems.list).toEqual([]);
  });

  it('a new relation changes the analysis, and a conflict is shown, not overwritten', async () => {
    const ctx = await newContext(browser);
    const { page, problems } = await newPage(ctx);
    await signInAs(page, 'relaties@e2e.test');
    const { id, ids } = await makeNetwork(page, 'Relatienetwerk');

    await open(page, `${server.url}/netwerken/${id}/verkennen/analyse`);
    const isolatedRow = page.locator('.wk-facts > div').filter({ hasText: 'Partners zonder relatie' });
    await containsText(isolatedRow, 'Woonstichting Oost');
    await containsText(page.locator('main'), 'Het netwerk heeft 4 partners en 2 relaties.');
    await isVisible(page.getByText('wonen en zorg werken nog niet samen'));

    await page
      .getByRole('navigation', { name: 'Onderdelen van verkennen' })
      .getByRole('link', { name: 'Netwerkkaart' })
      .click();
    await hasText(page.locator('main h1'), 'Netwerkkaart');
    await page.getByLabel(/^Eerste partner/).selectOption({ label: 'Woonstichting Oost' });
    await page.getByLabel(/^Tweede partner/).selectOption({ label: 'Huisarts Oost' });
    await page.getByLabel(/^Soort samenwerking/).fill('signaleren');
    await page.getByLabel('Hoe vaak').selectOption('maandelijks');
    await page.getByLabel('2 – redelijk').check();
    await page.getByRole('button', { name: 'Relatie opslaan' }).click();
    await containsText(page.locator('main'), 'De relatie tussen');
    const relations = page.getByRole('table', { name: /Relaties tussen partners/ });
    await containsText(relations, 'signaleren');
    await containsText(relations, '2 – redelijk');

    // The same pair again: the form offers to change the existing relation.
    await page.getByLabel(/^Eerste partner/).selectOption({ label: 'Huisarts Oost' });
    await page.getByLabel(/^Tweede partner/).selectOption({ label: 'Woonstichting Oost' });
    await page.getByRole('button', { name: 'Relatie opslaan' }).click();
    await isVisible(page.getByText(/staat al een relatie/));

    await page
      .getByRole('navigation', { name: 'Onderdelen van verkennen' })
      .getByRole('link', { name: 'Analyse' })
      .click();
    await hasText(page.locator('main h1'), 'Analyse van het netwerk');
    await containsText(page.locator('main'), 'Het netwerk heeft 4 partners en 3 relaties.');
    await containsText(isolatedRow, 'geen');
    expect(await isolatedRow.textContent()).not.toContain('Woonstichting Oost');
    // Wonen and zorg work together now.
    expect(await page.getByText('wonen en zorg werken nog niet samen').count()).toBe(0);

    // A change by someone else in between: the form shows what is saved now and keeps your choice.
    await page.goto(`${server.url}/netwerken/${id}/verkennen/kaart`);
    await settled(page);
    await page.getByRole('button', { name: pairButton('Aanpassen', 'Huisarts Oost', 'Wijkteam Oost') }).click();
    const list = await api<{ id: string; actorAId: string; actorBId: string; version: number }[]>(
      page,
      'GET',
      `/api/networks/${id}/relations`,
    );
    const target = list.find(
      (r) => [r.actorAId, r.actorBId].sort().join() === [ids['Huisarts Oost'], ids['Wijkteam Oost']].sort().join(),
    )!;
    await api(page, 'PATCH', `/api/networks/${id}/relations/${target.id}`, {
      kind: 'casusoverleg',
      version: target.version,
    });
    await page.getByRole('region', { name: 'Relatie aanpassen' }).getByLabel('1 – moeizaam').check();
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await isVisible(page.getByText(/Iemand anders heeft deze relatie net aangepast/));
    await containsText(page.locator('.utrecht-alert--warning'), 'casusoverleg');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await containsText(page.locator('main'), 'is aangepast');
    await containsText(relations, '1 – moeizaam');
    await ctx.close();
    expect(problems.list).toEqual([]);
  });

  it('a relation a partner adds appears live on the kartrekker’s map', async () => {
    const lead = await newPage(await newContext(browser));
    const partner = await newPage(await newContext(browser));
    await signInAs(lead.page, 'live@e2e.test');
    const { id, ids } = await makeNetwork(lead.page, 'Live netwerk');
    const invitation = await api(lead.page, 'POST', `/api/networks/${id}/invitations`, { role: 'partner' });
    const token = new URL(invitation.link).pathname.split('/').pop();

    await signInAs(partner.page, 'buurt@e2e.test');
    await api(partner.page, 'POST', `/api/invitations/${token}/accept`);
    const asked = await api<{ id: string }>(partner.page, 'POST', `/api/networks/${id}/representation/requests`, {
      actorId: ids['Buurtinitiatief Oost'],
    });
    await api(lead.page, 'POST', `/api/networks/${id}/representation/requests/${asked.id}/decision`, { confirm: true });

    await open(lead.page, `${server.url}/netwerken/${id}/verkennen/kaart`);
    await lead.page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    await open(partner.page, `${server.url}/netwerken/${id}/verkennen/kaart`);
    await isVisible(partner.page.getByText('Je vult een relatie in voor Buurtinitiatief Oost.'));
    // A partner changes only its own actor's relations.
    const partnerRelations = partner.page.getByRole('table', { name: /Relaties tussen partners/ });
    expect(
      await partnerRelations
        .getByRole('button', { name: pairButton('Aanpassen', 'Huisarts Oost', 'Wijkteam Oost') })
        .count(),
    ).toBe(0);
    expect(
      await partnerRelations
        .getByRole('button', { name: pairButton('Aanpassen', 'Buurtinitiatief Oost', 'Wijkteam Oost') })
        .count(),
    ).toBe(1);

    await partner.page.getByLabel(/^Werkt samen met/).selectOption({ label: 'Woonstichting Oost' });
    await partner.page.getByLabel(/^Soort samenwerking/).fill('buurtschouw');
    await partner.page.getByRole('button', { name: 'Relatie opslaan' }).click();
    await containsText(partner.page.locator('main'), 'staat op de kaart');

    const leadRelations = lead.page.getByRole('table', { name: /Relaties tussen partners/ });
    await containsText(leadRelations, 'buurtschouw', 8000);
    await containsText(lead.page.getByRole('status').filter({ hasText: 'getoond' }), '3 relaties');
    expect(await lead.page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(
      true,
    );
    expect(lead.problems.list).toEqual([]);
    expect(partner.problems.list).toEqual([]);
  });

  it('finds allies, invites a suggested one and shows how to reach them', async () => {
    const ctx = await newContext(browser);
    const { page, problems } = await newPage(ctx);
    await signInAs(page, 'zoeker@e2e.test');
    const { id } = await makeNetwork(page, 'Zoeknetwerk');

    // "Wie is wie": a missing function leads straight to a prefilled search.
    await open(page, `${server.url}/netwerken/${id}/verkennen/wie-is-wie`);
    await containsText(page.getByRole('row', { name: /Mantelzorgondersteuning/ }), 'ontbreekt');
    await page.getByRole('link', { name: 'Zoek in de sociale kaart: Mantelzorgondersteuning' }).click();
    await hasText(page.locator('main h1'), 'Medestanders zoeken');
    expect(await page.getByLabel(/^Zoekwoorden/).inputValue()).toBe('mantelzorg');

    // Dutch search: another form of the word finds the theme "eenzaamheid".
    await page.getByLabel(/^Zoekwoorden/).fill('eenzame');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await containsText(page.locator('.wk-cards').first(), 'Koffiekamer Zuid');

    const suggestions = page.locator('section[aria-labelledby="suggestions-heading"]');
    await containsText(suggestions, 'Koffiekamer Zuid');
    await containsText(suggestions, 'eenzaamheid');
    await suggestions.getByRole('button', { name: 'Uitnodigen: Koffiekamer Zuid' }).click();
    // Without an e-mail address Wijknet asks first; nothing is marked "benaderd" yet.
    await containsText(
      suggestions,
      'Koffiekamer Zuid heeft geen openbaar e-mailadres, dus Wijknet kan geen uitnodiging mailen',
    );
    const before = await api<{ name: string; status: string }[]>(page, 'GET', `/api/networks/${id}/actors`);
    expect(before.find((a) => a.name === 'Koffiekamer Zuid')).toBeUndefined();
    await suggestions.getByRole('button', { name: 'Ik neem zelf contact op' }).click();
    await containsText(page.locator('main'), 'Koffiekamer Zuid heeft geen openbaar e-mailadres');
    await isVisible(page.getByRole('link', { name: '024 123 45 67' }));
    await isVisible(page.getByRole('link', { name: 'https://koffiekamer.example' }));
    const actors = await api<{ name: string; status: string }[]>(page, 'GET', `/api/networks/${id}/actors`);
    expect(actors.find((a) => a.name === 'Koffiekamer Zuid')?.status).toBe('approached');
    await ctx.close();
    expect(problems.list).toEqual([]);
  });
});
