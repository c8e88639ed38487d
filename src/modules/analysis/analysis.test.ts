import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, dialects, memberContext, type TestApp } from '../../test/harness.js';
import type { MemberContext } from '../../core/access.js';

const json = (res: { body: string }) => JSON.parse(res.body);

interface Fixture {
  name: string;
  actors: { label: string; domain: string }[];
  relations: { from: string; to: string }[];
  expected: {
    density: number;
    components: number;
    isolated: string[];
    degree: Record<string, number>;
    betweenness: Record<string, number>;
    crossDomain: Record<string, Record<string, number>>;
  };
}
const fixtures = (
  JSON.parse(fs.readFileSync(new URL('../../domain/network/fixtures/networks.json', import.meta.url), 'utf8')) as {
    networks: Fixture[];
  }
).networks;

describe.each(dialects)('network analysis and snapshots (%s)', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  async function network(actors: [string, string][], relations: [string, string][]) {
    t = await createTestApp(dialect);
    const lead = await t.signIn('kartrekker@voorbeeld.nl');
    const net = await t.services.networks.create(lead.user, { name: 'Noord', areaLevel: 'wijk', areaName: 'Noord' });
    const ctx = await memberContext(t, net.id, lead.user.id);
    const ids = new Map<string, string>();
    for (const [name, domain] of actors)
      ids.set(name, (await t.services.actors.create(ctx, { kind: 'organisation', name, domain })).id);
    for (const [a, b] of relations)
      await t.services.relations.create(ctx, { actorAId: ids.get(a)!, actorBId: ids.get(b)! });
    return { lead, net, ctx, ids, base: `/api/networks/${net.id}` };
  }

  // Two triangles joined by C–D, and G on its own. Computed by hand:
  // n = 7, m = 7: density 2·7/(7·6) = 1/3; C and D each lie on all 2·3 = 6 shortest paths between
  // {A,B} and {D,E,F} (resp. {C,A,B} and {E,F}): betweenness 6 / ((n−1)(n−2)/2) = 6/15 = 0.4;
  // degree C = 3/6. Groups {A,B,C}, {D,E,F}; G has no relation, so it is isolated, not a group and
  // not a part: Q = 2·(3/7 − (7/14)²) = 5/14.
  const triangles: [string, string][] = [
    ['A', 'zorg'],
    ['B', 'zorg'],
    ['C', 'zorg'],
    ['D', 'wonen'],
    ['E', 'wonen'],
    ['F', 'wonen'],
    ['G', 'gemeente'],
  ];
  const edges: [string, string][] = [
    ['A', 'B'],
    ['B', 'C'],
    ['A', 'C'],
    ['C', 'D'],
    ['D', 'E'],
    ['E', 'F'],
    ['D', 'F'],
  ];

  it('gives the measures and the reading of a small network, computed by hand, with a Dutch summary', async () => {
    const { lead, base } = await network(triangles, edges);
    const res = await t.request({ method: 'GET', url: `${base}/analysis`, cookie: lead.cookie });
    expect(res.statusCode, res.body).toBe(200);
    const a = json(res);
    expect(a.actors).toBe(7);
    expect(a.relations).toBe(7);
    expect(a.density).toBeCloseTo(1 / 3, 12);
    const r = a.reading;
    expect(r).toMatchObject({ actors: 7, relations: 7, densityBand: 'connected', parts: 1, separation: 'clear' });
    expect(r.isolated.map((x: { name: string }) => x.name)).toEqual(['G']);
    const c = Object.fromEntries(
      a.centrality.map((x: { name: string; degree: number; betweenness: number }) => [x.name, x]),
    );
    expect(c.C.betweenness).toBeCloseTo(0.4, 12);
    expect(c.D.betweenness).toBeCloseTo(0.4, 12);
    expect(c.A.betweenness).toBe(0);
    expect(c.C.degree).toBeCloseTo(0.5, 12);
    expect(c.A.degree).toBeCloseTo(2 / 6, 12);
    expect(a.centrality.slice(0, 2).map((x: { name: string }) => x.name)).toEqual(['C', 'D']);
    expect(a.crossDomain.zorg).toEqual({ gemeente: 0, wonen: 1, zorg: 3 });
    expect(a.crossDomain.wonen.zorg).toBe(1);
    expect(r.domainGaps).toEqual([
      { a: 'gemeente', b: 'wonen' },
      { a: 'gemeente', b: 'zorg' },
    ]);
    expect(r.groups.map((g: { name: string }[]) => g.map((x) => x.name))).toEqual([
      ['A', 'B', 'C'],
      ['D', 'E', 'F'],
    ]);
    expect(r.modularity).toBeCloseTo(5 / 14, 12);
    expect(r.brokers.map((x: { name: string }) => x.name)).toEqual(['C', 'D']);
    const text = a.summary.join(' ');
    expect(text).toContain('Het netwerk heeft 7 partners en 7 relaties.');
    expect(text).toContain('bestaat nu 33,3%');
    expect(text).toContain('Op de partners zonder relatie na is het netwerk één geheel');
    expect(text).toContain('Deze partner heeft nog geen relatie: G.');
    expect(text).toContain('De belangrijkste verbinders zijn C (0,4) en D (0,4).');
    expect(text).toContain(
      'Er zijn 2 groepen die vooral onderling samenwerken. De groepen zijn duidelijk van elkaar te onderscheiden (modulariteit 0,36;',
    );
    expect(text).toContain('Gemeente en zorg werken nog niet samen.');
  });

  it('matches NetworkX on a generated network with isolated actors', async () => {
    const fx = fixtures.find((f) => f.name === 'sparse with isolates')!;
    const { lead, base } = await network(
      fx.actors.map((x) => [x.label, x.domain || 'overig']),
      fx.relations.map((r) => [r.from, r.to]),
    );
    const a = json(await t.request({ method: 'GET', url: `${base}/analysis`, cookie: lead.cookie }));
    expect(a.density).toBeCloseTo(fx.expected.density, 12);
    // NetworkX counts every isolated actor as a component of its own; the reading does not.
    expect(a.reading.parts).toBe(fx.expected.components - fx.expected.isolated.length);
    expect(a.reading.isolated.map((x: { name: string }) => x.name).sort()).toEqual([...fx.expected.isolated].sort());
    for (const x of a.centrality as { name: string; degree: number; betweenness: number }[]) {
      expect(x.betweenness, x.name).toBeCloseTo(fx.expected.betweenness[x.name], 12);
      expect(x.degree, x.name).toBeCloseTo(fx.expected.degree[x.name], 12);
    }
    expect(a.crossDomain).toEqual(fx.expected.crossDomain);
  });

  it('keeps snapshots and compares them with now and with each other', async () => {
    const { lead, ctx, ids, base } = await network(triangles, edges.slice(0, 3));
    const first = await t.request({
      method: 'POST',
      url: `${base}/snapshots`,
      cookie: lead.cookie,
      payload: { label: 'Start', takenOn: '2025-03-01' },
    });
    expect(first.statusCode, first.body).toBe(201);
    // Only the triangle A–B–C has relations: one part and one group; D, E, F and G are isolated.
    expect(json(first).measures).toMatchObject({ actors: 7, relations: 3, parts: 1, isolated: 4, groups: 1 });
    for (const [a, b] of edges.slice(3))
      await t.services.relations.create(ctx as MemberContext, { actorAId: ids.get(a)!, actorBId: ids.get(b)! });

    const vsNow = json(
      await t.request({ method: 'GET', url: `${base}/snapshots/${json(first).id}/compare`, cookie: lead.cookie }),
    );
    expect(vsNow.after.id).toBeNull();
    const m = Object.fromEntries(vsNow.measures.map((x: { key: string }) => [x.key, x]));
    expect(m.relations).toMatchObject({ before: 3, after: 7, difference: 4 });
    expect(m.density.before).toBeCloseTo(6 / 42, 12);
    expect(m.density.after).toBeCloseTo(1 / 3, 12);
    expect(m.domainPairsLinked).toMatchObject({ before: 0, after: 1 });
    expect(m.parts).toMatchObject({ before: 1, after: 1 });
    expect(m.groups).toMatchObject({ before: 1, after: 2 });
    expect(vsNow.relationsAdded).toHaveLength(4);
    expect(vsNow.summary[0]).toContain('4 relaties erbij');

    const second = json(
      await t.request({
        method: 'POST',
        url: `${base}/snapshots`,
        cookie: lead.cookie,
        payload: { label: 'Een jaar later' },
      }),
    );
    const between = json(
      await t.request({
        method: 'GET',
        url: `${base}/snapshots/${json(first).id}/compare?with=${second.id}`,
        cookie: lead.cookie,
      }),
    );
    expect(between.after).toMatchObject({ id: second.id, label: 'Een jaar later' });
    const list = json(await t.request({ method: 'GET', url: `${base}/snapshots`, cookie: lead.cookie }));
    expect(list.map((s: { label: string }) => s.label)).toEqual(['Een jaar later', 'Start']);
    const full = json(
      await t.request({ method: 'GET', url: `${base}/snapshots/${json(first).id}`, cookie: lead.cookie }),
    );
    expect(full.relations).toHaveLength(3);
    expect(full.analysis.reading.isolated.map((x: { name: string }) => x.name)).toEqual(['D', 'E', 'F', 'G']);
    const badDate = await t.request({
      method: 'POST',
      url: `${base}/snapshots`,
      cookie: lead.cookie,
      payload: { label: 'x', takenOn: '2025-02-30' },
    });
    expect(badDate.statusCode).toBe(400);
    expect(json(badDate).error.fields.takenOn).toMatch(/JJJJ-MM-DD/);
  });

  it('reads a snapshot from before the one reading with parts and groups that leave isolated actors out', async () => {
    const { lead, net, base } = await network(triangles, []);
    // The old shape: every isolated actor counted as a component and as a community of its own.
    const measures = {
      actors: 7,
      relations: 3,
      density: 6 / 42,
      components: 5,
      isolated: 4,
      communities: 5,
      modularity: 0,
      domainPairsLinked: 0,
      domainPairsMissing: 3,
    };
    const actors = triangles.map(([name, domain]) => ({ id: `old-${name}`, name, domain }));
    const relations = edges
      .slice(0, 3)
      .map(([a, b]) => ({ actorAId: `old-${a}`, actorBId: `old-${b}`, kind: '', frequency: '', quality: null }));
    await t.deps.db
      .insertInto('network_snapshots')
      .values({
        id: 'old-snapshot',
        network_id: net.id,
        label: 'Vorig jaar',
        taken_on: '2025-01-01',
        data: JSON.stringify({ actors, relations, measures, analysis: { components: 5 } }),
        created_by: lead.user.id,
        created_at: '2025-01-01T10:00:00.000Z',
      })
      .execute();
    const [listed] = json(await t.request({ method: 'GET', url: `${base}/snapshots`, cookie: lead.cookie }));
    expect(listed.measures).toEqual({
      actors: 7,
      relations: 3,
      density: 6 / 42,
      parts: 1,
      isolated: 4,
      groups: 1,
      modularity: 0,
      domainPairsLinked: 0,
      domainPairsMissing: 3,
    });
    const full = json(await t.request({ method: 'GET', url: `${base}/snapshots/old-snapshot`, cookie: lead.cookie }));
    expect(full.analysis.reading).toMatchObject({ parts: 1, groups: [[{ name: 'A' }, { name: 'B' }, { name: 'C' }]] });
    expect(full.analysis.reading.isolated.map((x: { name: string }) => x.name)).toEqual(['D', 'E', 'F', 'G']);
  });
});
