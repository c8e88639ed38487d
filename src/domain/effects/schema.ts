/**
 * The effect model file (programme method, SROI/MKBA): the strict Zod schema, its Dutch
 * messages, and the normalised model the calculations use. The format and every rule are
 * described in docs/EFFECTS-FORMAT.md; the formulas in ./calculate.ts.
 */

import { z } from 'zod';

export const DEFAULT_DISCOUNT_RATE = 0.0225;
/** Shares of one outcome's beneficiaries must add up to 1 within this margin (0.1%). */
export const SHARE_TOLERANCE = 0.001;
/** A cap on years and durations, so a typo like 2026 for a year cannot make a 2,000-year loop. */
export const MAX_YEARS = 100;

const dutch = (n: number) => n.toLocaleString('nl-NL', { maximumFractionDigits: 10 });

type Issue = z.core.$ZodRawIssue;
const missing = (iss: Issue) => iss.input === undefined;

function number(what = 'een getal') {
  return z.number({ error: (iss) => (missing(iss) ? `ontbreekt; vul ${what} in` : `moet ${what} zijn`) });
}

const fraction = () =>
  number('een getal van 0 tot en met 1')
    .min(0, { error: 'mag niet kleiner zijn dan 0; een aandeel loopt van 0 tot en met 1 (0,25 is 25%)' })
    .max(1, { error: 'mag niet groter zijn dan 1; een aandeel loopt van 0 tot en met 1 (0,25 is 25%)' });

const wholeYears = (what: string) =>
  number(`een heel aantal jaren`)
    .int({ error: `moet een heel getal zijn (${what})` })
    .min(1, { error: `moet minstens 1 zijn (${what})` })
    .max(MAX_YEARS, { error: `mag hoogstens ${MAX_YEARS} zijn (${what})` });

const year = () => wholeYears('jaar 1 is het eerste jaar');
const duration = () => wholeYears('het aantal jaren dat het effect duurt');
const nonNegative = (what: string) => number().min(0, { error: `mag niet negatief zijn (${what})` });

const name = (what: string) =>
  z
    .string({ error: (iss) => (missing(iss) ? `ontbreekt; vul ${what} in` : `moet tekst zijn (${what})`) })
    .trim()
    .min(1, { error: `is leeg; vul ${what} in` });

function strict<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.strictObject(shape, {
    error: (iss) => {
      if (iss.code === 'unrecognized_keys') {
        const keys = iss.keys.map((k) => `"${k}"`).join(', ');
        return `${iss.keys.length === 1 ? 'het veld' : 'de velden'} ${keys} ken ik niet; controleer de spelling`;
      }
      return missing(iss) ? 'ontbreekt' : 'moet een object zijn, tussen { en }';
    },
  });
}

const inputValues = {
  amount: nonNegative('een bedrag in euro'),
  hours: nonNegative('een aantal uren'),
  rate: nonNegative('een uurtarief in euro'),
};
const inputRange = strict({
  amount: inputValues.amount.optional(),
  hours: inputValues.hours.optional(),
  rate: inputValues.rate.optional(),
}).optional();

/** Money (`amount`) or hours at a rate (`hours` and `rate`); which one is checked below. */
const inputSchema = strict({
  stakeholder: name('de naam van wie investeert'),
  year: year(),
  amount: inputValues.amount.optional(),
  hours: inputValues.hours.optional(),
  rate: inputValues.rate.optional(),
  low: inputRange,
  high: inputRange,
});

const outcomeValues = {
  quantity: nonNegative('een aantal per jaar'),
  proxy: number('een bedrag in euro per eenheid per jaar'),
  deadweight: fraction(),
  displacement: fraction(),
  attribution: fraction(),
  dropoff: fraction(),
  duration: duration(),
};
const outcomeRange = strict({
  quantity: outcomeValues.quantity.optional(),
  proxy: outcomeValues.proxy.optional(),
  deadweight: outcomeValues.deadweight.optional(),
  displacement: outcomeValues.displacement.optional(),
  attribution: outcomeValues.attribution.optional(),
  dropoff: outcomeValues.dropoff.optional(),
  duration: outcomeValues.duration.optional(),
}).optional();

const outcomeSchema = strict({
  name: name('de naam van het effect'),
  ...outcomeValues,
  beneficiaries: z.record(z.string(), fraction(), {
    error: (iss) =>
      missing(iss)
        ? 'ontbreekt; zet erin wie er baat bij heeft en welk deel, bijvoorbeeld {"Gemeente": 0.6, "Zorgverzekeraar": 0.4}'
        : 'moet een object zijn met per partij een aandeel, bijvoorbeeld {"Gemeente": 0.6, "Zorgverzekeraar": 0.4}',
  }),
  low: outcomeRange,
  high: outcomeRange,
});

