import { z } from 'zod';
import { LIMITS, id, optionalText, requiredText, version } from '../common/schemas.js';
import { isoDate } from '../common/dates.js';
import { schemaText } from '../../core/messages/index.js';

/** open, bezig (in progress), geregeld (arranged), nvt (niet van toepassing: not applicable, with a reason). */
export const CONTINUITY_STATUSES = ['open', 'bezig', 'geregeld', 'nvt'] as const;
export type ContinuityStatus = (typeof CONTINUITY_STATUSES)[number];

const status = z.enum(CONTINUITY_STATUSES, { error: schemaText('schema.continuityStatus') });

const fields = {
  title: requiredText(LIMITS.name),
  description: optionalText(LIMITS.long).optional(),
  status: status.optional(),
  /** Why the point does not apply; needed with status nvt. */
  reason: optionalText(LIMITS.short).optional(),
  /** The owner: a member of the network, or a partner (actor) — one of both. */
  ownerMemberId: id.nullable().optional(),
  ownerActorId: id.nullable().optional(),
  dueOn: isoDate.nullable().optional(),
};

export const createContinuityItem = z.strictObject(fields);
export const updateContinuityItem = z.strictObject({ ...fields, title: fields.title.optional(), version });
export const continuityParams = z.strictObject({ networkId: id, itemId: id });

export interface ContinuityItemView {
  id: string;
  /** The starter point it came from (funding, institutions, deputies, handover, renewal, results); null for the network's own. */
  starterKey: string | null;
  title: string;
  description: string;
  status: ContinuityStatus;
  reason: string;
  ownerMemberId: string | null;
  ownerActorId: string | null;
  /** The owner's name (member or partner), null when nobody owns it. */
  ownerName: string | null;
  dueOn: string | null;
  /** Open or bezig, with a date that has passed. */
  overdue: boolean;
  version: number;
  updatedAt: string;
}

export interface ContinuityListView {
  items: ContinuityItemView[];
  /** Who can own a point. */
  owners: { members: { id: string; name: string }[]; partners: { id: string; name: string }[] };
  counts: Record<ContinuityStatus, number> & { total: number; overdue: number };
}

/** A continuity point past its date and not arranged: an input for the kartrekker cockpit. */
export interface ContinuityOverdueItem {
  id: string;
  title: string;
  status: 'open' | 'bezig';
  dueOn: string;
  ownerName: string | null;
}
