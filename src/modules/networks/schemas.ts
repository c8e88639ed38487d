import { z } from 'zod';
import { schemaText } from '../../core/messages/index.js';
import { AREA_LEVELS, REGION_CODE, type Role } from '../../domain/vocabulary.js';
import { LIMITS, optionalText, requiredText, tagList, version } from '../common/schemas.js';

const networkFields = {
  name: requiredText(LIMITS.name),
  areaLevel: z.enum(AREA_LEVELS),
  areaName: requiredText(LIMITS.name),
  regionCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(REGION_CODE, { error: schemaText('schema.regionCode') })
    .nullable()
    .optional()
    .or(z.literal('').transform(() => null)),
  population: z.int().min(0).max(20_000_000).nullable().optional(),
  ambition: optionalText(LIMITS.short).optional(),
};

export const createNetwork = z.strictObject(networkFields);

export const updateNetwork = z.strictObject({
  ...Object.fromEntries(Object.entries(networkFields).map(([k, v]) => [k, v.optional()])),
  vision: optionalText(LIMITS.long).optional(),
  focusThemes: tagList.optional(),
  version,
}) as z.ZodType<Partial<z.infer<typeof createNetwork>> & { vision?: string; focusThemes?: string[]; version: number }>;

export interface NetworkSummary {
  id: string;
  name: string;
  areaLevel: string;
  areaName: string;
  regionCode: string | null;
  population: number | null;
  ambition: string;
  vision: string;
  focusThemes: string[];
  version: number;
  createdAt: string;
  updatedAt: string;
  /** The signed-in person's role in this network. */
  role: Role;
}

export interface MemberView {
  id: string;
  userId: string;
  /** The person's own name; '' while they have not given one (the web app then says so, never shows the address). */
  name: string;
  /** Function and organisation, as the person gave them ('' when not given). */
  jobTitle: string;
  organisation: string;
  /** Contact detail for the kartrekkers' member list, not a name. */
  email: string;
  role: Role;
  actorId: string | null;
  actorName: string | null;
  version: number;
}

export interface NetworkOverview {
  network: NetworkSummary;
  members: MemberView[];
  actors: { id: string; name: string; kind: string; domain: string; themes: string[]; status: string }[];
  counts: { actors: number; members: number; relations: number };
}
