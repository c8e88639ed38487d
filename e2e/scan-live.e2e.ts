/**
 * The samenwerkingsscan live in a werksessie: the moderator starts a round from the console, the
 * big screen shows one question at a time, two phones answer (and one more person through the
 * API, to reach 3), the screens show only how many answered, and after closing the big screen
 * shows the results. axe finds nothing on the console and the phone page.
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

async function axeBoth(page: Page, label: string, violations: string[]) {
  for (const size of [DESKTOP, PHONE]) {
    await page.setViewportSize(size);
    await page.waitForTimeout(100);
    for (const v of await axeViolations(page)) violations.push(`${label} @${size.width}: ${v}`);
  }
}

async function joinPhone(browser: Browser, code: string, name: string, problems: Problems[]) {
  const context = await newContext(browser, PHONE);
  const { page, problems: p } = await newPage(context);
  problems.push(p);
  await page.goto(`${server.url}/sessie/${code}`);
  await settled(page);
  await page.getByLabel('Je naam').fill(name);
  await page.getByRole('button', { name: 'Meedoen' }).click();
  await isVisible(page.getByText(`Je doet mee als ${name}.`));
  return { context, page };
}

async function answer(page: Page, question: RegExp, label: string) {
  const form = page.locator('section', { hasText: 'Samenwerkingsscan' });
  await isVisible(form.getByText(question));
  await form.getByLabel(label, { exact: true }).check();
  await form.getByRole('button', { name: 'Verstuur' }).click();
  await isVisible(form.getByText('Dank je, je antwoord is binnen.'));
}

describe('samenwerkingsscan live', () => {
  it('a moderator runs a live round with two phones, closes it, and the big screen shows the results', async () => {
    const violations: string[] = [];
    const problems: Problems[] = [];

    const lead = await newContext(browser, DESKTOP);
    const { page: consolePage, problems: p1 } = await newPage(lead);
    problems.push(p1);
    await signIn(consolePage, server, 'kartrekker@scanlive.test');
    const { network, session } = (await consolePage.evaluate(async () => {
      const post = async (url: string, body: unknown) =>
        (
          await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
          })
        ).json();
      const network = await post('/api/networks', { name: 'Scannetwerk', areaLevel: 'wijk', areaName: 'West' });
      const session = await post(`/api/networks/${network.id}/sessions`, { kind: 'ideas', title: 'Hoe gaat het?' });
      return { network, session };
    })) as { network: { id: string }; session: { id: string; code: string } };

    const sessionUrl = `/netwerken/${network.id}/werksessies/${session.id}`;
    await consolePage.goto(`${server.url}${sessionUrl}`);
    await settled(consolePage);
    await consolePage.getByRole('button', { name: 'Start de scan live' }).click();
    await isVisible(consolePage.getByText('Ronde T0: vraag 1 van 25'));

    const { page: screen, problems: p2 } = await newPage(lead);
    problems.push(p2);
    await screen.goto(`${server.url}${sessionUrl}/scherm`);
    await settled(screen);
    await containsText(screen.locator('.ws-scan__item'), 'Ik weet waar ons netwerk naartoe wil.');
    await containsText(screen.locator('.ws-scan__scale'), 'helemaal eens');

    // Two phones answer the first question.
    const a = await joinPhone(browser, session.code, 'Fatima', problems);
    const b = await joinPhone(browser, session.code, 'Bram', problems);
    await axeBoth(a.page, 'phone with a scan question', violations);
    await a.page.setViewportSize(PHONE);
    await answer(a.page, /Ik weet waar ons netwerk/, '4 — eens');
    await answer(b.page, /Ik weet waar ons netwerk/, '2 — oneens');
    // Only counts on the screens.
    await containsText(consolePage.locator('.ws-livescan__count'), '2 mensen doen mee');
    await containsText(screen.locator('.ws-screen__count'), '2 antwoorden op deze vraag');

    // The moderator moves on; the phones follow.
    await consolePage.getByRole('button', { name: 'Volgende vraag' }).click();
    await isVisible(consolePage.getByText('Ronde T0: vraag 2 van 25'));
    await containsText(screen.locator('.ws-scan__item'), 'De partners willen hetzelfde bereiken');
    await answer(a.page, /De partners willen hetzelfde/, '5 — helemaal eens');
    await answer(b.page, /De partners willen hetzelfde/, '4 — eens');
    await axeBoth(a.page, 'phone after answering', violations);

    // A third person answers through the API (a phone without the browser).
    const third = await consolePage.evaluate(async (code) => {
      const joined = await (
        await fetch('/api/sessie/join', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ code, name: 'Cor' }),
        })
      ).json();
      const scan = await (await fetch('/api/sessie/scan', { headers: { 'x-guest-token': joined.token } })).json();
      const send = async (itemId: string, value: number, key?: string) =>
        fetch('/api/sessie/scan/answers', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-guest-token': joined.token },
          body: JSON.stringify({ roundId: scan.round.roundId, itemId, value, ...(key ? { key } : {}) }),
        });
      const first = await send('goal-1', 3);
      const { key } = await first.json();
      const second = await send('goal-2', 3, key);
      const again = await send('goal-2', 1, key);
      return [first.status, second.status, again.status];
    }, session.code);
    expect(third).toEqual([201, 201, 409]);
    await containsText(consolePage.locator('.ws-livescan__count'), '3 mensen doen mee');

    // A signed-in member answers on their own phone from the scan page (here the kartrekker).
    const { page: member, problems: p3 } = await newPage(lead);
    problems.push(p3);
    await member.setViewportSize(PHONE);
    await member.goto(`${server.url}/netwerken/${network.id}/verdiepen`);
    await settled(member);
    await member.getByRole('link', { name: 'Doe mee op je telefoon' }).click();
    await settled(member);
    await axeBoth(member, 'member phone page', violations);
    await member.setViewportSize(PHONE);
    await answer(member, /De partners willen hetzelfde/, '3 — niet eens, niet oneens');
    await containsText(consolePage.locator('.ws-livescan__count'), '4 mensen doen mee');
    await axeBoth(consolePage, 'console with a live scan', violations);
    await consolePage.setViewportSize(DESKTOP);
    expect(await screen.getByText('Uitkomsten van ronde').count()).toBe(0);

    // Closing: results on the big screen, the phones say the round is closed.
    await consolePage.getByRole('button', { name: 'Sluit de ronde' }).click();
    await consolePage.getByRole('button', { name: 'Ja, sluit de ronde' }).click();
    await isVisible(consolePage.getByText('Ronde T0 is gesloten.'));
    await isVisible(screen.getByText('Uitkomsten van ronde T0'));
    await containsText(screen.locator('.ws-screen__answers'), '4 mensen hebben geantwoord');
    // Gedeeld doel: (4+5)/2, (2+4)/2, (3+3)/2 → 4,5 · 3 · 3 → 3,5; the member answered 1 of its 4
    // questions, less than half, so their answer does not count for it.
    await containsText(screen.locator('tr', { hasText: 'Gedeeld doel' }), '3,5');
    await containsText(screen.locator('tr', { hasText: 'Vertrouwen' }), /nog te weinig antwoorden — nog 3 nodig/i);
    await isVisible(a.page.getByText('De ronde is gesloten.'));
    await axeBoth(screen, 'big screen with results', violations);

    expect(violations).toEqual([]);
    expect(problems.flatMap((p) => p.list)).toEqual([]);
    await a.context.close();
    await b.context.close();
    await lead.close();
  });
});
