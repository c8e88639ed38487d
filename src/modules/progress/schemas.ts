import { z } from 'zod';

export const PROGRESS_STEPS = ['partners', 'relations', 'snapshot', 'whoIsWho', 'profile', 'focus'] as const;

export const progressStep = z.object({
  key: z.enum(PROGRESS_STEPS),
  label: z.string(),
  done: z.boolean(),
  /** What was found, or the next step when not done. */
  detail: z.string(),
});

/** GET /api/networks/:networkId/progress/verkennen */
export const phaseProgress = z.object({
  phase: z.literal('verkennen'),
  steps: z.array(progressStep),
  done: z.number().int(),
  total: z.number().int(),
});

export type ProgressStep = z.output<typeof progressStep>;
export type PhaseProgress = z.output<typeof phaseProgress>;
