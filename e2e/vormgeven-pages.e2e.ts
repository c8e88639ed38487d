/**
 * The vormgeven pages, "mijn acties", the audit trail and the data downloads, at desktop and phone
 * size: axe (WCAG 2.1 A and AA) must find nothing, with no console errors, page errors or CSP
 * violations. The network is filled first, so each page shows its real content.
 * WIJKNET_E2E_SHOTS=<dir> also saves a full-page screenshot of every step.
 */
import fs from 'node:fs';
import path from 'node:path';
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
let versionId = '';
const shots = process.env.WIJKNET_E2E_SHOTS;

async function api<T = any>(page: Page, method: string, p: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, p, body }) => {
      const res = await fetch(p, {
        method,
        headers: body ? { 'content-type': 'application/json' } : {},
        body: body ? JSON.stringify(body) : undefined,
      });
      if (!res.ok) throw new Error(`${method} ${p}: ${res.status} ${await res.text()}`);
      return res.status === 204 ? null : res.json();
    },
    { method, p, body },
  );
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const ctx = await newContext(browser);
  const { page } = await newPage(ctx);
  await page.goto(`${server.url}/inloggen`);
  await signIn(page, server, 'vorm@e2e.test');
  await api(page, 'PATCH', '/api/me', { name: 'Vera Vorm' });
  const network = await api(page, 'POST', '/api/networks', {
    name: 'Vorm Netwerk',
    areaLevel: 'wijk',
    areaName: 'Noord',
    ambition: 'Samen een vitale wijk.',
  });
  networkId = network.id;
  const n = `/api/networks/${networkId}`;
  await api(page, 'POST', `${n}/actors`, {
    kind: 'organisation',
    name: 'Wijkzorg Noord',
    domain: 'zorg',
    ownOrganisation: true,
  });
  const me = (await api(page, 'GET', n)).members[0];
  const club = await api(page, 'POST', `${n}/actors`, {
    kind: 'initiative',
    name: 'Wandelclub Noord',
    domain: 'bewoners',
  });

  // A second member, for the other partner.
  const { link } = await api(page, 'POST', `${n}/invitations`, { role: 'partner' });
  const ctx2 = await newContext(browser);
  const other = (await newPage(ctx2)).page;
  await other.goto(`${server.url}/inloggen`);
  await signIn(other, server, 'club@e2e.test');
  await api(other, 'PATCH', '/api/me', { name: 'Cor Club' });
  await api(other, 'POST', `/api/invitations/${new URL(link).pathname.split('/').pop()}/accept`, {});
  const asked = await api(other, 'POST', `${n}/representation/requests`, { actorId: club.id });
  await api(page, 'POST', `${n}/representation/requests/${asked.id}/decision`, { confirm: true });

  // Ladders: a shared goal, a warning (same words, other group) and an unshared goal.
  const l1 = await api(page, 'POST', `${n}/ladders`, {
    activity: 'Een dementiecafé',
    steps: ['Zodat mensen met dementie en mantelzorgers elkaar treffen'],
    goal: 'Mensen met dementie en hun mantelzorgers met elkaar in contact brengen',
    targetGroups: ['mensen met dementie', 'mantelzorgers'],
    themes: ['dementie', 'ontmoeten'],
    healthDimensions: ['meedoen'],
  });
  await api(other, 'POST', `${n}/ladders`, {
    activity: 'Een wandelclub',
    steps: ['Onderweg raken mantelzorgers en mensen met dementie aan de praat'],
    goal: 'Mantelzorgers en mensen met dementie verbinden, zodat ze steun aan elkaar hebben',
    targetGroups: ['mantelzorgers', 'mensen met dementie'],
    themes: ['dementie'],
  });
  await api(page, 'POST', `${n}/ladders`, {
    activity: 'Kookles',
    steps: ['De wijk vitaler maken'],
    goal: 'Jonge gezinnen eten gezonder',
    targetGroups: ['jonge gezinnen'],
    themes: ['gezonde voeding', 'vitaliteit'],
  });
  await api(other, 'POST', `${n}/ladders`, {
    activity: 'Beweegmaatje',
    steps: ['De wijk vitaler maken'],
    goal: 'Kwetsbare ouderen blijven fit',
    targetGroups: ['kwetsbare ouderen'],
    themes: ['bewegen', 'vitaliteit'],
  });

  await api(page, 'POST', `${n}/vocabulary`, { kind: 'theme', label: 'samen wandelen' });

  // Goals, card, version, lead, agreements, actions.
  await api(page, 'PATCH', n, {
    vision: 'In 2030 doet iedereen met dementie mee in Noord.',
    version: (await api(page, 'GET', `${n}/goals`)).networkVersion,
  });
  const goal = await api(page, 'POST', `${n}/goals`, {
    title: 'Mantelzorgers vinden steun bij elkaar',
    indicator: 'Deelnemers per maand',
    targetValue: '30 eind 2027',
    ladderIds: [l1.id],
  });
  const p1 = await api(page, 'POST', `${n}/card/personal`, {
    column: 'waarden',
    text: 'Mantelzorgers voelen zich minder alleen',
  });
  const p2 = await api(other, 'POST', `${n}/card/personal`, {
    column: 'waarden',
    text: 'Mensen met dementie doen mee in de wijk',
  });
  await api(other, 'POST', `${n}/card/personal`, { column: 'relaties', text: 'We spreken elke maand af' });
  await api(page, 'POST', `${n}/card/joint`, {
    column: 'waarden',
    text: 'Mensen met dementie en mantelzorgers doen mee en steunen elkaar',
    sourceItemIds: [p1.id, p2.id],
  });
  await api(page, 'PUT', `${n}/leads/${me.id}`, {
    hoursPerWeek: 4,
    mandate: 'Agenda en uitnodigingen',
    supportedBy: 'Team welzijn',
    paidBy: 'Gemeente',
  });
  await api(page, 'POST', `${n}/agreements`, {
    kind: 'besluitvorming',
    title: 'Zo besluiten we',
    body: 'We besluiten in het maandoverleg.',
    decisionRule: 'consent',
    reviewOn: '2025-01-15',
  });
  await api(page, 'POST', `${n}/agreements`, {
    kind: 'geld',
    title: 'Bijdragen',
    details: {
      contributions: [{ party: 'Wijkzorg Noord', amount: 1500, inKind: '4 uur per week' }],
      pooledBudget: { amount: 5000, rules: 'Besteden na consent.' },
      responsibilities: [
        {
          subject: 'Dementiecafé',
          decides: 'Kartrekker',
          does: 'Wijkzorg Noord',
          consulted: 'Wandelclub Noord',
          informed: 'Gemeente',
        },
      ],
    },
  });
  const year = new Date().getFullYear();
  await api(page, 'POST', `${n}/actions`, {
    title: 'Ruimte regelen',
    goalId: goal.id,
    dueOn: `${year - 1}-12-01`,
    planYear: year,
  });
  await api(page, 'POST', `${n}/actions`, { title: 'Flyer maken', status: 'bezig', planYear: year });
  versionId = (await api(page, 'POST', `${n}/card/versions`, {})).id;
  await api(page, 'POST', `${n}/card/versions/${versionId}/consent`, {});
  await ctx2.close();
  await ctx.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

