import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addMember, createTestApp, dialects, memberContext, type TestApp } from '../../test/harness.js';

const json = (res: { body: string }) => JSON.parse(res.body);
/** The fixed clock: Wednesday 2 December 2026, 10:00 in Amsterdam. */
const NOW = new Date('2026-12-02T09:00:00Z');

describe.each(dialects)('cockpit (%s)', (dialect) => {
  let t: TestApp;
  // Only Date is fixed: timers and the database drivers run as usual.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(async () => {
    await t?.close();
    vi.useRealTimers();
  });

  async function world() {
    t = await createTestApp(dialect);
    const lead = await t.signIn('kartrekker@voorbeeld.nl');
    const partner = await t.signIn('dewi@voorbeeld.nl');
    const viewer = await t.signIn('meekijker@voorbeeld.nl');
    const outsider = await t.signIn('buiten@voorbeeld.nl');
    const net = await t.services.networks.create(lead.user, { name: 'Oost', areaLevel: 'wijk', areaName: 'Oost' });
    const partnerMember = await addMember(t, net.id, partner.user.id, 'partner');
    await addMember(t, net.id, viewer.user.id, 'meekijker');
    const ctx = await memberContext(t, net.id, lead.user.id);
    const team = await t.services.actors.create(ctx, { kind: 'organisation', name: 'Buurtteam', domain: 'welzijn' });
    const ggd = await t.services.actors.create(ctx, { kind: 'organisation', name: 'GGD', domain: 'zorg' });
    return { lead, partner, viewer, outsider, net, ctx, team, ggd, partnerMember };
  }

  it('lists exactly what needs attention on a fixed day, each with the page that deals with it', async () => {
    const w = await world();
    const { db } = t.deps;
    // Both partners joined in September; the Buurtteam's representative changed something last week.
    await db.updateTable('network_actors').set({ added_at: '2026-09-01T10:00:00.000Z' }).execute();
    const dewi = await db
      .selectFrom('members')
      .select('user_id')
      .where('id', '=', w.partnerMember)
      .executeTakeFirstOrThrow();
    await db.updateTable('members').set({ actor_id: w.team.id }).where('id', '=', w.partnerMember).execute();
    await db
      .insertInto('audit_log')
      .values({
        id: 'a-recent',
        network_id: w.net.id,
        user_id: dewi.user_id,
        at: '2026-11-25T10:00:00.000Z',
        entity: 'action',
        entity_id: 'x',
        action: 'update',
        changes: '{}',
      })
      .execute();

    const late = await t.services.actions.create(w.ctx, { title: 'Zaal regelen', dueOn: '2026-11-30' });
    await t.services.actions.create(w.ctx, { title: 'Vandaag af', dueOn: '2026-12-02' });
    await t.services.actions.create(w.ctx, { title: 'Al klaar', dueOn: '2026-11-01', status: 'klaar' });
    const review = await t.services.agreements.create(w.ctx, {
      kind: 'besluitvorming',
      title: 'Zo besluiten we',
      reviewOn: '2026-11-01',
    });
    await t.services.agreements.create(w.ctx, { kind: 'besluitvorming', title: 'Nog niet', reviewOn: '2026-12-02' });
    const round = await t.services.scan.open(w.ctx, {
      instrumentId: 'wijknet-samenwerkingsscan',
      closesOn: '2026-12-03',
    });
    // Someone asks to speak for the GGD; nobody confirmed it yet.
    const asker = await t.signIn('ggd@voorbeeld.nl');
    await addMember(t, w.net.id, asker.user.id, 'partner');
    const askCtx = await memberContext(t, w.net.id, asker.user.id);
    await t.services.representation.ask(askCtx, asker.user, { actorId: w.ggd.id });
    // Card version 1 names both partners; only the Buurtteam consented.
    await db
      .insertInto('card_versions')
      .values({
        id: 'v1',
        network_id: w.net.id,
        number: 1,
        snapshot: JSON.stringify({ parties: [{ party: `actor:${w.team.id}` }, { party: `actor:${w.ggd.id}` }] }),
        published_by: null,
        published_at: '2026-11-20T10:00:00.000Z',
      })
      .execute();
    await db
      .insertInto('card_consents')
      .values({
        id: 'c1',
        network_id: w.net.id,
        version_id: 'v1',
        party: `actor:${w.team.id}`,
        member_id: w.partnerMember,
        user_name: 'Dewi',
        consented_at: '2026-11-21T10:00:00.000Z',
        method: 'account',
        given_by_role: '',
      })
      .execute();
    // Another network's late action never shows.
    const other = await t.services.networks.create(w.lead.user, { name: 'West', areaLevel: 'wijk', areaName: 'West' });
    await t.services.actions.create(await memberContext(t, other.id, w.lead.user.id), {
      title: 'Van West',
      dueOn: '2026-10-01',
    });

    const url = `/api/networks/${w.net.id}/cockpit`;
    const res = await t.request({ method: 'GET', url, cookie: w.lead.cookie });
    expect(res.statusCode).toBe(200);
    const view = json(res);
    expect(view.today).toBe('2026-12-02');
    expect(view.items.map((i: { code: string }) => i.code)).toEqual([
      // high, the oldest date first
      'agreement_review_overdue',
      'action_overdue',
      'scan_few_answers',
      // medium, the oldest date first, undated last
      'partner_quiet',
      'card_consents_missing',
      'representation_unconfirmed',
      'lead_no_hours',
      // low
      'lead_single',
    ]);
    const byCode = (code: string) => view.items.filter((i: { code: string }) => i.code === code);
    expect(byCode('action_overdue')).toEqual([
      {
        code: 'action_overdue',
        severity: 'high',
        date: '2026-11-30',
        text: 'De actie "Zaal regelen" moest op 30 november 2026 klaar zijn. Ze is 2 dagen te laat. Eigenaar: kartrekker.',
        actionLabel: 'Actie bijwerken',
        tool: 'actions',
        recordId: late.id,
        path: `vormgeven/acties#actie-${late.id}`,
      },
    ]);
    expect(byCode('agreement_review_overdue')).toMatchObject([
      { recordId: review.id, path: `vormgeven/afspraken#afspraak-${review.id}`, date: '2026-11-01' },
    ]);
    expect(byCode('scan_few_answers')).toMatchObject([
      { severity: 'high', recordId: round.id, path: `verdiepen#ronde-${round.id}` },
    ]);
    // The GGD has done nothing since it joined; the Buurtteam's representative was active last week.
    expect(byCode('partner_quiet')).toMatchObject([{ recordId: w.ggd.id, path: `partners#partner-${w.ggd.id}` }]);
    expect(byCode('partner_quiet')[0].text).toContain('GGD heeft sinds 1 september 2026 niets meer gedaan');
    expect(byCode('card_consents_missing')).toMatchObject([
      { path: 'vormgeven/kaart/versie/v1', text: expect.stringContaining('1 partner (GGD)') },
    ]);
    expect(byCode('representation_unconfirmed')).toMatchObject([{ tool: 'representation' }]);
    expect(byCode('representation_unconfirmed')[0].text).toMatch(/namens GGD te spreken/);
    // The lead rules (one kartrekker, no appointment): the same as the kartrekker page.
    expect(byCode('lead_no_hours')).toHaveLength(1);
    // One kartrekker without a deputy: "single" says it all (src/domain/leads.ts), no separate deputy item.
    expect(byCode('lead_no_deputy')).toHaveLength(0);
    expect(byCode('lead_single')).toHaveLength(1);
    expect(view.counts).toEqual({ high: 3, medium: 4, low: 1 });
    expect(JSON.stringify(view)).not.toContain('Van West');

    // In English when asked.
    const en = json(
      await t.request({ method: 'GET', url, cookie: w.lead.cookie, headers: { 'accept-language': 'en' } }),
    );
    expect(en.items.find((i: { code: string }) => i.code === 'action_overdue').text).toBe(
      'The action "Zaal regelen" was due on 30 November 2026. It is 2 days late. Owner: kartrekker.',
    );

    // The cockpit is the kartrekker's: partners and meekijkers are refused, outsiders see no network.
    expect((await t.request({ method: 'GET', url, cookie: w.partner.cookie })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url, cookie: w.viewer.cookie })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url, cookie: w.outsider.cookie })).statusCode).toBe(404);

    // A day later the action due "today" is late too, and the round closes today.
    vi.setSystemTime(new Date('2026-12-03T09:00:00Z'));
    const next = json(await t.request({ method: 'GET', url, cookie: w.lead.cookie }));
    expect(next.items.filter((i: { code: string }) => i.code === 'action_overdue')).toHaveLength(2);
    expect(next.items.filter((i: { code: string }) => i.code === 'agreement_review_overdue')).toHaveLength(2);
  });

  it('says nothing about a network where all is in order', async () => {
    const w = await world();
    const ctx = w.ctx;
    const deputy = await t.signIn('vervanger@voorbeeld.nl');
    const deputyId = await addMember(t, w.net.id, deputy.user.id, 'kartrekker');
    await t.services.leads.upsert(ctx, ctx.memberId, { hoursPerWeek: 8, deputyMemberId: deputyId });
    await t.services.leads.upsert(ctx, deputyId, { hoursPerWeek: 4, deputyMemberId: ctx.memberId });
    await t.services.actions.create(ctx, { title: 'Op tijd', dueOn: '2026-12-10' });
    const view = json(
      await t.request({ method: 'GET', url: `/api/networks/${w.net.id}/cockpit`, cookie: w.lead.cookie }),
    );
    expect(view.items).toEqual([]);
    expect(view.counts).toEqual({ high: 0, medium: 0, low: 0 });
  });

  it('asks to renew an action plan made more than a year ago, not before', async () => {
    const w = await world();
    vi.setSystemTime(new Date('2025-11-20T10:00:00Z'));
    await t.services.actions.create(w.ctx, { title: 'Oud plan', dueOn: '2027-01-01' });
    const plan = async () => {
      const view = json(
        await t.request({ method: 'GET', url: `/api/networks/${w.net.id}/cockpit`, cookie: w.lead.cookie }),
      );
      return view.items.filter((i: { code: string }) => i.code === 'plan_outdated');
    };
    vi.setSystemTime(new Date('2026-11-20T10:00:00Z'));
    expect(await plan()).toEqual([]);
    vi.setSystemTime(NOW);
    expect(await plan()).toMatchObject([
      {
        severity: 'medium',
        date: '2025-11-20',
        path: 'vormgeven/acties',
        text: 'Het actieplan (2025) is sinds 20 november 2025 niet vernieuwd. Maak elk jaar een nieuw plan met elkaar.',
      },
    ]);
  });

  it('names a continuity point past its date until it is arranged, linking to the borging page', async () => {
    const w = await world();
    const cockpit = async () =>
      json(
        await t.request({ method: 'GET', url: `/api/networks/${w.net.id}/cockpit`, cookie: w.lead.cookie }),
      ).items.filter((i: { code: string }) => i.code === 'continuity_overdue');
    const base = `/api/networks/${w.net.id}/continuity`;
    const list = json(await t.request({ method: 'GET', url: base, cookie: w.lead.cookie }));
    const point = list.items[0];
    const patch = (body: Record<string, unknown>, version: number) =>
      t.request({ method: 'PATCH', url: `${base}/${point.id}`, cookie: w.lead.cookie, payload: { ...body, version } });
    const bezig = json(await patch({ status: 'bezig', dueOn: '2026-11-22' }, point.version));
    expect(await cockpit()).toMatchObject([
      { severity: 'medium', date: '2026-11-22', path: 'verankeren/borging', recordId: point.id },
    ]);
    await patch({ status: 'geregeld' }, bezig.version);
    expect(await cockpit()).toEqual([]);
  });

  it('shows which health dimensions goals, ladders and actions address, and which none does', async () => {
    const w = await world();
    const ladder = await t.services.goals.createLadder(w.ctx, {
      activity: 'Wandelgroep',
      healthDimensions: ['meedoen', 'lichaamsfuncties'],
    });
    await t.services.goals.createLadder(w.ctx, { activity: 'Koffie', healthDimensions: ['meedoen', 'meedoen'] });
    const goal = await t.services.goals.createGoal(w.ctx, { title: 'Meer mensen bewegen', ladderIds: [ladder.id] });
    await t.services.actions.create(w.ctx, { title: 'Route uitzetten', goalId: goal.id });
    await t.services.actions.create(w.ctx, { title: 'Zonder doel' });

    const url = `/api/networks/${w.net.id}/health-coverage`;
    const res = await t.request({ method: 'GET', url, cookie: w.viewer.cookie });
    expect(res.statusCode).toBe(200);
    const view = json(res);
    const row = (d: string) => view.dimensions.find((x: { dimension: string }) => x.dimension === d);
    expect(row('meedoen')).toEqual({
      dimension: 'meedoen',
      name: 'meedoen',
      goals: 1,
      ladders: 2,
      actions: 1,
      total: 4,
    });
    expect(row('lichaamsfuncties')).toMatchObject({ goals: 1, ladders: 1, actions: 1, total: 3 });
    expect(view.unaddressed).toEqual([
      'mentaal-welbevinden',
      'zingeving',
      'kwaliteit-van-leven',
      'dagelijks-functioneren',
    ]);
    expect(view.question).toMatch(/Welke dimensie laten jullie liggen, en is dat een keuze\?$/);
    expect(view.totals).toEqual({ goals: 1, ladders: 2, actions: 2 });
    // Counts of tags, never a score or an average.
    expect(JSON.stringify(view)).not.toMatch(/score|mean|average/i);
    expect((await t.request({ method: 'GET', url, cookie: w.outsider.cookie })).statusCode).toBe(404);
  });
});
