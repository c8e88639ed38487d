import type { Deps } from '../common/deps.js';
import type { MemberContext } from '../../core/access.js';
import type { Services } from '../../core/registry.js';
import { errors } from '../../core/errors.js';
import type { Lang, MessageRef } from '../../core/messages/index.js';
import { newId, nowIso } from '../../core/crypto.js';
import { recordChange } from '../common/changes.js';
import { listText, parseList } from '../common/json.js';
import { displayName } from '../common/names.js';
import { oneLine } from '../common/text.js';
import { today } from '../common/dates.js';
import { amsterdamMoment, formatDay, formatMoment } from '../../domain/calendar/dates.js';
import { meetingIcs } from '../../domain/calendar/meeting.js';
import { buildTimeline, type TimelineTool } from '../../domain/timeline/timeline.js';
import { renderEntry } from '../../domain/timeline/render.js';
import { ACTION_STATUS_LABELS } from '../actions/schemas.js';
import { meetingRepository, type DecisionRow, type MeetingRow } from './repository.js';
import { renderMinutesPdf, type MinutesBlock } from './minutes-pdf.js';
import type {
  AgendaItemView,
  CreateDecisionInput,
  CreateMeetingActionInput,
  CreateMeetingInput,
  DecisionView,
  InviteResult,
  MeetingChoices,
  MeetingStatus,
  MeetingSummary,
  MeetingView,
  MeetingsView,
  Named,
  TimelineQuery,
  TimelineView,
  UpdateMeetingInput,
} from './schemas.js';

interface StoredAgendaItem {
  text: string;
  goalId: string | null;
  agreementId: string | null;
}

const missing = () => errors.notFound('meeting.notFound');

const statusOf = (m: MeetingRow, now = Date.now()): MeetingStatus =>
  m.cancelled_at ? 'cancelled' : Date.parse(m.starts_at) <= now ? 'held' : 'planned';

const agendaOf = (m: MeetingRow): StoredAgendaItem[] => {
  try {
    const parsed: unknown = JSON.parse(m.agenda);
    return Array.isArray(parsed) ? (parsed as StoredAgendaItem[]) : [];
  } catch {
    return [];
  }
};

/** The agreement's one-line title: the decision's first line, shortened when long. */
export function agreementTitle(decision: string): string {
  const first = oneLine(decision.split(/\r?\n/)[0]);
  return first.length <= 200 ? first : `${first.slice(0, 199).trimEnd()}…`;
}

