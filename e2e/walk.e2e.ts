/**
 * The main walk with the mouse: a kartrekker signs in, starts a network and invites a partner by
 * e-mail; the partner signs in, previews and accepts; then changes by one appear live for the
 * other without reloading.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  containsText,
  eventually,
  hasAttribute,
  hasCount,
  hasText,
  hasUrl,
  hasValue,
  isVisible,
  launchBrowser,
  newContext,
  newPage,
  settled,
  signIn,
  startServer,
  waitForMail,
  mailFiles,
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

/** Marks the page so we can prove a later change arrived without a reload. */
const markPage = (page: Page) =>
  page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
const stillSamePage = (page: Page) =>
  page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);

describe('kartrekker and partner', () => {
  it('start a network, invite, accept, and see each other’s changes live', async () => {
    const lead = await newPage(await newContext(browser));
    const partner = await newPage(await newContext(browser));
    const problems: Problems[] = [lead.problems, partner.problems];

    // The kartrekker signs in with the code from the mail and starts a network.
    await lead.page.goto(server.url);
    await lead.page.getByRole('link', { name: 'Inloggen' }).first().click();
    await signIn(lead.page, server, 'lead@e2e.test');
    await hasText(lead.page.getByRole('heading', { level: 1 }), 'Mijn netwerken');
    await lead.page.getByRole('link', { name: 'Een netwerk starten' }).click();
    await hasText(lead.page.locator('main h1'), 'Nieuw netwerk starten');

    // A bad CBS code gives a Dutch message next to the field.
    await lead.page.getByLabel('Naam van het netwerk').fill('Samen Gezond Oost');
    await lead.page.getByLabel('Naam van het gebied').fill('Oost');
    await lead.page.getByLabel('CBS-code van het gebied').fill('XX12');
    await lead.page.getByLabel('Aantal inwoners').fill('7500');
    await lead.page.getByLabel('Ambitie in één zin').fill('Minder eenzaamheid onder ouderen in Oost.');
    await lead.page.getByRole('button', { name: 'Netwerk starten' }).click();
    const code = lead.page.getByLabel('CBS-code van het gebied');
    await hasAttribute(code, 'aria-invalid', 'true');
    await isVisible(lead.page.getByText('Een CBS-code ziet eruit als'));
    await code.fill('WK026801');
    await lead.page.getByRole('button', { name: 'Netwerk starten' }).click();
    await hasText(lead.page.getByRole('heading', { level: 1 }), 'Samen Gezond Oost');
    await isVisible(lead.page.getByText('7.500'));
    const networkUrl = lead.page.url();

    // Invite a partner by e-mail.
    await lead.page
      .getByRole('navigation', { name: /Onderdelen van/ })
      .getByRole('link', { name: 'Leden' })
      .click();
    await hasText(lead.page.locator('main h1'), 'Leden');
    const seen = mailFiles(server.dataDir);
    await lead.page.getByLabel('E-mailadres').fill('partner@e2e.test');
    await lead.page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await isVisible(lead.page.getByText('De uitnodiging is verstuurd naar partner@e2e.test.'));
    await containsText(lead.page.getByRole('table', { name: /Uitnodigingen/ }), 'partner@e2e.test');
    const invitation = await waitForMail(server.dataDir, 'partner@e2e.test', /Uitnodiging/, seen);
    const link = invitation.links.find((l) => l.includes('/uitnodiging/'));
    expect(link).toBeTruthy();

    // The partner opens the link, signs in first, comes back and accepts.
    await partner.page.goto(link!);
    await settled(partner.page);
    await hasText(partner.page.getByRole('heading', { level: 1 }), 'Uitnodiging voor Samen Gezond Oost');
    await isVisible(partner.page.getByText('Minder eenzaamheid onder ouderen in Oost.'));
    await partner.page.getByRole('link', { name: 'Inloggen om mee te doen' }).click();
    await settled(partner.page);
    await hasValue(partner.page.getByLabel('E-mailadres'), 'partner@e2e.test');
    await signIn(partner.page, server, 'partner@e2e.test');
    await hasUrl(partner.page, /\/uitnodiging\//);
    await partner.page.getByRole('button', { name: 'Uitnodiging aannemen' }).click();
    await hasText(partner.page.getByRole('heading', { level: 1 }), 'Samen Gezond Oost');
    await isVisible(partner.page.getByText('Jouw rol: partner'));

    // The kartrekker's open members page shows the new member without a reload.
    await markPage(lead.page);
    await containsText(lead.page.getByRole('table', { name: 'Leden van dit netwerk' }), 'partner@e2e.test', 5000);
    expect(await stillSamePage(lead.page)).toBe(true);

    // Both open the partners page.
    await partner.page.getByRole('link', { name: 'Partners', exact: true }).click();
    await hasText(partner.page.locator('main h1'), 'Partners');
    await isVisible(partner.page.getByText('Nog geen partners.'));
    await lead.page.getByRole('link', { name: 'Partners', exact: true }).click();
    await hasText(lead.page.locator('main h1'), 'Partners');
    await markPage(partner.page);

    // The kartrekker adds a partner organisation; the partner sees it appear live.
    await lead.page.getByRole('button', { name: 'Partner toevoegen' }).click();
    await lead.page.getByLabel('Naam (verplicht)', { exact: true }).fill('Buurtteam Oost');
    await lead.page.getByLabel('Domein (verplicht)', { exact: true }).selectOption('welzijn');
    await lead.page.getByLabel("Thema's").fill('eenzaamheid, ontmoeten');
    await lead.page.getByLabel('Mentaal welbevinden').check();
    await lead.page.getByRole('button', { name: 'Partner toevoegen' }).click();
    await isVisible(lead.page.getByText('Buurtteam Oost is toegevoegd aan het netwerk.'));
    await containsText(partner.page.getByRole('table', { name: /Partners in dit netwerk/ }), 'Buurtteam Oost', 5000);
    await containsText(partner.page.getByRole('table', { name: /Partners in dit netwerk/ }), 'eenzaamheid, ontmoeten');
    expect(await stillSamePage(partner.page)).toBe(true);

    // And the other way round: the partner adds one, the kartrekker sees it live.
    await markPage(lead.page);
    await partner.page.getByRole('button', { name: 'Partner toevoegen' }).click();
    await partner.page.getByLabel('Naam (verplicht)', { exact: true }).fill('Huisartsenpraktijk Oost');
    await partner.page.getByLabel('Domein (verplicht)', { exact: true }).selectOption('zorg');
    await partner.page.getByRole('button', { name: 'Partner toevoegen' }).click();
    await containsText(
      lead.page.getByRole('table', { name: /Partners in dit netwerk/ }),
      'Huisartsenpraktijk Oost',
      5000,
    );
    expect(await stillSamePage(lead.page)).toBe(true);

    // The partner asks to take part for the practice; nobody speaks for it yet, so the kartrekker confirms.
    await partner.page
      .getByLabel('Namens welke partner wil je meedoen?')
      .selectOption({ label: 'Huisartsenpraktijk Oost' });
    await partner.page.getByRole('button', { name: 'Vraag om namens deze partner mee te doen' }).click();
    await isVisible(partner.page.getByText('Je vraag is verstuurd.', { exact: false }));
    await lead.page.reload();
    await lead.page.getByRole('button', { name: /Bevestig dat .* namens Huisartsenpraktijk Oost meedoet/ }).click();
    await isVisible(lead.page.getByText('Bevestigd.'));
    await partner.page.reload();
    await isVisible(partner.page.getByText('Je doet mee namens Huisartsenpraktijk Oost.'));

    // The kartrekker renames the network; the partner's open page shows the new name live.
    await markPage(partner.page);
    await lead.page.goto(`${networkUrl}/instellingen`);
    await hasText(lead.page.locator('main h1'), 'Netwerk-instellingen');
    await lead.page.getByLabel('Naam van het netwerk').fill('Samen Gezond Oost-Centrum');
    await lead.page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await isVisible(lead.page.getByText('De wijzigingen zijn opgeslagen.'));
    await eventually(
      async () => (await partner.page.locator('.wk-network__name').textContent()) === 'Samen Gezond Oost-Centrum',
      5000,
      'renamed network on the partner page',
    );
    expect(await stillSamePage(partner.page)).toBe(true);

    // A partner does not see the kartrekker's settings tab.
    await hasCount(partner.page.getByRole('link', { name: 'Instellingen' }), 0);

    for (const p of problems) expect(p.list).toEqual([]);
  });

  it('keeps your text when someone else saved the network first', async () => {
    const a = await newPage(await newContext(browser));
    await signIn(a.page, server, 'lead@e2e.test');
    await a.page.getByRole('link', { name: /Samen Gezond Oost/ }).click();
    await hasUrl(a.page, /\/netwerken\/[^/]+$/);
    const url = a.page.url();
    const b = await newPage(await newContext(browser));
    await signIn(b.page, server, 'lead@e2e.test');
    await a.page.goto(`${url}/instellingen`);
    await b.page.goto(`${url}/instellingen`);
    await hasText(a.page.locator('main h1'), 'Netwerk-instellingen');
    await hasText(b.page.locator('main h1'), 'Netwerk-instellingen');
    await a.page.getByLabel('Ambitie in één zin').fill('Versie van A');
    await b.page.getByLabel('Ambitie in één zin').fill('Versie van B');
    await a.page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await isVisible(a.page.getByText('De wijzigingen zijn opgeslagen.'));
    await b.page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await isVisible(b.page.getByText('Iemand anders heeft dit intussen ook gewijzigd.'));
    await hasValue(b.page.getByLabel('Ambitie in één zin'), 'Versie van B');
    await containsText(b.page.locator('.utrecht-alert--warning'), 'Versie van A');
    await b.page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await isVisible(b.page.getByText('De wijzigingen zijn opgeslagen.'));
    expect(a.problems.list).toEqual([]);
    expect(b.problems.list).toEqual([]);
  });
});
