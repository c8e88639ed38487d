import { z } from 'zod';
import { schemaText } from '../../core/messages/index.js';
import { id } from '../common/schemas.js';
import { isoDate } from '../common/dates.js';

const score = z
  .int({ error: schemaText('schema.relationScore') })
  .min(1, { error: schemaText('schema.relationScore') })
  .max(4, { error: schemaText('schema.relationScore') });

export const openRelationRound = z.strictObject({
  /** "R0", "R1", …; the next free one when left out. */
  label: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9 ._-]{1,20}$/, { error: schemaText('schema.scanLabel') })
    .optional(),
  closesOn: isoDate,
});

/** All six are required: trust (reliable, open, committed) and value (influence, resources, involvement), 1–4. */
export const rateBody = z.strictObject({
  reliable: score,
  open: score,
  committed: score,
  influence: score,
  resources: score,
  involvement: score,
});

export const relationRoundParams = z.strictObject({ networkId: id, roundId: id });
export const ratingParams = z.strictObject({ networkId: id, roundId: id, actorId: id });

export interface RelationRoundView {
  id: string;
  label: string;
  closesOn: string;
  closedAt: string | null;
  status: 'open' | 'closed';
  /** How many partners have rated at least one other partner (a count only). */
  raters: number;
  version: number;
}

/** The caller's form: the partners to rate and whether the caller's partner has rated each (never the values). */
export interface RatingForm {
  round: RelationRoundView;
  /** The partner the caller rates for; null when the caller does not act for a partner. */
  raterActorId: string | null;
  partners: { id: string; name: string; rated: boolean }[];
}

export interface ReceivedView {
  id: string;
  name: string;
  raters: number;
  withheld: boolean;
  trust: number | null;
  value: number | null;
  criteria: Record<'reliable' | 'open' | 'committed' | 'influence' | 'resources' | 'involvement', number> | null;
}

export type RelationResults =
  | { available: false; reason: 'open'; closesOn: string }
  | {
      available: true;
      network: { trust: number | null; value: number | null; partners: number; withheld: boolean };
      partners: ReceivedView[];
    };