export function createMeetingService(deps: Deps, services: Pick<Services, 'agreements' | 'actions'>) {
  const repo = meetingRepository(deps.db);
  const base = deps.config.publicUrl.replace(/\/$/, '');
  const pageUrl = (networkId: string, id: string) => `${base}/netwerken/${networkId}/verdiepen/bijeenkomsten/${id}`;
  const icsUrl = (networkId: string, id: string) => `${base}/api/networks/${networkId}/meetings/${id}/ics`;

  async function choices(networkId: string): Promise<MeetingChoices> {
    const [members, partners, goals, agreements] = await Promise.all([
      repo.members(networkId),
      repo.partners(networkId),
      repo.goals(networkId),
      repo.agreements(networkId),
    ]);
    return {
      members: members.map((m) => ({ id: m.id, name: displayName(m) })),
      partners,
      goals,
      agreements,
    };
  }

  async function meetingOf(ctx: MemberContext, id: string) {
    const m = await repo.get(ctx.networkId, id);
    if (!m) throw missing();
    return m;
  }

  const mayManage = (ctx: MemberContext, m: MeetingRow) =>
    ctx.role === 'kartrekker' || m.planner_member_id === ctx.memberId;

  async function toView(ctx: MemberContext, m: MeetingRow): Promise<MeetingView> {
    const [c, decisions, actions] = await Promise.all([
      choices(ctx.networkId),
      repo.decisions(ctx.networkId, m.id),
      repo.actions(ctx.networkId, m.id),
    ]);
    const named = (list: Named[]) => new Map(list.map((n) => [n.id, n.name]));
    const members = named(c.members);
    const partners = named(c.partners);
    const goals = named(c.goals);
    const agreements = named(c.agreements);
    const pick = (ids: string[], from: Map<string, string>): Named[] =>
      ids.filter((i) => from.has(i)).map((i) => ({ id: i, name: from.get(i)! }));
    const agenda: AgendaItemView[] = agendaOf(m).map((a) => ({
      text: a.text,
      goalId: a.goalId && goals.has(a.goalId) ? a.goalId : null,
      goalTitle: (a.goalId && goals.get(a.goalId)) || null,
      agreementId: a.agreementId && agreements.has(a.agreementId) ? a.agreementId : null,
      agreementTitle: (a.agreementId && agreements.get(a.agreementId)) || null,
    }));
    return {
      id: m.id,
      title: m.title,
      date: m.day,
      startTime: m.start_time,
      endTime: m.end_time,
      startsAt: m.starts_at,
      endsAt: m.ends_at,
      place: m.place,
      videoUrl: m.video_url,
      agenda,
      notes: m.notes,
      presentMembers: pick(parseList(m.present_members), members),
      presentActors: pick(parseList(m.present_actors), partners),
      plannedBy:
        m.planner_member_id && members.has(m.planner_member_id)
          ? { id: m.planner_member_id, name: members.get(m.planner_member_id)! }
          : null,
      invitedAt: m.invited_at,
      cancelledAt: m.cancelled_at,
      status: statusOf(m),
      decisions: decisions.map((d): DecisionView => ({
        id: d.id,
        text: d.text,
        decidedBy: pick(parseList(d.decider_actor_ids), partners),
        reviewOn: d.review_on,
        agreementId: d.agreement_id,
        createdAt: d.created_at,
      })),
      actions: actions.map((a) => ({
        id: a.id,
        title: a.title,
        ownerName: a.email ? displayName({ name: a.name ?? '' }) : null,
        dueOn: a.due_on,
        status: a.status,
      })),
      manageable: mayManage(ctx, m),
      choices: c,
      version: Number(m.version),
      updatedAt: m.updated_at,
    };
  }

  /** Links in the agenda and the people present must be of this network: anything else is a 422 on its field. */
  async function checkLinks(ctx: MemberContext, input: Partial<UpdateMeetingInput>) {
    const fields: Record<string, MessageRef> = {};
    const c = await choices(ctx.networkId);
    const has = (list: Named[]) => new Set(list.map((n) => n.id));
    const goals = has(c.goals);
    const agreements = has(c.agreements);
    input.agenda?.forEach((a, i) => {
      if (a.goalId && !goals.has(a.goalId)) fields[`agenda.${i}.goalId`] = 'meeting.goalNotFound';
      if (a.agreementId && !agreements.has(a.agreementId))
        fields[`agenda.${i}.agreementId`] = 'meeting.agreementNotFound';
    });
    const members = has(c.members);
    if (input.presentMemberIds?.some((m) => !members.has(m))) fields.presentMemberIds = 'meeting.notAMember';
    const partners = has(c.partners);
    if (input.presentActorIds?.some((a) => !partners.has(a))) fields.presentActorIds = 'meeting.notAPartner';
    if (Object.keys(fields).length) throw errors.invalid(fields);
  }

  /** The moments of the Dutch day and clock times; an end must come after the start. */
  function moments(day: string, start: string, end: string | null) {
    if (end !== null && end <= start) throw errors.invalid({ endTime: 'meeting.endBeforeStart' });
    return { starts_at: amsterdamMoment(day, start), ends_at: end === null ? null : amsterdamMoment(day, end) };
  }

  const storedAgenda = (agenda: CreateMeetingInput['agenda']) =>
    JSON.stringify(
      (agenda ?? []).map((a) => ({ text: a.text, goalId: a.goalId ?? null, agreementId: a.agreementId ?? null })),
    );

  async function mailMembers(ctx: MemberContext, build: (networkName: string) => { subject: string; text: string }) {
    const [members, networkName] = await Promise.all([repo.members(ctx.networkId), repo.networkName(ctx.networkId)]);
    const mail = build(networkName);
    let sent = 0;
    for (const m of members) {
      try {
        await deps.mailer.send({ to: m.email, subject: oneLine(mail.subject), text: mail.text, kind: 'meeting' });
        sent++;
      } catch (err) {
        deps.log.warn({ err }, 'meeting mail failed');
      }
    }
    return sent;
  }

  function when(m: MeetingRow) {
    const start = formatMoment(m.starts_at, 'nl');
    return m.end_time ? `${start} tot ${m.end_time}` : start;
  }

  /** Everything the minutes show, in order; the PDF and its test read this. */
  async function minutes(ctx: MemberContext, m: MeetingRow) {
    const view = await toView(ctx, m);
    const networkName = await repo.networkName(ctx.networkId);
    const blocks: MinutesBlock[] = [];
    const where = [m.place, m.video_url].filter(Boolean).join(' · ');
    blocks.push({ kind: 'paragraph', text: `Wanneer: ${when(m)}${where ? `\nWaar: ${where}` : ''}` });
    if (m.cancelled_at) blocks.push({ kind: 'paragraph', text: 'Deze bijeenkomst is afgezegd.', italic: true });
    blocks.push({ kind: 'heading', text: 'Agenda' });
    blocks.push(
      view.agenda.length
        ? {
            kind: 'list',
            numbered: true,
            items: view.agenda.map((a) =>
              [
                a.text,
                a.goalTitle ? `doel: ${a.goalTitle}` : '',
                a.agreementTitle ? `afspraak: ${a.agreementTitle}` : '',
              ]
                .filter(Boolean)
                .join(' — '),
            ),
          }
        : { kind: 'paragraph', text: 'Geen agenda.', italic: true },
    );
    blocks.push({ kind: 'heading', text: 'Aanwezig' });
    const present = [
      view.presentMembers.length ? `Leden: ${view.presentMembers.map((p) => p.name).join(', ')}` : '',
      view.presentActors.length ? `Partners: ${view.presentActors.map((p) => p.name).join(', ')}` : '',
    ].filter(Boolean);
    blocks.push(
      present.length
        ? { kind: 'paragraph', text: present.join('\n') }
        : { kind: 'paragraph', text: 'Nog niet ingevuld.', italic: true },
    );
    blocks.push({ kind: 'heading', text: 'Aantekeningen' });
    blocks.push(
      view.notes.trim()
        ? { kind: 'paragraph', text: view.notes }
        : { kind: 'paragraph', text: 'Geen aantekeningen.', italic: true },
    );
    blocks.push({ kind: 'heading', text: 'Besluiten' });
    blocks.push(
      view.decisions.length
        ? {
            kind: 'table',
            columns: [
              { header: 'Besluit', weight: 5 },
              { header: 'Besloten door', weight: 3 },
              { header: 'Evalueren op', weight: 2 },
            ],
            rows: view.decisions.map((d) => [
              d.text,
              d.decidedBy.map((p) => p.name).join(', ') || '—',
              d.reviewOn ? formatDay(d.reviewOn, 'nl') : '—',
            ]),
          }
        : { kind: 'paragraph', text: 'Geen besluiten.', italic: true },
    );
    blocks.push({ kind: 'heading', text: 'Acties' });
    blocks.push(
      view.actions.length
        ? {
            kind: 'table',
            columns: [
              { header: 'Actie', weight: 5 },
              { header: 'Wie', weight: 2 },
              { header: 'Wanneer klaar', weight: 2 },
              { header: 'Status', weight: 1 },
            ],
            rows: view.actions.map((a) => [
              a.title,
              a.ownerName ?? '—',
              a.dueOn ? formatDay(a.dueOn, 'nl') : '—',
              ACTION_STATUS_LABELS[a.status] ?? a.status,
            ]),
          }
        : { kind: 'paragraph', text: 'Geen acties.', italic: true },
    );
    const [decisions, actions] = await Promise.all([
      repo.decisions(ctx.networkId, m.id),
      repo.actions(ctx.networkId, m.id),
    ]);
    const changed = [m.updated_at, ...decisions.map((d) => d.created_at), ...actions.map((a) => a.updated_at)].sort();
    return {
      title: `Verslag: ${m.title}`,
      subtitle: `${networkName} · ${formatDay(m.day, 'nl')}`,
      changedAt: new Date(changed[changed.length - 1]),
      blocks,
    };
  }

  return {
    async list(ctx: MemberContext): Promise<MeetingsView> {
      const [rows, counts, c] = await Promise.all([
        repo.list(ctx.networkId),
        repo.counts(ctx.networkId),
        choices(ctx.networkId),
      ]);
      const now = Date.now();
      return {
        meetings: rows.map((m): MeetingSummary => ({
          id: m.id,
          title: m.title,
          date: m.day,
          startTime: m.start_time,
          endTime: m.end_time,
          startsAt: m.starts_at,
          place: m.place,
          videoUrl: m.video_url,
          status: statusOf(m, now),
          decisions: counts.decisions.get(m.id) ?? 0,
          actions: counts.actions.get(m.id) ?? 0,
        })),
        choices: c,
      };
    },

    async get(ctx: MemberContext, id: string): Promise<MeetingView> {
      return toView(ctx, await meetingOf(ctx, id));
    },

    async create(ctx: MemberContext, input: CreateMeetingInput): Promise<MeetingView> {
      await checkLinks(ctx, input);
      const endTime = input.endTime ?? null;
      const now = nowIso();
      const row: MeetingRow = {
        id: newId(),
        network_id: ctx.networkId,
        title: input.title,
        day: input.date,
        start_time: input.startTime,
        end_time: endTime,
        ...moments(input.date, input.startTime, endTime),
        place: input.place ?? null,
        video_url: input.videoUrl ?? null,
        agenda: storedAgenda(input.agenda),
        notes: '',
        present_members: '[]',
        present_actors: '[]',
        planner_member_id: ctx.memberId,
        invited_at: null,
        cancelled_at: null,
        created_at: now,
        updated_at: now,
        version: 1,
      };
      await repo.insert(row);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'meeting',
        entityId: row.id,
        action: 'create',
        after: row,
      });
      return toView(ctx, row);
    },

    async update(ctx: MemberContext, id: string, input: UpdateMeetingInput): Promise<MeetingView> {
      const before = await meetingOf(ctx, id);
      if (before.cancelled_at) throw errors.conflict('meeting.cancelled');
      await checkLinks(ctx, input);
      const patch: Partial<MeetingRow> = { updated_at: nowIso() };
      if (input.title !== undefined) patch.title = input.title;
      if (input.place !== undefined) patch.place = input.place;
      if (input.videoUrl !== undefined) patch.video_url = input.videoUrl;
      if (input.agenda !== undefined) patch.agenda = storedAgenda(input.agenda);
      if (input.notes !== undefined) patch.notes = input.notes;
      if (input.presentMemberIds !== undefined) patch.present_members = listText(input.presentMemberIds);
      if (input.presentActorIds !== undefined) patch.present_actors = listText(input.presentActorIds);
      if (input.date !== undefined || input.startTime !== undefined || input.endTime !== undefined) {
        const day = input.date ?? before.day;
        const start = input.startTime ?? before.start_time;
        const end = input.endTime !== undefined ? input.endTime : before.end_time;
        Object.assign(patch, { day, start_time: start, end_time: end }, moments(day, start, end));
      }
      const after = await repo.update(ctx.networkId, id, input.version, patch);
      if (!after) throw errors.stale(await toView(ctx, before));
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'meeting',
        entityId: id,
        action: 'update',
        before,
        after,
      });
      return toView(ctx, after);
    },

    /** Calls the meeting off; members who were invited hear it by mail. */
    async cancel(ctx: MemberContext, id: string): Promise<MeetingView> {
      const before = await meetingOf(ctx, id);
      if (!mayManage(ctx, before)) throw errors.forbidden('meeting.manageOwn');
      if (before.cancelled_at) throw errors.conflict('meeting.alreadyCancelled');
      const now = nowIso();
      const after = await repo.update(ctx.networkId, id, Number(before.version), {
        cancelled_at: now,
        updated_at: now,
      });
      if (!after) throw errors.conflict('meeting.alreadyCancelled');
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'meeting',
        entityId: id,
        action: 'update',
        before: { cancelled_at: null },
        after: { cancelled_at: now },
      });
      if (before.invited_at)
        await mailMembers(ctx, (networkName) => ({
          subject: `Afgezegd: ${before.title} (${networkName})`,
          text:
            `Hallo,\n\nDe bijeenkomst "${oneLine(before.title)}" van ${oneLine(networkName)} op ${when(before)} gaat niet door.\n\n` +
            `Haal hem uit je agenda. Meer in Wijknet:\n${pageUrl(ctx.networkId, id)}\n`,
        }));
      return toView(ctx, after);
    },

    async remove(ctx: MemberContext, id: string): Promise<void> {
      const before = await meetingOf(ctx, id);
      if (!mayManage(ctx, before)) throw errors.forbidden('meeting.manageOwn');
      await repo.remove(ctx.networkId, id);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'meeting',
        entityId: id,
        action: 'delete',
        before,
      });
    },

    /** Mails every member the invitation with the meeting's page and its .ics address (through the mail outbox). */
    async invite(ctx: MemberContext, id: string): Promise<InviteResult> {
      const m = await meetingOf(ctx, id);
      if (m.cancelled_at) throw errors.conflict('meeting.cancelled');
      const agenda = agendaOf(m);
      const invited = await mailMembers(ctx, (networkName) => ({
        subject: `Uitnodiging: ${m.title} (${networkName})`,
        text:
          `Hallo,\n\nJe bent uitgenodigd voor de bijeenkomst "${oneLine(m.title)}" van ${oneLine(networkName)}.\n\n` +
          `Wanneer: ${when(m)}\n` +
          (m.place ? `Waar: ${oneLine(m.place)}\n` : '') +
          (m.video_url ? `Online meedoen: ${m.video_url}\n` : '') +
          (agenda.length ? `\nAgenda:\n${agenda.map((a, i) => `${i + 1}. ${oneLine(a.text)}`).join('\n')}\n` : '') +
          `\nZet de bijeenkomst in je agenda (ingelogd in Wijknet):\n${icsUrl(ctx.networkId, id)}\n\n` +
          `Bekijk de bijeenkomst in Wijknet:\n${pageUrl(ctx.networkId, id)}\n`,
      }));
      const now = nowIso();
      await repo.markInvited(ctx.networkId, id, now);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'meeting',
        entityId: id,
        action: 'update',
        before: { invited_at: m.invited_at },
        after: { invited_at: now },
      });
      return { invited };
    },

    /** A decision: stored with the meeting and recorded as an agreement with its review date. */
    async decide(ctx: MemberContext, id: string, input: CreateDecisionInput): Promise<MeetingView> {
      const m = await meetingOf(ctx, id);
      if (m.cancelled_at) throw errors.conflict('meeting.cancelled');
      const decidedBy = [...new Set(input.decidedBy ?? [])];
      const partners = new Set((await repo.partners(ctx.networkId)).map((p) => p.id));
      if (decidedBy.some((a) => !partners.has(a))) throw errors.invalid({ decidedBy: 'meeting.notAPartner' });
      const present = new Set(parseList(m.present_actors));
      if (decidedBy.some((a) => !present.has(a))) throw errors.invalid({ decidedBy: 'meeting.deciderAbsent' });
      const agreement = await services.agreements.create(ctx, {
        kind: input.kind ?? 'overig',
        title: agreementTitle(input.text),
        body: `${input.text}\n\nBesloten in de bijeenkomst "${oneLine(m.title)}" van ${formatDay(m.day, 'nl')}.`,
        reviewOn: input.reviewOn ?? null,
      });
      const row: DecisionRow = {
        id: newId(),
        network_id: ctx.networkId,
        meeting_id: id,
        text: input.text,
        decider_actor_ids: listText(decidedBy),
        review_on: input.reviewOn ?? null,
        agreement_id: agreement.id,
        recorder_member_id: ctx.memberId,
        created_at: nowIso(),
      };
      await repo.insertDecision(row);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'meeting_decision',
        entityId: row.id,
        action: 'create',
        after: row,
      });
      return toView(ctx, m);
    },

    /** An action made in the meeting goes straight into the action plan, linked to the meeting. */
    async addAction(ctx: MemberContext, id: string, input: CreateMeetingActionInput): Promise<MeetingView> {
      const m = await meetingOf(ctx, id);
      if (m.cancelled_at) throw errors.conflict('meeting.cancelled');
      await services.actions.create(ctx, { ...input, meetingId: id });
      return toView(ctx, m);
    },

    async ics(ctx: MemberContext, id: string): Promise<{ filename: string; body: string }> {
      const m = await meetingOf(ctx, id);
      const networkName = await repo.networkName(ctx.networkId);
      const body = meetingIcs(
        {
          id: m.id,
          networkName,
          title: m.cancelled_at ? `Afgezegd: ${m.title}` : m.title,
          startsAt: m.starts_at,
          endsAt: m.ends_at,
          place: m.place,
          videoUrl: m.video_url,
          agenda: agendaOf(m).map((a) => a.text),
          url: pageUrl(ctx.networkId, m.id),
        },
        m.updated_at,
      );
      return { filename: `bijeenkomst-${m.day}.ics`, body };
    },

    async minutesPdf(ctx: MemberContext, id: string): Promise<{ filename: string; body: Buffer }> {
      const m = await meetingOf(ctx, id);
      return { filename: `verslag-${m.day}.pdf`, body: await renderMinutesPdf(await minutes(ctx, m)) };
    },

    async timeline(ctx: MemberContext, query: TimelineQuery, lang: Lang): Promise<TimelineView> {
      if (query.from && query.to && query.from > query.to) throw errors.invalid({ from: 'meeting.timelinePeriod' });
      const { facts, meetingOfDecision } = await repo.timelineFacts(ctx.networkId, today());
      const entries = buildTimeline(facts, new Date(), { kinds: query.kinds, from: query.from, to: query.to });
      const path = (tool: TimelineTool, recordId: string): string => {
        switch (tool) {
          case 'decisions':
            return `verdiepen/bijeenkomsten/${meetingOfDecision.get(recordId)}`;
          case 'meetings':
            return `verdiepen/bijeenkomsten/${recordId}`;
          case 'scan':
            return `verdiepen/scan/${recordId}`;
          case 'network_map':
            return 'verkennen/kaart';
          case 'card':
            return `vormgeven/kaart/versie/${recordId}`;
          case 'actions':
            return 'vormgeven/acties';
          case 'focus':
            return 'verkennen/focus';
          case 'agreements':
            return 'vormgeven/afspraken';
        }
      };
      return {
        entries: entries.map((e) => ({
          id: e.id,
          kind: e.kind,
          at: e.at,
          day: e.day,
          ...renderEntry(e, lang),
          link: e.link,
          path: path(e.link.tool, e.link.recordId),
        })),
      };
    },
  };
}

export type MeetingService = ReturnType<typeof createMeetingService>;
