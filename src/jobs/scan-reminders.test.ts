import { afterEach, describe, expect, it } from 'vitest';
import { addMember, createTestApp, dialects, memberContext, type TestApp } from '../test/harness.js';
import { sendScanReminders } from './scan-reminders.js';

const plusDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const tokenIn = (text: string) => /\/scan\/([A-Za-z0-9_-]+)/.exec(text)![1];

describe.each(dialects)('scan reminders (%s)', (dialect) => {
  let t: TestApp;
  afterEach(() => t?.close());

  it('reminds only those who have not answered, two days before closing, once, with a fresh link', async () => {
    t = await createTestApp(dialect);
    const lead = await t.signIn('kartrekker@voorbeeld.nl');
    const partner = await t.signIn('partner@voorbeeld.nl');
    const net = await t.services.networks.create(lead.user, { name: 'Noord', areaLevel: 'wijk', areaName: 'Noord' });
    await addMember(t, net.id, partner.user.id, 'partner');
    const ctx = await memberContext(t, net.id, lead.user.id);
    const today = new Date().toISOString().slice(0, 10);
    const soon = await t.services.scan.open(ctx, {
      instrumentId: 'wijknet-samenwerkingsscan',
      closesOn: plusDays(today, 2),
    });
    await t.services.scan.open(ctx, { instrumentId: 'wijknet-samenwerkingsscan', closesOn: plusDays(today, 5) });
    const first = (email: string) =>
      tokenIn(t.mails.find((m) => m.to === email && m.subject.includes(soon.label))!.text);
    const oldPartnerLink = first('partner@voorbeeld.nl');
    expect(
      (
        await t.request({
          method: 'POST',
          url: `/api/scan/${first('kartrekker@voorbeeld.nl')}`,
          payload: { answers: { 'trust-1': 4 } },
        })
      ).statusCode,
    ).toBe(201);

    // Three days before closing: nothing yet.
    expect(await sendScanReminders(t.deps, plusDays(today, -1))).toEqual({ sent: 0 });
    expect(await sendScanReminders(t.deps, today)).toEqual({ sent: 1 });
    const reminder = t.lastMailTo('partner@voorbeeld.nl')!;
    expect(reminder.subject).toBe('Herinnering: samenwerkingsscan T0 van Noord');
    expect(
      t.mails.filter((m) => m.to === 'kartrekker@voorbeeld.nl' && m.subject.startsWith('Herinnering')),
    ).toHaveLength(0);
    // Once per round, however often the job runs.
    expect(await sendScanReminders(t.deps, today)).toEqual({ sent: 0 });
    expect(await sendScanReminders(t.deps, plusDays(today, 1))).toEqual({ sent: 0 });

    expect((await t.request({ method: 'GET', url: `/api/scan/${oldPartnerLink}` })).statusCode).toBe(404);
    expect(
      (
        await t.request({
          method: 'POST',
          url: `/api/scan/${tokenIn(reminder.text)}`,
          payload: { answers: { 'trust-1': 2 } },
        })
      ).statusCode,
    ).toBe(201);
    // The other round's reminder comes on its own day.
    expect(await sendScanReminders(t.deps, plusDays(today, 3))).toEqual({ sent: 2 });
  });
});