type Step = { name: string; run: (page: Page) => Promise<void> };
const visit =
  (p: string): Step['run'] =>
  async (page) => {
    await page.goto(server.url + p);
    await settled(page);
  };

async function check(viewport: typeof DESKTOP, steps: Step[]) {
  const ctx = await newContext(browser, viewport);
  const { page, problems } = await newPage(ctx);
  await page.goto(`${server.url}/inloggen`);
  await signIn(page, server, 'vorm@e2e.test');
  const violations: string[] = [];
  for (const step of steps) {
    await step.run(page);
    expect(await page.locator('h1').count(), step.name).toBe(1);
    violations.push(...(await axeViolations(page)).map((v) => `[${step.name} @${viewport.width}] ${v}`));
    if (shots) {
      fs.mkdirSync(shots, { recursive: true });
      await page.screenshot({
        path: path.join(shots, `${viewport.width}-${step.name.replace(/\W+/g, '-')}.png`),
        fullPage: true,
      });
    }
  }
  await ctx.close();
  expect(violations).toEqual([]);
  expect(problems.list).toEqual([]);
}

const steps = (): Step[] => {
  const base = `/netwerken/${networkId}/vormgeven`;
  return [
    {
      name: 'overview with progress',
      run: async (page) => {
        await visit(`/netwerken/${networkId}`)(page);
        // The overview shows each of the four phases with its progress and a link to its guide.
        await isVisible(page.getByRole('heading', { name: 'Vormgeven', exact: true }));
        await isVisible(page.getByRole('link', { name: 'Gids voor Vormgeven' }));
      },
    },
    {
      name: 'ladders and comparison',
      run: async (page) => {
        await visit(base)(page);
        await isVisible(page.locator('.wk-match--shared'));
        await isVisible(page.locator('.wk-match--warning'));
      },
    },
    {
      name: 'ladder editor',
      run: async (page) => {
        await page.getByRole('button', { name: /^Ladder aanpassen: Een dementiecafé/ }).click();
        await isVisible(page.getByLabel('Wat wil je doen?'));
        await isVisible(page.getByRole('button', { name: 'samen wandelen uit de lijst van het netwerk halen' }));
      },
    },
    {
      name: 'goal from the comparison',
      run: async (page) => {
        await visit(base)(page);
        await page.getByRole('link', { name: 'Leg dit vast als concreet doel' }).click();
        await isVisible(page.getByRole('heading', { name: 'Nieuw doel' }));
        expect(await page.getByLabel(/^Doel/).first().inputValue()).not.toBe('');
      },
    },
    { name: 'goals', run: visit(`${base}/doelen`) },
    {
      name: 'goal form',
      run: async (page) => {
        await page.getByRole('button', { name: 'Doel toevoegen' }).click();
        await page.getByRole('button', { name: 'Doel opslaan' }).click();
        await isVisible(page.locator('.utrecht-form-field-error-message'));
      },
    },
    { name: 'card', run: visit(`${base}/kaart`) },
    {
      name: 'card joint form',
      run: async (page) => {
        await page.getByRole('button', { name: 'Punt maken voor Relaties' }).click();
        await isVisible(page.getByLabel('Tekst op de gezamenlijke kaart'));
      },
    },
    { name: 'card version', run: visit(`${base}/kaart/versie/${versionId}`) },
    { name: 'lead', run: visit(`${base}/kartrekker`) },
    {
      name: 'lead form',
      run: async (page) => {
        await page.getByRole('button', { name: /^Afspraken aanpassen voor/ }).click();
        await isVisible(page.getByLabel(/^Uren per week/));
      },
    },
    { name: 'agreements', run: visit(`${base}/afspraken`) },
    {
      name: 'agreement form',
      run: async (page) => {
        await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
        await page.getByLabel(/^Soort afspraak/).selectOption('geld');
        await page.getByRole('button', { name: 'Bijdrage toevoegen' }).click();
        await page.getByRole('button', { name: 'Afspraak opslaan' }).click();
        await isVisible(page.locator('.utrecht-form-field-error-message'));
      },
    },
    { name: 'actions', run: visit(`${base}/acties`) },
    {
      name: 'action form',
      run: async (page) => {
        await page.getByRole('button', { name: 'Actie toevoegen' }).click();
        await isVisible(page.getByRole('button', { name: 'Actie opslaan' }));
      },
    },
    { name: 'my actions', run: visit('/mijn-acties') },
    {
      name: 'calendar address',
      run: async (page) => {
        await page.getByRole('button', { name: 'Agenda-adres maken' }).click();
        await isVisible(page.getByLabel('Jouw agenda-adres'));
      },
    },
    { name: 'changes', run: visit(`/netwerken/${networkId}/wijzigingen`) },
    {
      name: 'settings with export',
      run: async (page) => {
        await visit(`/netwerken/${networkId}/instellingen`)(page);
        await isVisible(page.getByRole('link', { name: 'Netwerk exporteren (JSON)' }));
      },
    },
    {
      name: 'account with data',
      run: async (page) => {
        await visit('/account')(page);
        await isVisible(page.getByRole('link', { name: /Mijn gegevens downloaden/ }));
      },
    },
    {
      name: 'english ladders',
      run: async (page) => {
        await visit(base)(page);
        await page.getByRole('button', { name: 'English' }).click();
        await isVisible(page.getByRole('heading', { name: 'What you share and where you differ' }));
        await page.getByRole('button', { name: 'Nederlands' }).click();
        await isVisible(page.getByRole('heading', { name: 'Wat jullie delen en waar jullie verschillen' }));
      },
    },
  ];
};

describe('the vormgeven pages are accessible and clean', () => {
  it('desktop', () => check(DESKTOP, steps()));
  it('phone', () => check(PHONE, steps()));
});
