import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { parseList } from '../common/json.js';
import type { TimelineFacts } from '../../domain/timeline/timeline.js';

export type MeetingRow = DB['meetings'];
export type DecisionRow = DB['meeting_decisions'];

/** Meetings, their decisions, and what the forms and the timeline read. Every function is scoped by networkId. */
export const meetingRepository = (db: Kysely<DB>) => ({
  list: (networkId: string) =>
    db
      .selectFrom('meetings')
      .selectAll()
      .where('network_id', '=', networkId)
      .orderBy('starts_at', 'desc')
      .orderBy('id')
      .execute(),

  get: (networkId: string, id: string) =>
    db.selectFrom('meetings').selectAll().where('network_id', '=', networkId).where('id', '=', id).executeTakeFirst(),

  async insert(row: MeetingRow) {
    await db.insertInto('meetings').values(row).execute();
  },

  update: (networkId: string, id: string, version: number, patch: Partial<MeetingRow>) =>
    db
      .updateTable('meetings')
      .set({ ...patch, version: version + 1 })
      .where('network_id', '=', networkId)
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst(),

  /** When the invitation went out; not an edit of the meeting, so its version stays (an open form is not stale). */
  async markInvited(networkId: string, id: string, at: string) {
    await db
      .updateTable('meetings')
      .set({ invited_at: at })
      .where('network_id', '=', networkId)
      .where('id', '=', id)
      .execute();
  },

  async remove(networkId: string, id: string) {
    await db.deleteFrom('meetings').where('network_id', '=', networkId).where('id', '=', id).execute();
  },

  /** Decisions and actions per meeting, for the list. */
  async counts(networkId: string) {
    const [decisions, actions] = await Promise.all([
      db
        .selectFrom('meeting_decisions')
        .select(['meeting_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('network_id', '=', networkId)
        .groupBy('meeting_id')
        .execute(),
      db
        .selectFrom('actions')
        .select(['meeting_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('network_id', '=', networkId)
        .where('meeting_id', 'is not', null)
        .groupBy('meeting_id')
        .execute(),
    ]);
    return {
      decisions: new Map(decisions.map((d) => [d.meeting_id, Number(d.n)])),
      actions: new Map(actions.map((a) => [a.meeting_id as string, Number(a.n)])),
    };
  },

  decisions: (networkId: string, meetingId: string) =>
    db
      .selectFrom('meeting_decisions')
      .selectAll()
      .where('network_id', '=', networkId)
      .where('meeting_id', '=', meetingId)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),

  async insertDecision(row: DecisionRow) {
    await db.insertInto('meeting_decisions').values(row).execute();
  },

  actions: (networkId: string, meetingId: string) =>
    db
      .selectFrom('actions as x')
      .leftJoin('members as m', 'm.id', 'x.owner_member_id')
      .leftJoin('users as u', 'u.id', 'm.user_id')
      .select(['x.id', 'x.title', 'x.due_on', 'x.status', 'x.updated_at', 'u.name', 'u.email'])
      .where('x.network_id', '=', networkId)
      .where('x.meeting_id', '=', meetingId)
      .orderBy('x.created_at')
      .orderBy('x.id')
      .execute(),

  async networkName(networkId: string) {
    const n = await db.selectFrom('networks').select('name').where('id', '=', networkId).executeTakeFirstOrThrow();
    return n.name;
  },

  /** Members with their name and address (people who deleted their account are left out). */
  members: (networkId: string) =>
    db
      .selectFrom('members as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select(['m.id', 'u.name', 'u.email'])
      .where('m.network_id', '=', networkId)
      .where('u.deleted_at', 'is', null)
      .orderBy('u.name')
      .orderBy('m.id')
      .execute(),

  partners: (networkId: string) =>
    db
      .selectFrom('network_actors as na')
      .innerJoin('actors as a', 'a.id', 'na.actor_id')
      .select(['a.id', 'a.name'])
      .where('na.network_id', '=', networkId)
      .where('na.status', '=', 'partner')
      .orderBy('a.name')
      .orderBy('a.id')
      .execute(),

  goals: (networkId: string) =>
    db
      .selectFrom('network_goals')
      .select(['id', 'title as name'])
      .where('network_id', '=', networkId)
      .orderBy('position')
      .orderBy('id')
      .execute(),

  agreements: (networkId: string) =>
    db
      .selectFrom('agreements')
      .select(['id', 'title as name'])
      .where('network_id', '=', networkId)
      .orderBy('title')
      .orderBy('id')
      .execute(),

  /**
   * Every dated fact the timeline shows. Of the scan only the rounds (label and when they closed):
   * never an answer. A round past its closing day counts as closed on that day.
   */
  async timelineFacts(
    networkId: string,
    today: string,
  ): Promise<{ facts: TimelineFacts; meetingOfDecision: Map<string, string> }> {
    const [decisions, meetings, rounds, snapshots, versions, consents, actions, focus, agreements, actors] =
      await Promise.all([
        db
          .selectFrom('meeting_decisions')
          .select(['id', 'meeting_id', 'text', 'decider_actor_ids', 'created_at', 'agreement_id'])
          .where('network_id', '=', networkId)
          .execute(),
        db
          .selectFrom('meetings')
          .select(['id', 'title', 'starts_at'])
          .where('network_id', '=', networkId)
          .where('cancelled_at', 'is', null)
          .execute(),
        db
          .selectFrom('scan_rounds')
          .select(['id', 'label', 'closes_on', 'closed_at'])
          .where('network_id', '=', networkId)
          .execute(),
        db
          .selectFrom('network_snapshots')
          .select(['id', 'label', 'taken_on'])
          .where('network_id', '=', networkId)
          .execute(),
        db
          .selectFrom('card_versions')
          .select(['id', 'number', 'published_at'])
          .where('network_id', '=', networkId)
          .execute(),
        db
          .selectFrom('card_consents as c')
          .innerJoin('card_versions as v', 'v.id', 'c.version_id')
          .select(['c.id', 'c.version_id', 'v.number', 'c.party', 'c.user_name', 'c.consented_at'])
          .where('c.network_id', '=', networkId)
          .execute(),
        db
          .selectFrom('actions')
          .select(['id', 'title', 'done_at'])
          .where('network_id', '=', networkId)
          .where('status', '=', 'klaar')
          .execute(),
        db
          .selectFrom('focus_decisions')
          .select(['id', 'themes', 'created_at'])
          .where('network_id', '=', networkId)
          .execute(),
        db.selectFrom('agreements').select(['id', 'title', 'created_at']).where('network_id', '=', networkId).execute(),
        db
          .selectFrom('network_actors as na')
          .innerJoin('actors as a', 'a.id', 'na.actor_id')
          .select(['a.id', 'a.name'])
          .where('na.network_id', '=', networkId)
          .execute(),
      ]);
    const actorName = new Map(actors.map((a) => [a.id, a.name]));
    const names = (ids: string[]) =>
      ids
        .map((i) => actorName.get(i))
        .filter((n): n is string => !!n)
        .join(', ');
    const facts: TimelineFacts = {
      decisions: decisions.map((d) => ({
        id: d.id,
        text: d.text,
        decidedBy: names(parseList(d.decider_actor_ids)) || null,
        decidedAt: d.created_at,
        agreementId: d.agreement_id,
      })),
      meetings: meetings.map((m) => ({ id: m.id, title: m.title, startsAt: m.starts_at })),
      scanRounds: rounds.map((r) => ({
        id: r.id,
        label: r.label,
        closedAt: r.closed_at ?? (r.closes_on < today ? r.closes_on : null),
      })),
      snapshots: snapshots.map((s) => ({ id: s.id, label: s.label, takenOn: s.taken_on })),
      cardVersions: versions.map((v) => ({ id: v.id, number: Number(v.number), publishedAt: v.published_at })),
      cardConsents: consents.map((c) => ({
        id: c.id,
        versionId: c.version_id,
        versionNumber: Number(c.number),
        partyName: (c.party.startsWith('actor:') ? actorName.get(c.party.slice(6)) : undefined) ?? c.user_name,
        consentedAt: c.consented_at,
      })),
      actions: actions.map((a) => ({ id: a.id, title: a.title, finishedAt: a.done_at })),
      focusDecisions: focus.map((f) => ({ id: f.id, themes: parseList(f.themes), decidedAt: f.created_at })),
      agreements: agreements.map((g) => ({ id: g.id, title: g.title, createdAt: g.created_at })),
    };
    return { facts, meetingOfDecision: new Map(decisions.map((d) => [d.id, d.meeting_id])) };
  },
});
