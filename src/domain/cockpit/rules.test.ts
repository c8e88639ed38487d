import { describe, expect, it } from 'vitest';
import { cockpitItems, scanAnswersNeeded, type CockpitFacts, type CockpitItem } from './rules.js';

// Noon on Sunday 29 November 2026, Dutch time (winter: UTC+1).
const NOW = new Date('2026-11-29T11:00:00Z');

/** A network with nothing to report: one lead with hours and a deputy, and one more lead so it does not lean on one. */
const calm = (): CockpitFacts => ({
  partners: [],
  actions: [],
  agreements: [],
  decisions: [],
  actionPlan: null,
  scanRounds: [],
  leads: [
    { memberId: 'm-ans', name: 'Ans', hoursPerWeek: 8, deputyMemberId: 'm-bo' },
    { memberId: 'm-bo', name: 'Bo', hoursPerWeek: 4, deputyMemberId: 'm-ans' },
  ],
  representationRequests: [],
  latestCard: null,
  continuity: [],
});

const run = (patch: Partial<CockpitFacts>, now = NOW) => cockpitItems({ ...calm(), ...patch }, now);
const codes = (items: CockpitItem[]) => items.map((i) => i.code);

describe('cockpit: a calm network', () => {
  it('has nothing to report', () => {
    expect(run({})).toEqual([]);
  });
});

describe('cockpit: quiet partners (more than 6 weeks)', () => {
  const partner = (lastActivityAt: string | null, joinedAt = '2026-01-01T09:00:00Z') => ({
    actorId: 'a1',
    name: 'Buurthuis De Pijler',
    joinedAt,
    lastActivityAt,
  });

  it('exactly 6 weeks (42 days) is not yet quiet; one day more is', () => {
    // 29 November − 42 days = 18 October.
    expect(run({ partners: [partner('2026-10-18T10:00:00Z')] })).toEqual([]);
    expect(run({ partners: [partner('2026-10-17T10:00:00Z')] })).toEqual([
      {
        code: 'partner_quiet',
        severity: 'medium',
        date: '2026-10-17',
        params: { partner: 'Buurthuis De Pijler', days: 43 },
        action: { tool: 'partners', recordId: 'a1' },
      },
    ]);
  });

  it('counts the Dutch day of the last activity: 22:30 UTC on 17 October (summer time) is 18 October in Amsterdam', () => {
    expect(run({ partners: [partner('2026-10-17T22:30:00Z')] })).toEqual([]);
  });

  it('counts a partner that never did anything from the day it joined', () => {
    expect(run({ partners: [partner(null, '2026-11-01T09:00:00Z')] })).toEqual([]);
    expect(codes(run({ partners: [partner(null, '2026-10-01T09:00:00Z')] }))).toEqual(['partner_quiet']);
  });
});

describe('cockpit: overdue actions', () => {
  const action = (dueOn: string | null, status = 'open') => ({
    id: 'x1',
    title: 'Zaal regelen',
    dueOn,
    status,
    ownerName: 'Chris',
  });

  it('due today is not late; due yesterday is one day late', () => {
    expect(run({ actions: [action('2026-11-29')] })).toEqual([]);
    expect(run({ actions: [action('2026-11-28')] })).toEqual([
      {
        code: 'action_overdue',
        severity: 'high',
        date: '2026-11-28',
        params: { title: 'Zaal regelen', owner: 'Chris', days: 1 },
        action: { tool: 'actions', recordId: 'x1' },
      },
    ]);
  });

  it('only open and busy actions can be late; no due date is never late', () => {
    expect(codes(run({ actions: [action('2026-01-01', 'bezig')] }))).toEqual(['action_overdue']);
    expect(run({ actions: [action('2026-01-01', 'klaar'), action('2026-01-01', 'vervallen'), action(null)] })).toEqual(
      [],
    );
  });

  it('uses the Dutch day: at 23:30 UTC on the due day it is already the next day in Amsterdam', () => {
    expect(codes(run({ actions: [action('2026-11-29')] }, new Date('2026-11-29T23:30:00Z')))).toEqual([
      'action_overdue',
    ]);
  });
});

describe('cockpit: reviews of agreements and decisions', () => {
  it('a review date of today is not yet late; yesterday is', () => {
    expect(run({ agreements: [{ id: 'g1', title: 'Zo besluiten we', reviewOn: '2026-11-29' }] })).toEqual([]);
    expect(
      run({
        agreements: [
          { id: 'g1', title: 'Zo besluiten we', reviewOn: '2026-11-28' },
          { id: 'g2', title: 'Geen datum', reviewOn: null },
        ],
      }),
    ).toEqual([
      {
        code: 'agreement_review_overdue',
        severity: 'high',
        date: '2026-11-28',
        params: { title: 'Zo besluiten we', days: 1 },
        action: { tool: 'agreements', recordId: 'g1' },
      },
    ]);
  });

  it('a decision is reviewed on its own only when it did not become an agreement', () => {
    const items = run({
      decisions: [
        { id: 'd1', text: 'We huren de zaal', reviewOn: '2026-11-01', agreementId: null, meetingId: 'mt1' },
        { id: 'd2', text: 'We delen het budget', reviewOn: '2026-11-01', agreementId: 'g9', meetingId: 'mt1' },
        { id: 'd3', text: 'Vandaag evalueren', reviewOn: '2026-11-29', agreementId: null, meetingId: null },
      ],
    });
    expect(items).toEqual([
      {
        code: 'decision_review_overdue',
        severity: 'high',
        date: '2026-11-01',
        params: { text: 'We huren de zaal', days: 28 },
        action: { tool: 'decisions', recordId: 'mt1' },
      },
    ]);
  });
});

