/**
 * The vormgeven walk with the mouse: two partners each write a why ladder (a dementia café and a
 * walking club with the same underlying goal) and the comparison groups them with an explanation;
 * each writes a personal card item, the kartrekker merges both into one joint item, publishes a
 * version, both partners give akkoord, and the samenwerkingsovereenkomst downloads as a PDF.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  api,
  containsText,
  hasCount,
  isVisible,
  launchBrowser,
  newContext,
  newPage,
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

/** Signs a partner in, accepts the shared invitation and asks to act for an actor; the kartrekker confirms. */
async function joinAs(
  page: Page,
  lead: Page,
  email: string,
  name: string,
  inviteLink: string,
  networkId: string,
  actorId: string,
) {
  await page.goto(`${server.url}/inloggen`);
  await signIn(page, server, email);
  await api(page, 'PATCH', '/api/me', { name });
  await api(page, 'POST', `/api/invitations/${new URL(inviteLink).pathname.split('/').pop()}/accept`, {});
  const asked = await api(page, 'POST', `/api/networks/${networkId}/representation/requests`, { actorId });
  await api(lead, 'POST', `/api/networks/${networkId}/representation/requests/${asked.id}/decision`, { confirm: true });
}

async function writeLadder(
  page: Page,
  networkId: string,
  ladder: { activity: string; steps: string[]; goal: string; groups: string[] },
) {
  await page.goto(`${server.url}/netwerken/${networkId}/vormgeven`);
  await settled(page);
  await page.getByRole('button', { name: 'Waaromladder beginnen' }).click();
  await page.getByLabel('Wat wil je doen?').fill(ladder.activity);
  for (let i = 0; i < ladder.steps.length; i++) {
    if (i > 0) await page.getByRole('button', { name: 'Nog een keer: waarom?' }).click();
    await page.getByLabel(`Waarom? (stap ${i + 1})`).fill(ladder.steps[i]);
  }
  await page.getByLabel('Onderliggend doel', { exact: true }).fill(ladder.goal);
  for (const g of ladder.groups) await page.getByLabel(g, { exact: true }).check();
  await page.getByRole('button', { name: 'Ladder opslaan' }).click();
  await isVisible(page.getByText('Je waaromladder is opgeslagen.'));
}

async function addPersonalValue(page: Page, networkId: string, text: string) {
  await page.goto(`${server.url}/netwerken/${networkId}/vormgeven/kaart`);
  await settled(page);
  await page.getByLabel('Nieuw punt bij Waarden').fill(text);
  await page.getByRole('button', { name: 'Punt toevoegen' }).first().click();
  await isVisible(page.getByText('Het punt staat op je kaart.'));
}

