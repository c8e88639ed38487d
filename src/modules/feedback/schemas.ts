import { z } from 'zod';
import { id, optionalText } from '../common/schemas.js';
import { schemaText } from '../../core/messages/index.js';
import { FEEDBACK_TEXT_MAX, USEFULNESS_MAX, USEFULNESS_MIN } from '../../domain/phases/usage.js';
import { SUS_ITEMS } from '../../domain/phases/sus.js';

export const toolParams = z.strictObject({ networkId: id, toolId: id });

/** PUT …/feedback/tools/:toolId — "Was dit nuttig?" once per person per tool per month (again: replaces). */
export const toolFeedbackBody = z.strictObject({
  usefulness: z
    .int({ error: schemaText('schema.usefulness') })
    .min(USEFULNESS_MIN, { error: schemaText('schema.usefulness') })
    .max(USEFULNESS_MAX, { error: schemaText('schema.usefulness') }),
  missing: optionalText(FEEDBACK_TEXT_MAX).nullish(),
  shareWithResearch: z.boolean().optional(),
});
export type ToolFeedbackBody = z.input<typeof toolFeedbackBody>;

const susAnswer = z
  .int({ error: schemaText('schema.susAnswers') })
  .min(1, { error: schemaText('schema.susAnswers') })
  .max(5, { error: schemaText('schema.susAnswers') });
/** POST …/feedback/sus — the ten SUS answers, in the standard order. */
export const susBody = z.strictObject({
  answers: z.array(susAnswer).length(SUS_ITEMS.length, { error: schemaText('schema.susAnswers') }),
});
export type SusBody = z.input<typeof susBody>;

/** What the person asking has given this month, and whether the SUS questionnaire is offered. */
export interface MyFeedbackView {
  month: string;
  tools: { tool: string; usefulness: number; missing: string | null; shareWithResearch: boolean }[];
  susDue: boolean;
  susDone: boolean;
}

export interface ToolFeedbackSaved {
  tool: string;
  month: string;
  usefulness: number;
}

export interface SusSaved {
  score: number;
}

/** For the network's kartrekkers: feedback per tool, the SUS, and usage per week — never who said what. */
export interface FeedbackOverview {
  minPeople: number;
  tools: {
    tool: string;
    name: string;
    answers: number;
    /** Mean of "Was dit nuttig?", null when fewer than minPeople answered. */
    mean: number | null;
    /** How many chose 1, 2, 3, 4 and 5. */
    counts: number[];
    missing: string[];
  }[];
  sus: { answers: number; mean: number | null };
  usage: { week: string; tool: string; name: string; opened: number; changed: number }[];
}

/** Counting an opening needs no body. */
export const noBody = z.strictObject({}).nullish();
