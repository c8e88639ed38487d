import { z } from 'zod';
import { schemaText } from '../../core/messages/index.js';
import { LIMITS, id, optionalText, requiredText } from '../common/schemas.js';

/** The stakeholder groups whose draagvlak (support) is voted on. */
export const STAKEHOLDER_GROUPS = ['bewoners', 'professionals', 'gemeente', 'financiers'] as const;
export type StakeholderGroup = (typeof STAKEHOLDER_GROUPS)[number];

/**
 * The scale of a vote: "Hoeveel draagvlak zie je bij <groep> voor dit thema?"
 * 1 geen, 2 weinig, 3 wat, 4 veel, 5 heel veel.
 */
export const SCALE = [
  { score: 1, label: 'geen' },
  { score: 2, label: 'weinig' },
  { score: 3, label: 'wat' },
  { score: 4, label: 'veel' },
  { score: 5, label: 'heel veel' },
] as const;

const scoreMessage = schemaText('schema.focusScore');
const score = z
  .int({ error: scoreMessage })
  .min(1, { error: scoreMessage })
  .max(5, { error: scoreMessage })
  .nullable()
  .optional();

export const createCandidate = z.strictObject({
  theme: requiredText(LIMITS.tag),
  description: optionalText(LIMITS.short).optional(),
});
export const candidateParams = z.strictObject({ networkId: id, candidateId: id });

/** One's own votes on a candidate: a score per group one represents; null or left out = no vote for that group. */
export const castVotes = z.strictObject({
  scores: z.strictObject(
    Object.fromEntries(STAKEHOLDER_GROUPS.map((g) => [g, score])) as Record<StakeholderGroup, typeof score>,
    {
      error: schemaText('schema.focusScores'),
    },
  ),
});

export const recordDecision = z.strictObject({
  candidateIds: z
    .array(id)
    .min(1, { error: schemaText('schema.minOneTheme') })
    .max(10, { error: schemaText('schema.maxThemes') }),
  reasons: requiredText(LIMITS.long),
});

export interface GroupResult {
  group: StakeholderGroup;
  count: number;
  /** Mean score, rounded to one decimal; null without votes. */
  mean: number | null;
  /** The scale word nearest to the mean ("veel"); null without votes. */
  label: string | null;
}

export interface CandidateView {
  id: string;
  theme: string;
  description: string;
  proposedBy: string | null;
  results: GroupResult[];
  /** The caller's own votes. */
  myScores: Partial<Record<StakeholderGroup, number>>;
  voters: number;
  chosen: boolean;
}

export interface DecisionView {
  id: string;
  themes: string[];
  reasons: string;
  decidedBy: string | null;
  createdAt: string;
}

export interface FocusView {
  groups: readonly StakeholderGroup[];
  scale: typeof SCALE;
  candidates: CandidateView[];
  focusThemes: string[];
  decision: DecisionView | null;
  history: DecisionView[];
}
