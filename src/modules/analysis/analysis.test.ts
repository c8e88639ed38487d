import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, dialects, memberContext, type TestApp } from '../../test/harness.js';
import type { MemberContext } from '../../core/access.js';

const json = (res: { body: string }) => JSON.parse(res.body);

interface Fixture {
  name: string;
  actors: { label: string; domain: string }[];
  relations: { from: string; to: string }[];
  expected: { density: number; components: number; isolated: string[]; degree: Record<string, number>; betweenness: Record<string, number>; crossDomain: Record<string, Record<string, number>> };
}
const fixtures = (JSON.parse(fs.readFileSync(new URL('../../domain/network/fixtures/networks.json', import.meta.url), 'utf8')) as { networks: Fixture[] }).networks;

describe.each(dialects)('network analysis and snapshots (%s)', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  async function network(actors: [string, string][], relations: [string, string][]) {
    t = await createTestApp(dialect);
    const lead = await t.signIn('kartrekker@voorbeeld.nl');
    const net = await t.services.networks.create(lead.user, { name: 'Noord', areaLevel: 'wijk', areaName: 'Noord' });
    const ctx = await memberContext(t, net.id, lead.user.id);
    const ids = new Map<string, string>();
    for (const [name, domain] of actors) ids.set(name, (await t.services.actors.create(ctx, { kind: 'organisation', name, domain })).id);
    for (const [a, b] of relations) await t.services.relations.create(ctx, { actorAId: ids.get(a)!, actorBId: ids.get(b)! });
    return { lead, net, ctx, ids, base: `/api/networks/${net.id}` };
  }

  // Two triangles joined by C–D, and G on its own. Computed by hand:
  // n = 7, m = 7: density 2·7/(7·6) = 1/3; C and D each lie on all 2·3 = 6 shortest paths between
  // {A,B} and {D,E,F} (resp. {C,A,B} and {E,F}): betweenness 6 / ((n−1)(n−2)/2) = 6/15 = 0.4;
  // degree C = 3/6. Communities {A,B,C}, {D,E,F}, {G}: Q = 2·(3/7 − (7/14)²) = 5/14.
  const triangles: [string, string][] = [['A', 'zorg'], ['B', 'zorg'], ['C', 'zorg'], ['D', 'wonen'], ['E', 'wonen'], ['F', 'wonen'], ['G', 'gemeente']];
  const edges: [string, string][] = [['A', 'B'], ['B', 'C'], ['A', 'C'], ['C', 'D'], ['D', 'E'], ['E', 'F'], ['D', 'F']];

  it('gives the measures of a small network, computed by hand, with a Dutch summary', async () => {
    const { lead, base } = await network(triangles, edges);
    const res = await t.request({ method: 'GET', url: `${base}/analysis`, cookie: lead.cookie });
    expect(res.statusCode, res.body).toBe(200);
    const a = json(res);
    expect(a.actors).toBe(7);
    expect(a.relations).toBe(7);
    expect(a.density).toBeCloseTo(1 / 3, 12);
    expect(a.components).toBe(2);
    expect(a.isolated.map((x: { name: string }) => x.name)).toEqual(['G']);
    const c = Object.fromEntries(a.centrality.map((x: { name: string; degree: number; betweenness: number }) => [x.name, x]));
    expect(c.C.betweenness).toBeCloseTo(0.4, 12);
    expect(c.D.betweenness).toBeCloseTo(0.4, 12);
    expect(c.A.betweenness).toBe(0);
    expect(c.C.degree).toBeCloseTo(0.5, 12);
    expect(c.A.degree).toBeCloseTo(2 / 6, 12);
    expect(a.centrality.slice(0, 2).map((x: { name: string }) => x.name)).toEqual(['C', 'D']);
    expect(a.crossDomain.zorg).toEqual({ gemeente: 0, wonen: 1, zorg: 3 });
    expect(a.crossDomain.wonen.zorg).toBe(1);
    expect(a.missingDomainPairs.map((p: { text: string }) => p.text)).toEqual(['gemeente en wonen werken nog niet samen', 'gemeente en zorg werken nog niet samen']);
    expect(a.communities.map((g: { name: string }[]) => g.map((x) => x.name))).toEqual([['A', 'B', 'C'], ['D', 'E', 'F'], ['G']]);
    expect(a.modularity).toBeCloseTo(5 / 14, 12);
    const text = a.summary.join(' ');
    expect(text).toContain('7 partners en 7 relaties');
    expect(text).toContain('0,33');
    expect(text).toContain('2 losse delen');
    expect(text).toContain('Nog zonder relatie: G.');
    expect(text).toContain('C en D');
    expect(text).toContain('gemeente en zorg werken nog niet samen');
  });

  it('matches NetworkX on a generated network with isolated actors', async () => {
    const fx = fixtures.find((f) => f.name === 'sparse with isolates')!;
    const { lead, base } = await network(
      fx.actors.map((x) => [x.label, x.domain || 'overig']),
      fx.relations.map((r) => [r.from, r.to]),
    );
    const a = json(await t.request({ method: 'GET', url: `${base}/analysis`, cookie: lead.cookie }));
    expect(a.density).toBeCloseTo(fx.expected.density, 12);
    expect(a.components).toBe(fx.expected.components);
    expect(a.isolated.map((x: { name: string }) => x.name).sort()).toEqual([...fx.expected.isolated].sort());
    for (const x of a.centrality as { name: string; degree: number; betweenness: number }[]) {
      expect(x.betweenness, x.name).toBeCloseTo(fx.expected.betweenness[x.name], 12);
      expect(x.degree, x.name).toBeCloseTo(fx.expected.degree[x.name], 12);
    }
    expect(a.crossDomain).toEqual(fx.expected.crossDomain);
  });

  it('keeps snapshots and compares them with now and with each other', async () => {
    const { lead, ctx, ids, base } = await network(triangles, edges.slice(0, 3));
    const first = await t.request({ method: 'POST', url: `${base}/snapshots`, cookie: lead.cookie, payload: { label: 'Start', takenOn: '2025-03-01' } });
    expect(first.statusCode, first.body).toBe(201);
    expect(json(first).measures).toMatchObject({ actors: 7, relations: 3, components: 5, isolated: 4 });
    for (const [a, b] of edges.slice(3)) await t.services.relations.create(ctx as MemberContext, { actorAId: ids.get(a)!, actorBId: ids.get(b)! });

    const vsNow = json(await t.request({ method: 'GET', url: `${base}/snapshots/${json(first).id}/compare`, cookie: lead.cookie }));
    expect(vsNow.after.id).toBeNull();
    const m = Object.fromEntries(vsNow.measures.map((x: { key: string }) => [x.key, x]));
    expect(m.relations).toMatchObject({ before: 3, after: 7, difference: 4 });
    expect(m.density.before).toBeCloseTo(6 / 42, 12);
    expect(m.density.after).toBeCloseTo(1 / 3, 12);
    expect(m.domainPairsLinked).toMatchObject({ before: 0, after: 1 });
    expect(vsNow.relationsAdded).toHaveLength(4);
    expect(vsNow.summary[0]).toContain('4 relaties erbij');

    const second = json(await t.request({ method: 'POST', url: `${base}/snapshots`, cookie: lead.cookie, payload: { label: 'Een jaar later' } }));
    const between = json(await t.request({ method: 'GET', url: `${base}/snapshots/${json(first).id}/compare?with=${second.id}`, cookie: lead.cookie }));
    expect(between.after).toMatchObject({ id: second.id, label: 'Een jaar later' });
    const list = json(await t.request({ method: 'GET', url: `${base}/snapshots`, cookie: lead.cookie }));
    expect(list.map((s: { label: string }) => s.label)).toEqual(['Een jaar later', 'Start']);
    const full = json(await t.request({ method: 'GET', url: `${base}/snapshots/${json(first).id}`, cookie: lead.cookie }));
    expect(full.relations).toHaveLength(3);
    expect(full.analysis.isolated.map((x: { name: string }) => x.name)).toEqual(['D', 'E', 'F', 'G']);
    const badDate = await t.request({ method: 'POST', url: `${base}/snapshots`, cookie: lead.cookie, payload: { label: 'x', takenOn: '2025-02-30' } });
    expect(badDate.statusCode).toBe(400);
    expect(json(badDate).error.fields.takenOn).toMatch(/JJJJ-MM-DD/);
  });
});
