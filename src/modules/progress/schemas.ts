import { z } from 'zod';
import { id } from '../common/schemas.js';
import { schemaText } from '../../core/messages/index.js';
import { MAX_REASON_LENGTH } from '../../domain/phases/progress.js';
import { PHASES } from '../../domain/phases/tools.js';

export const PROGRESS_STEPS = ['partners', 'relations', 'snapshot', 'whoIsWho', 'profile', 'focus'] as const;

export const progressStep = z.object({
  key: z.enum(PROGRESS_STEPS),
  label: z.string(),
  done: z.boolean(),
  /** What was found, or the next step when not done. */
  detail: z.string(),
});

/** GET /api/networks/:networkId/progress/verkennen (the older answer, from the same registry). */
export const phaseProgress = z.object({
  phase: z.literal('verkennen'),
  steps: z.array(progressStep),
  done: z.number().int(),
  total: z.number().int(),
});

export const STEP_STATUSES = ['done', 'open', 'notApplicable'] as const;

export const registryStep = z.object({
  id: z.string(),
  tool: z.string(),
  /** Path under /netwerken/:networkId/, or null while the tool's page does not exist yet. */
  route: z.string().nullable(),
  toolName: z.string(),
  label: z.string(),
  status: z.enum(STEP_STATUSES),
  statusLabel: z.string(),
  /** What was found, what to do next, or "Niet van toepassing: <reden>". */
  detail: z.string(),
  /** The reason given when the step was marked "niet van toepassing". */
  reason: z.string().nullable(),
});

export const registryPhase = z.object({
  phase: z.enum(PHASES),
  name: z.string(),
  done: z.number().int(),
  applicable: z.number().int(),
  notApplicable: z.number().int(),
  total: z.number().int(),
  complete: z.boolean(),
  /** "4 van de 6 stappen gedaan." (plus how many do not apply). */
  summary: z.string(),
  /** The first open step: a suggestion, never an order. */
  next: z.string().nullable(),
  steps: z.array(registryStep),
});

/** GET /api/networks/:networkId/progress */
export const progressOverview = z.object({
  phases: z.array(registryPhase),
  /** One step to suggest across the phases (the preferred phase first), or null when all is settled. */
  suggested: z.object({ phase: z.enum(PHASES), step: z.string() }).nullable(),
});

export const progressQuery = z.strictObject({ phase: z.enum(PHASES).optional() });

export const markParams = z.strictObject({
  networkId: id,
  stepId: z.string().regex(/^[A-Za-z][A-Za-z0-9-]{0,63}$/, { error: schemaText('schema.reference') }),
});
/** The reason may be missing here: the service answers 422 naming the field, as for any rule of the toolbox. */
export const markBody = z.strictObject({ reason: z.string().max(MAX_REASON_LENGTH).optional() });

export type ProgressStep = z.output<typeof progressStep>;
export type PhaseProgress = z.output<typeof phaseProgress>;
export type RegistryStep = z.output<typeof registryStep>;
export type RegistryPhase = z.output<typeof registryPhase>;
export type ProgressOverview = z.output<typeof progressOverview>;
