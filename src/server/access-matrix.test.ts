import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleAtLeast, type Role } from '../domain/vocabulary.js';
import { createTestApp, dialects, type TestApp } from '../test/harness.js';
import {
  PRINCIPALS,
  ROUTES,
  makePeople,
  makeWorld,
  routeKey,
  sessionFor,
  type Principal,
  type Rule,
} from '../test/route-fixtures.js';
import { streamStatus } from '../test/http.js';
import { addMember, memberContext } from '../test/harness.js';
import type { SessionUser } from '../core/access.js';

/** Which status class each caller must get under each rule. */
function expected(rule: Rule, who: Principal): 'ok' | 401 | 403 | 404 {
  if (rule === 'public') return 'ok';
  if (who === 'anonymous') return 401;
  if (rule === 'researcher') return who === 'researcher' ? 'ok' : 403;
  if (rule === 'user') return 'ok';
  // A researcher is a member of no network: network routes answer as for any outsider.
  if (who === 'outsider' || who === 'researcher') return 404;
  return roleAtLeast(who as Role, rule) ? 'ok' : 403;
}

/** Routes that are not API: the web app's files and the API documentation, public by design. */
const isWebOrDocs = (url: string) => (!url.startsWith('/api/') ? url !== '/healthz' : url.startsWith('/api/docs'));

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
    expect(
      [...registered].filter((k) => !(k in ROUTES)),
      'routes without an access rule in the test table',
    ).toEqual([]);
    expect(
      Object.keys(ROUTES).filter((k) => !registered.has(k)),
      'table entries for routes that do not exist',
    ).toEqual([]);
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
        : (
            await t.request({
              method: method as 'GET',
              url: request.url,
              payload: request.payload,
              cookie,
              headers: request.headers,
            })
          ).statusCode;
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
    for (const url of [
      `/api/networks/${world.networkId}`,
      `/api/networks/${world.networkId}/actors/${world.actorId}`,
      `/api/networks/${world.networkId}/members`,
    ]) {
      const res = await t.request({ method: 'GET', url, cookie });
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain('Testnetwerk');
      expect(res.body).not.toContain('Wijkteam');
    }
  });
});

/**
 * Two more callers, both partners by role, for the routes whose rights rest on who speaks for
 * whom (issue 10): a partner whose request to act for the world's actor is not confirmed yet, and
 * a partner acting for another partner. Neither may edit the actor's relations or actions, give
 * "akkoord" in its name or make a person findable; the confirmed representative may.
 */
type RepresentationCaller = 'representative' | 'unconfirmed' | 'otherPartner';

