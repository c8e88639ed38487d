import { afterEach, describe, expect, it } from 'vitest';
import { addMember, createTestApp, dialects, memberContext, type TestApp } from '../../test/harness.js';
import { sessionFor } from '../../test/route-fixtures.js';

const json = (res: { body: string }) => JSON.parse(res.body);

describe.each(dialects)('networks, members and invitations (%s)', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  async function startNetwork() {
    t = await createTestApp(dialect);
    const lead = await t.signIn('kim@voorbeeld.nl');
    const created = await t.request({
      method: 'POST',
      url: '/api/networks',
      cookie: lead.cookie,
      payload: {
        name: 'Wijknetwerk Centrum',
        areaLevel: 'wijk',
        areaName: 'Centrum',
        regionCode: 'wk026801',
        population: 7500,
        ambition: 'Samen zorgen dat niemand er alleen voor staat.',
      },
    });
    expect(created.statusCode).toBe(201);
    return { lead, network: json(created) };
  }

  it('the creator becomes kartrekker and sees the network under "mijn netwerken"', async () => {
    const { lead, network } = await startNetwork();
    expect(network.role).toBe('kartrekker');
    expect(network.regionCode).toBe('WK026801');
    const mine = json(await t.request({ method: 'GET', url: '/api/networks', cookie: lead.cookie }));
    expect(mine).toEqual([
      expect.objectContaining({ id: network.id, name: 'Wijknetwerk Centrum', role: 'kartrekker' }),
    ]);
  });

  it('an e-mail invitation: preview, accept by that address only, once', async () => {
    const { lead, network } = await startNetwork();
    const res = await t.request({
      method: 'POST',
      url: `/api/networks/${network.id}/invitations`,
      cookie: lead.cookie,
      payload: { role: 'partner', email: 'lotte@voorbeeld.nl' },
    });
    expect(res.statusCode).toBe(201);
    expect(json(res).link).toBeUndefined();
    const mail = t.lastMailTo('lotte@voorbeeld.nl')!;
    const token = /\/uitnodiging\/([A-Za-z0-9_-]+)/.exec(mail.text)![1];

    const preview = json(await t.request({ method: 'GET', url: `/api/invitations/${token}` }));
    expect(preview).toMatchObject({
      networkName: 'Wijknetwerk Centrum',
      role: 'partner',
      email: 'lotte@voorbeeld.nl',
      alreadyMember: false,
    });

    const stranger = await t.signIn('iemand@voorbeeld.nl');
    expect(
      (await t.request({ method: 'POST', url: `/api/invitations/${token}/accept`, cookie: stranger.cookie }))
        .statusCode,
    ).toBe(403);

    const lotte = await t.signIn('lotte@voorbeeld.nl');
    const accepted = await t.request({ method: 'POST', url: `/api/invitations/${token}/accept`, cookie: lotte.cookie });
    expect(json(accepted)).toEqual({ networkId: network.id });
    const members = json(
      await t.request({ method: 'GET', url: `/api/networks/${network.id}/members`, cookie: lotte.cookie }),
    );
    expect(members.map((m: { email: string; role: string }) => [m.email, m.role]).sort()).toEqual([
      ['kim@voorbeeld.nl', 'kartrekker'],
      ['lotte@voorbeeld.nl', 'partner'],
    ]);
    expect((await t.request({ method: 'GET', url: `/api/invitations/${token}` })).statusCode).toBe(404);
  });

  it('a shared link works for several people until it is revoked', async () => {
    const { lead, network } = await startNetwork();
    const inv = json(
      await t.request({
        method: 'POST',
        url: `/api/networks/${network.id}/invitations`,
        cookie: lead.cookie,
        payload: { role: 'meekijker' },
      }),
    );
    const token = inv.link.split('/').pop();
    for (const email of ['a@voorbeeld.nl', 'b@voorbeeld.nl']) {
      const p = await t.signIn(email);
      expect(
        (await t.request({ method: 'POST', url: `/api/invitations/${token}/accept`, cookie: p.cookie })).statusCode,
      ).toBe(200);
    }
    expect(
      (
        await t.request({
          method: 'DELETE',
          url: `/api/networks/${network.id}/invitations/${inv.id}`,
          cookie: lead.cookie,
        })
      ).statusCode,
    ).toBe(204);
    const late = await t.signIn('c@voorbeeld.nl');
    expect(
      (await t.request({ method: 'POST', url: `/api/invitations/${token}/accept`, cookie: late.cookie })).statusCode,
    ).toBe(404);
    const members = json(
      await t.request({ method: 'GET', url: `/api/networks/${network.id}/members`, cookie: lead.cookie }),
    );
    expect(members.filter((m: { role: string }) => m.role === 'meekijker')).toHaveLength(2);
  });

  it('the last kartrekker cannot leave, step down or delete their account; after handing over they can', async () => {
    const { lead, network } = await startNetwork();
    const members = () =>
      t.request({ method: 'GET', url: `/api/networks/${network.id}/members`, cookie: lead.cookie }).then(json);
    const self = (await members())[0];
    expect(
      (
        await t.request({
          method: 'DELETE',
          url: `/api/networks/${network.id}/members/${self.id}`,
          cookie: lead.cookie,
        })
      ).statusCode,
    ).toBe(409);
    const demote = await t.request({
      method: 'PATCH',
      url: `/api/networks/${network.id}/members/${self.id}`,
      cookie: lead.cookie,
      payload: { role: 'partner', version: self.version },
    });
    expect(demote.statusCode).toBe(409);
    expect(json(demote).error.message).toMatch(/minstens één kartrekker/);
    const del = await t.request({ method: 'DELETE', url: '/api/me', cookie: lead.cookie });
    expect(del.statusCode).toBe(409);
    expect(json(del).error.message).toContain('Wijknetwerk Centrum');

    const inv = json(
      await t.request({
        method: 'POST',
        url: `/api/networks/${network.id}/invitations`,
        cookie: lead.cookie,
        payload: { role: 'partner' },
      }),
    );
    const other = await t.signIn('opvolger@voorbeeld.nl');
    await t.request({
      method: 'POST',
      url: `/api/invitations/${inv.link.split('/').pop()}/accept`,
      cookie: other.cookie,
    });
    const successor = (await members()).find((m: { email: string }) => m.email === 'opvolger@voorbeeld.nl');
    expect(
      (
        await t.request({
          method: 'PATCH',
          url: `/api/networks/${network.id}/members/${successor.id}`,
          cookie: lead.cookie,
          payload: { role: 'kartrekker', version: successor.version },
        })
      ).statusCode,
    ).toBe(200);
    expect((await t.request({ method: 'DELETE', url: '/api/me', cookie: lead.cookie })).statusCode).toBe(204);
    expect((await t.request({ method: 'GET', url: '/api/me', cookie: lead.cookie })).statusCode).toBe(401);
    const left = json(
      await t.request({ method: 'GET', url: `/api/networks/${network.id}/members`, cookie: other.cookie }),
    );
    expect(left.map((m: { email: string }) => m.email)).toEqual(['opvolger@voorbeeld.nl']);
    const audit = await t.deps.db.selectFrom('audit_log').selectAll().where('network_id', '=', network.id).execute();
    expect(audit.length).toBeGreaterThan(0);
    expect(JSON.stringify(await t.deps.db.selectFrom('users').selectAll().execute())).not.toContain('kim@voorbeeld.nl');
  });

  it('finding 7: kartrekkers leaving at once never leave the network without one (2 at once, five times; then 21 at once)', async () => {
    const { lead, network } = await startNetwork();
    const leadsLeft = async (networkId: string) =>
      Number(
        (
          await t.deps.db
            .selectFrom('members')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('network_id', '=', networkId)
            .where('role', '=', 'kartrekker')
            .executeTakeFirstOrThrow()
        ).n,
      );
    async function leadsOf(networkId: string, count: number) {
      const people = [];
      for (let i = 0; i < count; i++) {
        const user = await t.services.auth.ensureUser(`lead${i}-${networkId}@voorbeeld.nl`);
        const memberId = await addMember(t, networkId, user.id, 'kartrekker');
        people.push({ memberId, cookie: await sessionFor(t, user.id) });
      }
      return people;
    }
    const leaveAll = (networkId: string, people: { memberId: string; cookie: string }[]) =>
      Promise.all(
        people.map((p) =>
          t.request({ method: 'DELETE', url: `/api/networks/${networkId}/members/${p.memberId}`, cookie: p.cookie }),
        ),
      );

    for (let trial = 0; trial < 5; trial++) {
      const net = json(
        await t.request({
          method: 'POST',
          url: '/api/networks',
          cookie: lead.cookie,
          payload: { name: `Proef ${trial}`, areaLevel: 'wijk', areaName: 'Centrum' },
        }),
      );
      // The creator leaves the lead role to two others, who then both leave at once.
      const two = await leadsOf(net.id, 2);
      const creator = json(
        await t.request({ method: 'GET', url: `/api/networks/${net.id}/members`, cookie: lead.cookie }),
      ).find((m: { email: string }) => m.email === 'kim@voorbeeld.nl');
      expect(
        (
          await t.request({
            method: 'DELETE',
            url: `/api/networks/${net.id}/members/${creator.id}`,
            cookie: lead.cookie,
          })
        ).statusCode,
      ).toBe(204);
      const statuses = (await leaveAll(net.id, two)).map((r) => r.statusCode).sort();
      expect(statuses).toEqual([204, 409]);
      expect(await leadsLeft(net.id)).toBe(1);
    }

    const many = await leadsOf(network.id, 20);
    const all = [
      ...many,
      { memberId: (await memberContext(t, network.id, lead.user.id)).memberId, cookie: lead.cookie },
    ];
    const statuses = (await leaveAll(network.id, all)).map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 204)).toHaveLength(20);
    expect(statuses.filter((s) => s === 409)).toHaveLength(1);
    expect(await leadsLeft(network.id)).toBe(1);
  });

  it('a partner cannot change roles or remove others, but can leave', async () => {
    const { lead, network } = await startNetwork();
    const inv = json(
      await t.request({
        method: 'POST',
        url: `/api/networks/${network.id}/invitations`,
        cookie: lead.cookie,
        payload: { role: 'partner' },
      }),
    );
    const p = await t.signIn('piet@voorbeeld.nl');
    await t.request({ method: 'POST', url: `/api/invitations/${inv.link.split('/').pop()}/accept`, cookie: p.cookie });
    const members = json(
      await t.request({ method: 'GET', url: `/api/networks/${network.id}/members`, cookie: p.cookie }),
    );
    const kim = members.find((m: { email: string }) => m.email === 'kim@voorbeeld.nl');
    const piet = members.find((m: { email: string }) => m.email === 'piet@voorbeeld.nl');
    expect(
      (
        await t.request({
          method: 'PATCH',
          url: `/api/networks/${network.id}/members/${piet.id}`,
          cookie: p.cookie,
          payload: { role: 'kartrekker', version: piet.version },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await t.request({ method: 'DELETE', url: `/api/networks/${network.id}/members/${kim.id}`, cookie: p.cookie }))
        .statusCode,
    ).toBe(403);
    expect(
      (await t.request({ method: 'DELETE', url: `/api/networks/${network.id}/members/${piet.id}`, cookie: p.cookie }))
        .statusCode,
    ).toBe(204);
    expect((await t.request({ method: 'GET', url: `/api/networks/${network.id}`, cookie: p.cookie })).statusCode).toBe(
      404,
    );
  });

  it("finding 10: a meekijker's write is refused whatever the body — no version bump, no audit line", async () => {
    const { lead, network } = await startNetwork();
    const inv = json(
      await t.request({
        method: 'POST',
        url: `/api/networks/${network.id}/invitations`,
        cookie: lead.cookie,
        payload: { role: 'meekijker' },
      }),
    );
    const viewer = await t.signIn('kijker@voorbeeld.nl');
    await t.request({
      method: 'POST',
      url: `/api/invitations/${inv.link.split('/').pop()}/accept`,
      cookie: viewer.cookie,
    });
    const kim = json(
      await t.request({ method: 'GET', url: `/api/networks/${network.id}/members`, cookie: lead.cookie }),
    ).find((m: { email: string }) => m.email === 'kim@voorbeeld.nl');
    const auditRows = () => t.deps.db.selectFrom('audit_log').select('id').where('entity_id', '=', kim.id).execute();
    const before = (await auditRows()).length;
    for (const payload of [
      { version: kim.version },
      { version: kim.version, role: 'kartrekker' },
      { version: 'x' },
      {},
    ]) {
      const res = await t.request({
        method: 'PATCH',
        url: `/api/networks/${network.id}/members/${kim.id}`,
        cookie: viewer.cookie,
        payload,
      });
      expect(res.statusCode, JSON.stringify(payload)).toBe(403);
    }
    const after = json(
      await t.request({ method: 'GET', url: `/api/networks/${network.id}/members`, cookie: lead.cookie }),
    ).find((m: { id: string }) => m.id === kim.id);
    expect(after.version).toBe(kim.version);
    expect((await auditRows()).length).toBe(before);
    // The kartrekker's own save with that version still works.
    expect(
      (
        await t.request({
          method: 'PATCH',
          url: `/api/networks/${network.id}/members/${kim.id}`,
          cookie: lead.cookie,
          payload: { role: 'kartrekker', version: kim.version },
        })
      ).statusCode,
    ).toBe(200);
  });

  it('an update based on an old version gets 409 with the current state and changes nothing', async () => {
    const { lead, network } = await startNetwork();
    const first = await t.request({
      method: 'PATCH',
      url: `/api/networks/${network.id}`,
      cookie: lead.cookie,
      payload: { ambition: 'Eerste', version: 1 },
    });
    expect(json(first).version).toBe(2);
    const stale = await t.request({
      method: 'PATCH',
      url: `/api/networks/${network.id}`,
      cookie: lead.cookie,
      payload: { ambition: 'Tweede', version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(json(stale).error.code).toBe('version_conflict');
    expect(json(stale).error.current.ambition).toBe('Eerste');
    const now = json(await t.request({ method: 'GET', url: `/api/networks/${network.id}`, cookie: lead.cookie }));
    expect(now.network.ambition).toBe('Eerste');
  });

  it('twenty parallel updates with the same version: exactly one wins', async () => {
    const { lead, network } = await startNetwork();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.request({
          method: 'PATCH',
          url: `/api/networks/${network.id}`,
          cookie: lead.cookie,
          payload: { ambition: `Versie ${i}`, version: 1 },
        }),
      ),
    );
    const ok = results.filter((r) => r.statusCode === 200);
    expect(ok).toHaveLength(1);
    expect(results.filter((r) => r.statusCode === 409)).toHaveLength(19);
    const stored = json(await t.request({ method: 'GET', url: `/api/networks/${network.id}`, cookie: lead.cookie }));
    expect(stored.network.ambition).toBe(json(ok[0]).ambition);
    expect(stored.network.version).toBe(2);
  });

  it('deleting a network removes it for everyone, its audit trail included', async () => {
    const { lead, network } = await startNetwork();
    await t.request({
      method: 'PATCH',
      url: `/api/networks/${network.id}`,
      cookie: lead.cookie,
      payload: { ambition: 'Iedereen doet mee', version: 1 },
    });
    const audit = () => t.deps.db.selectFrom('audit_log').selectAll().where('network_id', '=', network.id).execute();
    expect((await audit()).length).toBeGreaterThanOrEqual(2);
    expect(
      (await t.request({ method: 'DELETE', url: `/api/networks/${network.id}`, cookie: lead.cookie })).statusCode,
    ).toBe(204);
    expect(json(await t.request({ method: 'GET', url: '/api/networks', cookie: lead.cookie }))).toEqual([]);
    expect(await audit()).toEqual([]);
    // Only the deletion itself stays on record, in no network's trail and without content.
    const kept = await t.deps.db.selectFrom('audit_log').selectAll().where('entity_id', '=', network.id).execute();
    expect(kept).toEqual([
      expect.objectContaining({
        network_id: null,
        user_id: lead.user.id,
        entity: 'network',
        action: 'delete',
        changes: '{}',
      }),
    ]);
  });
});
