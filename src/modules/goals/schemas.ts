import { z } from 'zod';
import { schemaText } from '../../core/messages/index.js';
import { LIMITS, healthDimensions, id, optionalText, requiredText, tagList, version } from '../common/schemas.js';

/** Most "waarom?" steps a ladder may have; the toolbox stops well before this. */
export const MAX_STEPS = 12;

const ladderFields = {
  /** What the partner has in mind to do ("een dementiecafé"). */
  activity: optionalText(LIMITS.short).optional(),
  /** The answers to "waarom?", from the activity towards the goal. */
  steps: z
    .array(optionalText(LIMITS.short))
    .max(MAX_STEPS, { error: schemaText('schema.maxSteps') })
    .optional(),
  /** The underlying goal the steps led to. */
  goal: optionalText(LIMITS.short).optional(),
  targetGroups: tagList.optional(),
  themes: tagList.optional(),
  healthDimensions: healthDimensions.optional(),
};

/** memberId: a kartrekker may write a ladder for another member (typed in during a meeting). */
export const createLadder = z.strictObject({ memberId: id.optional(), ...ladderFields });
export const updateLadder = z.strictObject({ ...ladderFields, version });
export const ladderParams = z.strictObject({ networkId: id, ladderId: id });

export const TERM_KINDS = ['targetGroup', 'theme'] as const;
export const createTerm = z.strictObject({
  kind: z.enum(TERM_KINDS, { error: schemaText('schema.termKind') }),
  label: requiredText(LIMITS.tag),
});
export const termParams = z.strictObject({ networkId: id, termId: id });

const goalFields = {
  title: requiredText(LIMITS.name),
  description: optionalText(LIMITS.long).optional(),
  /** How you will see progress ("aantal deelnemers aan het dementiecafé"). */
  indicator: optionalText(LIMITS.short).optional(),
  /** The value you aim for, in words or numbers ("30 per maand in 2027"). */
  targetValue: optionalText(LIMITS.name).optional(),
  /** The why ladders this goal came from. */
  ladderIds: z.array(id).max(100).optional(),
  position: z.int().min(0).max(10_000).optional(),
};
export const createGoal = z.strictObject(goalFields);
export const updateGoal = z.strictObject({ ...goalFields, title: requiredText(LIMITS.name).optional(), version });
export const goalParams = z.strictObject({ networkId: id, goalId: id });

export interface LadderView {
  id: string;
  memberId: string;
  memberName: string;
  /** The partner (actor) the member acts for, or null when they act for themselves. */
  actorId: string | null;
  actorName: string | null;
  /** actorName, or the member's name when they act for no actor. */
  partnerName: string;
  activity: string;
  steps: string[];
  goal: string;
  targetGroups: string[];
  themes: string[];
  healthDimensions: string[];
  editable: boolean;
  version: number;
  updatedAt: string;
}

export interface TermView {
  id: string | null;
  label: string;
  /** False for the default list; true for terms the network added (the kartrekker may remove those). */
  custom: boolean;
}

export interface VocabularyView {
  targetGroups: TermView[];
  themes: TermView[];
  healthDimensions: { code: string; label: string }[];
}

export interface GoalView {
  id: string;
  title: string;
  description: string;
  indicator: string;
  targetValue: string;
  ladderIds: string[];
  position: number;
  version: number;
  updatedAt: string;
}

export interface GoalsView {
  /** The stip op de horizon: networks.vision, changed with PATCH /api/networks/:networkId (version = networkVersion). */
  vision: string;
  networkVersion: number;
  goals: GoalView[];
}
