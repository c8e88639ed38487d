/**
 * The kartrekker cockpit and positive health in the neighbourhood: the cockpit shows an overdue
 * action and its link opens the action plan at that action; the health page has the spider web
 * with its table and the question to talk about; the weekly mail can be switched off. Axe-clean.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  api,
  axeViolations,
  containsText,
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

let server: Server;
let browser: Browser;

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('cockpit', () => {
  it('shows an overdue action that links to it, and the health page with chart and table', async () => {
    const lead = await newPage(await newContext(browser));
    await lead.page.goto(`${server.url}/inloggen`);
    await signIn(lead.page, server, 'kartrekker@cockpit.test');
    const network = await api(lead.page, 'POST', '/api/networks', {
      name: 'Cockpit Oost',
      areaLevel: 'wijk',
      areaName: 'Oost',
    });
    const base = `/api/networks/${network.id}`;
    const late = await api(lead.page, 'POST', `${base}/actions`, { title: 'Zaal regelen', dueOn: daysAgo(5) });
    await api(lead.page, 'POST', `${base}/actions`, { title: 'Later doen', dueOn: daysAgo(-30) });
    const ladder = await api(lead.page, 'POST', `${base}/ladders`, {
      activity: 'Wandelgroep',
      healthDimensions: ['meedoen', 'lichaamsfuncties'],
    });
    await api(lead.page, 'POST', `${base}/goals`, { title: 'Meer mensen bewegen samen', ladderIds: [ladder.id] });

    // The overview, where a kartrekker looks first, says how much needs attention and leads to the cockpit.
    await lead.page.goto(`${server.url}/netwerken/${network.id}`);
    await settled(lead.page);
    await containsText(lead.page.locator('main'), /punten vragen aandacht/);
    expect(await axeViolations(lead.page)).toEqual([]);
    await lead.page.getByRole('link', { name: 'Naar de cockpit' }).click();
    await settled(lead.page);
    await isVisible(lead.page.getByRole('heading', { level: 1, name: 'Cockpit voor de kartrekker' }));
    const list = lead.page.getByRole('list', { name: 'Punten die aandacht vragen' });
    await containsText(list, 'De actie "Zaal regelen" moest op');
    await containsText(list, 'Ze is 5 dagen te laat.');
    expect(await list.textContent()).not.toContain('Later doen');
    expect(await axeViolations(lead.page)).toEqual([]);

    await lead.page.getByRole('link', { name: 'Actie bijwerken' }).click();
    await hasUrl(lead.page, new RegExp(`/vormgeven/acties#actie-${late.id}$`));
    await settled(lead.page);
    await containsText(lead.page.locator(`[id="actie-${late.id}"]`), 'Zaal regelen');

    // The weekly mail can be switched off from the cockpit.
    await lead.page.goto(`${server.url}/netwerken/${network.id}/verdiepen/cockpit`);
    await settled(lead.page);
    const digest = lead.page.getByLabel(/Stuur me elke week een mail/);
    await isVisible(digest);
    expect(await digest.isChecked()).toBe(true);
    await digest.uncheck();
    await isVisible(lead.page.getByText('Je krijgt de wekelijkse mail niet meer.'));

    await lead.page.getByRole('link', { name: 'Positieve gezondheid' }).click();
    await settled(lead.page);
    await isVisible(lead.page.getByRole('heading', { level: 1, name: 'Positieve gezondheid in de wijk' }));
    await isVisible(lead.page.getByRole('img', { name: /Hoeveel doelen, ladders en acties/ }));
    const table = lead.page.getByRole('table', { name: 'Aantal doelen, waaromladders en acties per dimensie' });
    await isVisible(table);
    // meedoen: the ladder and the goal made from it.
    const row = table.getByRole('row', { name: /^meedoen/ });
    expect(await row.getByRole('cell').allTextContents()).toEqual(['1', '1', '0', '2']);
    expect(
      await table
        .getByRole('row', { name: /^zingeving/ })
        .getByRole('cell')
        .last()
        .textContent(),
    ).toBe('niemand');
    await containsText(lead.page.locator('main'), 'Welke dimensie laten jullie liggen, en is dat een keuze?');
    expect(await axeViolations(lead.page)).toEqual([]);
    expect(lead.problems.list).toEqual([]);
  });
});
