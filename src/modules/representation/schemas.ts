import { z } from 'zod';
import { LIMITS, id, optionalText } from '../common/schemas.js';

export const representationParams = z.strictObject({ networkId: id, requestId: id });
export const memberRepresentationParams = z.strictObject({ networkId: id, memberId: id });

/** "I want to act for this partner": the member asking is always the caller. */
export const askRepresentation = z.strictObject({
  actorId: id,
  reason: optionalText(LIMITS.short).optional(),
});

export const decideRepresentation = z.strictObject({
  confirm: z.boolean(),
  reason: optionalText(LIMITS.short).optional(),
});

export type RepresentationStatus = 'open' | 'confirmed' | 'refused' | 'withdrawn';

export interface RepresentationRequestView {
  id: string;
  memberId: string;
  memberName: string;
  actorId: string;
  actorName: string;
  status: RepresentationStatus;
  askedAt: string;
  decidedAt: string | null;
  reason: string;
  /** Whether the caller may confirm or refuse it (a representative of the partner, or a kartrekker when it has none). */
  canDecide: boolean;
}

export interface RepresentationView {
  /** Who speaks for which partner now (the confirmed fact). */
  speakers: { memberId: string; name: string; actorId: string; actorName: string }[];
  /** Open requests, and the caller's own latest request whatever its state. */
  requests: RepresentationRequestView[];
}
