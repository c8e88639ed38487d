/**
 * Usage counts and in-tool feedback: which tool a change belongs to, the week and month a moment
 * falls in, and the feedback rules. Counts are kept per network, tool and week, never per person.
 */
import type { ToolId } from './tools.js';

/** The tool whose page makes changes of this kind (the audit trail's entity). Unlisted kinds are not counted. */
export const TOOL_OF_ENTITY: Readonly<Record<string, ToolId>> = {
  actor: 'netwerkkaart',
  relation: 'netwerkkaart',
  snapshot: 'analyse',
  function: 'wie-is-wie',
  profile_region: 'wijkprofiel',
  profile_indicator: 'wijkprofiel',
  profile_entry: 'wijkprofiel',
  focus_candidate: 'focus',
  focus_vote: 'focus',
  focus_decision: 'focus',
  why_ladder: 'waaromladders',
  network_term: 'waaromladders',
  network_goal: 'doelen',
  card_item: 'partnerschapskaart',
  card_settings: 'partnerschapskaart',
  card_version: 'partnerschapskaart',
  card_consent: 'partnerschapskaart',
  lead_appointment: 'kartrekker',
  agreement: 'afspraken',
  action: 'acties',
  work_session: 'werksessies',
  work_session_guest: 'werksessies',
  work_session_answer: 'werksessies',
  scan_round: 'scan',
  relation_check_round: 'relatiecheck',
  meeting: 'meetings',
  price_item: 'prices',
  effect_settings: 'prices',
  effect_case: 'cases',
  effect_model: 'model',
  effect_model_version: 'model',
  continuity_item: 'continuity',
  results_page: 'results',
};

/** ISO 8601 week of a moment, as "2026-W49" (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(at: Date): string {
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The calendar month of a moment, as "2026-12" (UTC). */
export const monthOf = (at: Date): string => at.toISOString().slice(0, 7);

/** "Was dit nuttig?" is answered on a scale of 1 (niet) to 5 (heel erg). */
export const USEFULNESS_MIN = 1;
export const USEFULNESS_MAX = 5;
/** The longest "Wat mist er?" text. */
export const FEEDBACK_TEXT_MAX = 1000;
/** The SUS questionnaire is offered once, after this many days of membership. */
export const SUS_AFTER_DAYS = 30;
/** A mean of feedback or SUS scores is shown only when at least this many people answered. */
export const FEEDBACK_MIN_PEOPLE = 3;

/** Whether someone who joined at `joinedAt` is offered the SUS questionnaire at `now`. */
export function susDue(joinedAt: string, now: Date, alreadyAnswered: boolean): boolean {
  if (alreadyAnswered) return false;
  return now.getTime() - new Date(joinedAt).getTime() >= SUS_AFTER_DAYS * 86_400_000;
}
