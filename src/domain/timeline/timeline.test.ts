import { describe, expect, it } from 'vitest';
import { renderEntry } from './render.js';
import { buildTimeline, type TimelineFacts } from './timeline.js';

const NOW = new Date('2026-11-29T11:00:00Z');

const empty = (): TimelineFacts => ({
  decisions: [],
  meetings: [],
  scanRounds: [],
  snapshots: [],
  cardVersions: [],
  cardConsents: [],
  actions: [],
  focusDecisions: [],
  agreements: [],
});

const facts = (): TimelineFacts => ({
  decisions: [
    {
      id: 'd1',
      text: 'We huren de zaal',
      decidedBy: 'Het overleg',
      decidedAt: '2026-11-10T20:15:00Z',
      agreementId: null,
    },
  ],
  meetings: [
    { id: 'm1', title: 'Werkoverleg november', startsAt: '2026-11-10T18:30:00Z' },
    { id: 'm2', title: 'Werkoverleg december', startsAt: '2026-12-08T18:30:00Z' },
  ],
  scanRounds: [
    { id: 'r0', label: 'T0', closedAt: '2026-06-30T10:00:00Z' },
    { id: 'r1', label: 'T1', closedAt: null },
  ],
  snapshots: [{ id: 's1', label: 'Na de startbijeenkomst', takenOn: '2026-11-10' }],
  cardVersions: [{ id: 'v1', number: 1, publishedAt: '2026-09-01T09:00:00Z' }],
  cardConsents: [
    { id: 'c2', versionId: 'v1', versionNumber: 1, partyName: 'GGD', consentedAt: '2026-09-02T09:00:00Z' },
    { id: 'c1', versionId: 'v1', versionNumber: 1, partyName: 'Bibliotheek', consentedAt: '2026-09-02T09:00:00Z' },
  ],
  actions: [
    { id: 'x1', title: 'Flyer maken', finishedAt: '2026-10-01T08:00:00Z' },
    { id: 'x2', title: 'Nog bezig', finishedAt: null },
  ],
  focusDecisions: [{ id: 'f1', themes: ['eenzaamheid', 'mantelzorg'], decidedAt: '2026-03-15T19:00:00Z' }],
  agreements: [{ id: 'g1', title: 'Zo besluiten we', createdAt: '2026-11-10T20:15:00Z' }],
});

describe('buildTimeline', () => {
  it('merges every kind into one list, newest first, leaving out what has not happened yet', () => {
    const ids = buildTimeline(facts(), NOW).map((e) => e.id);
    expect(ids).toEqual([
      // 10 November: two entries at 20:15 UTC (decision before agreement, the fixed kind order), the meeting at 18:30, the date-only snapshot last.
      'decision:d1',
      'agreement:g1',
      'meeting:m1',
      'network_snapshot:s1',
      'action_done:x1',
      // Two consents at the same moment: by id.
      'card_consent:c1',
      'card_consent:c2',
      'card_version:v1',
      'scan_round:r0',
      'focus_decision:f1',
    ]);
  });

  it('gives the same order whatever order the facts come in', () => {
    const f = facts();
    const reversed: TimelineFacts = Object.fromEntries(
      Object.entries(f).map(([k, v]) => [k, [...v].reverse()]),
    ) as unknown as TimelineFacts;
    expect(buildTimeline(reversed, NOW)).toEqual(buildTimeline(f, NOW));
  });

  it('gives each entry its day, parameters and link', () => {
    const [decision] = buildTimeline(facts(), NOW, { kinds: ['decision'] });
    expect(decision).toEqual({
      id: 'decision:d1',
      kind: 'decision',
      at: '2026-11-10T20:15:00Z',
      day: '2026-11-10',
      params: { text: 'We huren de zaal', decidedBy: 'Het overleg' },
      link: { tool: 'decisions', recordId: 'd1' },
    });
    const consent = buildTimeline(facts(), NOW, { kinds: ['card_consent'] })[0];
    expect(consent.link).toEqual({ tool: 'card', recordId: 'v1' });
  });

  it('shows a decision that became an agreement once, as the decision', () => {
    const f = facts();
    f.decisions[0].agreementId = 'g1';
    f.agreements.push({ id: 'g2', title: 'Los gemaakt', createdAt: '2026-11-11T10:00:00Z' });
    const ids = buildTimeline(f, NOW, { kinds: ['decision', 'agreement'] }).map((e) => e.id);
    expect(ids).toEqual(['agreement:g2', 'decision:d1']);
  });

  it('filters by kind', () => {
    expect(buildTimeline(facts(), NOW, { kinds: ['meeting', 'scan_round'] }).map((e) => e.id)).toEqual([
      'meeting:m1',
      'scan_round:r0',
    ]);
    expect(buildTimeline(facts(), NOW, { kinds: [] })).toEqual([]);
  });

  it('filters by Dutch day, both ends included', () => {
    const f = empty();
    // 23:30 UTC on 31 October is 1 November in Amsterdam (00:30, winter time).
    f.actions = [
      { id: 'a', title: 'a', finishedAt: '2026-10-31T22:59:00Z' },
      { id: 'b', title: 'b', finishedAt: '2026-10-31T23:30:00Z' },
      { id: 'c', title: 'c', finishedAt: '2026-11-30T22:59:00Z' },
      { id: 'd', title: 'd', finishedAt: '2026-11-30T23:00:00Z' },
    ];
    const ids = (from?: string, to?: string) =>
      buildTimeline(f, new Date('2027-01-01T00:00:00Z'), { from, to }).map((e) => e.link.recordId);
    expect(ids('2026-11-01', '2026-11-30')).toEqual(['c', 'b']);
    expect(ids('2026-11-01')).toEqual(['d', 'c', 'b']);
    expect(ids(undefined, '2026-10-31')).toEqual(['a']);
    expect(ids('2026-12-01', '2026-11-01')).toEqual([]);
  });

  it('shows a meeting from the moment it starts', () => {
    const f = {
      ...empty(),
      meetings: [
        { id: 'm', title: 'Nu', startsAt: '2026-11-29T11:00:00Z' },
        { id: 'n', title: 'Straks', startsAt: '2026-11-29T11:00:01Z' },
      ],
    };
    expect(buildTimeline(f, NOW).map((e) => e.id)).toEqual(['meeting:m']);
  });
});

describe('renderEntry', () => {
  it('writes titles and Dutch dates', () => {
    const entries = buildTimeline(facts(), NOW);
    const byId = new Map(entries.map((e) => [e.id, e]));
    expect(renderEntry(byId.get('focus_decision:f1')!, 'nl')).toEqual({
      kindLabel: 'Focus',
      title: 'Focus gekozen: eenzaamheid en mantelzorg',
      date: '15 maart 2026',
    });
    expect(renderEntry(byId.get('card_consent:c2')!, 'nl').title).toBe(
      'GGD gaf toestemming voor versie 1 van de partnerschapskaart',
    );
    expect(renderEntry(byId.get('decision:d1')!, 'en')).toEqual({
      kindLabel: 'Decision',
      title: 'Het overleg decided: We huren de zaal',
      date: '10 November 2026',
    });
    expect(renderEntry(byId.get('scan_round:r0')!, 'nl').title).toBe('Ronde T0 van de samenwerkingsscan is gesloten');
    for (const e of entries) {
      for (const locale of ['nl', 'en'] as const) expect(renderEntry(e, locale).title).not.toMatch(/undefined|\{/);
    }
  });
});
