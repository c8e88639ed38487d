import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { CockpitFacts } from '../../domain/cockpit/rules.js';
import { dayInAmsterdam, type IsoDay } from '../../domain/calendar/dates.js';
import { displayName } from './names.js';

/**
 * The one repository that gathers what the kartrekker cockpit's rules (`domain/cockpit/rules.ts`)
 * read, for the cockpit route and for the weekly digest job alike (jobs may use modules/common,
 * not a module's repository). Every query is scoped by the network id.
 *
 * Each part of the facts is one input function below; a new input (the meetings' decisions, the
 * continuity checklist's overdue items) is one more function here and one more field in
 * `CockpitFacts` with its rule in the domain. Inputs whose tables do not exist yet give nothing.
 *
 * The queries already leave out what can never become an item (finished actions, agreements
 * without a review date, closed scan rounds), so a network with hundreds of records stays quick;
 * the domain rules still decide on the dates.
 */
type Input<K extends keyof CockpitFacts> = (
  db: Kysely<DB>,
  networkId: string,
  today: IsoDay,
) => Promise<CockpitFacts[K]>;

const partners: Input<'partners'> = async (db, networkId) => {
  const [list, activity] = await Promise.all([
    db
      .selectFrom('network_actors as na')
      .innerJoin('actors as a', 'a.id', 'na.actor_id')
      .select(['a.id', 'a.name', 'na.added_at'])
      .where('na.network_id', '=', networkId)
      .where('na.status', '=', 'partner')
      .orderBy('a.name')
      .execute(),
    // The latest change (audit line) by anyone who acts for the partner in this network.
    db
      .selectFrom('audit_log as l')
      .innerJoin('members as m', (j) =>
        j.onRef('m.user_id', '=', 'l.user_id').onRef('m.network_id', '=', 'l.network_id'),
      )
      .select((eb) => ['m.actor_id', eb.fn.max('l.at').as('last')])
      .where('l.network_id', '=', networkId)
      .where('m.actor_id', 'is not', null)
      .groupBy('m.actor_id')
      .execute(),
  ]);
  const last = new Map(activity.map((r) => [r.actor_id as string, r.last as string]));
  return list.map((p) => ({
    actorId: p.id,
    name: p.name,
    joinedAt: p.added_at,
    lastActivityAt: last.get(p.id) ?? null,
  }));
};

const actions: Input<'actions'> = async (db, networkId, today) => {
  const rows = await db
    .selectFrom('actions as a')
    .leftJoin('members as m', (j) =>
      j.onRef('m.id', '=', 'a.owner_member_id').onRef('m.network_id', '=', 'a.network_id'),
    )
    .leftJoin('users as u', 'u.id', 'm.user_id')
    .select(['a.id', 'a.title', 'a.due_on', 'a.status', 'u.name', 'u.email'])
    .where('a.network_id', '=', networkId)
    .where('a.status', 'in', ['open', 'bezig'])
    .where('a.due_on', '<', today)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    dueOn: r.due_on,
    status: r.status,
    ownerName: r.email ? displayName({ name: r.name ?? '' }) : null,
  }));
};

const agreements: Input<'agreements'> = (db, networkId, today) =>
  db
    .selectFrom('agreements')
    .select(['id', 'title', 'review_on as reviewOn'])
    .where('network_id', '=', networkId)
    .where('review_on', 'is not', null)
    .where('review_on', '<', today)
    .execute();

/** Decisions of meetings whose review date has passed (the rule skips those that became an agreement). */
const decisions: Input<'decisions'> = (db, networkId, today) =>
  db
    .selectFrom('meeting_decisions')
    .select(['id', 'text', 'review_on as reviewOn', 'agreement_id as agreementId', 'meeting_id as meetingId'])
    .where('network_id', '=', networkId)
    .where('review_on', 'is not', null)
    .where('review_on', '<', today)
    .execute();

/** Points of the continuity checklist still open or bezig whose date has passed. */
const continuity: Input<'continuity'> = (db, networkId, today) =>
  db
    .selectFrom('continuity_items')
    .select(['id', 'title', 'due_on as dueOn'])
    .where('network_id', '=', networkId)
    .where('removed_at', 'is', null)
    .where('status', 'in', ['open', 'bezig'])
    .where('due_on', 'is not', null)
    .where('due_on', '<', today)
    .execute();

/** The current plan is the latest plan year; it was (re)made when its first action was created or carried over. */
const actionPlan: Input<'actionPlan'> = async (db, networkId) => {
  const latest = await db
    .selectFrom('actions')
    .select((eb) => eb.fn.max('plan_year').as('year'))
    .where('network_id', '=', networkId)
    .executeTakeFirst();
  if (latest?.year === null || latest?.year === undefined) return null;
  const year = Number(latest.year);
  const first = await db
    .selectFrom('actions')
    .select((eb) => eb.fn.min('created_at').as('at'))
    .where('network_id', '=', networkId)
    .where('plan_year', '=', year)
    .executeTakeFirst();
  return first?.at ? { year, renewedAt: String(first.at) } : null;
};

