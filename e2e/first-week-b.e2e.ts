/**
 * A new network's first week, part b: the werksessie's big screen fits every screen from 1024 to
 * 3840 px wide (no scrolling, the code whole, text growing with the screen), the moderator
 * rejects a waiting answer (the phone is told kindly, the guest stays), a merged answer credits
 * every author ("anoniem" too) on the big screen and on the card, re-joining from the same phone
 * is the same participant, and wie-is-wie proposes a partner that is confirmed with one click.
 * axe finds nothing on the pages visited.
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

const SCREENS = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];

/** Calls the API from the signed-in page (same origin, the session cookie goes along). */
async function api<T>(page: Page, method: string, url: string, body?: unknown): Promise<T> {
  return (await page.evaluate(
    async ([m, u, b]) => {
      const res = await fetch(u as string, {
        method: m as string,
        headers: { 'content-type': 'application/json' },
        body: b === undefined ? undefined : JSON.stringify(b),
      });
      return res.json();
    },
    [method, url, body] as const,
  )) as T;
}

/** How the big screen sits in the window: overflow of the page, and whether the code shows whole. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const code = document.querySelector('.ws-screen__code') as HTMLElement;
    const column = document.querySelector('.ws-screen__join') as HTMLElement;
    const r = code.getBoundingClientRect();
    const c = column.getBoundingClientRect();
    return {
      scrollWidth: document.documentElement.scrollWidth,
      scrollHeight: document.documentElement.scrollHeight,
      innerWidth: window.innerWidth,
      innerHeight: window.innerHeight,
      codeWhole:
        code.scrollWidth <= code.clientWidth + 1 &&
        r.left >= c.left - 1 &&
        r.right <= c.right + 1 &&
        r.right <= window.innerWidth &&
        r.bottom <= window.innerHeight,
      fontSize: parseFloat(getComputedStyle(document.querySelector('.ws-screen') as HTMLElement).fontSize),
    };
  });
}

describe('first week b: werksessie screen and moderation, wie-is-wie', () => {
  it('the big screen fits, a rejected and a merged answer, one participant per phone, a wie-is-wie match', async () => {
    const violations: string[] = [];
    const problems: Problems[] = [];

    const lead = await newContext(browser, DESKTOP);
    const { page: consolePage, problems: p1 } = await newPage(lead);
    problems.push(p1);
    await signIn(consolePage, server, 'kartrekker@eerste-week.test');
    const network = await api<{ id: string }>(consolePage, 'POST', '/api/networks', {
      name: 'Presikhaaf samen',
      areaLevel: 'wijk',
      areaName: 'Presikhaaf',
    });

    // A card session, moderated, anonymous joining allowed; a full screen of answers typed in.
    const session = await api<{ id: string; code: string }>(
      consolePage,
      'POST',
      `/api/networks/${network.id}/sessions`,
      {
        kind: 'card',
        column: 'waarden',
        title: 'Wanneer is onze samenwerking in Presikhaaf echt geslaagd, volgens iedereen hier?',
        moderated: true,
        allowAnonymous: true,
      },
    );
    for (let i = 1; i <= 30; i++) {
      await api(consolePage, 'POST', `/api/networks/${network.id}/sessions/${session.id}/answers`, {
        text: `Antwoord ${i}: als bewoners, professionals en de gemeente elkaar weten te vinden en samen optrekken`,
        name: i % 2 ? 'Henk' : '',
      });
    }
    const sessionUrl = `/netwerken/${network.id}/werksessies/${session.id}`;
    await consolePage.goto(`${server.url}${sessionUrl}`);
    await settled(consolePage);

    // The big screen at four sizes: no scrolling either way, the code whole, text growing with it.
    const { page: screen, problems: p2 } = await newPage(lead);
    problems.push(p2);
    await screen.goto(`${server.url}${sessionUrl}/scherm`);
    await settled(screen);
    await containsText(screen.locator('.ws-screen__code'), session.code.slice(0, 3));
    const sizes: number[] = [];
    for (const size of SCREENS) {
      await screen.setViewportSize(size);
      await screen.waitForFunction((w) => window.innerWidth === w, size.width);
      const m = await measure(screen);
      expect(m.scrollWidth, `${size.width}×${size.height} width`).toBeLessThanOrEqual(m.innerWidth);
      expect(m.scrollHeight, `${size.width}×${size.height} height`).toBeLessThanOrEqual(m.innerHeight);
      expect(m.codeWhole, `${size.width}×${size.height}: the code shows whole`).toBe(true);
      sizes.push(m.fontSize);
    }
    expect(sizes[3]).toBeGreaterThan(sizes[2]);
    expect(sizes[2]).toBeGreaterThan(sizes[0]);
    await screen.setViewportSize({ width: 1920, height: 1080 });
    for (const v of await axeViolations(screen)) violations.push(`big screen: ${v}`);

    // Two phones: Anna with her name, and someone anonymous.
    const phoneA = await newContext(browser, PHONE);
    const { page: a, problems: p3 } = await newPage(phoneA);
    problems.push(p3);
    await a.goto(`${server.url}/sessie/${session.code}`);
    await settled(a);
    await a.getByLabel('Je naam').fill('Anna');
    await a.getByRole('button', { name: 'Meedoen' }).click();
    await isVisible(a.getByText('Je doet mee als Anna.'));
    const phoneB = await newContext(browser, PHONE);
    const { page: b, problems: p4 } = await newPage(phoneB);
    problems.push(p4);
    await b.goto(`${server.url}/sessie/${session.code}`);
    await settled(b);
    await b.getByRole('button', { name: 'Meedoen' }).click();
    await isVisible(b.getByRole('button', { name: 'Antwoord versturen' }).first());
    await containsText(consolePage.getByText(/deelnemers/).first(), '2 deelnemers');

    // Anna joins again from the same phone, in a new tab: still two participants.
    const { page: a2, problems: p5 } = await newPage(phoneA);
    problems.push(p5);
    await a2.goto(`${server.url}/sessie/${session.code}`);
    await settled(a2);
    await isVisible(a2.getByText('Je doet mee als Anna.'));
    await a2.close();
    await consolePage.reload();
    await settled(consolePage);
    await containsText(consolePage.getByText(/deelnemers/).first(), '2 deelnemers');

    // Anna sends something off-topic; the moderator rejects it and her phone says so kindly.
    await a.getByRole('textbox').first().fill('Wie heeft mijn fiets gezien?');
    await a.getByRole('button', { name: 'Antwoord versturen' }).first().click();
    const offTopic = consolePage.locator('.ws-answer', { hasText: 'Wie heeft mijn fiets gezien?' });
    await isVisible(offTopic);
    await offTopic.getByRole('button', { name: 'Afwijzen' }).click();
    await isVisible(a.getByText(/Niet overgenomen\. Dank je wel voor je antwoord/));
    await isVisible(
      consolePage.locator('.ws-answer', { hasText: 'Wie heeft mijn fiets gezien?' }).getByText('Afgewezen'),
    );
    expect(await screen.getByText('Wie heeft mijn fiets gezien?').count()).toBe(0);
    for (const v of await axeViolations(a)) violations.push(`phone with a rejected answer: ${v}`);

    // Anna (still in) and the anonymous phone answer; the moderator merges the two.
    await a.getByRole('textbox').first().fill('Als we elkaar groeten op straat');
    await a.getByRole('button', { name: 'Antwoord versturen' }).first().click();
    await b.getByRole('textbox').first().fill('Als buren elkaar helpen');
    await b.getByRole('button', { name: 'Antwoord versturen' }).first().click();
    for (const text of ['Als we elkaar groeten op straat', 'Als buren elkaar helpen']) {
      const row = consolePage.locator('.ws-answer', { hasText: text });
      await isVisible(row);
      await row.getByRole('checkbox').check();
    }
    await consolePage
      .getByLabel('Tekst van het samengevoegde antwoord (mag leeg)')
      .fill('Als buren elkaar kennen en helpen');
    await consolePage.getByRole('button', { name: 'Samenvoegen', exact: true }).click();
    const merged = screen.locator('.ws-card', { hasText: 'Als buren elkaar kennen en helpen' });
    await isVisible(merged);
    await containsText(merged, 'Anna, anoniem');

    // Taken onto the joint card, which says it came from this werksessie and from whom.
    const mergedRow = consolePage.locator('.ws-answer', { hasText: 'Als buren elkaar kennen en helpen' });
    await mergedRow.getByRole('button', { name: 'Op de gezamenlijke kaart zetten' }).click();
    await isVisible(consolePage.getByText('Overgenomen in het netwerk.'));
    const { page: cardPage, problems: p6 } = await newPage(lead);
    problems.push(p6);
    await cardPage.goto(`${server.url}/netwerken/${network.id}/vormgeven/kaart`);
    await settled(cardPage);
    await isVisible(cardPage.getByText(/Werksessie “Wanneer is onze samenwerking/).first());
    await isVisible(cardPage.getByText(/\(Anna, Anoniem\)/).first());

    // Wie-is-wie: the GGD is proposed for jeugdgezondheidszorg, a GP practice for huisarts.
    await api(consolePage, 'POST', `/api/networks/${network.id}/actors`, {
      kind: 'organisation',
      name: 'Huisartsenpraktijk De Linde',
      domain: 'zorg',
    });
    await api(consolePage, 'POST', `/api/networks/${network.id}/actors`, {
      kind: 'organisation',
      name: 'GGD Gelderland-Zuid',
      domain: 'zorg',
    });
    const { page: who, problems: p7 } = await newPage(lead);
    problems.push(p7);
    await who.goto(`${server.url}/netwerken/${network.id}/verkennen/wie-is-wie`);
    await settled(who);
    const row = who.getByRole('row', { name: /^Huisarts\b/ });
    await containsText(row, 'Huisartsenpraktijk De Linde');
    await isVisible(who.getByRole('button', { name: 'Partner koppelen: Huisarts' }));
    for (const v of await axeViolations(who)) violations.push(`wie-is-wie: ${v}`);
    await who.getByRole('button', { name: 'Ja, Huisartsenpraktijk De Linde vervult Huisarts' }).click();
    await isVisible(who.getByText('Huisartsenpraktijk De Linde vervult nu Huisarts.'));
    await isVisible(who.getByRole('button', { name: 'Ja, GGD Gelderland-Zuid vervult GGD' }));

    expect(violations).toEqual([]);
    expect(problems.flatMap((p) => p.list)).toEqual([]);
    await phoneA.close();
    await phoneB.close();
    await lead.close();
  });
});
