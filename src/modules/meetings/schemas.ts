import { z } from 'zod';
import { schemaText } from '../../core/messages/index.js';
import { LIMITS, id, optionalText, requiredText, text, version } from '../common/schemas.js';
import { isoDate } from '../common/dates.js';
import { AGREEMENT_KINDS } from '../agreements/schemas.js';
import { TIMELINE_KINDS, type TimelineKind, type TimelineTool } from '../../domain/timeline/timeline.js';

/** Minutes may be long; everything else follows LIMITS. */
export const NOTES_LIMIT = 10_000;
export const AGENDA_LIMIT = 50;

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: schemaText('meeting.time') });

/** A web address people can open: http(s), no spaces, and one that a browser can read. */
const videoUrl = text(500, { multiline: false })
  .regex(/^https?:\/\/[^\s/?#]+\.[^\s]*$/i, { error: schemaText('zod.url') })
  .refine((v) => URL.canParse(v), { error: schemaText('zod.url') });

/** An empty text field in a form means "none". */
const blankIsNull = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), schema.nullable());

const agendaItem = z.strictObject({
  text: requiredText(LIMITS.short),
  /** A goal of the same network the item is about. */
  goalId: id.nullable().optional(),
  /** An agreement of the same network the item is about. */
  agreementId: id.nullable().optional(),
});

const plan = {
  title: requiredText(LIMITS.name),
  /** The Dutch calendar day. */
  date: isoDate,
  /** Clock times in the Netherlands, HH:MM. */
  startTime: clockTime,
  endTime: blankIsNull(clockTime).optional(),
  place: blankIsNull(optionalText(LIMITS.name)).optional(),
  videoUrl: blankIsNull(videoUrl).optional(),
  agenda: z
    .array(agendaItem)
    .max(AGENDA_LIMIT, { error: schemaText('schema.maxLines') })
    .optional(),
};

export const createMeeting = z.strictObject(plan);

export const updateMeeting = z.strictObject({
  ...plan,
  title: plan.title.optional(),
  date: plan.date.optional(),
  startTime: plan.startTime.optional(),
  /** The minutes: what was said, in a few lines. */
  notes: text(NOTES_LIMIT).optional(),
  /** Who came: members of the network … */
  presentMemberIds: z.array(id).max(1000).optional(),
  /** … and the partners (actors) that were there. */
  presentActorIds: z.array(id).max(1000).optional(),
  version,
});

export const createDecision = z.strictObject({
  text: requiredText(LIMITS.long),
  /** The partners present who took the decision. */
  decidedBy: z.array(id).max(1000).optional(),
  /** When to look at the decision again; it becomes the agreement's review date. */
  reviewOn: isoDate.nullable().optional(),
  /** The kind of agreement it becomes (default: overig). */
  kind: z.enum(AGREEMENT_KINDS, { error: schemaText('schema.agreementKind') }).optional(),
});

export const createMeetingAction = z.strictObject({
  title: requiredText(LIMITS.name),
  description: optionalText(LIMITS.long).optional(),
  ownerMemberId: id.nullable().optional(),
  goalId: id.nullable().optional(),
  dueOn: isoDate.nullable().optional(),
});

export const meetingParams = z.strictObject({ networkId: id, meetingId: id });
export const decisionParams = z.strictObject({ networkId: id, meetingId: id, decisionId: id });

/** `kinds`: one or more kinds separated by commas; `from`/`to`: first and last day, both included. */
export const timelineQuery = z.strictObject({
  kinds: z
    .string()
    .max(400)
    .transform((v) => v.split(',').filter(Boolean))
    .pipe(z.array(z.enum(TIMELINE_KINDS, { error: schemaText('meeting.timelineKind') })))
    .optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export type CreateMeetingInput = z.output<typeof createMeeting>;
export type UpdateMeetingInput = z.output<typeof updateMeeting>;
export type CreateDecisionInput = z.output<typeof createDecision>;
export type CreateMeetingActionInput = z.output<typeof createMeetingAction>;
export type TimelineQuery = z.output<typeof timelineQuery>;

export interface Named {
  id: string;
  name: string;
}

export interface AgendaItemView {
  text: string;
  goalId: string | null;
  goalTitle: string | null;
  agreementId: string | null;
  agreementTitle: string | null;
}

export interface DecisionView {
  id: string;
  text: string;
  decidedBy: Named[];
  reviewOn: string | null;
  /** The agreement the decision became (null when that agreement was removed later). */
  agreementId: string | null;
  createdAt: string;
}

export interface MeetingActionView {
  id: string;
  title: string;
  ownerName: string | null;
  dueOn: string | null;
  status: string;
}

/** planned: still to come; held: its start has passed; cancelled: called off. */
export type MeetingStatus = 'planned' | 'held' | 'cancelled';

export interface MeetingSummary {
  id: string;
  title: string;
  date: string;
  startTime: string;
  endTime: string | null;
  startsAt: string;
  place: string | null;
  videoUrl: string | null;
  status: MeetingStatus;
  decisions: number;
  actions: number;
}

/** What the forms choose from: members, partners, goals and agreements of the network. */
export interface MeetingChoices {
  members: Named[];
  partners: Named[];
  goals: Named[];
  agreements: Named[];
}

export interface MeetingsView {
  meetings: MeetingSummary[];
  choices: MeetingChoices;
}

export interface MeetingView {
  id: string;
  title: string;
  date: string;
  startTime: string;
  endTime: string | null;
  startsAt: string;
  endsAt: string | null;
  place: string | null;
  videoUrl: string | null;
  agenda: AgendaItemView[];
  notes: string;
  presentMembers: Named[];
  presentActors: Named[];
  plannedBy: Named | null;
  invitedAt: string | null;
  cancelledAt: string | null;
  status: MeetingStatus;
  decisions: DecisionView[];
  actions: MeetingActionView[];
  /** The caller may cancel or delete it (a kartrekker, or who planned it). */
  manageable: boolean;
  choices: MeetingChoices;
  version: number;
  updatedAt: string;
}

export interface InviteResult {
  /** How many members got the invitation. */
  invited: number;
}

export interface TimelineEntryView {
  id: string;
  kind: TimelineKind;
  /** The moment (or the day, for date-only facts). */
  at: string;
  day: string;
  kindLabel: string;
  title: string;
  date: string;
  link: { tool: TimelineTool; recordId: string };
  /** The page that shows it, under /netwerken/:networkId/. */
  path: string;
}

export interface TimelineView {
  entries: TimelineEntryView[];
}

export { TIMELINE_KINDS, type TimelineKind, type TimelineTool };
