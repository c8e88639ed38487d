/**
 * One chronological view of a network's history: decisions, meetings, closed scan rounds, network
 * snapshots, card versions and consents, finished actions, focus decisions and agreements. Pure:
 * the caller passes the dated facts and the current moment (a planned meeting is not history yet).
 */
import { dayOf, type IsoDay } from '../calendar/dates.js';

export const TIMELINE_KINDS = [
  'decision',
  'meeting',
  'scan_round',
  'network_snapshot',
  'card_version',
  'card_consent',
  'action_done',
  'focus_decision',
  'agreement',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export type TimelineTool =
  'decisions' | 'meetings' | 'scan' | 'network_map' | 'card' | 'actions' | 'focus' | 'agreements';

/** Moments are ISO timestamps; a date column (`YYYY-MM-DD`, such as a snapshot's day) is accepted too. */
export interface TimelineFacts {
  /** A decision that became an agreement (`agreementId`) appears once, as the decision. */
  decisions: { id: string; text: string; decidedBy: string | null; decidedAt: string; agreementId: string | null }[];
  meetings: { id: string; title: string; startsAt: string }[];
  scanRounds: { id: string; label: string; closedAt: string | null }[];
  snapshots: { id: string; label: string; takenOn: string }[];
  cardVersions: { id: string; number: number; publishedAt: string }[];
  cardConsents: { id: string; versionId: string; versionNumber: number; partyName: string; consentedAt: string }[];
  /** Only finished actions appear; `finishedAt` is when the status became "klaar". */
  actions: { id: string; title: string; finishedAt: string | null }[];
  focusDecisions: { id: string; themes: string[]; decidedAt: string }[];
  agreements: { id: string; title: string; createdAt: string }[];
}

interface Entry<K extends TimelineKind, P> {
  /** Unique in the list (`kind:sourceId`), for keys in a page and a stable order. */
  id: string;
  kind: K;
  /** The moment as given (a timestamp, or a day for date-only facts). */
  at: string;
  /** The Dutch calendar day it happened on. */
  day: IsoDay;
  params: P;
  link: { tool: TimelineTool; recordId: string };
}

export type TimelineEntry =
  | Entry<'decision', { text: string; decidedBy: string | null }>
  | Entry<'meeting', { title: string }>
  | Entry<'scan_round', { label: string }>
  | Entry<'network_snapshot', { label: string }>
  | Entry<'card_version', { number: number }>
  | Entry<'card_consent', { number: number; party: string }>
  | Entry<'action_done', { title: string }>
  | Entry<'focus_decision', { themes: string[] }>
  | Entry<'agreement', { title: string }>;

export interface TimelineFilter {
  kinds?: readonly TimelineKind[];
  /** First and last day to show, both included. */
  from?: IsoDay;
  to?: IsoDay;
}

const entry = <E extends TimelineEntry>(sourceId: string, e: Omit<E, 'day' | 'id'>): E =>
  ({ id: `${e.kind}:${sourceId}`, ...e, day: dayOf(e.at) }) as E;

function allEntries(facts: TimelineFacts, now: Date): TimelineEntry[] {
  const nowMs = now.getTime();
  const fromDecisions = new Set(facts.decisions.map((d) => d.agreementId).filter((id) => id !== null));
  return [
    ...facts.decisions.map((d) =>
      entry(d.id, {
        kind: 'decision',
        at: d.decidedAt,
        params: { text: d.text, decidedBy: d.decidedBy },
        link: { tool: 'decisions', recordId: d.id },
      }),
    ),
    ...facts.meetings
      .filter((m) => Date.parse(m.startsAt) <= nowMs)
      .map((m) =>
        entry(m.id, {
          kind: 'meeting',
          at: m.startsAt,
          params: { title: m.title },
          link: { tool: 'meetings', recordId: m.id },
        }),
      ),
    ...facts.scanRounds.flatMap((r) =>
      r.closedAt
        ? [
            entry(r.id, {
              kind: 'scan_round',
              at: r.closedAt,
              params: { label: r.label },
              link: { tool: 'scan', recordId: r.id },
            }),
          ]
        : [],
    ),
    ...facts.snapshots.map((s) =>
      entry(s.id, {
        kind: 'network_snapshot',
        at: s.takenOn,
        params: { label: s.label },
        link: { tool: 'network_map', recordId: s.id },
      }),
    ),
    ...facts.cardVersions.map((v) =>
      entry(v.id, {
        kind: 'card_version',
        at: v.publishedAt,
        params: { number: v.number },
        link: { tool: 'card', recordId: v.id },
      }),
    ),
    ...facts.cardConsents.map((c) =>
      entry(c.id, {
        kind: 'card_consent',
        at: c.consentedAt,
        params: { number: c.versionNumber, party: c.partyName },
        link: { tool: 'card', recordId: c.versionId },
      }),
    ),
    ...facts.actions.flatMap((a) =>
      a.finishedAt
        ? [
            entry(a.id, {
              kind: 'action_done',
              at: a.finishedAt,
              params: { title: a.title },
              link: { tool: 'actions', recordId: a.id },
            }),
          ]
        : [],
    ),
    ...facts.focusDecisions.map((f) =>
      entry(f.id, {
        kind: 'focus_decision',
        at: f.decidedAt,
        params: { themes: f.themes },
        link: { tool: 'focus', recordId: f.id },
      }),
    ),
    ...facts.agreements
      .filter((g) => !fromDecisions.has(g.id))
      .map((g) =>
        entry(g.id, {
          kind: 'agreement',
          at: g.createdAt,
          params: { title: g.title },
          link: { tool: 'agreements', recordId: g.id },
        }),
      ),
  ];
}

const KIND_ORDER = new Map<TimelineKind, number>(TIMELINE_KINDS.map((k, i) => [k, i]));
/** A date-only fact has no time of day; it sorts as the start of its day, below that day's timed entries. */
const moment = (e: TimelineEntry) => (e.at.length === 10 ? Number.NEGATIVE_INFINITY : Date.parse(e.at));

/** Newest first; equal moments in a fixed order (kind, then id), so the list never reshuffles. */
export function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  return (
    (a.day < b.day ? 1 : a.day > b.day ? -1 : 0) ||
    (moment(a) === moment(b) ? 0 : moment(b) > moment(a) ? 1 : -1) ||
    KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function buildTimeline(facts: TimelineFacts, now: Date, filter: TimelineFilter = {}): TimelineEntry[] {
  const kinds = filter.kinds ? new Set(filter.kinds) : null;
  return allEntries(facts, now)
    .filter(
      (e) =>
        (!kinds || kinds.has(e.kind)) && (!filter.from || e.day >= filter.from) && (!filter.to || e.day <= filter.to),
    )
    .sort(compareEntries);
}
