import { z } from 'zod';
import { LIMITS, id, optionalText, requiredText, version } from '../common/schemas.js';
import { schemaText } from '../../core/messages/index.js';
import { PAYER_IDS } from '../../domain/effects/starter-prices.js';
import { MAX_RUNS_API } from './texts.js';
import type { EffectResult } from '../../domain/effects/calculate.js';
import type { Tornado } from '../../domain/effects/uncertainty.js';

const money = z
  .number({ error: schemaText('schema.priceAmount') })
  .min(0, { error: schemaText('schema.priceNegative') })
  .max(100_000_000, { error: schemaText('schema.amountTooLarge') });
const year = z
  .int({ error: schemaText('schema.yearNeeded') })
  .min(1950, { error: schemaText('schema.yearFrom1950') })
  .max(2100, { error: schemaText('schema.yearTo') });
const payer = z.enum(PAYER_IDS, { error: schemaText('schema.payer') });
const url = z
  .string()
  .trim()
  .max(LIMITS.short)
  .regex(/^(https?:\/\/\S+)?$/, { error: schemaText('schema.webAddress') });

const priceFields = {
  item: requiredText(LIMITS.name),
  unit: optionalText(100),
  /** Euros per unit; null = not yet verified ("vul de prijs in"). */
  price: money.nullable(),
  payer,
  sourceTitle: optionalText(LIMITS.short),
  sourcePublisher: optionalText(LIMITS.name),
  sourceYear: year.nullable(),
  sourceUrl: url.nullable(),
  /** The year the price is expressed in. */
  priceYear: year.nullable(),
  note: optionalText(LIMITS.long).nullable(),
};

export const createPriceItem = z.strictObject({
  ...priceFields,
  unit: priceFields.unit.optional(),
  price: priceFields.price.optional(),
  sourceTitle: priceFields.sourceTitle.optional(),
  sourcePublisher: priceFields.sourcePublisher.optional(),
  sourceYear: priceFields.sourceYear.optional(),
  sourceUrl: priceFields.sourceUrl.optional(),
  priceYear: priceFields.priceYear.optional(),
  note: priceFields.note.optional(),
});
export const updatePriceItem = z.strictObject({
  item: priceFields.item.optional(),
  unit: priceFields.unit.optional(),
  price: priceFields.price.optional(),
  payer: priceFields.payer.optional(),
  sourceTitle: priceFields.sourceTitle.optional(),
  sourcePublisher: priceFields.sourcePublisher.optional(),
  sourceYear: priceFields.sourceYear.optional(),
  sourceUrl: priceFields.sourceUrl.optional(),
  priceYear: priceFields.priceYear.optional(),
  note: priceFields.note.optional(),
  version,
});
export const priceParams = z.strictObject({ networkId: id, priceId: id });

export const updatePriceSettings = z.strictObject({
  /** The year every price is brought to. */
  indexYear: year.optional(),
  /** Year → change from the year before, as a fraction (0,038 is 3,8%). */
  indexRates: z
    .record(
      z.string().regex(/^\d{4}$/, { error: schemaText('schema.indexYearKey') }),
      z
        .number({ error: schemaText('schema.indexRate') })
        .min(-0.5, { error: schemaText('schema.indexRate') })
        .max(1, { error: schemaText('schema.indexRate') }),
      { error: schemaText('schema.indexRates') },
    )
    .refine((r) => Object.keys(r).length <= 100, { error: schemaText('schema.indexRates') })
    .optional(),
  indexSource: optionalText(LIMITS.short).optional(),
  version,
});

/** The model in the `wijknet effects` file format, with per outcome goalId, indicator, priceItemId and sources; checked by the domain schema. */
const modelObject = z.looseObject({}, { error: schemaText('schema.effectModel') });
export const createEffectModel = z.strictObject({ name: requiredText(LIMITS.name), model: modelObject });
export const updateEffectModel = z.strictObject({
  name: requiredText(LIMITS.name).optional(),
  model: modelObject.optional(),
  version,
});
/** A request that carries nothing (saving a version). */
export const noBody = z.strictObject({}).nullish();
export const modelParams = z.strictObject({ networkId: id, modelId: id });
export const versionParams = z.strictObject({
  networkId: id,
  modelId: id,
  versionNumber: z.coerce.number().int().min(1),
});
export const resultQuery = z.strictObject({
  runs: z.coerce.number().int().min(100).max(MAX_RUNS_API).optional(),
  seed: z.coerce.number().int().min(0).max(0xffffffff).optional(),
});

