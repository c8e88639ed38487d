import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createTestApp, dialects, memberContext, type TestApp } from '../../test/harness.js';
import { sessionFor } from '../../test/route-fixtures.js';
import type { SessionUser } from '../../core/access.js';
import { sendDueReminders } from '../../jobs/reminders.js';
import { icsCalendar } from '../../jobs/calendar-feed.js';

let n = 0;
const email = (name: string) => `${name}-${Date.now()}-${++n}@voorbeeld.nl`;

describe.each(dialects)('actieplan, afspraken, agenda en herinneringen (%s)', (dialect) => {
  let t: TestApp;
  let lead: SessionUser;
  let partner: SessionUser;
  let networkId: string;
  let otherNetworkId: string;
  let cookies: Record<string, string>;
  let partnerMemberId: string;
  let goalId: string;

  const as = (
    who: string,
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    path: string,
    payload?: Record<string, unknown>,
  ) =>
    t.request({
      method,
      url: path.startsWith('/api/') ? path : `/api/networks/${networkId}${path}`,
      cookie: cookies[who],
      payload,
    });

  beforeAll(async () => {
    t = await createTestApp(dialect);
    lead = await t.services.auth.ensureUser(email('kartrekker'));
    partner = await t.services.auth.ensureUser(email('partner'));
    networkId = (await t.services.networks.create(lead, { name: 'Oost', areaLevel: 'wijk', areaName: 'Oost' })).id;
    otherNetworkId = (await t.services.networks.create(lead, { name: 'West', areaLevel: 'wijk', areaName: 'West' })).id;
    partnerMemberId = await addMember(t, networkId, partner.id, 'partner');
    await addMember(t, otherNetworkId, partner.id, 'partner');
    goalId = (
      await t.services.goals.createGoal(await memberContext(t, networkId, lead.id), { title: 'Minder eenzaamheid' })
    ).id;
    cookies = { lead: await sessionFor(t, lead.id), partner: await sessionFor(t, partner.id) };
  });
  afterAll(() => t?.close());

  it('keeps an action plan with filters, "mijn acties" across networks, and renews it for next year', async () => {
    const a = await as('partner', 'POST', '/actions', {
      title: 'Zaal regelen',
      goalId,
      dueOn: '2026-03-01',
      planYear: 2026,
    });
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json()).toMatchObject({
      ownerMemberId: partnerMemberId,
      status: 'open',
      goalTitle: 'Minder eenzaamheid',
      editable: true,
    });
    await as('partner', 'POST', '/actions', { title: 'Flyer maken', status: 'klaar', planYear: 2026 });
    await t.request({
      method: 'POST',
      url: `/api/networks/${otherNetworkId}/actions`,
      cookie: cookies.partner,
      payload: { title: 'Elders iets doen', planYear: 2026 },
    });

    expect((await as('lead', 'GET', `/actions?goalId=${goalId}`)).json()).toHaveLength(1);
    expect((await as('lead', 'GET', '/actions?status=klaar')).json().map((x: { title: string }) => x.title)).toEqual([
      'Flyer maken',
    ]);
    expect((await as('lead', 'GET', '/actions?status=kapot')).statusCode).toBe(400);

    const mine = (await as('partner', 'GET', '/api/me/actions')).json();
    expect(mine.map((x: { networkName: string }) => x.networkName).sort()).toEqual(['Oost', 'Oost', 'West']);
    expect((await as('partner', 'GET', '/api/me/actions?status=open')).json()).toHaveLength(2);

    const renewed = await as('lead', 'POST', '/actions/renew', { fromYear: 2026, toYear: 2027 });
    expect(renewed.statusCode, renewed.body).toBe(200);
    expect(renewed.json().carried).toBe(1);
    expect(renewed.json().actions[0]).toMatchObject({
      title: 'Zaal regelen',
      planYear: 2027,
      carriedFrom: a.json().id,
      status: 'open',
    });
    // Once only.
    expect((await as('lead', 'POST', '/actions/renew', { fromYear: 2026, toYear: 2027 })).json().carried).toBe(0);

    const stale = await as('partner', 'PATCH', `/actions/${a.json().id}`, { status: 'klaar', version: 5 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current.title).toBe('Zaal regelen');
    const bad = await as('partner', 'POST', '/actions', { title: 'x', goalId: 'bestaat-niet' });
    expect(bad.statusCode).toBe(422);
  });

  it('records agreements with review dates and lists overdue reviews', async () => {
    const past = await as('lead', 'POST', '/agreements', {
      kind: 'besluitvorming',
      title: 'Zo besluiten we',
      decisionRule: 'consent',
      reviewOn: '2020-01-01',
    });
    expect(past.statusCode, past.body).toBe(201);
    expect(past.json()).toMatchObject({ reviewOverdue: true, decisionRuleLabel: expect.stringContaining('Consent') });
    await as('lead', 'POST', '/agreements', {
      kind: 'geld',
      title: 'Bijdragen',
      details: {
        contributions: [{ party: 'Gemeente', amount: 5000 }],
        pooledBudget: { amount: 12000, rules: 'Samen beslissen boven € 500.' },
      },
      reviewOn: '2099-01-01',
    });
    const list = (await as('partner', 'GET', '/agreements')).json();
    expect(list.overdueReviews.map((r: { title: string }) => r.title)).toEqual(['Zo besluiten we']);
    expect(list.missingKinds).toEqual(['verantwoordelijkheden', 'borging']);
    expect((await as('partner', 'POST', '/agreements', { kind: 'overig', title: 'x' })).statusCode).toBe(403);
    expect(
      (await as('lead', 'POST', '/agreements', { kind: 'overig', title: 'x', reviewOn: '2026-02-30' })).statusCode,
    ).toBe(400);
  });

  it('serves a secret iCalendar feed of actions and reviews; a new address stops the old one', async () => {
    const first = (await as('lead', 'POST', '/api/me/calendar')).json().url as string;
    await t.services.actions.create(await memberContext(t, networkId, lead.id), {
      title: 'Evaluatie voorbereiden; met koffie, thee',
      dueOn: '2026-12-01',
    });
    const feed = await t.request({ method: 'GET', url: new URL(first).pathname });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    expect(feed.body).toContain('BEGIN:VCALENDAR\r\n');
    expect(feed.body).toContain('SUMMARY:Actie: Evaluatie voorbereiden\\; met koffie\\, thee');
    expect(feed.body).toContain('DTSTART;VALUE=DATE:20261201');
    expect(feed.body).toContain('SUMMARY:Afspraak evalueren: Zo besluiten we');
    const second = (await as('lead', 'POST', '/api/me/calendar')).json().url as string;
    expect((await t.request({ method: 'GET', url: new URL(first).pathname })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: new URL(second).pathname })).statusCode).toBe(200);
    // The secret is stored hashed.
    const stored = await t.deps.db
      .selectFrom('calendar_feeds')
      .select('secret_hash')
      .where('user_id', '=', lead.id)
      .executeTakeFirstOrThrow();
    expect(second).not.toContain(stored.secret_hash);
  });

  it('sends due reminders once, and none to people who turned them off', async () => {
    const ctx = await memberContext(t, networkId, partner.id);
    await t.services.actions.create(ctx, { title: 'Bijna af', dueOn: '2026-06-10' });
    const before = t.mails.length;
    const first = await sendDueReminders(t.deps, '2026-06-08');
    expect(first.sent).toBeGreaterThan(0);
    const mails = t.mails.slice(before);
    expect(mails.some((m) => m.to === partner.email && m.subject.includes('Bijna af'))).toBe(true);
    expect(mails.some((m) => m.to === lead.email && m.subject.startsWith('Afspraak evalueren'))).toBe(true);
    expect((await sendDueReminders(t.deps, '2026-06-08')).sent).toBe(0);

    await t.deps.db.updateTable('users').set({ reminders: 0 }).where('id', '=', partner.id).execute();
    await t.services.actions.create(ctx, { title: 'Nog een', dueOn: '2026-06-09' });
    const after = t.mails.length;
    await sendDueReminders(t.deps, '2026-06-08');
    expect(t.mails.slice(after).some((m) => m.to === partner.email)).toBe(false);
  });

  it('folds long calendar lines at 75 octets', () => {
    const ics = icsCalendar(
      'Wijknet',
      [{ uid: 'x@wijknet', date: '2026-01-01', summary: 'é'.repeat(100), description: '', url: 'http://localhost' }],
      '2026-01-01T00:00:00.000Z',
    );
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });
});
