import { afterEach, describe, expect, it } from 'vitest';
import { addMember, createTestApp, dialects, memberContext, type TestApp } from '../../test/harness.js';

const json = (res: { body: string }) => JSON.parse(res.body);
const dayFrom = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const tokenIn = (text: string) => /\/scan\/([A-Za-z0-9_-]+)/.exec(text)![1];

describe.each(dialects)('samenwerkingsscan (%s)', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  async function world() {
    t = await createTestApp(dialect);
    const lead = await t.signIn('kartrekker@voorbeeld.nl');
    const p1 = await t.signIn('partner1@voorbeeld.nl');
    const p2 = await t.signIn('partner2@voorbeeld.nl');
    const viewer = await t.signIn('meekijker@voorbeeld.nl');
    const outsider = await t.signIn('buiten@voorbeeld.nl');
    const net = await t.services.networks.create(lead.user, { name: 'Noord', areaLevel: 'wijk', areaName: 'Noord' });
    await addMember(t, net.id, p1.user.id, 'partner');
    await addMember(t, net.id, p2.user.id, 'partner');
    await addMember(t, net.id, viewer.user.id, 'meekijker');
    const ctx = await memberContext(t, net.id, lead.user.id);
    const withMail = await t.services.actors.create(ctx, {
      kind: 'organisation',
      name: 'Buurthuis',
      domain: 'welzijn',
      contactEmail: 'contact@buurthuis.nl',
    });
    const withoutMail = await t.services.actors.create(ctx, { kind: 'organisation', name: 'Huisarts', domain: 'zorg' });
    const base = `/api/networks/${net.id}/scan`;
    return { lead, p1, p2, viewer, outsider, net, withMail, withoutMail, base };
  }

  const answer = (token: string, answers: Record<string, number>) =>
    t.request({ method: 'POST', url: `/api/scan/${token}`, payload: { answers } });

  it('opens a round with links, takes each answer once while open, and shows results only after closing with 3 or more', async () => {
    const { lead, p1, viewer, outsider, withMail, withoutMail, base } = await world();
    const open = (cookie: string, payload: Record<string, unknown>) =>
      t.request({ method: 'POST', url: `${base}/rounds`, cookie, payload });
    const valid = {
      instrumentId: 'wijknet-samenwerkingsscan',
      disabledItems: ['goal-4'],
      closesOn: dayFrom(7),
      contactActorIds: [withMail.id],
    };

    expect((await open(p1.cookie, valid)).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: `${base}/rounds`, cookie: outsider.cookie })).statusCode).toBe(404);
    const bad = async (payload: Record<string, unknown>, field: string) => {
      const res = await open(lead.cookie, payload);
      expect(res.statusCode, res.body).toBe(422);
      expect(json(res).error.fields[field]).toMatch(/[a-z]/);
    };
    await bad({ ...valid, contactActorIds: [withoutMail.id] }, 'contactActorIds');
    await bad({ ...valid, disabledItems: ['vraag-die-niet-bestaat'] }, 'disabledItems');
    await bad({ ...valid, closesOn: dayFrom(-1) }, 'closesOn');
    await bad({ ...valid, instrumentId: 'andere-scan' }, 'instrumentId');
    expect(t.mails.filter((m) => m.subject.startsWith('Samenwerkingsscan'))).toHaveLength(0);

    const opened = await open(lead.cookie, valid);
    expect(opened.statusCode, opened.body).toBe(201);
    const round = json(opened);
    expect(round).toMatchObject({ label: 'T0', status: 'open', invited: 5, answered: 0, disabledItems: ['goal-4'] });
    expect((await open(lead.cookie, { ...valid, label: 't0' })).statusCode).toBe(409);

    // Four members and the partner's contact each get their own link.
    const mails = t.mails.filter((m) => m.subject === 'Samenwerkingsscan T0 van Noord');
    expect(mails.map((m) => m.to).sort()).toEqual([
      'contact@buurthuis.nl',
      'kartrekker@voorbeeld.nl',
      'meekijker@voorbeeld.nl',
      'partner1@voorbeeld.nl',
      'partner2@voorbeeld.nl',
    ]);
    const token = (email: string) => tokenIn(t.lastMailTo(email)!.text);
    expect(new Set(mails.map((m) => tokenIn(m.text))).size).toBe(5);

    const form = json(await t.request({ method: 'GET', url: `/api/scan/${token('partner1@voorbeeld.nl')}` }));
    expect(form).toMatchObject({ networkName: 'Noord', label: 'T0', closesOn: valid.closesOn });
    expect(form.nl.dimensions[0].items.map((i: { id: string }) => i.id)).toEqual(['goal-1', 'goal-2', 'goal-3']);
    expect(form.en.dimensions[0].items).toHaveLength(3);

    // Bad answers: a switched-off question, a value off the scale, nothing at all, an unknown link.
    const r1 = token('kartrekker@voorbeeld.nl');
    const refused = await answer(r1, { 'goal-1': 5, 'goal-4': 2, 'trust-1': 6 });
    expect(refused.statusCode).toBe(422);
    expect(Object.keys(json(refused).error.fields).sort()).toEqual(['answers.goal-4', 'answers.trust-1']);
    expect((await answer(r1, {})).statusCode).toBe(422);
    expect((await answer('x'.repeat(43), { 'goal-1': 3 })).statusCode).toBe(404);

    const eventsBefore = await t.deps.db.selectFrom('events').select('type').execute();
    const auditBefore = await t.deps.db.selectFrom('audit_log').select('id').execute();
    // shared-goal (goal-1..3) and trust (trust-3 reversed: 6 − answer).
    expect(
      (await answer(r1, { 'goal-1': 5, 'goal-2': 4, 'goal-3': 3, 'trust-1': 2, 'trust-2': 2, 'trust-3': 4 }))
        .statusCode,
    ).toBe(201);
    expect(
      (
        await answer(token('partner1@voorbeeld.nl'), {
          'goal-1': 4,
          'goal-2': 4,
          'goal-3': 4,
          'trust-1': 1,
          'trust-2': 2,
          'trust-3': 5,
        })
      ).statusCode,
    ).toBe(201);
    // Trust: 1 of 3 answered is less than half, so this person counts only for the shared goal.
    expect(
      (await answer(token('contact@buurthuis.nl'), { 'goal-1': 2, 'goal-2': 3, 'goal-3': 4, 'trust-1': 5 })).statusCode,
    ).toBe(201);
    // Shared goal: 1 of 3 answered, so this person counts only for trust.
    expect(
      (await answer(token('partner2@voorbeeld.nl'), { 'goal-1': 3, 'trust-1': 1, 'trust-2': 1, 'trust-3': 5 }))
        .statusCode,
    ).toBe(201);

    // Answering leaves no trace in time: no live event, no audit row.
    expect(await t.deps.db.selectFrom('events').select('type').execute()).toEqual(eventsBefore);
    expect(await t.deps.db.selectFrom('audit_log').select('id').execute()).toHaveLength(auditBefore.length);

    const again = await answer(r1, { 'goal-1': 1 });
    expect(again.statusCode).toBe(409);
    expect(json(again).error.message).toMatch(/al ingevuld/);
    expect((await t.request({ method: 'GET', url: `/api/scan/${r1}` })).statusCode).toBe(409);

    const results = (cookie: string) => t.request({ method: 'GET', url: `${base}/rounds/${round.id}/results`, cookie });
    expect(json(await results(viewer.cookie))).toEqual({ available: false, reason: 'open', closesOn: valid.closesOn });
    const list = json(await t.request({ method: 'GET', url: `${base}/rounds`, cookie: viewer.cookie }));
    expect(
      list.map((r: { label: string; invited: number; answered: number }) => [r.label, r.invited, r.answered]),
    ).toEqual([['T0', 5, 4]]);

    const close = (cookie: string) => t.request({ method: 'POST', url: `${base}/rounds/${round.id}/close`, cookie });
    // The phase progress counts the round: open first, held once closed with 3 or more answers.
    const scanStep = async () => {
      const p = json(
        await t.request({ method: 'GET', url: base.replace(/\/scan$/, '/progress'), cookie: lead.cookie }),
      );
      const verdiepen = p.phases.find((ph: { phase: string }) => ph.phase === 'verdiepen');
      return verdiepen.steps.find((st: { id: string }) => st.id === 'scan') as { status: string; detail: string };
    };
    expect((await scanStep()).status).toBe('open');
    expect((await scanStep()).detail).toBe('Er loopt 1 ronde. De uitslag zie je als de ronde gesloten is.');
    expect((await close(p1.cookie)).statusCode).toBe(403);
    expect(json(await close(lead.cookie))).toMatchObject({ status: 'closed' });
    expect((await scanStep()).status).toBe('done');
    expect((await close(lead.cookie)).statusCode).toBe(409);
    const late = await answer(token('meekijker@voorbeeld.nl'), { 'goal-1': 3 });
    expect(late.statusCode).toBe(409);
    expect(json(late).error.message).toMatch(/gesloten/);

    const res = json(await results(viewer.cookie));
    expect(res).toMatchObject({ available: true, respondents: 4, previousLabel: null });
    const dim = (id: string) => res.dimensions.find((d: { id: string }) => d.id === id);
    // Shared goal: 4, 4, 3 → mean 11/3; deviations 1/3, 1/3, −2/3 → sd √(1/3).
    expect(dim('shared-goal')).toMatchObject({
      n: 3,
      items: 3,
      withheld: false,
      spread: 'agree',
      weak: false,
      divided: false,
      tips: [],
      trend: null,
    });
    expect(dim('shared-goal').mean).toBeCloseTo(11 / 3, 10);
    expect(dim('shared-goal').sd).toBeCloseTo(Math.sqrt(1 / 3), 10);
    // Trust: 2, 4/3, 1 → mean 13/9; deviations 5/9, −1/9, −4/9 → sd √21 / 9. Below the middle: tips.
    expect(dim('trust')).toMatchObject({ n: 3, spread: 'agree', weak: true });
    expect(dim('trust').mean).toBeCloseTo(13 / 9, 10);
    expect(dim('trust').sd).toBeCloseTo(Math.sqrt(21) / 9, 10);
    expect(dim('trust').tips.map((x: { tool: string }) => x.tool)).toEqual(['card', 'agreements', 'session']);
    expect(dim('trust').tips[0].nl).toMatch(/partnerschapskaart/);
    // Nobody answered roles: withheld, no numbers.
    expect(dim('roles')).toMatchObject({ n: 0, withheld: true, mean: null, sd: null, spread: null });
    expect(Object.keys(dim('roles')).sort()).toEqual([
      'divided',
      'id',
      'items',
      'mean',
      'n',
      'name',
      'sd',
      'spread',
      'tips',
      'trend',
      'weak',
      'withheld',
    ]);
    expect(
      (await t.request({ method: 'GET', url: `${base}/rounds/${round.id}/results`, cookie: outsider.cookie }))
        .statusCode,
    ).toBe(404);

    // Round T1 closes by its date with 2 answers: too few; T2 then compares with T0, the last round with a result.
    const t1 = json(await open(lead.cookie, { instrumentId: 'wijknet-samenwerkingsscan', closesOn: dayFrom(3) }));
    expect(t1.label).toBe('T1');
    const t1Token = (email: string) =>
      tokenIn(t.mails.filter((m) => m.to === email && m.subject.includes('T1')).at(-1)!.text);
    await answer(t1Token('partner1@voorbeeld.nl'), { 'goal-1': 1, 'goal-2': 1, 'goal-3': 1, 'goal-4': 1 });
    await answer(t1Token('partner2@voorbeeld.nl'), { 'goal-1': 1, 'goal-2': 1, 'goal-3': 1, 'goal-4': 1 });
    await t.deps.db
      .updateTable('scan_rounds')
      .set({ closes_on: dayFrom(-1) })
      .where('id', '=', t1.id)
      .execute();
    expect((await answer(t1Token('kartrekker@voorbeeld.nl'), { 'goal-1': 3 })).statusCode).toBe(409);
    expect(json(await t.request({ method: 'GET', url: `${base}/rounds`, cookie: lead.cookie }))[1]).toMatchObject({
      status: 'closed',
      closedAt: null,
      answered: 2,
    });
    expect(
      json(await t.request({ method: 'GET', url: `${base}/rounds/${t1.id}/results`, cookie: lead.cookie })),
    ).toEqual({ available: false, reason: 'too_few', respondents: 2, needed: 1 });

    const t2 = json(await open(lead.cookie, { instrumentId: 'wijknet-samenwerkingsscan', closesOn: dayFrom(3) }));
    const t2Answers = { 'goal-1': 5, 'goal-2': 5, 'goal-3': 5, 'goal-4': 1, 'trust-1': 3, 'trust-2': 3, 'trust-3': 3 };
    for (const email of ['partner1@voorbeeld.nl', 'partner2@voorbeeld.nl']) {
      await answer(tokenIn(t.mails.filter((m) => m.to === email && m.subject.includes('T2')).at(-1)!.text), t2Answers);
    }
    // A member answers from the app: a fresh personal link, once.
    const myLink = await t.request({ method: 'POST', url: `${base}/rounds/${t2.id}/link`, cookie: viewer.cookie });
    expect(myLink.statusCode).toBe(200);
    expect((await answer(tokenIn(json(myLink).link), t2Answers)).statusCode).toBe(201);
    expect(
      (await t.request({ method: 'POST', url: `${base}/rounds/${t2.id}/link`, cookie: viewer.cookie })).statusCode,
    ).toBe(409);
    await t.request({ method: 'POST', url: `${base}/rounds/${t2.id}/close`, cookie: lead.cookie });
    const t2Results = json(
      await t.request({ method: 'GET', url: `${base}/rounds/${t2.id}/results`, cookie: p1.cookie }),
    );
    expect(t2Results).toMatchObject({ available: true, respondents: 3, previousLabel: 'T0' });
    const t2Dim = (id: string) => t2Results.dimensions.find((d: { id: string }) => d.id === id);
    // goal-4 is reversed: 1 counts as 5, so every shared-goal score is 5; 5 − 11/3 = 4/3.
    expect(t2Dim('shared-goal').mean).toBe(5);
    expect(t2Dim('shared-goal').trend).toBeCloseTo(4 / 3, 10);
    expect(t2Dim('trust').trend).toBeCloseTo(3 - 13 / 9, 10);
    expect(t2Dim('roles').trend).toBeNull();

    // Live events and audit rows of the scan name only rounds, never an answer.
    const scanEvents = await t.deps.db
      .selectFrom('events')
      .select(['type', 'entity_id'])
      .where('type', 'like', 'scan%')
      .execute();
    expect(scanEvents.map((e) => e.type).sort()).toEqual([
      'scan_round.create',
      'scan_round.create',
      'scan_round.create',
      'scan_round.update',
      'scan_round.update',
    ]);
    const responseIds = (await t.deps.db.selectFrom('scan_responses').select('id').execute()).map((r) => r.id);
    expect(responseIds).toHaveLength(9);
    const audit = JSON.stringify(await t.deps.db.selectFrom('audit_log').selectAll().execute());
    for (const id of responseIds) expect(audit).not.toContain(id);
    expect(audit).not.toContain('goal-1');
  });
});