export const recordCoFunding = z.strictObject({
  title: requiredText(LIMITS.name).optional(),
  /** Per stakeholder the amount the network agreed (euros), starting from the proposal. */
  contributions: z
    .array(
      z.strictObject({ party: requiredText(LIMITS.name), amount: money }, { error: schemaText('schema.contribution') }),
      { error: schemaText('schema.contribution') },
    )
    .min(1, { error: schemaText('schema.contributionsNeeded') })
    .max(100, { error: schemaText('schema.maxLines') }),
  note: optionalText(LIMITS.long).optional(),
});

export interface PriceItemView {
  id: string;
  item: string;
  unit: string;
  price: number | null;
  payer: string;
  payerName: string;
  sourceTitle: string;
  sourcePublisher: string;
  sourceYear: number | null;
  sourceUrl: string | null;
  priceYear: number | null;
  note: string | null;
  starterKey: string | null;
  /** No price yet: "nog niet nagekeken — vul de prijs in". */
  unchecked: boolean;
  /** A price without a source is allowed but marked. */
  withoutSource: boolean;
  /** The price brought to the index year; null when it cannot be (no price, or a year the index lacks). */
  indexedPrice: number | null;
  version: number;
}

export interface PriceSettingsView {
  indexYear: number;
  indexRates: Record<string, number>;
  indexSource: string;
  version: number;
}

export interface PriceListView {
  items: PriceItemView[];
  settings: PriceSettingsView;
  payers: { id: string; name: string }[];
}

export interface OutcomeLinks {
  goalId?: string | null;
  indicator?: string;
  priceItemId?: string | null;
  sources?: Record<string, string>;
}

export interface EffectModelView {
  id: string;
  name: string;
  /** The file format plus per outcome goalId, indicator, priceItemId and per input/outcome `sources`. */
  model: Record<string, unknown>;
  version: number;
  updatedAt: string;
}

export interface StakeholderProposal {
  name: string;
  investment: number;
  benefit: number;
  proposedShare: number | null;
  /** The proposed share of the total investment (present value); null when nobody benefits. */
  proposedAmount: number | null;
}

export interface EffectModelResultView extends EffectModelView {
  /** Every figure with the steps it was computed from (inputs with discount factors, outcomes per year, years). */
  result: EffectResult;
  /** "De gemeente investeert … en … heeft er het meeste baat bij". */
  summary: string;
  warnings: string[];
  proposal: StakeholderProposal[];
  tornado: Tornado;
  uncertainty: {
    runs: number;
    seed: number;
    pRatioAbove1: number;
    p05: number | null;
    p50: number | null;
    p95: number | null;
    runsWithoutRatio: number;
    sentence: string;
  };
  savedVersions: { number: number; createdAt: string }[];
}

/** A saved, numbered version of an effect model. */
export interface SavedModelVersion {
  number: number;
  createdAt: string;
}

/**
 * Everything the funder report shows of one saved version (documents module): the stored model with
 * its links and sources, the checked model, every computed figure, and where each price came from.
 */
export interface EffectVersionReport {
  modelId: string;
  name: string;
  number: number;
  /** When the version was saved: the report's fixed date. */
  createdAt: string;
  /** As stored: the file format plus goalId, indicator, priceItemId and `sources` per input/outcome. */
  stored: Record<string, unknown>;
  model: import('../../domain/effects/schema.js').EffectModel;
  result: EffectResult;
  summary: string;
  warnings: string[];
  tornado: Tornado;
  uncertainty: {
    runs: number;
    seed: number;
    pRatioAbove1: number;
    p05: number | null;
    p50: number | null;
    p95: number | null;
    runsWithoutRatio: number;
  };
  /** The price items the outcomes link to, by id: item, unit and source. */
  prices: Record<string, { item: string; unit: string; source: string }>;
  /** Titles of the goals the outcomes link to, by id. */
  goals: Record<string, string>;
}
