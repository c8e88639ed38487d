import { z } from 'zod';
import { schemaText } from '../../core/messages/index.js';
import { ACTOR_KINDS, PARTICIPATION } from '../../domain/vocabulary.js';
import {
  LIMITS,
  domain,
  emailAddress,
  healthDimensions,
  id,
  optionalText,
  requiredText,
  tagList,
  text,
  version,
} from '../common/schemas.js';

const phone = text(30).regex(/^[0-9+()\-\s]*$/, { error: schemaText('schema.phone') });
const website = text(300, { multiline: false }).regex(/^https?:\/\/[^\s]+$/i, { error: schemaText('zod.url') });
const kvk = z
  .string()
  .trim()
  .regex(/^\d{8}$/, { error: schemaText('schema.kvk') });
const agb = z
  .string()
  .trim()
  .regex(/^\d{8}$/, { error: schemaText('schema.agb') });

/** Empty strings from a form mean "not filled in". */
const blankIsNull = <T extends z.ZodType>(schema: T) =>
  z
    .union([z.literal('').transform(() => null), schema])
    .nullable()
    .optional();

const actorFields = {
  kind: z.enum(ACTOR_KINDS),
  name: requiredText(LIMITS.name),
  domain,
  themes: tagList.optional(),
  targetGroups: tagList.optional(),
  healthDimensions: healthDimensions.optional(),
  area: optionalText(LIMITS.name).optional(),
  description: optionalText(LIMITS.long).optional(),
  contactEmail: blankIsNull(emailAddress),
  contactPhone: blankIsNull(phone),
  website: blankIsNull(website),
  kvk: blankIsNull(kvk),
  agb: blankIsNull(agb),
  findable: z.boolean().optional(),
  status: z.enum(PARTICIPATION).optional(),
};

export const createActor = z.strictObject({
  ...actorFields,
  /** "This is my own organisation": the maker acts for it from the start, if they act for no partner yet. */
  ownOrganisation: z.boolean().optional(),
});
export const updateActor = z.strictObject({
  ...Object.fromEntries(Object.entries(actorFields).map(([k, v]) => [k, v.optional()])),
  version,
}) as unknown as z.ZodType<Partial<z.input<typeof createActor>> & { version: number }>;

export const actorParams = z.strictObject({ networkId: id, actorId: id });
export const linkActor = z.strictObject({ actorId: id, status: z.enum(PARTICIPATION).optional() });

/** What any network may see of a findable actor: its public profile. */
export interface PublicProfile {
  id: string;
  kind: string;
  name: string;
  domain: string;
  themes: string[];
  targetGroups: string[];
  healthDimensions: string[];
  area: string;
  homeNetworkName: string;
}

export interface ActorView {
  id: string;
  kind: string;
  name: string;
  domain: string;
  themes: string[];
  targetGroups: string[];
  healthDimensions: string[];
  area: string;
  description: string;
  contactEmail: string | null;
  /** The contact address was changed and its owner has not confirmed it yet: no mail goes there. */
  contactUnconfirmed: boolean;
  contactPhone: string | null;
  website: string | null;
  kvk: string | null;
  agb: string | null;
  findable: boolean;
  /** Whether this network owns the record and may edit it; otherwise it is a shared public profile. */
  editable: boolean;
  status: string;
  members: { memberId: string; name: string }[];
  version: number;
  updatedAt: string;
}

/** The secret of a link mailed to confirm a changed contact address. */
export const contactConfirmation = z.strictObject({ token: z.string().min(20).max(200) });

/** The answer to confirming a changed contact address. */
export interface ContactConfirmed {
  confirmed: true;
  actorName: string;
}