describe('cockpit: the continuity checklist', () => {
  it('names a point whose date has passed while it is open or bezig, from the day after', () => {
    const items = run({
      continuity: [
        { id: 'c1', title: 'Structurele financiering regelen', dueOn: '2026-11-19' },
        { id: 'c2', title: 'Overdracht bij vertrek', dueOn: '2026-11-29' },
        { id: 'c3', title: 'Zonder datum', dueOn: null },
      ],
    });
    expect(items).toEqual([
      {
        code: 'continuity_overdue',
        severity: 'medium',
        date: '2026-11-19',
        params: { title: 'Structurele financiering regelen', days: 10 },
        action: { tool: 'continuity', recordId: 'c1' },
      },
    ]);
  });
});

describe('cockpit: an action plan older than a year', () => {
  it('exactly one year old is not yet outdated; one day more is', () => {
    expect(run({ actionPlan: { year: 2026, renewedAt: '2025-11-29T10:00:00Z' } })).toEqual([]);
    expect(run({ actionPlan: { year: 2025, renewedAt: '2025-11-28T10:00:00Z' } })).toEqual([
      {
        code: 'plan_outdated',
        severity: 'medium',
        date: '2025-11-28',
        params: { year: 2025 },
        action: { tool: 'actions', recordId: null },
      },
    ]);
  });

  it('no plan yet is not an outdated plan', () => {
    expect(run({ actionPlan: null })).toEqual([]);
  });
});

describe('cockpit: scan rounds', () => {
  const round = (patch: Partial<CockpitFacts['scanRounds'][number]>) => ({
    id: 'r1',
    label: 'T1',
    closesOn: '2026-12-20',
    closedAt: null,
    invited: 10,
    answered: 5,
    ...patch,
  });

  it('"few" means fewer than 3 answers or fewer than half of those invited', () => {
    expect(scanAnswersNeeded({ invited: 10, answered: 5 })).toBe(0);
    expect(scanAnswersNeeded({ invited: 10, answered: 4 })).toBe(1);
    expect(scanAnswersNeeded({ invited: 11, answered: 5 })).toBe(1); // half of 11 is 5,5: 6 needed
    expect(scanAnswersNeeded({ invited: 4, answered: 2 })).toBe(1); // half is 2, but the minimum is 3
    expect(scanAnswersNeeded({ invited: 0, answered: 0 })).toBe(3);
  });

  it('a round with enough answers that closes in more than 2 days says nothing', () => {
    expect(run({ scanRounds: [round({})] })).toEqual([]);
  });

  it('few answers: medium while there is time, high when closing within 2 days', () => {
    expect(run({ scanRounds: [round({ answered: 2 })] })).toEqual([
      {
        code: 'scan_few_answers',
        severity: 'medium',
        date: '2026-12-20',
        params: { label: 'T1', answered: 2, invited: 10, needed: 3, closingSoon: false },
        action: { tool: 'scan', recordId: 'r1' },
      },
    ]);
    expect(run({ scanRounds: [round({ answered: 2, closesOn: '2026-12-01' })] })[0]).toMatchObject({
      severity: 'high',
      params: { closingSoon: true },
    });
  });

  it('closing within 2 days (today, tomorrow, the day after) with enough answers: a low reminder', () => {
    expect(run({ scanRounds: [round({ closesOn: '2026-12-02' })] })).toEqual([]);
    for (const [closesOn, daysLeft] of [
      ['2026-12-01', 2],
      ['2026-11-30', 1],
      ['2026-11-29', 0],
    ] as const) {
      expect(run({ scanRounds: [round({ closesOn })] })).toEqual([
        {
          code: 'scan_closing_soon',
          severity: 'low',
          date: closesOn,
          params: { label: 'T1', answered: 5, invited: 10, daysLeft },
          action: { tool: 'scan', recordId: 'r1' },
        },
      ]);
    }
  });

  it('closed rounds and rounds past their closing day are left alone', () => {
    expect(
      run({
        scanRounds: [
          round({ answered: 0, closedAt: '2026-11-20T10:00:00Z' }),
          round({ id: 'r2', answered: 0, closesOn: '2026-11-28' }),
        ],
      }),
    ).toEqual([]);
  });
});

