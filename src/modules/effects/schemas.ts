import { z } from 'zod';
import { LIMITS, id, optionalText, requiredText, version } from '../common/schemas.js';
import { PAYER_IDS } from '../../domain/effects/starter-prices.js';
import { MAX_RUNS_API } from './texts.js';
import type { EffectResult } from '../../domain/effects/calculate.js';
import type { Tornado } from '../../domain/effects/uncertainty.js';

const money = z.number({ error: 'Vul een bedrag in, bijvoorbeeld 120,50.' }).min(0, { error: 'Een prijs kan niet negatief zijn.' }).max(100_000_000, { error: 'Deze prijs is te groot.' });
const year = z.int({ error: 'Vul een jaartal in, bijvoorbeeld 2024.' }).min(1950, { error: 'Vul een jaartal vanaf 1950 in.' }).max(2100, { error: 'Vul een jaartal tot 2100 in.' });
const payer = z.enum(PAYER_IDS, { error: `Kies wie betaalt: ${PAYER_IDS.join(', ')}.` });
const url = z.string().trim().max(LIMITS.short).regex(/^(https?:\/\/\S+)?$/, { error: 'Geef een webadres dat begint met http:// of https://.' });

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
    .record(z.string().regex(/^\d{4}$/, { error: 'Geef jaartallen als sleutel, bijvoorbeeld "2024".' }), z.number({ error: 'Geef de verandering als getal, bijvoorbeeld 0,038.' }).min(-0.5, { error: 'Een verandering ligt tussen -0,5 en 1.' }).max(1, { error: 'Een verandering ligt tussen -0,5 en 1.' }), { error: 'Geef per jaar de verandering, bijvoorbeeld {"2024": 0.033}.' })
    .refine((r) => Object.keys(r).length <= 100, { error: 'Hoogstens 100 jaren.' })
    .optional(),
  indexSource: optionalText(LIMITS.short).optional(),
  version,
});

/** The model in the `wijknet effects` file format, with per outcome goalId, indicator, priceItemId and sources; checked by the domain schema. */
const modelObject = z.looseObject({}, { error: 'Geef het model tussen { en }, in het formaat van wijknet effects (discountRate, inputs, outcomes).' });
export const createEffectModel = z.strictObject({ name: requiredText(LIMITS.name), model: modelObject });
export const updateEffectModel = z.strictObject({ name: requiredText(LIMITS.name).optional(), model: modelObject.optional(), version });
/** A request that carries nothing (saving a version). */
export const noBody = z.strictObject({}).nullish();
export const modelParams = z.strictObject({ networkId: id, modelId: id });
export const versionParams = z.strictObject({ networkId: id, modelId: id, versionNumber: z.coerce.number({ error: 'Geef een versienummer.' }).int({ error: 'Geef een heel versienummer.' }).min(1, { error: 'Versies tellen vanaf 1.' }) });
export const resultQuery = z.strictObject({
  runs: z.coerce.number({ error: 'Geef het aantal berekeningen als getal.' }).int({ error: 'Geef een heel aantal berekeningen.' }).min(100, { error: 'Minstens 100 berekeningen.' }).max(MAX_RUNS_API, { error: `Hoogstens ${MAX_RUNS_API.toLocaleString('nl-NL')} berekeningen.` }).optional(),
  seed: z.coerce.number({ error: 'Geef het startgetal als getal.' }).int({ error: 'Geef een heel startgetal.' }).min(0, { error: 'Het startgetal is 0 of meer.' }).max(0xffffffff, { error: 'Dit startgetal is te groot.' }).optional(),
});

export const recordCoFunding = z.strictObject({
  title: requiredText(LIMITS.name).optional(),
  /** Per stakeholder the amount the network agreed (euros), starting from the proposal. */
  contributions: z
    .array(z.strictObject({ party: requiredText(LIMITS.name), amount: money }, { error: 'Geef per partij een naam (party) en een bedrag (amount).' }), { error: 'Geef per partij een bedrag.' })
    .min(1, { error: 'Geef minstens één partij met een bedrag.' })
    .max(100, { error: 'Hoogstens 100 partijen.' }),
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
  uncertainty: { runs: number; seed: number; pRatioAbove1: number; p05: number | null; p50: number | null; p95: number | null; runsWithoutRatio: number; sentence: string };
  savedVersions: { number: number; createdAt: string }[];
}

