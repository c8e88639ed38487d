import { afterEach, describe, expect, it } from 'vitest';
import { addMember, createTestApp, dialects, memberContext, type TestApp } from '../../test/harness.js';

const json = (res: { body: string }) => JSON.parse(res.body);

describe.each(dialects)('relations (%s)', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  async function setUp() {
    t = await createTestApp(dialect);
    const lead = await t.signIn('kartrekker@voorbeeld.nl');
    const partner = await t.signIn('partner@voorbeeld.nl');
    const net = await t.services.networks.create(lead.user, { name: 'Noord', areaLevel: 'wijk', areaName: 'Noord' });
    const ctx = await memberContext(t, net.id, lead.user.id);
    const mk = async (name: string, domain: string) =>
      (await t.services.actors.create(ctx, { kind: 'organisation', name, domain })).id;
    const [wijkteam, huisarts, corporatie] = [
      await mk('Wijkteam', 'welzijn'),
      await mk('Huisarts', 'zorg'),
      await mk('Corporatie', 'wonen'),
    ];
    const partnerMember = await addMember(t, net.id, partner.user.id, 'partner');
    await t.deps.db.updateTable('members').set({ actor_id: wijkteam }).where('id', '=', partnerMember).execute();
    const url = `/api/networks/${net.id}/relations`;
    return { lead, partner, net, wijkteam, huisarts, corporatie, url };
  }

  it('stores one record per pair, whichever way round it is entered', async () => {
    const { lead, wijkteam, huisarts, url } = await setUp();
    const res = await t.request({
      method: 'POST',
      url,
      cookie: lead.cookie,
      payload: { actorAId: huisarts, actorBId: wijkteam, kind: 'overleg', frequency: 'wekelijks', quality: 3 },
    });
    expect(res.statusCode, res.body).toBe(201);
    const rel = json(res);
    expect(rel.actorAId < rel.actorBId).toBe(true);
    expect([rel.actorAName, rel.actorBName].sort()).toEqual(['Huisarts', 'Wijkteam']);
    const again = await t.request({
      method: 'POST',
      url,
      cookie: lead.cookie,
      payload: { actorAId: wijkteam, actorBId: huisarts },
    });
    expect(again.statusCode).toBe(409);
    expect(json(again).error.current.id).toBe(rel.id);
    const self = await t.request({
      method: 'POST',
      url,
      cookie: lead.cookie,
      payload: { actorAId: wijkteam, actorBId: wijkteam },
    });
    expect(self.statusCode).toBe(422);
    expect(json(self).error.fields.actorBId).toMatch(/verschillende/);
    const badQuality = await t.request({
      method: 'POST',
      url,
      cookie: lead.cookie,
      payload: { actorAId: wijkteam, actorBId: huisarts, quality: 5 },
    });
    expect(badQuality.statusCode).toBe(400);
    expect(json(badQuality).error.fields.quality).toMatch(/1 .*4/);
    const list = json(await t.request({ method: 'GET', url, cookie: lead.cookie }));
    expect(list).toHaveLength(1);
  });

  it('a partner keeps the relations of their own actor, not those of others', async () => {
    const { partner, wijkteam, huisarts, corporatie, url } = await setUp();
    const own = await t.request({
      method: 'POST',
      url,
      cookie: partner.cookie,
      payload: { actorAId: wijkteam, actorBId: corporatie, quality: 2 },
    });
    expect(own.statusCode, own.body).toBe(201);
    expect(json(own).editable).toBe(true);
    const others = await t.request({
      method: 'POST',
      url,
      cookie: partner.cookie,
      payload: { actorAId: huisarts, actorBId: corporatie },
    });
    expect(others.statusCode).toBe(403);
    expect(json(others).error.message).toMatch(/namens wie je meedoet/);
  });

  it('updates are version-checked and answer a conflict with the current state', async () => {
    const { lead, partner, wijkteam, huisarts, url } = await setUp();
    const rel = json(
      await t.request({
        method: 'POST',
        url,
        cookie: lead.cookie,
        payload: { actorAId: wijkteam, actorBId: huisarts, quality: 2 },
      }),
    );
    const first = await t.request({
      method: 'PATCH',
      url: `${url}/${rel.id}`,
      cookie: partner.cookie,
      payload: { quality: 4, frequency: 'maandelijks', version: 1 },
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(json(first)).toMatchObject({ quality: 4, frequency: 'maandelijks', version: 2 });
    const stale = await t.request({
      method: 'PATCH',
      url: `${url}/${rel.id}`,
      cookie: lead.cookie,
      payload: { quality: 1, version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(json(stale).error.code).toBe('version_conflict');
    expect(json(stale).error.current).toMatchObject({ quality: 4, version: 2 });
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select(['action', 'changes'])
      .where('entity', '=', 'relation')
      .orderBy('at')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    expect(JSON.parse(audit[1].changes).quality).toEqual({ before: 2, after: 4 });
    expect((await t.request({ method: 'DELETE', url: `${url}/${rel.id}`, cookie: partner.cookie })).statusCode).toBe(
      204,
    );
    expect((await t.request({ method: 'GET', url: `${url}/${rel.id}`, cookie: lead.cookie })).statusCode).toBe(404);
  });

  it('refuses actors that are not in the network', async () => {
    const { lead, wijkteam, url } = await setUp();
    const other = await t.services.networks.create(lead.user, { name: 'Zuid', areaLevel: 'wijk', areaName: 'Zuid' });
    const stranger = await t.services.actors.create(await memberContext(t, other.id, lead.user.id), {
      kind: 'organisation',
      name: 'Elders',
      domain: 'zorg',
    });
    const res = await t.request({
      method: 'POST',
      url,
      cookie: lead.cookie,
      payload: { actorAId: wijkteam, actorBId: stranger.id },
    });
    expect(res.statusCode).toBe(422);
    expect(json(res).error.fields.actorBId).toMatch(/doet niet mee/);
  });
});