describe('cockpit: the kartrekker (the same rule as the kartrekker page)', () => {
  it('no hours and no deputy', () => {
    const items = run({
      leads: [
        { memberId: 'm-ans', name: 'Ans', hoursPerWeek: null, deputyMemberId: 'm-bo' },
        { memberId: 'm-bo', name: 'Bo', hoursPerWeek: 4, deputyMemberId: null },
      ],
    });
    expect(items).toEqual([
      {
        code: 'lead_no_deputy',
        severity: 'medium',
        date: null,
        params: { name: 'Bo' },
        action: { tool: 'lead', recordId: 'm-bo' },
      },
      {
        code: 'lead_no_hours',
        severity: 'medium',
        date: null,
        params: { name: 'Ans' },
        action: { tool: 'lead', recordId: 'm-ans' },
      },
    ]);
  });

  it('zero hours count as no hours', () => {
    expect(
      codes(
        run({ leads: [{ memberId: 'm-ans', name: 'Ans', hoursPerWeek: 0, deputyMemberId: 'm-bo' }, calm().leads[1]] }),
      ),
    ).toEqual(['lead_no_hours']);
  });

  it('no kartrekker at all is high; one kartrekker without a deputy is a low warning, with one it is arranged', () => {
    expect(run({ leads: [] })).toEqual([
      { code: 'lead_missing', severity: 'high', date: null, params: {}, action: { tool: 'lead', recordId: null } },
    ]);
    expect(codes(run({ leads: [{ ...calm().leads[0], deputyMemberId: null }] }))).toEqual(['lead_single']);
    // The kartrekker page and the progress say "arranged" here: the cockpit agrees.
    expect(codes(run({ leads: [calm().leads[0]] }))).toEqual([]);
  });
});

describe('cockpit: representation and consents', () => {
  it('lists requests to speak for a partner that nobody confirmed yet', () => {
    const items = run({
      representationRequests: [
        {
          id: 'q1',
          personName: 'Dewi',
          partnerName: 'Wijkteam Oost',
          requestedAt: '2026-11-20T08:00:00Z',
          confirmedAt: null,
        },
        {
          id: 'q2',
          personName: 'Eef',
          partnerName: 'GGD',
          requestedAt: '2026-11-20T08:00:00Z',
          confirmedAt: '2026-11-21T08:00:00Z',
        },
      ],
    });
    expect(items).toEqual([
      {
        code: 'representation_unconfirmed',
        severity: 'medium',
        date: '2026-11-20',
        params: { person: 'Dewi', partner: 'Wijkteam Oost' },
        action: { tool: 'representation', recordId: 'q1' },
      },
    ]);
  });

  it('names the partners that have not consented to the latest card version', () => {
    const partners = ['Zorggroep', 'Bibliotheek', 'Wijkteam'].map((name, i) => ({
      actorId: `a${i}`,
      name,
      joinedAt: '2026-11-01T00:00:00Z',
      lastActivityAt: '2026-11-28T00:00:00Z',
    }));
    const latestCard = { versionId: 'v3', number: 3, publishedAt: '2026-11-10T12:00:00Z', consentedActorIds: ['a2'] };
    expect(run({ partners, latestCard })).toEqual([
      {
        code: 'card_consents_missing',
        severity: 'medium',
        date: '2026-11-10',
        params: { number: 3, missing: ['Bibliotheek', 'Zorggroep'] },
        action: { tool: 'card', recordId: 'v3' },
      },
    ]);
    expect(run({ partners, latestCard: { ...latestCard, consentedActorIds: ['a0', 'a1', 'a2'] } })).toEqual([]);
  });
});

describe('cockpit: order', () => {
  it('sorts by severity, then the oldest date first, undated last within a severity', () => {
    const items = run({
      leads: [],
      actions: [
        { id: 'late-2', title: 'B', dueOn: '2026-11-20', status: 'open', ownerName: null },
        { id: 'late-1', title: 'A', dueOn: '2026-11-01', status: 'open', ownerName: null },
      ],
      agreements: [{ id: 'g1', title: 'C', reviewOn: '2026-11-10' }],
      actionPlan: { year: 2024, renewedAt: '2024-01-15T10:00:00Z' },
      scanRounds: [{ id: 'r1', label: 'T0', closesOn: '2026-11-30', closedAt: null, invited: 4, answered: 4 }],
      partners: [
        { actorId: 'p1', name: 'P', joinedAt: '2026-01-01T00:00:00Z', lastActivityAt: '2026-09-01T00:00:00Z' },
      ],
    });
    expect(items.map((i) => [i.severity, i.code, i.action.recordId])).toEqual([
      ['high', 'action_overdue', 'late-1'],
      ['high', 'agreement_review_overdue', 'g1'],
      ['high', 'action_overdue', 'late-2'],
      ['high', 'lead_missing', null],
      ['medium', 'plan_outdated', null],
      ['medium', 'partner_quiet', 'p1'],
      ['low', 'scan_closing_soon', 'r1'],
    ]);
  });

  it('gives the same order whatever order the facts come in', () => {
    const actions = ['a', 'b', 'c'].map((id) => ({
      id,
      title: id,
      dueOn: '2026-11-01',
      status: 'open',
      ownerName: null,
    }));
    const forward = run({ actions }).map((i) => i.action.recordId);
    expect(forward).toEqual(['a', 'b', 'c']);
    expect(run({ actions: [...actions].reverse() }).map((i) => i.action.recordId)).toEqual(forward);
  });
});
