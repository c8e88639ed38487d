/**
 * Shared helpers for the browser tests: start the built server, read its outbox, drive Chromium
 * and check pages with axe. The server runs as a child process with its own data directory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

/** The repository root; WIJKNET_E2E_ROOT may point at another checkout with a built dist/. */
export const repoRoot =
  process.env.WIJKNET_E2E_ROOT ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Server {
  url: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
  output(): string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export async function startServer(options: { demo?: boolean; env?: Record<string, string> } = {}): Promise<Server> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wijknet-e2e-'));
  const args = ['bin/wijknet.js', 'start', ...(options.demo ? ['--demo'] : [])];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      WIJKNET_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      PUBLIC_URL: `http://localhost:${port}`,
      SMTP_URL: '',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${log}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not become healthy:\n${log}`);
    }
    await sleep(200);
  }
  return {
    url,
    port,
    dataDir,
    output: () => log,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, sleep(5000)]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------- mail ----------

export interface Mail {
  file: string;
  to: string;
  subject: string;
  text: string;
  links: string[];
  code: string | null;
}

function decodeWords(value: string): string {
  return value.replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_m, _charset: string, enc: string, data: string) => {
    if (enc.toUpperCase() === 'B') return Buffer.from(data, 'base64').toString('utf8');
    return decodeQuotedPrintable(data.replace(/_/g, ' '));
  });
}

function decodeQuotedPrintable(text: string): string {
  const soft = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const ch = soft[i];
    if (ch === '=' && /^[0-9A-Fa-f]{2}$/.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(ch, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

export function parseMail(file: string): Mail {
  const raw = fs.readFileSync(file, 'utf8');
  const split = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const headers = new Map<string, string>();
  for (const line of head.split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) headers.set(line.slice(0, i).toLowerCase(), line.slice(i + 1).trim());
  }
  const cte = (headers.get('content-transfer-encoding') ?? '').toLowerCase();
  const text =
    cte === 'quoted-printable'
      ? decodeQuotedPrintable(body)
      : cte === 'base64'
        ? Buffer.from(body, 'base64').toString('utf8')
        : body;
  const subject = decodeWords(headers.get('subject') ?? '');
  return {
    file,
    to: decodeWords(headers.get('to') ?? ''),
    subject,
    text,
    links: text.match(/https?:\/\/[^\s"<>]+/g) ?? [],
    code: subject.match(/(\d{6})\s*$/)?.[1] ?? text.match(/\b(\d{6})\b/)?.[1] ?? null,
  };
}

/** Waits for the newest mail to `to` whose subject matches, that was not seen before. */
export async function waitForMail(
  dataDir: string,
  to: string,
  subject: RegExp,
  seen: Set<string> = new Set(),
  timeoutMs = 15_000,
): Promise<Mail> {
  const outbox = path.join(dataDir, 'outbox');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (fs.existsSync(outbox)) {
      const files = fs
        .readdirSync(outbox)
        .filter((f) => f.endsWith('.eml'))
        .sort()
        .reverse();
      for (const f of files) {
        const full = path.join(outbox, f);
        if (seen.has(full)) continue;
        const mail = parseMail(full);
        if (mail.to.toLowerCase().includes(to.toLowerCase()) && subject.test(mail.subject)) {
          seen.add(full);
          return mail;
        }
      }
    }
    if (Date.now() > deadline) throw new Error(`no mail to ${to} matching ${subject}`);
    await sleep(150);
  }
}

export function mailFiles(dataDir: string): Set<string> {
  const outbox = path.join(dataDir, 'outbox');
  if (!fs.existsSync(outbox)) return new Set();
  return new Set(fs.readdirSync(outbox).map((f) => path.join(outbox, f)));
}

// ---------- browser ----------

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/** Console errors, page errors and CSP violations seen on a page since it was opened. */
export interface Problems {
  list: string[];
}

export function watchProblems(page: Page): Problems {
  const problems: Problems = { list: [] };
  page.on('console', (msg) => {
    const text = msg.text();
    if (msg.type() === 'error' || /Content Security Policy/i.test(text)) {
      // A failed request the test caused on purpose (401 before sign-in, 4xx on bad input) is
      // reported by Chromium as a console error without a source; those are not app errors.
      if (/Failed to load resource: the server responded with a status of (4\d\d)/.test(text)) return;
      problems.list.push(`${msg.type()}: ${text} (${page.url()})`);
    }
  });
  page.on('pageerror', (err) => problems.list.push(`pageerror: ${err.message} (${page.url()})`));
  page.on('dialog', (dialog) => {
    problems.list.push(`dialog: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  return problems;
}

export async function newContext(browser: Browser, viewport = DESKTOP): Promise<BrowserContext> {
  return browser.newContext({ viewport, locale: 'nl-NL', permissions: ['clipboard-read', 'clipboard-write'] });
}

export async function newPage(context: BrowserContext): Promise<{ page: Page; problems: Problems }> {
  const page = await context.newPage();
  return { page, problems: watchProblems(page) };
}

/** Runs axe for WCAG 2.1 A and AA and returns the violations in a readable form. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}) on ${page.url()}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ') + ' — ' + n.failureSummary?.replace(/\n/g, ' ')).join('\n  ')}`,
  );
}

/** Waits until the page's h1 is there and no "loading" status is shown. */
export async function settled(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor({ state: 'visible' });
  await page.waitForFunction(
    () => !document.querySelector('main [role="status"]')?.textContent?.includes('Even geduld'),
  );
}

