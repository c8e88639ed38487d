import { z } from 'zod';
import { networkParams, version } from '../common/schemas.js';
import { schemaText } from '../../core/messages/index.js';

export { networkParams };

/** PUT /api/networks/:networkId/research — the kartrekkers switch research mode on or off. */
export const researchConsentBody = z.strictObject({
  enabled: z.boolean(),
  /** Free text ("Wat mist er?") may be shared, where its writer ticked that too. */
  allowTexts: z.boolean().optional(),
  version: version.optional(),
});
export type ResearchConsentBody = z.input<typeof researchConsentBody>;

export const RESEARCH_FORMATS = ['json', 'csv', 'xlsx'] as const;
export const researchExportQuery = z.strictObject({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: schemaText('schema.researchMonth') }),
  format: z.enum(RESEARCH_FORMATS).optional(),
});

export interface ResearchConsentView {
  enabled: boolean;
  allowTexts: boolean;
  since: string | null;
  version: number;
}

export interface ResearchNetworkView {
  pseudonym: string;
  since: string | null;
  allowTexts: boolean;
}

/** What a researcher gets of one consenting network for one whole month. Never names or ids. */
export interface ResearchNetworkMonth {
  pseudonym: string;
  /** At least 3 members made a change in this network during the month; usage counts only then. */
  activeMonth: boolean;
  /** Phase progress as recorded in that month (the last record of the month); empty when none was recorded. */
  progress: { phase: string; done: number; applicable: number }[];
  usage: { week: string; tool: string; opened: number; changed: number }[] | null;
  /** Answers and mean only from 3 people (null below). */
  feedback: { tool: string; answers: number | null; mean: number | null }[];
  feedbackTexts: { tool: string; text: string }[];
  sus: { answers: number | null; mean: number | null };
  scan: {
    round: string;
    /** Null when fewer than 3 answered. */
    respondents: number | null;
    dimensions: { id: string; name: string; mean: number | null; sd: number | null; n: number }[];
  }[];
  effects: { model: number; ratio: number | null; npv: number }[];
}

export interface ResearchExport {
  month: string;
  exportedAt: string;
  minPeople: number;
  networks: ResearchNetworkMonth[];
}