const scanRounds: Input<'scanRounds'> = async (db, networkId, today) => {
  const rounds = await db
    .selectFrom('scan_rounds')
    .select(['id', 'label', 'closes_on', 'closed_at'])
    .where('network_id', '=', networkId)
    .where('closed_at', 'is', null)
    .where('closes_on', '>=', today)
    .execute();
  if (rounds.length === 0) return [];
  const ids = rounds.map((r) => r.id);
  const [invited, answered] = await Promise.all([
    db
      .selectFrom('scan_invitations')
      .select((eb) => ['round_id', eb.fn.countAll<number>().as('n')])
      .where('network_id', '=', networkId)
      .where('round_id', 'in', ids)
      .groupBy('round_id')
      .execute(),
    // Counted from the anonymous answers, so a round answered live in a werksessie counts too.
    db
      .selectFrom('scan_responses')
      .select((eb) => ['round_id', eb.fn.countAll<number>().as('n')])
      .where('network_id', '=', networkId)
      .where('round_id', 'in', ids)
      .groupBy('round_id')
      .execute(),
  ]);
  const inv = new Map(invited.map((r) => [r.round_id, Number(r.n)]));
  const ans = new Map(answered.map((r) => [r.round_id, Number(r.n)]));
  return rounds.map((r) => ({
    id: r.id,
    label: r.label,
    closesOn: r.closes_on,
    closedAt: r.closed_at,
    invited: inv.get(r.id) ?? 0,
    answered: ans.get(r.id) ?? 0,
  }));
};

/** The same facts the kartrekker page gives `leadWarnings`: a deputy counts only while they are a member. */
const leads: Input<'leads'> = async (db, networkId) => {
  const rows = await db
    .selectFrom('members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .leftJoin('lead_appointments as l', (j) =>
      j.onRef('l.member_id', '=', 'm.id').onRef('l.network_id', '=', 'm.network_id'),
    )
    .leftJoin('members as d', (j) =>
      j.onRef('d.id', '=', 'l.deputy_member_id').onRef('d.network_id', '=', 'm.network_id'),
    )
    .select(['m.id', 'u.name', 'u.email', 'l.hours_per_week', 'd.id as deputy_id'])
    .where('m.network_id', '=', networkId)
    .where('m.role', '=', 'kartrekker')
    .orderBy('u.name')
    .orderBy('u.email')
    .execute();
  return rows.map((r) => ({
    memberId: r.id,
    name: displayName(r),
    hoursPerWeek: r.hours_per_week === null ? null : Number(r.hours_per_week),
    deputyMemberId: r.deputy_id ?? null,
  }));
};

const representationRequests: Input<'representationRequests'> = async (db, networkId) => {
  const rows = await db
    .selectFrom('representation_requests as r')
    .innerJoin('members as m', (j) => j.onRef('m.id', '=', 'r.member_id').onRef('m.network_id', '=', 'r.network_id'))
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .innerJoin('actors as a', 'a.id', 'r.actor_id')
    .select(['r.id', 'r.asked_at', 'u.name', 'u.email', 'a.name as actor_name'])
    .where('r.network_id', '=', networkId)
    .where('r.status', '=', 'open')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    personName: displayName(r),
    partnerName: r.actor_name,
    requestedAt: r.asked_at,
    confirmedAt: null,
  }));
};

/**
 * The latest card version and who consented. Only the partners that are a party of that version
 * have to consent, so every other partner is passed as if it had (the rule lists partners
 * without consent); parties without a partner (a member on their own) are not in the cockpit.
 */
async function latestCard(
  db: Kysely<DB>,
  networkId: string,
  partnerIds: string[],
): Promise<CockpitFacts['latestCard']> {
  const v = await db
    .selectFrom('card_versions')
    .select(['id', 'number', 'snapshot', 'published_at'])
    .where('network_id', '=', networkId)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!v) return null;
  const consents = await db
    .selectFrom('card_consents')
    .select('party')
    .where('network_id', '=', networkId)
    .where('version_id', '=', v.id)
    .execute();
  const given = new Set(consents.map((c) => c.party));
  let parties: string[];
  try {
    const snapshot = JSON.parse(v.snapshot) as { parties?: { party?: unknown }[] };
    parties = (snapshot.parties ?? []).map((p) => String(p.party ?? ''));
  } catch {
    // A snapshot that cannot be read names nobody: no consents are asked for.
    parties = [];
  }
  const owing = new Set(parties.filter((p) => p.startsWith('actor:') && !given.has(p)).map((p) => p.slice(6)));
  return {
    versionId: v.id,
    number: Number(v.number),
    publishedAt: v.published_at,
    consentedActorIds: partnerIds.filter((id) => !owing.has(id)),
  };
}

export async function cockpitFacts(db: Kysely<DB>, networkId: string, now: Date): Promise<CockpitFacts> {
  const today = dayInAmsterdam(now);
  const [p, a, g, d, plan, scan, l, r, c] = await Promise.all([
    partners(db, networkId, today),
    actions(db, networkId, today),
    agreements(db, networkId, today),
    decisions(db, networkId, today),
    actionPlan(db, networkId, today),
    scanRounds(db, networkId, today),
    leads(db, networkId, today),
    representationRequests(db, networkId, today),
    continuity(db, networkId, today),
  ]);
  const card = await latestCard(
    db,
    networkId,
    p.map((x) => x.actorId),
  );
  return {
    partners: p,
    actions: a,
    agreements: g,
    decisions: d,
    actionPlan: plan,
    scanRounds: scan,
    leads: l,
    representationRequests: r,
    latestCard: card,
    continuity: c,
  };
}