/**
 * Signs in through the UI with the 6-digit code from the outbox; ends on the page it returns to.
 * Someone new is asked "Wie ben je?" first: they answer with `name` (by default the part of the
 * address before the @, capitalised), unless `name` is null (the test answers itself).
 */
export async function signIn(page: Page, server: Server, email: string, name?: string | null): Promise<void> {
  const seen = mailFiles(server.dataDir);
  if (!page.url().includes('/inloggen')) await page.goto(`${server.url}/inloggen`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByRole('button', { name: 'Stuur mij een inlogcode' }).click();
  const mail = await waitForMail(server.dataDir, email, /inlogcode/i, seen);
  await page.getByLabel('Code uit de e-mail').fill(mail.code ?? '');
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/inloggen'));
  await settled(page);
  if (name === null) return;
  const question = page.getByRole('heading', { level: 1, name: 'Wie ben je?' });
  if (await question.isVisible()) {
    const local = email.split('@')[0];
    await page.getByLabel('Naam (verplicht)').fill(name ?? local.charAt(0).toUpperCase() + local.slice(1));
    await page.getByRole('button', { name: 'Naam opslaan' }).click();
    await question.waitFor({ state: 'detached' });
    await settled(page);
  }
}

/** Waits until `check` passes, polling; for live updates that arrive without a reload. */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

// ---------- assertions that wait (playwright-core has no expect of its own) ----------

const WAIT = 5000;

async function until(
  what: string,
  check: () => Promise<{ ok: boolean; seen: unknown }>,
  timeoutMs = WAIT,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let seen: unknown;
  for (;;) {
    try {
      const r = await check();
      seen = r.seen;
      if (r.ok) return;
    } catch (err) {
      seen = err instanceof Error ? err.message.split('\n')[0] : err;
    }
    if (Date.now() > deadline) throw new Error(`expected ${what}, but saw ${JSON.stringify(seen)}`);
    await sleep(100);
  }
}

const matches = (actual: string, expected: string | RegExp, exact: boolean) =>
  typeof expected === 'string'
    ? exact
      ? actual.trim() === expected
      : actual.includes(expected)
    : expected.test(actual);

/** The (first) element is visible. */
export const isVisible = (loc: Locator, timeoutMs = WAIT) =>
  loc.first().waitFor({ state: 'visible', timeout: timeoutMs });

/** The element's text equals `expected` (string) or matches it (RegExp). */
export const hasText = (loc: Locator, expected: string | RegExp, timeoutMs = WAIT) =>
  until(
    `text ${expected}`,
    async () => {
      const t = (await loc.first().textContent({ timeout: 500 })) ?? '';
      return { ok: matches(t, expected, true), seen: t };
    },
    timeoutMs,
  );

/** The element's text contains `expected`. */
export const containsText = (loc: Locator, expected: string | RegExp, timeoutMs = WAIT) =>
  until(
    `text containing ${expected}`,
    async () => {
      const t = (await loc.first().textContent({ timeout: 500 })) ?? '';
      return { ok: matches(t, expected, false), seen: t };
    },
    timeoutMs,
  );

export const hasValue = (loc: Locator, expected: string, timeoutMs = WAIT) =>
  until(
    `value ${expected}`,
    async () => {
      const v = await loc.first().inputValue({ timeout: 500 });
      return { ok: v === expected, seen: v };
    },
    timeoutMs,
  );

export const hasAttribute = (loc: Locator, name: string, expected: string, timeoutMs = WAIT) =>
  until(
    `${name}=${expected}`,
    async () => {
      const v = await loc.first().getAttribute(name, { timeout: 500 });
      return { ok: v === expected, seen: v };
    },
    timeoutMs,
  );

export const hasCount = (loc: Locator, expected: number, timeoutMs = WAIT) =>
  until(
    `${expected} elements`,
    async () => {
      const n = await loc.count();
      return { ok: n === expected, seen: n };
    },
    timeoutMs,
  );

export const hasUrl = (page: Page, expected: RegExp, timeoutMs = WAIT) =>
  until(`url ${expected}`, async () => ({ ok: expected.test(page.url()), seen: page.url() }), timeoutMs);

// ---------- keyboard ----------

/** A rough accessible name of the focused element: its aria-label, its label, or its text. */
export async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '';
    const aria = el.getAttribute('aria-label');
    if (aria) return aria.trim();
    const labels = (el as HTMLInputElement).labels;
    if (labels && labels.length) return (labels[0].textContent ?? '').trim();
    return (el.textContent ?? '').trim();
  });
}

/** Presses Tab (or Shift+Tab) until the focused element's name matches; fails after `max` presses. */
export async function tabTo(page: Page, name: string | RegExp, { backward = false, max = 80 } = {}): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(backward ? 'Shift+Tab' : 'Tab');
    const current = await focusedName(page);
    if (typeof name === 'string' ? current === name : name.test(current)) return;
    seen.push(current);
  }
  throw new Error(`could not reach "${name}" with ${backward ? 'Shift+Tab' : 'Tab'}; passed: ${seen.join(' | ')}`);
}

/** A JSON API call from the signed-in page (its cookie and Origin); throws on any status ≥ 400. */
export async function api<T = any>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const res = await fetch(path, {
        method,
        headers: body ? { 'content-type': 'application/json' } : {},
        body: body ? JSON.stringify(body) : undefined,
      });
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
      return res.status === 204 ? null : res.json();
    },
    { method, path, body },
  );
}
