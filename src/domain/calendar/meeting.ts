import { icsDocument } from './ics.js';
import { formatMoment, type Locale } from './dates.js';

/** What a meeting's .ics needs; `startsAt`/`endsAt` are moments (ISO 8601 with Z or an offset). */
export interface MeetingForCalendar {
  id: string;
  networkName: string;
  title: string;
  startsAt: string;
  endsAt: string | null;
  place: string | null;
  videoUrl: string | null;
  agenda: string[];
  /** The meeting's page in Wijknet. */
  url: string;
}

const words = {
  nl: { agenda: 'Agenda', video: 'Online meedoen', page: 'Meer in Wijknet', when: 'Wanneer' },
  en: { agenda: 'Agenda', video: 'Join online', page: 'More in Wijknet', when: 'When' },
} as const;

/** The agenda as a numbered list, so it reads well in every calendar app (they show DESCRIPTION as plain text). */
export function meetingDescription(m: MeetingForCalendar, locale: Locale): string {
  const w = words[locale];
  const parts = [`${m.networkName}\n${w.when}: ${formatMoment(m.startsAt, locale)}`];
  if (m.agenda.length > 0) parts.push(`${w.agenda}:\n${m.agenda.map((item, i) => `${i + 1}. ${item}`).join('\n')}`);
  if (m.videoUrl) parts.push(`${w.video}: ${m.videoUrl}`);
  parts.push(`${w.page}: ${m.url}`);
  return parts.join('\n\n');
}

/**
 * One meeting as an .ics file. The UID stays the same for the meeting, so importing the file again
 * after a change updates the appointment instead of adding a second one. The place is the
 * location; without a place the video link is.
 */
export function meetingIcs(m: MeetingForCalendar, stamp: string, locale: Locale = 'nl'): string {
  const location = m.place ?? m.videoUrl ?? undefined;
  return icsDocument({
    stamp,
    events: [
      {
        uid: `bijeenkomst-${m.id}@wijknet`,
        start: { moment: m.startsAt },
        end: m.endsAt ? { moment: m.endsAt } : undefined,
        summary: m.title,
        location,
        description: meetingDescription(m, locale),
        url: m.url,
      },
    ],
  });
}
