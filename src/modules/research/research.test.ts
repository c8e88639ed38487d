import { afterEach, describe, expect, it } from 'vitest';
import { addMember, createTestApp, dialects, type TestApp } from '../../test/harness.js';

const json = (res: { body: string }) => JSON.parse(res.body);
const lastMonth = (() => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 15));
})();
const month = lastMonth.toISOString().slice(0, 7);

describe.each(dialects)('research mode (%s)', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  it('shows a researcher consenting networks only, under a pseudonym of their own, whole past months, nothing under 3 people', async () => {
    t = await createTestApp(dialect);
    const lead = await t.signIn('kartrekker@voorbeeld.nl');
    const researcher = await t.signIn('onderzoeker@voorbeeld.nl');
    const other = await t.signIn('tweede-onderzoeker@voorbeeld.nl');
    const partners = await Promise.all(['a', 'b', 'c'].map((n) => t.signIn(`partner-${n}@voorbeeld.nl`)));
    await t.services.research.makeResearcher(researcher.user.id);
    await t.services.research.makeResearcher(other.user.id);

    const make = async (name: string) => {
      const net = await t.services.networks.create(lead.user, { name, areaLevel: 'wijk', areaName: name });
      for (const p of partners) await addMember(t, net.id, p.user.id, 'partner');
      return net;
    };
    const yes1 = await make('Meedoenwijk');
    const yes2 = await make('Tweedewijk');
    const no = await make('Nietmeewijk');
    const call = (cookie: string, method: 'GET' | 'PUT', url: string, payload?: unknown) =>
      t.request({ method, url, cookie, payload: payload as Record<string, unknown> });

    // Only kartrekkers switch it on; partners read it; members are told by mail.
    expect(
      (await call(partners[0]!.cookie, 'PUT', `/api/networks/${yes1.id}/research`, { enabled: true })).statusCode,
    ).toBe(403);
    const before = t.mails.length;
    const on = await call(lead.cookie, 'PUT', `/api/networks/${yes1.id}/research`, { enabled: true, allowTexts: true });
    expect(on.statusCode).toBe(200);
    expect(json(on)).toMatchObject({ enabled: true, allowTexts: true, version: 1 });
    expect(t.mails.slice(before).map((m) => m.subject)).toContain('Meedoenwijk doet mee aan onderzoek naar de toolbox');
    expect(t.mails.length - before).toBe(4);
    expect(json(await call(partners[0]!.cookie, 'GET', `/api/networks/${yes1.id}/research`))).toMatchObject({
      enabled: true,
    });
    await call(lead.cookie, 'PUT', `/api/networks/${yes2.id}/research`, { enabled: true });

    // Last month in the consenting networks: feedback from three people, one text to share, one not.
    for (const net of [yes1, yes2, no]) {
      const answers: [number, string | null, boolean][] = [
        [5, 'Een knop om te printen.', true],
        [4, 'Geheim: Piet van de GGD doet niet mee.', false],
        [3, null, false],
      ];
      for (const [i, [usefulness, missing, share]] of answers.entries()) {
        const member = await t.deps.db
          .selectFrom('members')
          .select('id')
          .where('network_id', '=', net.id)
          .where('user_id', '=', partners[i]!.user.id)
          .executeTakeFirstOrThrow();
        await t.deps.db
          .insertInto('tool_feedback')
          .values({
            id: `fb-${net.id}-${i}`,
            network_id: net.id,
            member_id: member.id,
            tool: 'netwerkkaart',
            month,
            usefulness,
            missing,
            share_research: share ? 1 : 0,
            created_at: lastMonth.toISOString(),
            updated_at: lastMonth.toISOString(),
          })
          .execute();
      }
    }
    // Two people were active in yes2 last month, three in yes1: usage counts only for yes1.
    const activity = async (networkId: string, users: string[]) => {
      for (const [i, userId] of users.entries()) {
        await t.deps.db
          .insertInto('audit_log')
          .values({
            id: `a-${networkId}-${i}`,
            network_id: networkId,
            user_id: userId,
            at: lastMonth.toISOString(),
            entity: 'actor',
            entity_id: 'x',
            action: 'create',
            changes: '{}',
          })
          .execute();
      }
    };
    await activity(
      yes1.id,
      partners.map((p) => p.user.id),
    );
    await activity(
      yes2.id,
      partners.slice(0, 2).map((p) => p.user.id),
    );

    // Progress is recorded per month while a network consents (a job does this a few times a day).
    expect(await t.services.research.recordProgressAcrossNetworks(lastMonth)).toBe(2);

    // Members are not researchers; researchers get no network pages.
    expect((await call(lead.cookie, 'GET', '/api/research/networks')).statusCode).toBe(403);
    expect((await call(researcher.cookie, 'GET', `/api/networks/${yes1.id}`)).statusCode).toBe(404);

    const list = json(await call(researcher.cookie, 'GET', '/api/research/networks'));
    expect(list).toHaveLength(2);
    const otherList = json(await call(other.cookie, 'GET', '/api/research/networks'));
    // Two researchers cannot link their pseudonyms.
    expect(otherList.map((n: { pseudonym: string }) => n.pseudonym).sort()).not.toEqual(
      list.map((n: { pseudonym: string }) => n.pseudonym).sort(),
    );

    // Only whole months that have ended.
    const thisMonth = new Date().toISOString().slice(0, 7);
    const refused = await call(researcher.cookie, 'GET', `/api/research/export?month=${thisMonth}`);
    expect(refused.statusCode).toBe(422);
    expect(json(refused).error.fields.month).toMatch(/^Kies een hele maand die al voorbij is, zoals \d{4}-\d{2}\.$/);

    const data = json(await call(researcher.cookie, 'GET', `/api/research/export?month=${month}`));
    expect(data.networks).toHaveLength(2);
    const text = JSON.stringify(data);
    for (const secret of ['Meedoenwijk', 'Tweedewijk', 'Nietmeewijk', yes1.id, yes2.id, no.id, 'partner-a', 'Piet']) {
      expect(text).not.toContain(secret);
    }
    const first = data.networks.find((n: { pseudonym: string }) => n.pseudonym === list.find(() => true).pseudonym);
    expect(first).toBeDefined();
    const byActive = (active: boolean) => data.networks.find((n: { activeMonth: boolean }) => n.activeMonth === active);
    // yes1: three active people → usage counts (none stored, so an empty list), texts allowed.
    expect(byActive(true)).toMatchObject({
      usage: [],
      feedback: [{ tool: 'netwerkkaart', answers: 3, mean: 4 }],
      feedbackTexts: [{ tool: 'netwerkkaart', text: 'Een knop om te printen.' }],
      sus: { answers: null, mean: null },
    });
    // yes2: two active people → no usage counts; the network did not allow texts.
    expect(byActive(false)).toMatchObject({ usage: null, feedbackTexts: [] });
    expect(byActive(true).progress.map((p: { phase: string }) => p.phase)).toEqual([
      'verkennen',
      'vormgeven',
      'verdiepen',
      'verankeren',
    ]);

    // CSV and XLSX of the same month.
    const csv = await call(researcher.cookie, 'GET', `/api/research/export?month=${month}&format=csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\r\n')[0]).toBe('month,network,section,item,measure,value');
    expect(csv.body).toContain(',nuttig,netwerkkaart,gemiddelde,4\r\n');
    const xlsx = await call(researcher.cookie, 'GET', `/api/research/export?month=${month}&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');

    // Switched off: gone from the list at once; what was exported stays with the researcher.
    await call(lead.cookie, 'PUT', `/api/networks/${yes2.id}/research`, { enabled: false });
    expect(json(await call(researcher.cookie, 'GET', '/api/research/networks'))).toHaveLength(1);
    expect(json(await call(researcher.cookie, 'GET', `/api/research/export?month=${month}`)).networks).toHaveLength(1);
  });
});
