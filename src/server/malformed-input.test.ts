import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../test/harness.js';
import { ROUTES, makePeople, makeWorld, sessionFor, type RouteCase } from '../test/route-fixtures.js';
import { streamStatus } from '../test/http.js';
import type { SessionUser } from '../core/access.js';

/** Words that betray an untranslated library message. */
const ENGLISH = /\b(invalid|expected|required|received|must|string|number|object|unrecognized|too (big|small))\b/i;
const isDutchMessage = (m: unknown) => typeof m === 'string' && m.length > 3 && !ENGLISH.test(m);

interface ErrorBody {
  error?: { code?: string; message?: string; fields?: Record<string, string> };
}

function wrongTypeFor(value: unknown): unknown {
  if (typeof value === 'string') return 12345;
  if (typeof value === 'number') return 'veel';
  if (typeof value === 'boolean') return 'ja';
  if (Array.isArray(value)) return 'los woord';
  return 'tekst';
}

describe.each(dialects)('bad input on every route (%s)', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t?.close());

  async function prepare(key: string): Promise<{ request: RouteCase; cookie?: string; method: string }> {
    const spec = ROUTES[key];
    const [method] = key.split(' ');
    const people = await makePeople(t);
    const world = await makeWorld(t, people);
    const who = spec.validAs ?? 'kartrekker';
    const caller: SessionUser | null = who === 'anonymous' ? null : people[who];
    const request = await spec.build(t, world, caller);
    routeHeaders = request.headers ?? {};
    return { request, method, cookie: caller ? await sessionFor(t, caller.id) : undefined };
  }

  // Headers a route's valid request needs (a werksessie guest token) go along with every variant.
  let routeHeaders: Record<string, string> = {};
  const send = (
    method: string,
    url: string,
    cookie: string | undefined,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) =>
    t.request({
      method: method as 'POST',
      url,
      cookie,
      payload: payload as Record<string, unknown>,
      headers: { ...routeHeaders, ...headers },
    });

  function expectClientError(res: { statusCode: number; body: string }, label: string, needsField?: string) {
    expect(res.statusCode, `${label}: ${res.body}`).toBeGreaterThanOrEqual(400);
    expect(res.statusCode, `${label}: ${res.body}`).toBeLessThan(500);
    const body = JSON.parse(res.body) as ErrorBody;
    expect(isDutchMessage(body.error?.message), `${label}: Dutch message, got ${body.error?.message}`).toBe(true);
    if (needsField) {
      const fields = body.error?.fields ?? {};
      const message = fields[needsField] ?? Object.entries(fields).find(([k]) => k.startsWith(`${needsField}.`))?.[1];
      expect(message, `${label}: a message for field "${needsField}" in ${res.body}`).toBeDefined();
      expect(isDutchMessage(message), `${label}: Dutch field message, got ${message}`).toBe(true);
    }
  }

  it.each(Object.keys(ROUTES))('%s: one valid request succeeds', async (key) => {
    const { request, method, cookie } = await prepare(key);
    const status = request.streaming
      ? await streamStatus(t, request.url, cookie, request.headers)
      : (await send(method, request.url, cookie, request.payload)).statusCode;
    expect(status, key).toBeGreaterThanOrEqual(200);
    expect(status, key).toBeLessThan(300);
  });

  const withBody = Object.keys(ROUTES).filter((k) => /^(POST|PATCH|PUT)/.test(k));

  it.each(withBody)('%s: malformed bodies get a 4xx with Dutch messages', async (key) => {
    const { request, method, cookie } = await prepare(key);
    const valid = request.payload ?? {};

    // Unknown field
    expectClientError(
      await send(method, request.url, cookie, { ...valid, onbekendVeld: 1 }),
      `${key} unknown field`,
      'onbekendVeld',
    );
    // Not an object at all
    expectClientError(await send(method, request.url, cookie, [1, 2, 3]), `${key} array body`);
    // Invalid JSON
    expectClientError(
      await send(method, request.url, cookie, '{"kapot":', { 'content-type': 'application/json' }),
      `${key} broken JSON`,
    );
    // Wrong content type (a cross-site form could send this)
    expectClientError(
      await send(method, request.url, cookie, 'naam=x', { 'content-type': 'application/x-www-form-urlencoded' }),
      `${key} form content type`,
    );
    expectClientError(
      await send(method, request.url, cookie, 'gewone tekst', { 'content-type': 'text/plain' }),
      `${key} text/plain`,
    );

    for (const [field, value] of Object.entries(valid)) {
      expectClientError(
        await send(method, request.url, cookie, { ...valid, [field]: wrongTypeFor(value) }),
        `${key} wrong type ${field}`,
        field,
      );
      if (typeof value === 'string') {
        expectClientError(
          await send(method, request.url, cookie, { ...valid, [field]: 'x'.repeat(20_000) }),
          `${key} oversized ${field}`,
          field,
        );
      }
      if (Array.isArray(value)) {
        expectClientError(
          await send(method, request.url, cookie, { ...valid, [field]: ['x'.repeat(20_000)] }),
          `${key} oversized item ${field}`,
          field,
        );
        expectClientError(
          await send(method, request.url, cookie, {
            ...valid,
            [field]: Array.from({ length: 500 }, (_, i) => `t${i}`),
          }),
          `${key} too many ${field}`,
          field,
        );
      }
    }
  });

  it.each(Object.keys(ROUTES).filter((k) => k.includes(':')))(
    '%s: a malformed id gets a 4xx, never a 500',
    async (key) => {
      const { request, method, cookie } = await prepare(key);
      const broken = request.url.replace(
        /\/[^/?]+(\/[a-z]+)?$/,
        (_m, tail: string | undefined) => `/${encodeURIComponent("x'; drop table users;--".repeat(5))}${tail ?? ''}`,
      );
      const res = await send(method, broken, cookie, request.payload);
      expectClientError(res, `${key} malformed id`);
    },
  );

  it('a query string with unknown or wrong values gets Dutch field messages', async () => {
    const { cookie } = await prepare('GET /api/directory');
    expectClientError(await send('GET', '/api/directory?domain=ruimtevaart', cookie), 'bad domain', 'domain');
    expectClientError(await send('GET', '/api/directory?limit=99999', cookie), 'bad limit', 'limit');
    expectClientError(await send('GET', '/api/directory?wat=1', cookie), 'unknown key', 'wat');
  });
});
