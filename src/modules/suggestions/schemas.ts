import { z } from 'zod';
import { id, LIMITS, optionalText } from '../common/schemas.js';
import type { PublicProfile } from '../actors/schemas.js';
import type { Nearness } from '../../domain/place/nearness.js';

export type { Nearness };

export const suggestionParams = z.strictObject({ networkId: id, actorId: id });
/** An optional personal message; the mail quotes it with the sender's name and network. */
export const suggestionQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(50).optional() });

export interface Suggestion extends PublicProfile {
  /** How many of the network's ambition and focus words this actor's themes, target groups and dimensions share. */
  overlap: number;
  /** The reason in words, e.g. "werkt ook aan eenzaamheid bij ouderen". */
  reason: string;
  hasEmail: boolean;
  /** How near it works: the network's own wijk, its gemeente, the region, or elsewhere (ranked in that order). */
  nearness: Nearness;
  /** Where it works, as its werkgebied or its network's area says ("Presikhaaf"); empty when unknown. */
  place: string;
}

/** Inviting without an e-mail address is a choice: say you reach them another way (phone, website). */
export const approachBody = z
  .strictObject({ message: optionalText(LIMITS.short).optional(), withoutMail: z.boolean().optional() })
  .nullish();

export interface ApproachResult {
  actorId: string;
  status: 'approached';
  /** True when an invitation was mailed to the actor's public address. */
  mailed: boolean;
  contact: { email: string | null; phone: string | null; website: string | null };
  /** What happened and what to do next, in Dutch. */
  message: string;
}