describe.each(dialects)('access matrix: who speaks for whom (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t?.close());

  async function setUp() {
    const people = await makePeople(t);
    const w = await makeWorld(t, people);
    const lead = await memberContext(t, w.networkId, people.kartrekker.id);
    const other = await t.services.actors.create(lead, {
      kind: 'organisation',
      name: 'Huisartsenpraktijk',
      domain: 'zorg',
    });
    // Set-up only: the world's partner is the confirmed representative (the confirm path has its own tests).
    await t.deps.db.updateTable('members').set({ actor_id: w.actorId }).where('id', '=', w.partnerMemberId).execute();
    const unconfirmed = await t.services.auth.ensureUser(`nog-niet-${w.networkId}@voorbeeld.nl`);
    await addMember(t, w.networkId, unconfirmed.id, 'partner');
    await t.services.representation.ask(await memberContext(t, w.networkId, unconfirmed.id), unconfirmed, {
      actorId: w.actorId,
    });
    const otherPartner = await t.services.auth.ensureUser(`ander-${w.networkId}@voorbeeld.nl`);
    const otherMember = await addMember(t, w.networkId, otherPartner.id, 'partner');
    await t.deps.db.updateTable('members').set({ actor_id: other.id }).where('id', '=', otherMember).execute();
    const callers: Record<RepresentationCaller, SessionUser> = {
      representative: people.partner,
      unconfirmed,
      otherPartner,
    };
    return { w, lead, callers };
  }

  const cases: {
    name: string;
    run(s: Awaited<ReturnType<typeof setUp>>, cookie: string): Promise<{ status: number; allowed: boolean }>;
  }[] = [
    {
      name: "PATCH …/relations/:id of the actor's relation",
      async run({ w, lead }, cookie) {
        const third = await t.services.actors.create(lead, {
          kind: 'organisation',
          name: 'Corporatie',
          domain: 'wonen',
        });
        const rel = await t.services.relations.create(lead, {
          actorAId: w.actorId,
          actorBId: third.id,
          kind: 'overleg',
          frequency: 'maandelijks',
          quality: 3,
        });
        const res = await t.request({
          method: 'PATCH',
          url: `/api/networks/${w.networkId}/relations/${rel.id}`,
          cookie,
          payload: { quality: 4, version: 1 },
        });
        return { status: res.statusCode, allowed: res.statusCode === 200 };
      },
    },
    {
      name: 'PATCH …/actions/:id of an action for the actor',
      async run({ w, lead }, cookie) {
        const action = await t.services.actions.create(lead, {
          title: 'Zaal regelen',
          dueOn: '2027-01-15',
          actorId: w.actorId,
        });
        const res = await t.request({
          method: 'PATCH',
          url: `/api/networks/${w.networkId}/actions/${action.id}`,
          cookie,
          payload: { status: 'klaar', version: 1 },
        });
        return { status: res.statusCode, allowed: res.statusCode === 200 };
      },
    },
    {
      name: 'POST …/card/versions/:id/consent counts for the actor',
      async run({ w, lead }, cookie) {
        await t.services.cards.addJoint(lead, { column: 'waarden', text: 'Iedereen doet mee.' });
        const version = await t.services.cards.publish(lead);
        const res = await t.request({
          method: 'POST',
          url: `/api/networks/${w.networkId}/card/versions/${version.id}/consent`,
          cookie,
        });
        const forActor = await t.deps.db
          .selectFrom('card_consents')
          .select('id')
          .where('version_id', '=', version.id)
          .where('party', '=', `actor:${w.actorId}`)
          .execute();
        return { status: res.statusCode, allowed: forActor.length === 1 };
      },
    },
    {
      name: "POST …/card/versions/:id/consent-requests asks in the actor's name",
      async run({ w, lead }, cookie) {
        await t.deps.db
          .updateTable('actors')
          .set({ contact_email: 'wijkteam@voorbeeld.nl' })
          .where('id', '=', w.actorId)
          .execute();
        await t.services.cards.addJoint(lead, { column: 'waarden', text: 'Iedereen doet mee.' });
        const version = await t.services.cards.publish(lead);
        const res = await t.request({
          method: 'POST',
          url: `/api/networks/${w.networkId}/card/versions/${version.id}/consent-requests`,
          cookie,
          payload: { actorId: w.actorId },
        });
        const links = await t.deps.db
          .selectFrom('consent_links')
          .select('id')
          .where('version_id', '=', version.id)
          .execute();
        return { status: res.statusCode, allowed: links.length === 1 };
      },
    },
  ];

  for (const c of cases) {
    it.each<RepresentationCaller>(['representative', 'unconfirmed', 'otherPartner'])(`${c.name}: %s`, async (who) => {
      const s = await setUp();
      const cookie = await sessionFor(t, s.callers[who].id);
      const { status, allowed } = await c.run(s, cookie);
      expect(status, `${c.name} as ${who}`).toBeLessThan(500);
      expect(allowed, `${c.name} as ${who} (status ${status})`).toBe(who === 'representative');
    });
  }

  it.each<RepresentationCaller>(['unconfirmed', 'otherPartner'])(
    'PATCH …/actors/:id makes no person findable: %s',
    async (who) => {
      const s = await setUp();
      // The unconfirmed caller even asked for this person with the person's own address: still not confirmed.
      const person = await t.services.actors.create(s.lead, {
        kind: 'person',
        name: 'Truus',
        domain: 'bewoners',
        contactEmail: s.callers[who].email,
      });
      await t.services.representation.ask(await memberContext(t, s.w.networkId, s.callers[who].id), s.callers[who], {
        actorId: person.id,
      });
      const res = await t.request({
        method: 'PATCH',
        url: `/api/networks/${s.w.networkId}/actors/${person.id}`,
        cookie: await sessionFor(t, s.callers[who].id),
        payload: { findable: true, version: 1 },
      });
      expect(res.statusCode).toBe(422);
    },
  );
});
