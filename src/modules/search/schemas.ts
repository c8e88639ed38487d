import { z } from 'zod';
import { HEALTH_DIMENSIONS } from '../../domain/vocabulary.js';
import { LIMITS, domain, optionalText } from '../common/schemas.js';
import type { PublicProfile } from '../actors/schemas.js';

export const directoryQuery = z.strictObject({
  q: optionalText(200).optional(),
  domain: domain.optional(),
  theme: optionalText(LIMITS.tag).optional(),
  targetGroup: optionalText(LIMITS.tag).optional(),
  healthDimension: z.enum(HEALTH_DIMENSIONS).optional(),
  area: optionalText(LIMITS.name).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});
export type DirectoryQuery = z.infer<typeof directoryQuery>;

export interface DirectoryEntry extends PublicProfile {
  description: string;
  contactEmail: string | null;
  contactPhone: string | null;
  website: string | null;
  /** Higher is a better match (0 without search words); results come sorted by it. */
  score: number;
  /** Only in a network's search: the actor already takes part in (or was approached by) this network. */
  inNetwork: boolean;
}
