/**
 * The kartrekker cockpit: what in a network needs attention, each item with the one action that
 * deals with it. Pure: the caller passes the network's facts and the current moment.
 *
 * Every dated rule fires on the day *after* its limit: an action due today is not yet late, a
 * partner whose last activity was exactly six weeks ago is not yet quiet, a plan exactly one year
 * old is not yet outdated. This is the same reading as the action plan's and the agreements'
 * `overdue` flags, so the pages and the cockpit agree.
 */
import { addDays, addYears, dayInAmsterdam, dayOf, daysBetween, type IsoDay } from '../calendar/dates.js';
import { leadWarnings, type LeadFacts } from '../leads.js';

export const QUIET_AFTER_DAYS = 42;
export const SCAN_CLOSING_SOON_DAYS = 2;
/** The scan shows results from 3 answers; "few" also means under half of those invited. */
export const SCAN_MIN_ANSWERS = 3;

export interface CockpitFacts {
  /** The partners taking part; `lastActivityAt` is the latest change by anyone acting for them (null: none yet). */
  partners: { actorId: string; name: string; joinedAt: string; lastActivityAt: string | null }[];
  actions: { id: string; title: string; dueOn: IsoDay | null; status: string; ownerName: string | null }[];
  agreements: { id: string; title: string; reviewOn: IsoDay | null }[];
  /** Decisions that became an agreement (`agreementId`) are reviewed through that agreement. */
  decisions: {
    id: string;
    text: string;
    reviewOn: IsoDay | null;
    agreementId: string | null;
    meetingId: string | null;
  }[];
  /** The current plan: its year and when it was last renewed, or first made when never renewed. Null: no plan yet. */
  actionPlan: { year: number; renewedAt: string } | null;
  scanRounds: {
    id: string;
    label: string;
    closesOn: IsoDay;
    closedAt: string | null;
    invited: number;
    answered: number;
  }[];
  leads: LeadFacts[];
  representationRequests: {
    id: string;
    personName: string;
    partnerName: string;
    requestedAt: string;
    confirmedAt: string | null;
  }[];
  /** The latest published version of the joint partnership card, with the partners that consented to it. */
  latestCard: { versionId: string; number: number; publishedAt: string; consentedActorIds: string[] } | null;
  /** Points of the continuity checklist (borging) still open or bezig, with their date. */
  continuity: { id: string; title: string; dueOn: IsoDay | null }[];
}

export type Severity = 'high' | 'medium' | 'low';
const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** The tool (page) that deals with an item; `recordId` opens the record itself where there is one. */
export type CockpitTool =
  'partners' | 'actions' | 'agreements' | 'decisions' | 'scan' | 'lead' | 'representation' | 'card' | 'continuity';
export interface CockpitAction {
  tool: CockpitTool;
  recordId: string | null;
}

interface Item<C extends string, P> {
  code: C;
  severity: Severity;
  /** The day the item is about (last activity, deadline, review, closing…); null when it has none. */
  date: IsoDay | null;
  params: P;
  action: CockpitAction;
}

export type CockpitItem =
  | Item<'partner_quiet', { partner: string; days: number }>
  | Item<'action_overdue', { title: string; owner: string | null; days: number }>
  | Item<'agreement_review_overdue', { title: string; days: number }>
  | Item<'decision_review_overdue', { text: string; days: number }>
  | Item<'plan_outdated', { year: number }>
  | Item<'scan_few_answers', { label: string; answered: number; invited: number; needed: number; closingSoon: boolean }>
  | Item<'scan_closing_soon', { label: string; answered: number; invited: number; daysLeft: number }>
  | Item<'lead_missing', Record<string, never>>
  | Item<'lead_no_hours', { name: string }>
  | Item<'lead_no_deputy', { name: string }>
  | Item<'lead_single', { name: string }>
  | Item<'representation_unconfirmed', { person: string; partner: string }>
  | Item<'card_consents_missing', { number: number; missing: string[] }>
  | Item<'continuity_overdue', { title: string; days: number }>;

