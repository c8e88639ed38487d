/** Response and request types of the bijeenkomsten and the tijdlijn, as the server declares them. */
import type { z } from 'zod';
import type { createDecision, createMeeting, createMeetingAction, updateMeeting } from '@schemas/meetings';
export type {
  MeetingsView,
  MeetingSummary,
  MeetingView,
  MeetingChoices,
  MeetingStatus,
  DecisionView,
  AgendaItemView,
  MeetingActionView,
  InviteResult,
  Named,
  TimelineView,
  TimelineEntryView,
  TimelineKind,
} from '@schemas/meetings';

export type CreateMeeting = z.input<typeof createMeeting>;
export type UpdateMeeting = z.input<typeof updateMeeting>;
export type CreateDecision = z.input<typeof createDecision>;
export type CreateMeetingAction = z.input<typeof createMeetingAction>;