describe('vormgeven', () => {
  it('two ladders grouped, a joint card item from two personal items, a version with akkoord, and the PDF', async () => {
    const lead = await newPage(await newContext(browser));
    const cafe = await newPage(await newContext(browser));
    const walk = await newPage(await newContext(browser));
    const problems: Problems[] = [lead.problems, cafe.problems, walk.problems];

    // The kartrekker sets up a network with two partner organisations and a shared invitation link.
    await lead.page.goto(`${server.url}/inloggen`);
    await signIn(lead.page, server, 'kartrekker@e2e.test');
    await api(lead.page, 'PATCH', '/api/me', { name: 'Karin Kartrekker' });
    const network = await api(lead.page, 'POST', '/api/networks', {
      name: 'Samen Oost',
      areaLevel: 'wijk',
      areaName: 'Oost',
    });
    const networkId: string = network.id;
    const cafeActor = await api(lead.page, 'POST', `/api/networks/${networkId}/actors`, {
      kind: 'organisation',
      name: 'Alzheimer Café Oost',
      domain: 'zorg',
    });
    const walkActor = await api(lead.page, 'POST', `/api/networks/${networkId}/actors`, {
      kind: 'initiative',
      name: 'Wandelclub De Stap',
      domain: 'bewoners',
    });
    const { link } = await api(lead.page, 'POST', `/api/networks/${networkId}/invitations`, { role: 'partner' });

    await joinAs(cafe.page, lead.page, 'cafe@e2e.test', 'Chris Café', link, networkId, cafeActor.id);
    await joinAs(walk.page, lead.page, 'wandel@e2e.test', 'Wim Wandel', link, networkId, walkActor.id);

    // Each partner writes a why ladder: different activities, the same underlying goal.
    await writeLadder(cafe.page, networkId, {
      activity: 'Een dementiecafé',
      steps: ['Zodat mensen met dementie en mantelzorgers elkaar treffen', 'Zodat ze steun aan elkaar hebben'],
      goal: 'Mensen met dementie en hun mantelzorgers met elkaar in contact brengen',
      groups: ['mensen met dementie', 'mantelzorgers'],
    });
    await writeLadder(walk.page, networkId, {
      activity: 'Een wandelclub',
      steps: ['Samen buiten bewegen', 'Onderweg raken mantelzorgers en mensen met dementie aan de praat'],
      goal: 'Mantelzorgers en mensen met dementie verbinden, zodat ze steun aan elkaar hebben',
      groups: ['mantelzorgers', 'mensen met dementie'],
    });

    // The comparison groups them, says that the activities differ, and explains why.
    const shared = walk.page.locator('.wk-match--shared');
    await hasCount(shared, 1);
    await containsText(shared, 'Andere activiteit, hetzelfde doel');
    await containsText(shared, 'Alzheimer Café Oost');
    await containsText(shared, 'Wandelclub De Stap');
    await containsText(shared.locator('.wk-match__why'), 'mensen met dementie');
    await isVisible(walk.page.getByRole('heading', { name: 'Alle waaromladders naast elkaar' }));

    // Each partner puts a value on their personal card.
    await addPersonalValue(cafe.page, networkId, 'Mantelzorgers voelen zich minder alleen');
    await addPersonalValue(walk.page, networkId, 'Mensen met dementie en hun mantelzorgers steunen elkaar');

    // The kartrekker merges both into one joint item, in their own words.
    await lead.page.goto(`${server.url}/netwerken/${networkId}/vormgeven/kaart`);
    await settled(lead.page);
    await lead.page.getByRole('button', { name: 'Punt maken voor Waarden' }).click();
    await lead.page.getByLabel(/Mantelzorgers voelen zich minder alleen/).check();
    await lead.page.getByLabel(/steunen elkaar/).check();
    await lead.page
      .getByLabel('Tekst op de gezamenlijke kaart')
      .fill('Mensen met dementie en mantelzorgers vinden steun bij elkaar');
    await lead.page.getByRole('button', { name: 'Op de gezamenlijke kaart zetten' }).click();
    await isVisible(lead.page.getByText('Het punt staat op de gezamenlijke kaart.'));
    const jointItem = lead.page.locator('.wk-column--joint .wk-item').first();
    await containsText(jointItem, 'vinden steun bij elkaar');
    await containsText(jointItem.locator('.wk-sources'), 'Alzheimer Café Oost');
    await containsText(jointItem.locator('.wk-sources'), 'Wandelclub De Stap');

    // Publish version 1.
    await lead.page.getByRole('button', { name: 'Nieuwe versie vastleggen' }).click();
    await isVisible(lead.page.getByText('Versie 1 is vastgelegd.'));

    // Both partners give akkoord for their own organisation.
    for (const [p, party] of [
      [cafe.page, 'Alzheimer Café Oost'],
      [walk.page, 'Wandelclub De Stap'],
    ] as const) {
      await p.goto(`${server.url}/netwerken/${networkId}/vormgeven/kaart`);
      await settled(p);
      await p.getByRole('button', { name: `Akkoord geven namens ${party}` }).click();
      await isVisible(p.getByText(`Je hebt akkoord gegeven namens ${party}.`));
      await containsText(p.locator('.wk-consent--yes', { hasText: party }), 'akkoord, door');
    }

    // The version page shows both consents; its samenwerkingsovereenkomst is a PDF.
    await lead.page.getByRole('link', { name: 'Versie 1 lezen' }).click();
    await settled(lead.page);
    await hasCount(lead.page.locator('.wk-consent--yes'), 2);
    const href = await lead.page
      .getByRole('link', { name: 'PDF (Samenwerkingsovereenkomst)' })
      .first()
      .getAttribute('href');
    expect(href).toMatch(/\/card\/versions\/[^/]+\/documents\/samenwerkingsovereenkomst\.pdf$/);
    const res = await lead.page.context().request.get(server.url + href);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('application/pdf');
    const body = await res.body();
    expect(body.subarray(0, 4).toString('latin1')).toBe('%PDF');

    for (const p of problems) expect(p.list).toEqual([]);
  });
});
