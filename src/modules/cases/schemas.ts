import { z } from 'zod';
import { LIMITS, id, optionalText, requiredText, version } from '../common/schemas.js';
import { schemaText } from '../../core/messages/index.js';
import { PAYER_IDS } from '../../domain/effects/starter-prices.js';
import type { CaseFlag } from '../../domain/effects/cases.js';

/** With the network's approach, or without it (the reference). */
export const CASE_TIMELINES = ['approach', 'reference'] as const;
/** A life event ("valt en breekt een heup") or a support activity ("buurtcoach komt langs"). */
export const CASE_LINE_KINDS = ['event', 'activity'] as const;
export const MAX_CASE_LINES = 200;

const money = z
  .number({ error: schemaText('schema.priceAmount') })
  .min(0, { error: schemaText('schema.priceNegative') })
  .max(100_000_000, { error: schemaText('schema.amountTooLarge') });
const payer = z.enum(PAYER_IDS, { error: schemaText('schema.payer') });

export const caseLine = z
  .strictObject({
    timeline: z.enum(CASE_TIMELINES, { error: schemaText('schema.caseTimeline') }),
    label: requiredText(LIMITS.name),
    kind: z.enum(CASE_LINE_KINDS, { error: schemaText('schema.caseKind') }),
    /** Year on the timeline, 1 = the first year. */
    year: z
      .int({ error: schemaText('schema.caseYear') })
      .min(1, { error: schemaText('schema.caseYear') })
      .max(50, { error: schemaText('schema.caseYear') }),
    month: z
      .int({ error: schemaText('schema.caseMonth') })
      .min(1, { error: schemaText('schema.caseMonth') })
      .max(12, { error: schemaText('schema.caseMonth') })
      .nullable()
      .optional(),
    /** A price from the network's list; leave out (or null) for an own amount. */
    priceItemId: id.nullable().optional(),
    /** Own amount in euros per unit, when no price from the list fits (write in the note where it comes from). */
    ownPrice: money.nullable().optional(),
    note: optionalText(LIMITS.short).optional(),
    quantity: z
      .number({ error: schemaText('schema.caseQuantity') })
      .min(0, { error: schemaText('schema.caseQuantity') })
      .max(1_000_000, { error: schemaText('schema.caseQuantity') }),
    /** Who pays; required with an own amount, otherwise the price's payer unless given. */
    payer: payer.nullable().optional(),
  })
  .superRefine((line, ctx) => {
    const fromList = !!line.priceItemId;
    const own = line.ownPrice !== undefined && line.ownPrice !== null;
    if (fromList && own)
      ctx.addIssue({ code: 'custom', path: ['ownPrice'], message: schemaText('schema.caseOwnPriceTwice') });
    if (!fromList && !own)
      ctx.addIssue({ code: 'custom', path: ['ownPrice'], message: schemaText('schema.caseOwnPrice') });
    if (!fromList && own && !line.payer)
      ctx.addIssue({ code: 'custom', path: ['payer'], message: schemaText('schema.casePayer') });
  });

const lines = z
  .array(caseLine, { error: schemaText('schema.caseLines') })
  .max(MAX_CASE_LINES, { error: schemaText('schema.caseLines') });
const residents = z
  .int({ error: schemaText('schema.caseResidents') })
  .min(1, { error: schemaText('schema.caseResidents') })
  .max(1_000_000, { error: schemaText('schema.caseResidents') });

export const createCase = z.strictObject({
  name: requiredText(LIMITS.name),
  /** The typical resident in a few sentences: made up, never a real person. */
  resident: optionalText(LIMITS.long).optional(),
  residents: residents.optional(),
  lines: lines.optional(),
});
export const updateCase = z.strictObject({
  name: requiredText(LIMITS.name).optional(),
  resident: optionalText(LIMITS.long).optional(),
  residents: residents.optional(),
  /** The whole list of lines of both timelines, in order; replaces the stored lines. */
  lines: lines.optional(),
  version,
});
export const copyCaseBody = z.strictObject({ name: requiredText(LIMITS.name).optional() }).nullish();
export const caseParams = z.strictObject({ networkId: id, caseId: id });

export type CaseLineInput = z.output<typeof caseLine>;

export interface CaseLineView {
  id: string;
  timeline: (typeof CASE_TIMELINES)[number];
  label: string;
  kind: (typeof CASE_LINE_KINDS)[number];
  year: number;
  month: number | null;
  priceItemId: string | null;
  /** The price's name and unit, when the line uses one. */
  priceItem: string | null;
  unit: string;
  ownPrice: number | null;
  note: string;
  quantity: number;
  /** The payer as stored on the line (null: the price's payer). */
  payer: string | null;
  /** Who pays in the end (the line's payer, else the price's) and its name. */
  paidBy: string | null;
  paidByName: string | null;
  /** Euros per unit in the index year; null when it cannot be used (see flags). */
  unitPrice: number | null;
  cost: number;
  /** The price (or own amount) has no source or note: allowed, but marked. */
  withoutSource: boolean;
}

export interface CasePayerView {
  payer: string;
  payerName: string;
  reference: number;
  withApproach: number;
  /** reference − withApproach: positive is what the approach saves this payer. */
  effect: number;
}

export interface CaseView {
  id: string;
  name: string;
  resident: string;
  residents: number;
  lines: CaseLineView[];
  /** The year every price is expressed in (the price list's index year). */
  year: number;
  payers: CasePayerView[];
  total: { reference: number; withApproach: number; effect: number };
  complete: boolean;
  flags: CaseFlag[];
  version: number;
  updatedAt: string;
}

export interface CaseSpreadView {
  payer: string;
  payerName: string;
  mean: number;
  median: number;
  /** For all residents the cases stand for: Σ effect × N. */
  total: number;
}

export interface CaseListView {
  cases: CaseView[];
  year: number;
  /** Over all cases; null when there are none. */
  aggregate: {
    cases: number;
    residents: number;
    payers: CaseSpreadView[];
    total: Omit<CaseSpreadView, 'payer' | 'payerName'>;
    complete: boolean;
  } | null;
}
