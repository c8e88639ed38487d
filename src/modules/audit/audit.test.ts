import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, dialects, type TestApp } from '../../test/harness.js';
import type { AuditPage } from './schemas.js';

const json = <T = any>(res: { body: string }): T => JSON.parse(res.body) as T; // eslint-disable-line @typescript-eslint/no-explicit-any

describe.each(dialects)('audit trail (%s)', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  /** Kim (kartrekker) starts a network, adds a partner organisation and invites Lotte, who joins and adds one too. */
  async function story() {
    t = await createTestApp(dialect);
    const kim = await t.signIn('kim@voorbeeld.nl');
    await t.request({ method: 'PATCH', url: '/api/me', cookie: kim.cookie, payload: { name: 'Kim de Vries' } });
    const network = json(
      await t.request({
        method: 'POST',
        url: '/api/networks',
        cookie: kim.cookie,
        payload: { name: 'Wijknetwerk Oost', areaLevel: 'wijk', areaName: 'Oost' },
      }),
    );
    const actor = json(
      await t.request({
        method: 'POST',
        url: `/api/networks/${network.id}/actors`,
        cookie: kim.cookie,
        payload: { kind: 'organisation', name: 'Buurthuis', domain: 'welzijn' },
      }),
    );
    const updated = await t.request({
      method: 'PATCH',
      url: `/api/networks/${network.id}/actors/${actor.id}`,
      cookie: kim.cookie,
      payload: { name: 'Buurthuis De Schakel', version: actor.version },
    });
    expect(updated.statusCode).toBe(200);
    await t.request({
      method: 'POST',
      url: `/api/networks/${network.id}/invitations`,
      cookie: kim.cookie,
      payload: { role: 'partner', email: 'lotte@voorbeeld.nl' },
    });
    const token = /\/uitnodiging\/([A-Za-z0-9_-]+)/.exec(t.lastMailTo('lotte@voorbeeld.nl')!.text)![1];
    const lotte = await t.signIn('lotte@voorbeeld.nl');
    await t.request({ method: 'PATCH', url: '/api/me', cookie: lotte.cookie, payload: { name: 'Lotte Jansen' } });
    expect(
      (await t.request({ method: 'POST', url: `/api/invitations/${token}/accept`, cookie: lotte.cookie })).statusCode,
    ).toBe(200);
    const lotteActor = await t.request({
      method: 'POST',
      url: `/api/networks/${network.id}/actors`,
      cookie: lotte.cookie,
      payload: { kind: 'initiative', name: 'Repaircafé', domain: 'bewoners' },
    });
    expect(lotteActor.statusCode).toBe(201);
    return { kim, lotte, networkId: network.id as string, actorId: actor.id as string };
  }

  const audit = (networkId: string, cookie: string, query = '') =>
    t.request({ method: 'GET', url: `/api/networks/${networkId}/audit${query}`, cookie });

  it('shows who changed what and when, newest first, with the field-level before and after', async () => {
    const { kim, networkId, actorId } = await story();
    const page = json<AuditPage>(await audit(networkId, kim.cookie));
    expect(page.total).toBe(page.entries.length);
    // Two changes within the same millisecond may come in either order; the set is what counts.
    expect(page.entries.map((e) => `${e.entity}.${e.action}`).sort()).toEqual(
      ['actor.create', 'member.create', 'invitation.create', 'actor.update', 'actor.create', 'network.create'].sort(),
    );
    const rename = page.entries.find((e) => e.entity === 'actor' && e.action === 'update')!;
    expect(rename).toMatchObject({
      entityId: actorId,
      user: { id: kim.user.id, name: 'Kim de Vries', deleted: false },
    });
    expect(rename.changes.name).toEqual({ before: 'Buurthuis', after: 'Buurthuis De Schakel' });
    expect(page.entries.find((e) => e.user?.id !== kim.user.id)?.user?.name).toBe('Lotte Jansen');
    const times = page.entries.map((e) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('reads each entry as a plain sentence with names, in Dutch and in English', async () => {
    const { kim, networkId } = await story();
    const read = async (lang: string) =>
      json<AuditPage>(
        await t.request({
          method: 'GET',
          url: `/api/networks/${networkId}/audit`,
          cookie: kim.cookie,
          headers: { 'accept-language': lang },
        }),
      ).entries;
    const nl = await read('nl');
    const en = await read('en');
    expect(nl.map((e) => e.sentence).sort()).toEqual(
      [
        'Kim de Vries startte het netwerk “Wijknetwerk Oost”.',
        'Kim de Vries voegde partner “Buurthuis” toe.',
        'Kim de Vries paste partner “Buurthuis De Schakel” aan.',
        'Kim de Vries nodigde iemand uit als partner.',
        'Lotte Jansen werd lid van het netwerk.',
        'Lotte Jansen voegde partner “Repaircafé” toe.',
      ].sort(),
    );
    expect(en.map((e) => e.sentence)).toContain('Kim de Vries changed partner “Buurthuis De Schakel”.');
    const rename = nl.find((e) => e.entity === 'actor' && e.action === 'update')!;
    expect(rename.details).toEqual([{ label: 'Naam', before: 'Buurthuis', after: 'Buurthuis De Schakel' }]);
    const added = en.find((e) => e.sentence.includes('Repaircafé'))!;
    expect(added.details).toContainEqual({ label: 'Kind', before: null, after: 'residents’ initiative' });
    expect(added.details).toContainEqual({ label: 'Domain', before: null, after: 'residents' });
    // Nothing a person reads is an id, a code, JSON or an e-mail address.
    for (const e of [...nl, ...en]) {
      const text = [e.sentence, ...e.details.flatMap((d) => [d.label, d.before ?? '', d.after ?? ''])].join(' | ');
      expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}|[{}[\]]|\b[a-z]+_[a-z_]+\b|@|actor:/);
    }
  });

  it('filters by kind of record, by person and by period, and pages', async () => {
    const { kim, lotte, networkId } = await story();
    const actors = json<AuditPage>(await audit(networkId, kim.cookie, '?entity=actor'));
    expect(actors.total).toBe(3);
    expect(actors.entries.every((e) => e.entity === 'actor')).toBe(true);

    const byLotte = json<AuditPage>(await audit(networkId, kim.cookie, `?userId=${lotte.user.id}`));
    expect(byLotte.entries.map((e) => `${e.entity}.${e.action}`).sort()).toEqual(['actor.create', 'member.create']);

    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect(json<AuditPage>(await audit(networkId, kim.cookie, `?from=${today}&to=${today}`)).total).toBe(6);
    expect(json<AuditPage>(await audit(networkId, kim.cookie, `?from=${tomorrow}`)).total).toBe(0);
    expect(json<AuditPage>(await audit(networkId, kim.cookie, `?to=${yesterday}`)).total).toBe(0);

    const first = json<AuditPage>(await audit(networkId, kim.cookie, '?limit=4'));
    const second = json<AuditPage>(await audit(networkId, kim.cookie, '?limit=4&offset=4'));
    expect(first).toMatchObject({ total: 6, limit: 4, offset: 0 });
    expect(first.entries).toHaveLength(4);
    expect(second.entries).toHaveLength(2);
    const all = json<AuditPage>(await audit(networkId, kim.cookie));
    expect([...first.entries, ...second.entries].map((e) => e.id)).toEqual(all.entries.map((e) => e.id));
  });

  it('only a kartrekker reads it, and bad filters get Dutch field messages', async () => {
    const { kim, lotte, networkId } = await story();
    expect((await audit(networkId, lotte.cookie)).statusCode).toBe(403);
    const bad = await audit(networkId, kim.cookie, '?from=gisteren&limit=0&entity=Actor!');
    expect(bad.statusCode).toBe(400);
    const fields = json(bad).error.fields;
    expect(Object.keys(fields).sort()).toEqual(['entity', 'from', 'limit']);
    expect(fields.from).toMatch(/datum/);
  });

  it('survives account deletion: the entries stay, the person is shown as removed and their address is gone', async () => {
    const { kim, lotte, networkId } = await story();
    expect((await t.request({ method: 'DELETE', url: '/api/me', cookie: lotte.cookie })).statusCode).toBe(204);
    const res = await audit(networkId, kim.cookie);
    const page = json<AuditPage>(res);
    expect(page.total).toBe(6);
    const hers = page.entries.filter((e) => e.user?.id === lotte.user.id);
    expect(hers).toHaveLength(2);
    for (const e of hers) expect(e.user).toEqual({ id: lotte.user.id, name: 'verwijderde gebruiker', deleted: true });
    expect(res.body).not.toContain('lotte@voorbeeld.nl');
    expect(res.body).not.toContain('Lotte Jansen');
    // Kim's own entries still carry her name.
    expect(page.entries.find((e) => e.entity === 'network')?.user?.name).toBe('Kim de Vries');
    const stored = await t.deps.db.selectFrom('audit_log').select('changes').execute();
    expect(JSON.stringify(stored)).not.toContain('lotte@voorbeeld.nl');
    const invitations = await t.deps.db.selectFrom('invitations').select('email').execute();
    expect(invitations.map((i) => i.email)).not.toContain('lotte@voorbeeld.nl');
  });
});