export type CockpitCode = CockpitItem['code'];

const OPEN_STATUSES = new Set(['open', 'bezig']);

/** One rule for "too late" everywhere: an open action whose deadline has passed (due today is not late). */
export const isActionOverdue = (a: { dueOn: IsoDay | null; status: string }, today: IsoDay) =>
  OPEN_STATUSES.has(a.status) && a.dueOn !== null && a.dueOn < today;

/** A review is late from the day after its date. */
export const isReviewOverdue = (reviewOn: IsoDay | null, today: IsoDay) => reviewOn !== null && reviewOn < today;

/** Answers still needed before a round no longer has "few": at least 3, and at least half of those invited. */
export const scanAnswersNeeded = (r: { invited: number; answered: number }) =>
  Math.max(0, Math.max(SCAN_MIN_ANSWERS, Math.ceil(r.invited / 2)) - r.answered);

function quietPartners(facts: CockpitFacts, today: IsoDay): CockpitItem[] {
  const out: CockpitItem[] = [];
  for (const p of facts.partners) {
    // A partner that never did anything counts from the day it joined, so a newcomer is not "quiet".
    const last = dayOf(p.lastActivityAt ?? p.joinedAt);
    const days = daysBetween(last, today);
    if (days > QUIET_AFTER_DAYS) {
      out.push({
        code: 'partner_quiet',
        severity: 'medium',
        date: last,
        params: { partner: p.name, days },
        action: { tool: 'partners', recordId: p.actorId },
      });
    }
  }
  return out;
}

function overdueActions(facts: CockpitFacts, today: IsoDay): CockpitItem[] {
  return facts.actions
    .filter((a) => isActionOverdue(a, today))
    .map((a) => ({
      code: 'action_overdue' as const,
      severity: 'high' as const,
      date: a.dueOn,
      params: { title: a.title, owner: a.ownerName, days: daysBetween(a.dueOn!, today) },
      action: { tool: 'actions' as const, recordId: a.id },
    }));
}

function overdueReviews(facts: CockpitFacts, today: IsoDay): CockpitItem[] {
  const out: CockpitItem[] = [];
  for (const g of facts.agreements) {
    if (!isReviewOverdue(g.reviewOn, today)) continue;
    out.push({
      code: 'agreement_review_overdue',
      severity: 'high',
      date: g.reviewOn,
      params: { title: g.title, days: daysBetween(g.reviewOn!, today) },
      action: { tool: 'agreements', recordId: g.id },
    });
  }
  for (const d of facts.decisions) {
    if (d.agreementId !== null || !isReviewOverdue(d.reviewOn, today)) continue;
    out.push({
      code: 'decision_review_overdue',
      severity: 'high',
      date: d.reviewOn,
      params: { text: d.text, days: daysBetween(d.reviewOn!, today) },
      // The decision is reviewed on its meeting's page.
      action: { tool: 'decisions', recordId: d.meetingId },
    });
  }
  return out;
}

/** A point of the continuity checklist whose date has passed while it is still open or bezig. */
function overdueContinuity(facts: CockpitFacts, today: IsoDay): CockpitItem[] {
  return facts.continuity
    .filter((c) => c.dueOn !== null && c.dueOn < today)
    .map((c) => ({
      code: 'continuity_overdue' as const,
      severity: 'medium' as const,
      date: c.dueOn,
      params: { title: c.title, days: daysBetween(c.dueOn!, today) },
      action: { tool: 'continuity' as const, recordId: c.id },
    }));
}

function outdatedPlan(facts: CockpitFacts, today: IsoDay): CockpitItem[] {
  if (!facts.actionPlan) return [];
  const since = dayOf(facts.actionPlan.renewedAt);
  if (addYears(since, 1) >= today) return [];
  return [
    {
      code: 'plan_outdated',
      severity: 'medium',
      date: since,
      params: { year: facts.actionPlan.year },
      action: { tool: 'actions', recordId: null },
    },
  ];
}

