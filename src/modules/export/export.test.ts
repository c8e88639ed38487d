import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../test/harness.js';
import { newId, nowIso } from '../../server/crypto.js';
import { importCommand } from '../../cli/import.js';
import type { NetworkExport } from './schemas.js';

const json = <T>(res: { body: string }): T => JSON.parse(res.body) as T;

function capture() {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (s: string) => void (out.stdout += s), stderr: (s: string) => void (out.stderr += s) } };
}

describe.each(dialects)('network export and import (%s)', (dialect) => {
  const apps: TestApp[] = [];
  const dirs: string[] = [];
  afterEach(async () => {
    for (const a of apps.splice(0)) await a.close();
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });
  const app = async () => {
    const a = await createTestApp(dialect);
    apps.push(a);
    return a;
  };

  async function filledNetwork(t: TestApp) {
    const kim = await t.signIn('kim@voorbeeld.nl');
    await t.request({ method: 'PATCH', url: '/api/me', cookie: kim.cookie, payload: { name: 'Kim' } });
    const network = json<{ id: string; version: number }>(
      await t.request({ method: 'POST', url: '/api/networks', cookie: kim.cookie, payload: { name: 'Wijknetwerk Zuid', areaLevel: 'wijk', areaName: 'Zuid', population: 8100 } }),
    );
    await t.request({
      method: 'PATCH',
      url: `/api/networks/${network.id}`,
      cookie: kim.cookie,
      payload: { vision: 'Niemand staat er alleen voor.', focusThemes: ['eenzaamheid', 'armoede'], version: network.version },
    });
    const actors: { id: string }[] = [];
    for (const [name, domain] of [['Buurthuis', 'welzijn'], ['Huisartsenpraktijk', 'zorg'], ['Woningcorporatie', 'wonen']]) {
      actors.push(
        json(await t.request({ method: 'POST', url: `/api/networks/${network.id}/actors`, cookie: kim.cookie, payload: { kind: 'organisation', name, domain, themes: ['ontmoeten'], contactEmail: 'info@voorbeeld.nl' } })),
      );
    }
    await t.request({ method: 'POST', url: `/api/networks/${network.id}/invitations`, cookie: kim.cookie, payload: { role: 'partner', email: 'lotte@voorbeeld.nl' } });
    const token = /\/uitnodiging\/([A-Za-z0-9_-]+)/.exec(t.lastMailTo('lotte@voorbeeld.nl')!.text)![1];
    const lotte = await t.signIn('lotte@voorbeeld.nl');
    await t.request({ method: 'POST', url: `/api/invitations/${token}/accept`, cookie: lotte.cookie });
    const members = json<{ id: string; userId: string; version: number }[]>(await t.request({ method: 'GET', url: `/api/networks/${network.id}/members`, cookie: lotte.cookie }));
    const mine = members.find((m) => m.userId === lotte.user.id)!;
    await t.request({ method: 'PATCH', url: `/api/networks/${network.id}/members/${mine.id}`, cookie: lotte.cookie, payload: { actorId: actors[0].id, version: mine.version } });
    await t.request({ method: 'POST', url: `/api/networks/${network.id}/invitations`, cookie: kim.cookie, payload: { role: 'meekijker' } });
    const [a, b] = [actors[0].id, actors[1].id].sort();
    const now = nowIso();
    await t.deps.db
      .insertInto('relations')
      .values({ id: newId(), network_id: network.id, actor_a_id: a, actor_b_id: b, kind: 'samenwerking', frequency: 'maandelijks', quality: 4, created_at: now, updated_at: now, version: 1 })
      .execute();
    return { kim, lotte, networkId: network.id };
  }

  const comparable = (e: NetworkExport) => ({ ...e, exportedAt: undefined });

  it('round trip: export, import into a fresh installation, export again gives the same network', async () => {
    const a = await app();
    const { kim, networkId } = await filledNetwork(a);
    const res = await a.request({ method: 'GET', url: `/api/networks/${networkId}/export`, cookie: kim.cookie });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="wijknet-netwerk-/);
    const exported = json<NetworkExport>(res);
    expect(exported).toMatchObject({ format: 'wijknet-netwerk', formatVersion: 1 });
    expect(exported.members.map((m) => m.email).sort()).toEqual(['kim@voorbeeld.nl', 'lotte@voorbeeld.nl']);
    expect(exported.actors).toHaveLength(3);
    expect(exported.relations).toHaveLength(1);
    expect(exported.invitations).toHaveLength(2);
    expect(exported.audit.length).toBeGreaterThan(5);
    expect(res.body).not.toMatch(/token_hash|tokenHash|code_hash/);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wijknet-export-'));
    dirs.push(dir);
    const file = path.join(dir, 'netwerk.json');
    fs.writeFileSync(file, res.body);

    // One installation at a time: Kysely's migrator looks for its tables in every PostgreSQL schema.
    await apps.shift()!.close();
    const b = await app();
    const { out, io } = capture();
    expect(await importCommand(b.deps, file, io)).toBe(0);
    expect(out.stdout).toContain('Wijknetwerk Zuid');
    const again = await b.services.export.exportById(networkId);
    expect(comparable(again)).toEqual(comparable(exported));

    // The people can sign in on the new installation and find their network.
    const kimThere = await b.signIn('kim@voorbeeld.nl');
    const overview = await b.request({ method: 'GET', url: `/api/networks/${networkId}`, cookie: kimThere.cookie });
    expect(overview.statusCode).toBe(200);
    expect(json<{ network: { name: string } }>(overview).network.name).toBe('Wijknetwerk Zuid');
    // Imported partners can be found by the network's own search (stem of "huisartsen").
    const found = await b.request({ method: 'GET', url: `/api/networks/${networkId}/directory?q=huisarts`, cookie: kimThere.cookie });
    expect(json<{ name: string }[]>(found).map((d) => d.name)).toContain('Huisartsenpraktijk');

    // Twice is refused, and nothing is half-imported.
    const second = capture();
    expect(await importCommand(b.deps, file, second.io)).toBe(1);
    expect(second.out.stderr).toMatch(/bestaat hier al/);
    expect(comparable(await b.services.export.exportById(networkId))).toEqual(comparable(exported));
  });

  it('refuses a file that is not a Wijknet export, with a Dutch message', async () => {
    const b = await app();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wijknet-export-'));
    dirs.push(dir);
    const file = path.join(dir, 'x.json');
    fs.writeFileSync(file, JSON.stringify({ format: 'iets-anders' }));
    const { out, io } = capture();
    expect(await importCommand(b.deps, file, io)).toBe(1);
    expect(out.stderr).toMatch(/geen geldig Wijknet-exportbestand/);
    fs.writeFileSync(file, '{kapot');
    expect(await importCommand(b.deps, file, io)).toBe(1);
    expect(await b.deps.db.selectFrom('networks').select('id').execute()).toEqual([]);
  });

  it('only a kartrekker may export the network', async () => {
    const a = await app();
    const { lotte, networkId } = await filledNetwork(a);
    expect((await a.request({ method: 'GET', url: `/api/networks/${networkId}/export`, cookie: lotte.cookie })).statusCode).toBe(403);
  });
});
