import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleAtLeast, type Role } from '../domain/vocabulary.js';
import { createTestApp, dialects, type TestApp } from '../test/harness.js';
import { PRINCIPALS, ROUTES, makePeople, makeWorld, routeKey, sessionFor, type Principal, type Rule } from '../test/route-fixtures.js';
import { streamStatus } from '../test/http.js';

/** Which status class each caller must get under each rule. */
function expected(rule: Rule, who: Principal): 'ok' | 401 | 403 | 404 {
  if (rule === 'public') return 'ok';
  if (who === 'anonymous') return 401;
  if (rule === 'user') return 'ok';
  if (who === 'outsider') return 404;
  return roleAtLeast(who as Role, rule) ? 'ok' : 403;
}

/** Routes that are not API: the web app's files and the API documentation, public by design. */
const isWebOrDocs = (url: string) => !url.startsWith('/api/') ? url !== '/healthz' : url.startsWith('/api/docs');

describe.each(dialects)('access matrix (%s)', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t?.close());

  it('every registered API route has an entry in the access table, and vice versa', () => {
    const registered = new Set(
      t.routes.filter((r) => r.method !== 'HEAD' && !isWebOrDocs(r.url)).map((r) => routeKey(r.method, r.url)),
    );
    expect([...registered].filter((k) => !(k in ROUTES)), 'routes without an access rule in the test table').toEqual([]);
    expect(Object.keys(ROUTES).filter((k) => !registered.has(k)), 'table entries for routes that do not exist').toEqual([]);
  });

  it('the rule each route declares matches the table', () => {
    for (const r of t.routes) {
      const spec = ROUTES[routeKey(r.method, r.url)];
      if (!spec) continue;
      const declared = typeof r.access === 'string' ? r.access : r.access.network;
      // Leaving and ending one's own representation declare meekijker and let the service decide
      // "yourself or a kartrekker"; changing a membership is for a kartrekker only.
      const table = r.url.includes('/members/:memberId') && r.method === 'DELETE' ? 'meekijker' : spec.rule;
      expect(declared, routeKey(r.method, r.url)).toBe(table);
    }
  });

  const keys = Object.keys(ROUTES);
  it.each(keys)('%s answers each caller as its rule says', async (key) => {
    const [method] = key.split(' ');
    const spec = ROUTES[key];
    // Fresh people per route: some routes (leaving, deleting an account) change who they are.
    const people = await makePeople(t);
    for (const who of PRINCIPALS) {
      const world = await makeWorld(t, people);
      const caller = who === 'anonymous' ? null : people[who];
      const request = await spec.build(t, world, caller);
      const cookie = caller ? await sessionFor(t, caller.id) : undefined;
      const status = request.streaming
        ? await streamStatus(t, request.url, cookie, request.headers)
        : (await t.request({ method: method as 'GET', url: request.url, payload: request.payload, cookie, headers: request.headers })).statusCode;
      const want = expected(spec.rule, who);
      if (want === 'ok') {
        expect(status, `${key} as ${who}`).toBeLessThan(500);
        expect([401, 403, 404], `${key} as ${who} should be allowed, got ${status}`).not.toContain(status);
      } else {
        expect(status, `${key} as ${who}`).toBe(want);
      }
    }
  });

  it('a network member never sees another network through a valid id of that network', async () => {
    const people = await makePeople(t);
    const world = await makeWorld(t, people);
    const cookie = await sessionFor(t, people.outsider.id);
    for (const url of [`/api/networks/${world.networkId}`, `/api/networks/${world.networkId}/actors/${world.actorId}`, `/api/networks/${world.networkId}/members`]) {
      const res = await t.request({ method: 'GET', url, cookie });
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain('Testnetwerk');
      expect(res.body).not.toContain('Wijkteam');
    }
  });
});
