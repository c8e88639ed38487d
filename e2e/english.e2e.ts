/**
 * With the UI in English, no Dutch text from the server's catalogue is on any page: errors,
 * progress details, the goal comparison's explanations, ally reasons, warnings. The network is
 * filled first so the pages show their server-made sentences.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { catalogue } from '../src/core/messages/index.js';
import { launchBrowser, newContext, newPage, settled, signIn, startServer, type Server } from './helpers.js';

let server: Server;
let browser: Browser;
let page: Page;
let networkId = '';

/** The literal parts of every Dutch text (between its parameters) long enough to be telling. */
function dutchFragments(): string[] {
  const forms = (t: string | { one: string; other: string }) => (typeof t === 'string' ? [t] : [t.one, t.other]);
  const english = Object.values(catalogue)
    .flatMap((e) => forms(e.en))
    .join('\n');
  const out = new Set<string>();
  for (const entry of Object.values(catalogue)) {
    for (const text of forms(entry.nl)) {
      for (const part of text.split(/\{\w+\}/)) {
        const p = part.trim();
        if (p.length >= 16 && !english.includes(p)) out.add(p);
      }
    }
  }
  return [...out];
}

async function api<T = any>(p: Page, method: string, url: string, body?: unknown): Promise<T> {
  return p.evaluate(
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
  page = (await newPage(ctx)).page;
  await page.goto(`${server.url}/inloggen`);
  await signIn(page, server, 'engels@e2e.test');
  await api(page, 'PATCH', '/api/me', { name: 'Erik Engels' });
  const network = await api(page, 'POST', '/api/networks', {
    name: 'Engels Netwerk',
    areaLevel: 'wijk',
    areaName: 'Noord',
    ambition: 'Minder eenzaamheid bij ouderen.',
  });
  networkId = network.id;
  const n = `/api/networks/${networkId}`;
  const zorg = await api(page, 'POST', `${n}/actors`, {
    kind: 'organisation',
    name: 'Wijkzorg Noord',
    domain: 'zorg',
    ownOrganisation: true,
  });
  const club = await api(page, 'POST', `${n}/actors`, {
    kind: 'initiative',
    name: 'Wandelclub Noord',
    domain: 'bewoners',
  });
  await api(page, 'POST', `${n}/relations`, { actorAId: zorg.id, actorBId: club.id });
  // A findable actor elsewhere that shares the ambition: the allies page gives a reason in words.
  const other = await api(page, 'POST', '/api/networks', {
    name: 'Ander Netwerk',
    areaLevel: 'wijk',
    areaName: 'Zuid',
  });
  await api(page, 'POST', `/api/networks/${other.id}/actors`, {
    kind: 'organisation',
    name: 'Ouderenbond Zuid',
    domain: 'welzijn',
    themes: ['eenzaamheid'],
    targetGroups: ['ouderen'],
    findable: true,
  });
  // A second member for the other partner, so the comparison has pairs.
  const { link } = await api(page, 'POST', `${n}/invitations`, { role: 'partner' });
  const second = (await newPage(await newContext(browser))).page;
  await second.goto(`${server.url}/inloggen`);
  await signIn(second, server, 'wandel@e2e.test');
  await api(second, 'POST', `/api/invitations/${new URL(link).pathname.split('/').pop()}/accept`, {});
  const asked = await api(second, 'POST', `${n}/representation/requests`, { actorId: club.id });
  await api(page, 'POST', `${n}/representation/requests/${asked.id}/decision`, { confirm: true });
  // Ladders: a shared goal and an unshared one.
  await api(page, 'POST', `${n}/ladders`, {
    activity: 'Een dementiecafé',
    steps: ['Zodat mensen met dementie en mantelzorgers elkaar treffen'],
    goal: 'Mensen met dementie en hun mantelzorgers met elkaar in contact brengen',
    targetGroups: ['mensen met dementie', 'mantelzorgers'],
    themes: ['dementie', 'ontmoeten'],
  });
  await api(second, 'POST', `${n}/ladders`, {
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
    themes: ['vitaliteit'],
  });

  // Switch the UI to English the way a person does.
  await page.goto(`${server.url}/`);
  await settled(page);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Nederlands' }).waitFor();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the English UI shows no Dutch server text', () => {
  const fragments = dutchFragments();

  /** `waitFor`: a text to wait for instead of an idle network (pages with a live stream never idle); '' waits for the heading only. */
  async function dutchOn(path: string, waitFor?: string): Promise<string[]> {
    await page.goto(`${server.url}${path}`);
    await settled(page);
    // Let the page's own requests finish (comparison, progress, suggestions load after the heading).
    if (waitFor) await page.getByText(waitFor).first().waitFor();
    else if (waitFor === undefined) await page.waitForLoadState('networkidle');
    const text = await page.evaluate(() => document.body.innerText);
    return fragments.filter((f) => text.includes(f)).map((f) => `${path}: ${f}`);
  }

  it('has enough Dutch fragments to look for', () => {
    expect(fragments.length).toBeGreaterThan(150);
    expect(fragments).toContain('Deze werksessie bestaat niet (meer).');
  });

  it('on the pages the e2e tests visit', async () => {
    const paths = [
      '/',
      '/account',
      '/mijn-acties',
      ...[
        '',
        '/verkennen',
        '/verkennen/kaart',
        '/verkennen/medestanders',
        '/verkennen/wie-is-wie',
        '/verkennen/wijkprofiel',
        '/verkennen/focus',
        '/verkennen/import-export',
      ],
      ...[
        '/vormgeven',
        '/vormgeven/doelen',
        '/vormgeven/kaart',
        '/vormgeven/kartrekker',
        '/vormgeven/afspraken',
        '/vormgeven/acties',
      ],
      ...['/wijzigingen', '/werksessies', '/leden', '/partners', '/instellingen'],
    ].map((p) =>
      p.startsWith('/netwerken') || ['/', '/account', '/mijn-acties'].includes(p) ? p : `/netwerken/${networkId}${p}`,
    );
    const found: string[] = [];
    for (const p of paths) found.push(...(await dutchOn(p)));
    expect(found).toEqual([]);
  }, 240_000);

  it('the goal comparison explains in English', async () => {
    await page.goto(`${server.url}/netwerken/${networkId}/vormgeven`);
    await settled(page);
    await page.getByText('You both want: ', { exact: false }).first().waitFor();
    await page.getByText('Nobody else in the network has this goal (yet):', { exact: false }).first().waitFor();
    expect(await dutchOn(`/netwerken/${networkId}/vormgeven`)).toEqual([]);
  });

  it('a server error reads in English', async () => {
    await page.goto(`${server.url}/netwerken/${networkId}/werksessies/bestaat-niet`);
    await page.getByText('This work session does not exist (any more).').waitFor();
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).not.toContain('Deze werksessie bestaat niet (meer).');
  });

  it('a werksessie started from the English UI asks its default question in English', async () => {
    const started = await page.evaluate(async (id) => {
      const res = await fetch(`/api/networks/${id}/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'en' },
        body: JSON.stringify({ kind: 'ideas', title: 'Ideeën' }),
      });
      return res.json();
    }, networkId);
    expect(started.questions).toEqual(['What ideas do you have?']);
    // The console streams live events, so it never idles: its heading is the session's title.
    expect(await dutchOn(`/netwerken/${networkId}/werksessies/${started.id}`, 'Ideeën')).toEqual([]);
    // The join page shows the code form (the question comes after joining).
    expect(await dutchOn(`/sessie/${started.code}`, '')).toEqual([]);
  });

  it('progress details come in English from the server', async () => {
    const res = await page.evaluate(
      async (id) =>
        (await fetch(`/api/networks/${id}/progress/verkennen`, { headers: { 'accept-language': 'en' } })).json(),
      networkId,
    );
    expect(res.steps[0]).toMatchObject({ key: 'partners', label: 'Add partners', detail: '2 partners take part.' });
  });
});
