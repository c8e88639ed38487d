import { afterEach, describe, expect, it } from 'vitest';
import { addMember, createTestApp, dialects, memberContext, type TestApp } from '../test/harness.js';
import { sendCockpitDigests, weekOf } from './cockpit-digest.js';

const tokenIn = (text: string) => /afmelden\/cockpitmail#token=([A-Za-z0-9_-]+)/.exec(text)![1];
/** Monday 7 December 2026, 08:00 in Amsterdam; the week after is 14 December. */
const MONDAY = new Date('2026-12-07T07:00:00Z');
const WEDNESDAY = new Date('2026-12-09T07:00:00Z');
const NEXT_MONDAY = new Date('2026-12-14T07:00:00Z');

describe('weekOf', () => {
  it('gives the Monday of the week', () => {
    expect(weekOf('2026-12-07')).toBe('2026-12-07');
    expect(weekOf('2026-12-09')).toBe('2026-12-07');
    expect(weekOf('2026-12-13')).toBe('2026-12-07');
    expect(weekOf('2026-12-14')).toBe('2026-12-14');
  });
});

describe.each(dialects)('weekly cockpit digest (%s)', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  it('mails each kartrekker once a week what needs attention, with links; nothing when all is in order; opt-out works', async () => {
    t = await createTestApp(dialect);
    const lead = await t.signIn('kartrekker@voorbeeld.nl');
    const second = await t.signIn('tweede@voorbeeld.nl');
    const partner = await t.signIn('partner@voorbeeld.nl');
    const net = await t.services.networks.create(lead.user, { name: 'Oost', areaLevel: 'wijk', areaName: 'Oost' });
    const secondId = await addMember(t, net.id, second.user.id, 'kartrekker');
    await addMember(t, net.id, partner.user.id, 'partner');
    const ctx = await memberContext(t, net.id, lead.user.id);
    // Both kartrekkers have hours and a deputy: the lead rules say nothing.
    await t.services.leads.upsert(ctx, ctx.memberId, { hoursPerWeek: 8, deputyMemberId: secondId });
    await t.services.leads.upsert(ctx, secondId, { hoursPerWeek: 4, deputyMemberId: ctx.memberId });
    // A quiet network in order gets nothing.
    const calm = await t.services.networks.create(lead.user, { name: 'Rust', areaLevel: 'wijk', areaName: 'Rust' });
    const calmCtx = await memberContext(t, calm.id, lead.user.id);
    const calmDeputy = await t.signIn('rust@voorbeeld.nl');
    const calmDeputyId = await addMember(t, calm.id, calmDeputy.user.id, 'kartrekker');
    await t.services.leads.upsert(calmCtx, calmCtx.memberId, { hoursPerWeek: 2, deputyMemberId: calmDeputyId });
    await t.services.leads.upsert(calmCtx, calmDeputyId, { hoursPerWeek: 2, deputyMemberId: calmCtx.memberId });
    t.mails.length = 0;

    // Nothing late yet on Monday: no mail at all.
    const action = await t.services.actions.create(ctx, { title: 'Zaal regelen', dueOn: '2026-12-07' });
    expect(await sendCockpitDigests(t.deps, MONDAY)).toEqual({ sent: 0 });
    expect(t.mails).toHaveLength(0);

    // On Wednesday the action is two days late: both kartrekkers of Oost get one mail, not the partner.
    expect(await sendCockpitDigests(t.deps, WEDNESDAY)).toEqual({ sent: 2 });
    expect(t.mails.map((m) => m.to).sort()).toEqual(['kartrekker@voorbeeld.nl', 'tweede@voorbeeld.nl']);
    const mail = t.mails.find((m) => m.to === 'kartrekker@voorbeeld.nl')!;
    expect(mail.subject).toBe('Oost: 1 punt vraagt je aandacht');
    expect(mail.text).toContain('De actie "Zaal regelen" moest op 7 december 2026 klaar zijn. Ze is 2 dagen te laat.');
    expect(mail.text).toContain(
      `Actie bijwerken: ${t.deps.config.publicUrl.replace(/\/$/, '')}/netwerken/${net.id}/vormgeven/acties#actie-${action.id}`,
    );
    expect(mail.text).toContain(`/netwerken/${net.id}/verdiepen/cockpit`);
    // The mail goes through the outbox queue of the app, like every other mail.
    expect(mail.kind).toBe('digest');

    // Again the same week: nothing more.
    expect(await sendCockpitDigests(t.deps, WEDNESDAY)).toEqual({ sent: 0 });

    // The second kartrekker turns it off with the link in the mail (no sign-in).
    const link = tokenIn(t.mails.find((m) => m.to === 'tweede@voorbeeld.nl')!.text);
    const off = await t.request({ method: 'POST', url: '/api/digest/unsubscribe', payload: { token: link } });
    expect(off.statusCode).toBe(200);
    expect(JSON.parse(off.body)).toEqual({ weeklyDigest: false });
    const unknown = await t.request({
      method: 'POST',
      url: '/api/digest/unsubscribe',
      payload: { token: 'x'.repeat(43) },
    });
    expect(unknown.statusCode).toBe(404);
    expect(JSON.parse(unknown.body).error.message).toMatch(/afmeldlink werkt niet/);
    const bad = await t.request({ method: 'POST', url: '/api/digest/unsubscribe', payload: { token: 'kort' } });
    expect(bad.statusCode).toBe(400);
    expect(JSON.parse(bad.body).error.fields.token).toMatch(/niet compleet/);

    // The lead turns it off on the account page and on again.
    const setting = (cookie: string) => t.request({ method: 'GET', url: '/api/me/digest', cookie });
    expect(JSON.parse((await setting(second.cookie)).body)).toEqual({ weeklyDigest: false });
    expect(JSON.parse((await setting(lead.cookie)).body)).toEqual({ weeklyDigest: true });
    const put = (weeklyDigest: unknown) =>
      t.request({ method: 'PUT', url: '/api/me/digest', cookie: lead.cookie, payload: { weeklyDigest } });
    expect((await put('ja')).statusCode).toBe(400);
    expect(JSON.parse((await put(false)).body)).toEqual({ weeklyDigest: false });
    // The personal-data download says so too.
    const mine = await t.request({ method: 'GET', url: '/api/me/export', cookie: lead.cookie });
    expect(JSON.parse(mine.body).profile.weeklyDigest).toBe(false);
    expect(JSON.parse((await put(true)).body)).toEqual({ weeklyDigest: true });

    // Next week: only the lead, who still wants it.
    t.mails.length = 0;
    expect(await sendCockpitDigests(t.deps, NEXT_MONDAY)).toEqual({ sent: 1 });
    expect(t.mails.map((m) => m.to)).toEqual(['kartrekker@voorbeeld.nl']);
    expect(t.mails[0].text).toContain('Ze is 7 dagen te laat.');
  });
});
