import { z } from 'zod';
import { schemaText } from '../../core/messages/index.js';
import { LIMITS, id, optionalText, version } from '../common/schemas.js';
import type { LeadWarning } from '../../domain/leads.js';

export const upsertLead = z.strictObject({
  /** Hours per week for the kartrekker role; null = not agreed yet. */
  hoursPerWeek: z
    .number()
    .min(0, { error: schemaText('schema.hours') })
    .max(60, { error: schemaText('schema.hours') })
    .nullable()
    .optional(),
  /** What the kartrekker may decide on their own. */
  mandate: optionalText(LIMITS.long).optional(),
  /** Who supports the kartrekker (a person, a team, an organisation). */
  supportedBy: optionalText(LIMITS.short).optional(),
  /** Who pays the hours. */
  paidBy: optionalText(LIMITS.short).optional(),
  /** The member who takes over when the kartrekker is away; null = none. */
  deputyMemberId: id.nullable().optional(),
  /** Leave out to record a first appointment; give the version to change an existing one. */
  version: version.optional(),
});
export const leadParams = z.strictObject({ networkId: id, memberId: id });

export interface LeadView {
  memberId: string;
  name: string;
  actorId: string | null;
  actorName: string | null;
  /** null when nothing was recorded for this kartrekker yet. */
  appointment: {
    id: string;
    hoursPerWeek: number | null;
    mandate: string;
    supportedBy: string;
    paidBy: string;
    deputyMemberId: string | null;
    deputyName: string | null;
    version: number;
    updatedAt: string;
  } | null;
}

export interface LeadsView {
  leads: LeadView[];
  warnings: (LeadWarning & { message: string })[];
}
