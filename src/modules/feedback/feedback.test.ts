import { afterEach, describe, expect, it } from 'vitest';
import { addMember, createTestApp, dialects, type TestApp } from '../../test/harness.js';

const json = (res: { body: string }) => JSON.parse(res.body);

describe.each(dialects)('in-tool feedback, the SUS questionnaire and usage counts (%s)', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  async function world() {
    t = await createTestApp(dialect);
    const lead = await t.signIn('kartrekker@voorbeeld.nl');
    const people = await Promise.all(['a', 'b', 'c'].map((n) => t.signIn(`partner-${n}@voorbeeld.nl`)));
    const outsider = await t.signIn('buiten@voorbeeld.nl');
    const net = await t.services.networks.create(lead.user, {
      name: 'Wilgenhoek',
      areaLevel: 'wijk',
      areaName: 'Wilgenhoek',
    });
    for (const p of people) await addMember(t, net.id, p.user.id, 'partner');
    const base = `/api/networks/${net.id}`;
    const call = (cookie: string, method: 'GET' | 'PUT' | 'POST', url: string, payload?: unknown, lang = 'nl') =>
      t.request({
        method,
        url: `${base}${url}`,
        cookie,
        payload: payload as Record<string, unknown>,
        headers: { 'accept-language': lang },
      });
    return { lead, people, outsider, net, base, call };
  }

  it('takes "Was dit nuttig?" once per person per tool per month and shows kartrekkers totals, a mean only from 3 people', async () => {
    const { lead, people, outsider, call } = await world();
    const [a, b, c] = people as [(typeof people)[0], (typeof people)[0], (typeof people)[0]];

    expect((await call(a.cookie, 'PUT', '/feedback/tools/netwerkkaart', { usefulness: 2 })).statusCode).toBe(200);
    // Again in the same month: the answer is replaced, not added.
    const again = await call(a.cookie, 'PUT', '/feedback/tools/netwerkkaart', {
      usefulness: 3,
      missing: 'Een knop om de kaart te printen.',
      shareWithResearch: true,
    });
    expect(again.statusCode).toBe(200);
    const mine = json(await call(a.cookie, 'GET', '/feedback/mine'));
    expect(mine.tools).toEqual([
      { tool: 'netwerkkaart', usefulness: 3, missing: 'Een knop om de kaart te printen.', shareWithResearch: true },
    ]);
    expect(mine.month).toMatch(/^\d{4}-\d{2}$/);

    // Two people: the count is shown, the mean is withheld.
    await call(b.cookie, 'PUT', '/feedback/tools/netwerkkaart', { usefulness: 5 });
    let overview = json(await call(lead.cookie, 'GET', '/feedback'));
    expect(overview.tools).toEqual([
      {
        tool: 'netwerkkaart',
        name: 'Netwerkkaart',
        answers: 2,
        mean: null,
        counts: [0, 0, 1, 0, 1],
        missing: ['Een knop om de kaart te printen.'],
      },
    ]);
    // The third person: (3 + 5 + 4) / 3 = 4.
    await call(c.cookie, 'PUT', '/feedback/tools/netwerkkaart', { usefulness: 4 });
    overview = json(await call(lead.cookie, 'GET', '/feedback'));
    expect(overview.tools[0]).toMatchObject({ answers: 3, mean: 4, counts: [0, 0, 1, 1, 1] });
    // Never who said what.
    expect(JSON.stringify(overview)).not.toMatch(/partner-a|member|user/);

    // Partners do not see the totals; outsiders see nothing; bad input gets a Dutch message per field.
    expect((await call(a.cookie, 'GET', '/feedback')).statusCode).toBe(403);
    expect((await call(outsider.cookie, 'GET', '/feedback/mine')).statusCode).toBe(404);
    const bad = await call(a.cookie, 'PUT', '/feedback/tools/netwerkkaart', { usefulness: 6, missing: 'a\u0000b' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(json(bad).error.fields).sort()).toEqual(['missing', 'usefulness']);
    expect(json(bad).error.fields.usefulness).toBe('Kies een cijfer van 1 tot en met 5.');
    const unknownTool = await call(a.cookie, 'PUT', '/feedback/tools/bestaat-niet', { usefulness: 3 });
    expect(unknownTool.statusCode).toBe(404);
    expect(json(unknownTool).error.message).toBe('Dit hulpmiddel bestaat niet in Wijknet.');
  });

  it('offers the SUS questionnaire once after 30 days and scores it the standard way', async () => {
    const { lead, people, net, call } = await world();
    const a = people[0]!;
    // Just joined: not offered, and answering is refused with the reason.
    expect(json(await call(a.cookie, 'GET', '/feedback/mine'))).toMatchObject({ susDue: false, susDone: false });
    const early = await call(a.cookie, 'POST', '/feedback/sus', { answers: [5, 1, 5, 1, 5, 1, 5, 1, 5, 1] });
    expect(early.statusCode).toBe(409);
    expect(json(early).error.message).toBe('De vragenlijst over het gebruik komt pas na 30 dagen in het netwerk.');

    await t.deps.db
      .updateTable('members')
      .set({ created_at: new Date(Date.now() - 31 * 86_400_000).toISOString() })
      .where('network_id', '=', net.id)
      .execute();
    expect(json(await call(a.cookie, 'GET', '/feedback/mine'))).toMatchObject({ susDue: true });
    // By hand: odd items 4 − 1 = 3 each (×5 = 15), even items 5 − 2 = 3 each (×5 = 15); 30 × 2.5 = 75.
    const first = await call(a.cookie, 'POST', '/feedback/sus', { answers: [4, 2, 4, 2, 4, 2, 4, 2, 4, 2] });
    expect(first.statusCode).toBe(201);
    expect(json(first)).toEqual({ score: 75 });
    const twice = await call(a.cookie, 'POST', '/feedback/sus', { answers: [4, 2, 4, 2, 4, 2, 4, 2, 4, 2] });
    expect(twice.statusCode).toBe(409);
    expect(json(await call(a.cookie, 'GET', '/feedback/mine'))).toMatchObject({ susDue: false, susDone: true });

    const short = await call(people[1]!.cookie, 'POST', '/feedback/sus', { answers: [4, 2, 4] });
    expect(short.statusCode).toBe(400);
    expect(json(short).error.fields.answers).toBe('Beantwoord alle 10 vragen met een cijfer van 1 tot en met 5.');

    // Best (100) and worst (0) possible answers, then the mean shows from three people: (75 + 100 + 0) / 3.
    await call(people[1]!.cookie, 'POST', '/feedback/sus', { answers: [5, 1, 5, 1, 5, 1, 5, 1, 5, 1] });
    expect(json(await call(lead.cookie, 'GET', '/feedback')).sus).toEqual({ answers: 2, mean: null });
    await call(people[2]!.cookie, 'POST', '/feedback/sus', { answers: [1, 5, 1, 5, 1, 5, 1, 5, 1, 5] });
    expect(json(await call(lead.cookie, 'GET', '/feedback')).sus).toEqual({ answers: 3, mean: 175 / 3 });
  });

  it('counts openings and changes per tool and week, with no person in the counts', async () => {
    const { lead, people, net, call } = await world();
    await call(people[0]!.cookie, 'POST', '/usage/netwerkkaart/opened');
    await call(people[1]!.cookie, 'POST', '/usage/netwerkkaart/opened');
    // A change made with the map's tool: adding a partner.
    const added = await call(lead.cookie, 'POST', '/actors', {
      name: 'Buurthuis De Linde',
      kind: 'organisation',
      domain: 'welzijn',
    });
    expect(added.statusCode).toBe(201);
    const usage = json(await call(lead.cookie, 'GET', '/feedback')).usage;
    expect(usage).toEqual([
      expect.objectContaining({ tool: 'netwerkkaart', name: 'Netwerkkaart', opened: 2, changed: 1 }),
    ]);
    expect(usage[0].week).toMatch(/^\d{4}-W\d{2}$/);
    const columns = Object.keys(
      await t.deps.db.selectFrom('usage_counts').selectAll().where('network_id', '=', net.id).executeTakeFirstOrThrow(),
    ).sort();
    expect(columns).toEqual(['changed', 'network_id', 'opened', 'tool', 'week']);
    expect((await call(people[0]!.cookie, 'POST', '/usage/bestaat-niet/opened')).statusCode).toBe(404);
  });
});