function scanRounds(facts: CockpitFacts, today: IsoDay): CockpitItem[] {
  const out: CockpitItem[] = [];
  for (const r of facts.scanRounds) {
    // Past its closing day a round is closed by the scan itself; nothing left to collect.
    if (r.closedAt !== null || r.closesOn < today) continue;
    const daysLeft = daysBetween(today, r.closesOn);
    const closingSoon = r.closesOn <= addDays(today, SCAN_CLOSING_SOON_DAYS);
    const needed = scanAnswersNeeded(r);
    const action = { tool: 'scan' as const, recordId: r.id };
    if (needed > 0) {
      out.push({
        code: 'scan_few_answers',
        severity: closingSoon ? 'high' : 'medium',
        date: r.closesOn,
        params: { label: r.label, answered: r.answered, invited: r.invited, needed, closingSoon },
        action,
      });
    } else if (closingSoon) {
      out.push({
        code: 'scan_closing_soon',
        severity: 'low',
        date: r.closesOn,
        params: { label: r.label, answered: r.answered, invited: r.invited, daysLeft },
        action,
      });
    }
  }
  return out;
}

/** The kartrekker warnings come from `leadWarnings`, the same rule as the kartrekker page. */
function leadItems(facts: CockpitFacts): CockpitItem[] {
  const names = new Map(facts.leads.map((l) => [l.memberId, l.name]));
  return leadWarnings(facts.leads).map((w): CockpitItem => {
    const action = { tool: 'lead' as const, recordId: w.memberId };
    const name = (w.memberId && names.get(w.memberId)) || '';
    switch (w.code) {
      case 'no_lead':
        return { code: 'lead_missing', severity: 'high', date: null, params: {}, action };
      case 'no_hours':
        return { code: 'lead_no_hours', severity: 'medium', date: null, params: { name }, action };
      case 'no_deputy':
        return { code: 'lead_no_deputy', severity: 'medium', date: null, params: { name }, action };
      case 'single_lead':
        return { code: 'lead_single', severity: 'low', date: null, params: { name }, action };
    }
  });
}

function unconfirmedRepresentation(facts: CockpitFacts): CockpitItem[] {
  return facts.representationRequests
    .filter((r) => r.confirmedAt === null)
    .map((r) => ({
      code: 'representation_unconfirmed' as const,
      severity: 'medium' as const,
      date: dayOf(r.requestedAt),
      params: { person: r.personName, partner: r.partnerName },
      action: { tool: 'representation' as const, recordId: r.id },
    }));
}

function missingConsents(facts: CockpitFacts): CockpitItem[] {
  const card = facts.latestCard;
  if (!card) return [];
  const consented = new Set(card.consentedActorIds);
  const missing = facts.partners
    .filter((p) => !consented.has(p.actorId))
    .map((p) => p.name)
    .sort((a, b) => a.localeCompare(b, 'nl'));
  if (missing.length === 0) return [];
  return [
    {
      code: 'card_consents_missing',
      severity: 'medium',
      date: dayOf(card.publishedAt),
      params: { number: card.number, missing },
      action: { tool: 'card', recordId: card.versionId },
    },
  ];
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Most severe first; within a severity the oldest date first (undated last); then by code and record, so the order never wobbles. */
export function compareItems(a: CockpitItem, b: CockpitItem): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    byCodePoint(a.date ?? '9999-12-31', b.date ?? '9999-12-31') ||
    byCodePoint(a.code, b.code) ||
    byCodePoint(a.action.recordId ?? '', b.action.recordId ?? '')
  );
}

export function cockpitItems(facts: CockpitFacts, now: Date): CockpitItem[] {
  const today = dayInAmsterdam(now);
  return [
    ...quietPartners(facts, today),
    ...overdueActions(facts, today),
    ...overdueReviews(facts, today),
    ...outdatedPlan(facts, today),
    ...scanRounds(facts, today),
    ...leadItems(facts),
    ...unconfirmedRepresentation(facts),
    ...missingConsents(facts),
    ...overdueContinuity(facts, today),
  ].sort(compareItems);
}
