import { z } from 'zod';
import { schemaText } from '../../core/messages/index.js';
import { LIMITS, id, networkParams, optionalText, requiredText, version } from '../common/schemas.js';
import { isoDate } from '../common/dates.js';

export const ACTION_STATUSES = ['open', 'bezig', 'klaar', 'vervallen'] as const;
export const ACTION_STATUS_LABELS: Record<string, string> = {
  open: 'Open',
  bezig: 'Bezig',
  klaar: 'Klaar',
  vervallen: 'Vervallen',
};
const status = z.enum(ACTION_STATUSES, { error: schemaText('schema.actionStatus') });
const year = z.coerce
  .number()
  .int()
  .min(2000, { error: 'Kies een jaar tussen 2000 en 2100.' })
  .max(2100, { error: 'Kies een jaar tussen 2000 en 2100.' });

const fields = {
  title: requiredText(LIMITS.name),
  description: optionalText(LIMITS.long).optional(),
  /** The member who does it (owner). */
  ownerMemberId: id.nullable().optional(),
  /** The partner (actor) on whose behalf. */
  actorId: id.nullable().optional(),
  /** The goal it serves. */
  goalId: id.nullable().optional(),
  dueOn: isoDate.nullable().optional(),
  status: status.optional(),
  /** The year of the action plan it belongs to (default: this year). */
  planYear: year.optional(),
};

export const createAction = z.strictObject(fields);
export const updateAction = z.strictObject({ ...fields, title: fields.title.optional(), version });
export const actionParams = z.strictObject({ networkId: id, actionId: id });
export const actionFilter = z.strictObject({
  goalId: id.optional(),
  status: status.optional(),
  planYear: year.optional(),
  ownerMemberId: id.optional(),
});
export const myActionFilter = z.strictObject({ status: status.optional() });
export const renewPlan = z.strictObject({ fromYear: year, toYear: year });
export { networkParams };

/** Calendar feed secrets are 256-bit base64url strings. */
export const calendarParams = z.strictObject({
  secret: z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: schemaText('schema.calendarAddress') }),
});

export interface ActionView {
  id: string;
  title: string;
  description: string;
  ownerMemberId: string | null;
  ownerName: string | null;
  actorId: string | null;
  actorName: string | null;
  goalId: string | null;
  goalTitle: string | null;
  dueOn: string | null;
  status: string;
  statusLabel: string;
  planYear: number;
  /** The action of last year's plan this one was carried over from. */
  carriedFrom: string | null;
  /** The meeting (bijeenkomst) the action was made in. */
  meetingId: string | null;
  overdue: boolean;
  editable: boolean;
  version: number;
  updatedAt: string;
}

export interface MyActionView extends ActionView {
  networkId: string;
  networkName: string;
}

/** The answer to the yearly renewal: how many actions were carried over, and the new ones. */
export interface PlanRenewed {
  carried: number;
  actions: ActionView[];
}

/** A personal calendar feed: the secret address to subscribe to. */
export interface CalendarFeedLink {
  url: string;
}