export const OUTCOME_FIELDS = ['quantity', 'proxy', 'deadweight', 'displacement', 'attribution', 'dropoff', 'duration'] as const;
export type OutcomeField = (typeof OUTCOME_FIELDS)[number];
export const INPUT_FIELDS = ['amount', 'hours', 'rate'] as const;
export type InputField = (typeof INPUT_FIELDS)[number];

type FileInput = z.output<typeof inputSchema>;
type FileOutcome = z.output<typeof outcomeSchema>;

function checkInput(input: FileInput, i: number, ctx: z.core.$RefinementCtx): void {
  const path = ['inputs', i];
  const hasAmount = input.amount !== undefined;
  const hasHours = input.hours !== undefined || input.rate !== undefined;
  if (hasAmount && hasHours) {
    ctx.addIssue({ code: 'custom', path, message: 'geef een bedrag (amount) óf uren met een uurtarief (hours en rate), niet allebei' });
    return;
  }
  if (!hasAmount && !hasHours) {
    ctx.addIssue({ code: 'custom', path, message: 'geef een bedrag (amount) of uren met een uurtarief (hours en rate)' });
    return;
  }
  if (hasHours) {
    for (const field of ['hours', 'rate'] as const) {
      if (input[field] === undefined) ctx.addIssue({ code: 'custom', path: [...path, field], message: `ontbreekt; bij uren horen hours én rate` });
    }
  }
  const own: readonly InputField[] = hasAmount ? ['amount'] : ['hours', 'rate'];
  for (const side of ['low', 'high'] as const) {
    for (const field of INPUT_FIELDS) {
      if (input[side]?.[field] !== undefined && !own.includes(field)) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, side, field],
          message: hasAmount
            ? 'hoort niet bij een investering in geld; geef hier alleen amount'
            : 'hoort niet bij een investering in uren; geef hier alleen hours en rate',
        });
      }
    }
    checkBounds(input as Record<string, unknown>, side, own, path, ctx);
  }
}

function checkBounds(
  item: Record<string, unknown>,
  side: 'low' | 'high',
  fields: readonly string[],
  path: (string | number)[],
  ctx: z.core.$RefinementCtx,
): void {
  const bounds = item[side] as Record<string, number | undefined> | undefined;
  for (const field of fields) {
    const bound = bounds?.[field];
    const base = item[field];
    if (bound === undefined || typeof base !== 'number') continue;
    if (side === 'low' && bound > base) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, side, field],
        message: `de lage waarde (${dutch(bound)}) is hoger dan de basiswaarde (${dutch(base)}); de lage waarde mag niet hoger zijn`,
      });
    } else if (side === 'high' && bound < base) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, side, field],
        message: `de hoge waarde (${dutch(bound)}) is lager dan de basiswaarde (${dutch(base)}); de hoge waarde mag niet lager zijn`,
      });
    }
  }
}

function checkOutcome(outcome: FileOutcome, i: number, ctx: z.core.$RefinementCtx): void {
  const path = ['outcomes', i];
  const entries = Object.entries(outcome.beneficiaries);
  if (entries.length === 0) {
    ctx.addIssue({ code: 'custom', path: [...path, 'beneficiaries'], message: 'is leeg; zet erin wie er baat bij heeft en welk deel' });
    return;
  }
  const seen = new Set<string>();
  for (const [key] of entries) {
    const trimmed = key.trim();
    if (trimmed === '') {
      ctx.addIssue({ code: 'custom', path: [...path, 'beneficiaries'], message: 'een partij zonder naam; geef elke partij een naam' });
    } else if (seen.has(trimmed)) {
      ctx.addIssue({ code: 'custom', path: [...path, 'beneficiaries'], message: `"${trimmed}" staat er twee keer in` });
    }
    seen.add(trimmed);
  }
  const total = entries.reduce((sum, [, share]) => sum + share, 0);
  if (Math.abs(total - 1) > SHARE_TOLERANCE) {
    const percent = (total * 100).toLocaleString('nl-NL', { maximumFractionDigits: 1 });
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'beneficiaries'],
      message: `de aandelen tellen op tot ${percent}%; dat moet 100% zijn`,
    });
  }
  for (const side of ['low', 'high'] as const) checkBounds(outcome as Record<string, unknown>, side, OUTCOME_FIELDS, path, ctx);
}

