import type { Locale, T } from '../../../i18n';
import { editNumber, parseNumber } from './shared';

/** The editor's form state: every number as the text the person typed. */
export type Texts = Record<string, string>;

export interface InputDraft {
  stakeholder: string;
  year: string;
  kind: 'money' | 'hours';
  values: Texts;
  low: Texts;
  high: Texts;
  sources: Record<string, string>;
}

export interface OutcomeDraft {
  name: string;
  values: Texts;
  low: Texts;
  high: Texts;
  beneficiaries: { name: string; share: string }[];
  goalId: string;
  indicator: string;
  priceItemId: string;
  sources: Record<string, string>;
}

export interface ModelDraft {
  discountRate: string;
  inputs: InputDraft[];
  outcomes: OutcomeDraft[];
}

export const OUTCOME_FIELDS = [
  'quantity',
  'proxy',
  'deadweight',
  'displacement',
  'attribution',
  'dropoff',
  'duration',
] as const;
/** Shown and typed as percentages (25 is 25%); stored as fractions (0,25). */
export const PERCENT_FIELDS: ReadonlySet<string> = new Set(['deadweight', 'displacement', 'attribution', 'dropoff']);
export const inputFields = (kind: InputDraft['kind']) =>
  kind === 'money' ? (['amount'] as const) : (['hours', 'rate'] as const);

type Json = Record<string, unknown>;
const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
/** 0,2 → "20" without the 20,000000000000004 of floating point. */
const asPercent = (v: number | undefined, locale: Locale) =>
  v === undefined ? '' : editNumber(Math.round(v * 100 * 1e9) / 1e9, locale);
const show = (field: string, v: unknown, locale: Locale) =>
  PERCENT_FIELDS.has(field) ? asPercent(num(v), locale) : editNumber(num(v), locale);

export function toDraft(model: Json, locale: Locale): ModelDraft {
  const texts = (source: Json, fields: readonly string[]) =>
    Object.fromEntries(fields.map((f) => [f, show(f, source[f], locale)]).filter(([, v]) => v !== ''));
  return {
    discountRate: asPercent(num(model.discountRate) ?? 0.0225, locale),
    inputs: (Array.isArray(model.inputs) ? model.inputs : []).map((raw) => {
      const i = obj(raw);
      const kind = i.hours !== undefined || i.rate !== undefined ? 'hours' : 'money';
      const fields = inputFields(kind);
      return {
        stakeholder: String(i.stakeholder ?? ''),
        year: editNumber(num(i.year), locale),
        kind,
        values: texts(i, fields),
        low: texts(obj(i.low), fields),
        high: texts(obj(i.high), fields),
        sources: obj(i.sources) as Record<string, string>,
      };
    }),
    outcomes: (Array.isArray(model.outcomes) ? model.outcomes : []).map((raw) => {
      const o = obj(raw);
      return {
        name: String(o.name ?? ''),
        values: texts(o, OUTCOME_FIELDS),
        low: texts(obj(o.low), OUTCOME_FIELDS),
        high: texts(obj(o.high), OUTCOME_FIELDS),
        beneficiaries: Object.entries(obj(o.beneficiaries)).map(([name, share]) => ({
          name,
          share: asPercent(num(share), locale),
        })),
        goalId: typeof o.goalId === 'string' ? o.goalId : '',
        indicator: typeof o.indicator === 'string' ? o.indicator : '',
        priceItemId: typeof o.priceItemId === 'string' ? o.priceItemId : '',
        sources: obj(o.sources) as Record<string, string>,
      };
    }),
  };
}

/**
 * The draft as a model in the file format with its links. Numbers that are no numbers come back
 * as field errors with the same keys the server uses (`model.outcomes[0].proxy`).
 */
export function fromDraft(draft: ModelDraft, t: T): { model: Json; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const read = (key: string, text: string | undefined, field: string): number | undefined => {
    const n = parseNumber(text ?? '');
    if (Number.isNaN(n)) {
      errors[key] = t('vk.model.notANumber');
      return undefined;
    }
    return n === undefined
      ? undefined
      : PERCENT_FIELDS.has(field) || field === 'share' || field === 'discountRate'
        ? n / 100
        : n;
  };
  const numbers = (prefix: string, texts: Texts, fields: readonly string[]) => {
    const out: Record<string, number> = {};
    for (const f of fields) {
      const v = read(`${prefix}.${f}`, texts[f], f);
      if (v !== undefined) out[f] = v;
    }
    return out;
  };
  const cleanSources = (s: Record<string, string>) =>
    Object.fromEntries(Object.entries(s).filter(([, v]) => v.trim() !== ''));

  const inputs = draft.inputs.map((i, n) => {
    const prefix = `model.inputs[${n}]`;
    const fields = inputFields(i.kind);
    const out: Json = {
      stakeholder: i.stakeholder,
      year: read(`${prefix}.year`, i.year, 'year'),
      ...numbers(prefix, i.values, fields),
    };
    const low = numbers(`${prefix}.low`, i.low, fields);
    const high = numbers(`${prefix}.high`, i.high, fields);
    if (Object.keys(low).length) out.low = low;
    if (Object.keys(high).length) out.high = high;
    const sources = cleanSources(i.sources);
    if (Object.keys(sources).length) out.sources = sources;
    return out;
  });
  const outcomes = draft.outcomes.map((o, n) => {
    const prefix = `model.outcomes[${n}]`;
    const beneficiaries: Record<string, number> = {};
    o.beneficiaries.forEach((b, k) => {
      const share = read(`${prefix}.beneficiaries`, b.share, 'share');
      if (b.name.trim() && share !== undefined)
        beneficiaries[b.name.trim()] = (beneficiaries[b.name.trim()] ?? 0) + share;
      else if (b.name.trim() && !errors[`${prefix}.beneficiaries`])
        errors[`${prefix}.beneficiaries[${k}]`] = t('vk.model.notANumber');
    });
    const out: Json = { name: o.name, ...numbers(prefix, o.values, OUTCOME_FIELDS), beneficiaries };
    const low = numbers(`${prefix}.low`, o.low, OUTCOME_FIELDS);
    const high = numbers(`${prefix}.high`, o.high, OUTCOME_FIELDS);
    if (Object.keys(low).length) out.low = low;
    if (Object.keys(high).length) out.high = high;
    if (o.goalId) out.goalId = o.goalId;
    if (o.indicator.trim()) out.indicator = o.indicator.trim();
    if (o.priceItemId) out.priceItemId = o.priceItemId;
    const sources = cleanSources(o.sources);
    if (Object.keys(sources).length) out.sources = sources;
    return out;
  });
  return {
    model: { discountRate: read('model.discountRate', draft.discountRate, 'discountRate'), inputs, outcomes },
    errors,
  };
}
