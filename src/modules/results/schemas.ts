import { z } from 'zod';
import { id, version } from '../common/schemas.js';

/** The parts of the results page a kartrekker can switch on, one by one. */
export const RESULTS_FIELDS = ['ambition', 'goals', 'done', 'effects'] as const;
export type ResultsField = (typeof RESULTS_FIELDS)[number];

export const resultsFields = z.strictObject({
  ambition: z.boolean(),
  goals: z.boolean(),
  done: z.boolean(),
  effects: z.boolean(),
});

/** PUT …/results: switch the page on or off, choose the parts, the model version and indexing. */
export const updateResults = z.strictObject({
  enabled: z.boolean(),
  fields: resultsFields,
  /** The saved model version whose headline the page shows (with `fields.effects`). */
  modelId: id.nullable(),
  versionNumber: z.int().min(1).max(1_000_000).nullable(),
  /** Search engines may index the page only when this is true. */
  indexable: z.boolean(),
  version,
});

export const partnerParams = z.strictObject({ networkId: id, actorId: id });
/** PUT …/results/partners/:actorId: the partner agrees (or no longer agrees) to be named. */
export const partnerNaming = z.strictObject({ named: z.boolean() });
export const publicParams = z.strictObject({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/) });

/** How a partner appears on the public page: by name with consent, otherwise by its kind. */
export interface PublicPartner {
  /** Null when the partner did not agree to be named (or is a person). */
  name: string | null;
  kind: string;
  domain: string;
}

/** The model's headline: the figures of one saved version, with its uncertainty. */
export interface ResultsHeadline {
  modelName: string;
  versionNumber: number;
  pvInputs: number;
  pvOutcomes: number;
  ratio: number | null;
  npv: number;
  paybackYear: number | null;
  uncertainty: {
    runs: number;
    seed: number;
    pRatioAbove1: number;
    p05: number | null;
    p50: number | null;
    p95: number | null;
  };
}

/** What a stranger with the link sees: only the chosen parts, no personal data. */
export interface PublicResults {
  networkName: string;
  areaName: string;
  indexable: boolean;
  ambition: { ambition: string; vision: string } | null;
  goals: { title: string; indicator: string; targetValue: string }[] | null;
  done: { title: string }[] | null;
  effects: ResultsHeadline | null;
  partners: PublicPartner[];
}

export interface ResultsPartnerView {
  actorId: string;
  name: string;
  kind: string;
  domain: string;
  named: boolean;
  /** 'representative' when its own representative agreed, 'kartrekker' when a kartrekker recorded it. */
  namedBy: 'representative' | 'kartrekker' | null;
  /** Whether the caller may record or withdraw this partner's consent. */
  canChange: boolean;
}

/** GET …/results: the settings, the link, the partners' consent and a preview. */
export interface ResultsSettingsView {
  enabled: boolean;
  /** The public address's key; null while the page is off. */
  token: string | null;
  fields: Record<ResultsField, boolean>;
  modelId: string | null;
  versionNumber: number | null;
  indexable: boolean;
  publishedAt: string | null;
  version: number;
  partners: ResultsPartnerView[];
  models: { id: string; name: string; versions: number[] }[];
  preview: PublicResults;
}
