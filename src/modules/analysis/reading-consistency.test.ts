/**
 * One network, one reading: `wijknet analyse --json` and GET …/analysis must give identical
 * findings for the same data, also after the CSV rows are shuffled (which changes every id the
 * app makes and the order in which the CLI sees actors and relations), and after an export from
 * the app is read by the CLI.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, dialects, type TestApp } from '../../test/harness.js';
import { analyseCommand } from '../../cli/analyse.js';
import { analyseNetwork } from '../../domain/network/measures.js';
import type { NetworkReading } from '../../domain/network/reading.js';

interface Fixture {
  name: string;
  actors: { label: string; domain: string }[];
  relations: { from: string; to: string }[];
}
const fixture = (
  JSON.parse(readFileSync(new URL('../../domain/network/fixtures/networks.json', import.meta.url), 'utf8')) as {
    networks: Fixture[];
  }
).networks.find((n) => n.name === 'sparse with isolates')!;

const dir = mkdtempSync(join(tmpdir(), 'wijknet-reading-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const elementsCsv = (actors: Fixture['actors']) =>
  ['Label;Type;Domein', ...actors.map((a) => `${a.label};organisatie;${a.domain}`)].join('\r\n');
const connectionsCsv = (relations: Fixture['relations']) =>
  ['From;To', ...relations.map((r) => `${r.from};${r.to}`)].join('\r\n');

/** Fisher–Yates with a fixed seed, so a failure can be repeated. */
function shuffled<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 48271) % 2147483647;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Ids differ between the CLI (the label) and the app (its own); names are what must agree. */
const withoutIds = (r: NetworkReading) => ({
  ...r,
  isolated: r.isolated.map((a) => a.name),
  brokers: r.brokers.map((b) => ({ name: b.name, betweenness: b.betweenness })),
  groups: r.groups.map((g) => g.map((a) => a.name)),
});
type Centrality = { name: string; domain: string; degree: number; betweenness: number }[];
const centralityWithoutIds = (c: Centrality) =>
  c.map(({ name, domain, degree, betweenness }) => ({ name, domain, degree, betweenness }));

let files = 0;
async function cli(elements: string | Buffer, connections: string | Buffer) {
  const actors = join(dir, `elements-${++files}.csv`);
  const relations = join(dir, `connections-${files}.csv`);
  writeFileSync(actors, elements);
  writeFileSync(relations, connections);
  let stdout = '';
  let stderr = '';
  const code = await analyseCommand(['--actors', actors, '--relations', relations, '--json'], {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
  });
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  return JSON.parse(stdout) as { reading: NetworkReading; centrality: Centrality; crossDomain: unknown };
}

describe('the fixture network', () => {
  it('gets other groups from the raw measures in another order, so the tests below can fail', () => {
    const raw = analyseNetwork(fixture.actors, fixture.relations);
    const reversed = analyseNetwork([...fixture.actors].reverse(), [...fixture.relations].reverse());
    expect(reversed.modularity).not.toBe(raw.modularity);
  });
});

describe.each(dialects)('one reading through the CLI and the API (%s)', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  async function imported(name: string, elements: string, connections: string) {
    const lead = await t.signIn('kartrekker@voorbeeld.nl');
    const net = await t.services.networks.create(lead.user, { name, areaLevel: 'wijk', areaName: name });
    const base = `/api/networks/${net.id}`;
    const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
    const files = [
      { fileName: 'elements.csv', contentBase64: b64(elements) },
      { fileName: 'connections.csv', contentBase64: b64(connections) },
    ];
    const done = await t.request({
      method: 'POST',
      url: `${base}/exchange/import`,
      cookie: lead.cookie,
      payload: { files },
    });
    expect(done.statusCode, done.body).toBe(201);
    const res = await t.request({ method: 'GET', url: `${base}/analysis`, cookie: lead.cookie });
    expect(res.statusCode, res.body).toBe(200);
    return {
      lead,
      base,
      analysis: JSON.parse(res.body) as {
        reading: NetworkReading;
        centrality: Centrality;
        crossDomain: unknown;
        summary: string[];
      },
    };
  }

  it('gives identical findings, also with the rows shuffled and after an export', async () => {
    t = await createTestApp(dialect);
    const elements = elementsCsv(fixture.actors);
    const connections = connectionsCsv(fixture.relations);
    const fromCli = await cli(elements, connections);
    const fromApi = await imported('Noord', elements, connections);

    const expected = withoutIds(fromCli.reading);
    expect(expected.isolated.length).toBeGreaterThan(0);
    expect(expected.groups.length).toBeGreaterThan(1);
    expect(withoutIds(fromApi.analysis.reading)).toEqual(expected);
    expect(centralityWithoutIds(fromApi.analysis.centrality)).toEqual(centralityWithoutIds(fromCli.centrality));
    expect(fromApi.analysis.crossDomain).toEqual(fromCli.crossDomain);

    const elementsShuffled = elementsCsv(shuffled(fixture.actors, 11));
    const connectionsShuffled = connectionsCsv(
      shuffled(fixture.relations, 29).map((r, i) => (i % 3 === 0 ? { from: r.to, to: r.from } : r)),
    );
    expect(withoutIds((await cli(elementsShuffled, connectionsShuffled)).reading)).toEqual(expected);
    expect(withoutIds((await imported('Zuid', elementsShuffled, connectionsShuffled)).analysis.reading)).toEqual(
      expected,
    );

    const exported = await Promise.all(
      ['elements.csv', 'connections.csv'].map((file) =>
        t.request({ method: 'GET', url: `${fromApi.base}/exchange/${file}`, cookie: fromApi.lead.cookie }),
      ),
    );
    expect(withoutIds((await cli(exported[0].rawPayload, exported[1].rawPayload)).reading)).toEqual(expected);
  });
});