/** The file as written: ranges are optional per field. Strict: unknown fields are refused. */
export const effectModelFileSchema = strict({
  discountRate: fraction().optional(),
  inputs: z.array(inputSchema, {
    error: (iss) =>
      missing(iss)
        ? 'ontbreekt; zet minstens één investering in "inputs": een bedrag (amount) of uren met een uurtarief (hours en rate)'
        : 'moet een lijst zijn, tussen [ en ]',
  }),
  outcomes: z.array(outcomeSchema, {
    error: (iss) => (missing(iss) ? 'ontbreekt; zet de effecten in "outcomes" (een lege lijst [] mag ook)' : 'moet een lijst zijn, tussen [ en ]'),
  }),
}).superRefine((file, ctx) => {
  if (file.inputs.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['inputs'],
      message:
        'het model heeft geen investeringen. Zet minstens één investering in "inputs": een bedrag (amount) of uren met een uurtarief (hours en rate). Zonder investering valt er geen verhouding te berekenen',
    });
  }
  file.inputs.forEach((input, i) => checkInput(input, i, ctx));
  file.outcomes.forEach((outcome, i) => checkOutcome(outcome, i, ctx));
});

export type EffectModelFile = z.input<typeof effectModelFileSchema>;

export interface MoneyInput {
  kind: 'money';
  stakeholder: string;
  year: number;
  amount: number;
  low: { amount: number };
  high: { amount: number };
}

export interface HoursInput {
  kind: 'hours';
  stakeholder: string;
  year: number;
  hours: number;
  rate: number;
  low: { hours: number; rate: number };
  high: { hours: number; rate: number };
}

export type EffectInput = MoneyInput | HoursInput;
export type OutcomeValues = Record<OutcomeField, number>;

export interface EffectOutcome extends OutcomeValues {
  name: string;
  /** Stakeholder name → share (0–1), names trimmed. */
  beneficiaries: Record<string, number>;
  low: OutcomeValues;
  high: OutcomeValues;
}

/** A checked model with every bound filled in (a missing bound equals the base value). */
export interface EffectModel {
  discountRate: number;
  inputs: EffectInput[];
  outcomes: EffectOutcome[];
}

export interface ModelIssue {
  /** Where, as in the file: `outcomes[1].beneficiaries` (lists count from 0). */
  path: string;
  /** Plain Dutch, without the path. */
  message: string;
}

export type ParseResult = { ok: true; model: EffectModel } | { ok: false; issues: ModelIssue[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

/** "outcomes[1].beneficiaries: de aandelen tellen op tot 90%; dat moet 100% zijn" */
export function describeIssue(issue: ModelIssue): string {
  return `${issue.path === '' ? 'bovenaan het bestand' : issue.path}: ${issue.message}`;
}

function fill<K extends string>(fields: readonly K[], base: Record<K, number>, bounds: Partial<Record<K, number>> | undefined) {
  const out = {} as Record<K, number>;
  for (const field of fields) out[field] = bounds?.[field] ?? base[field];
  return out;
}

function normaliseInput(input: FileInput): EffectInput {
  if (input.amount !== undefined) {
    const base = { amount: input.amount };
    return {
      kind: 'money',
      stakeholder: input.stakeholder,
      year: input.year,
      amount: input.amount,
      low: fill(['amount'], base, input.low),
      high: fill(['amount'], base, input.high),
    };
  }
  const base = { hours: input.hours ?? 0, rate: input.rate ?? 0 };
  return {
    kind: 'hours',
    stakeholder: input.stakeholder,
    year: input.year,
    ...base,
    low: fill(['hours', 'rate'], base, input.low),
    high: fill(['hours', 'rate'], base, input.high),
  };
}

function normaliseOutcome(outcome: FileOutcome): EffectOutcome {
  const base = fill(OUTCOME_FIELDS, outcome, undefined);
  const beneficiaries: Record<string, number> = {};
  for (const [key, share] of Object.entries(outcome.beneficiaries)) beneficiaries[key.trim()] = share;
  return {
    name: outcome.name,
    ...base,
    beneficiaries,
    low: fill(OUTCOME_FIELDS, base, outcome.low),
    high: fill(OUTCOME_FIELDS, base, outcome.high),
  };
}

/** Checks a parsed JSON value against the file format; every problem, each with its path. */
export function parseEffectModel(value: unknown): ParseResult {
  const result = effectModelFileSchema.safeParse(value);
  if (!result.success) {
    return { ok: false, issues: result.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) };
  }
  const file = result.data;
  return {
    ok: true,
    model: {
      discountRate: file.discountRate ?? DEFAULT_DISCOUNT_RATE,
      inputs: file.inputs.map(normaliseInput),
      outcomes: file.outcomes.map(normaliseOutcome),
    },
  };
}
