/**
 * The effect model file (programme method, SROI/MKBA): the strict Zod schema, its messages
 * in Dutch and English, and the normalised model the calculations use. The format and every rule are
 * described in docs/EFFECTS-FORMAT.md; the formulas in ./calculate.ts.
 */

import { z } from 'zod';

export const DEFAULT_DISCOUNT_RATE = 0.0225;
/** Shares of one outcome's beneficiaries must add up to 1 within this margin (0.1%). */
export const SHARE_TOLERANCE = 0.001;
/** A cap on years and durations, so a typo like 2026 for a year cannot make a 2,000-year loop. */
export const MAX_YEARS = 100;

const dutch = (n: number) => n.toLocaleString('nl-NL', { maximumFractionDigits: 10 });
const english = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 10 });

/** A message in Dutch and English. */
interface Text {
  nl: string;
  en: string;
}

/**
 * Zod carries one string per issue; both languages travel in it as JSON and are unpacked in
 * parseEffectModel, so every rule states its message once, next to the rule.
 */
const say = (nl: string, en: string) => JSON.stringify([nl, en]);
const sayText = (t: Text) => say(t.nl, t.en);

type Issue = z.core.$ZodRawIssue;
const missing = (iss: Issue) => iss.input === undefined;

const A_NUMBER: Text = { nl: 'een getal', en: 'a number' };

function number(what: Text = A_NUMBER) {
  return z.number({
    error: (iss) =>
      missing(iss)
        ? say(`ontbreekt; vul ${what.nl} in`, `is missing; fill in ${what.en}`)
        : say(`moet ${what.nl} zijn`, `must be ${what.en}`),
  });
}

const FRACTION_HINT = {
  nl: 'een aandeel loopt van 0 tot en met 1 (0,25 is 25%)',
  en: 'a share runs from 0 to 1 (0.25 is 25%)',
};
const fraction = () =>
  number({ nl: 'een getal van 0 tot en met 1', en: 'a number from 0 to 1' })
    .min(0, {
      error: say(`mag niet kleiner zijn dan 0; ${FRACTION_HINT.nl}`, `cannot be less than 0; ${FRACTION_HINT.en}`),
    })
    .max(1, {
      error: say(`mag niet groter zijn dan 1; ${FRACTION_HINT.nl}`, `cannot be more than 1; ${FRACTION_HINT.en}`),
    });

const wholeYears = (what: Text) =>
  number({ nl: 'een heel aantal jaren', en: 'a whole number of years' })
    .int({ error: say(`moet een heel getal zijn (${what.nl})`, `must be a whole number (${what.en})`) })
    .min(1, { error: say(`moet minstens 1 zijn (${what.nl})`, `must be at least 1 (${what.en})`) })
    .max(MAX_YEARS, {
      error: say(`mag hoogstens ${MAX_YEARS} zijn (${what.nl})`, `can be at most ${MAX_YEARS} (${what.en})`),
    });

const year = () => wholeYears({ nl: 'jaar 1 is het eerste jaar', en: 'year 1 is the first year' });
const duration = () =>
  wholeYears({ nl: 'het aantal jaren dat het effect duurt', en: 'the number of years the effect lasts' });
const nonNegative = (what: Text) =>
  number().min(0, { error: say(`mag niet negatief zijn (${what.nl})`, `cannot be negative (${what.en})`) });

const name = (what: Text) =>
  z
    .string({
      error: (iss) =>
        missing(iss)
          ? say(`ontbreekt; vul ${what.nl} in`, `is missing; fill in ${what.en}`)
          : say(`moet tekst zijn (${what.nl})`, `must be text (${what.en})`),
    })
    .trim()
    .min(1, { error: say(`is leeg; vul ${what.nl} in`, `is empty; fill in ${what.en}`) });

function strict<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.strictObject(shape, {
    error: (iss) => {
      if (iss.code === 'unrecognized_keys') {
        const keys = iss.keys.map((k) => `"${k}"`).join(', ');
        return iss.keys.length === 1
          ? say(
              `het veld ${keys} ken ik niet; controleer de spelling`,
              `the field ${keys} is not known; check the spelling`,
            )
          : say(
              `de velden ${keys} ken ik niet; controleer de spelling`,
              `the fields ${keys} are not known; check the spelling`,
            );
      }
      return missing(iss)
        ? say('ontbreekt', 'is missing')
        : say('moet een object zijn, tussen { en }', 'must be an object, between { and }');
    },
  });
}

const inputValues = {
  amount: nonNegative({ nl: 'een bedrag in euro', en: 'an amount in euro' }),
  hours: nonNegative({ nl: 'een aantal uren', en: 'a number of hours' }),
  rate: nonNegative({ nl: 'een uurtarief in euro', en: 'an hourly rate in euro' }),
};
const inputRange = strict({
  amount: inputValues.amount.optional(),
  hours: inputValues.hours.optional(),
  rate: inputValues.rate.optional(),
}).optional();

/** Money (`amount`) or hours at a rate (`hours` and `rate`); which one is checked below. */
const inputSchema = strict({
  stakeholder: name({ nl: 'de naam van wie investeert', en: 'the name of who invests' }),
  year: year(),
  amount: inputValues.amount.optional(),
  hours: inputValues.hours.optional(),
  rate: inputValues.rate.optional(),
  low: inputRange,
  high: inputRange,
});

const outcomeValues = {
  quantity: nonNegative({ nl: 'een aantal per jaar', en: 'a quantity per year' }),
  proxy: number({ nl: 'een bedrag in euro per eenheid per jaar', en: 'an amount in euro per unit per year' }),
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
  name: name({ nl: 'de naam van het effect', en: 'the name of the outcome' }),
  ...outcomeValues,
  beneficiaries: z.record(z.string(), fraction(), {
    error: (iss) =>
      missing(iss)
        ? say(
            'ontbreekt; zet erin wie er baat bij heeft en welk deel, bijvoorbeeld {"Gemeente": 0.6, "Zorgverzekeraar": 0.4}',
            'is missing; say who benefits and which share, for example {"Gemeente": 0.6, "Zorgverzekeraar": 0.4}',
          )
        : say(
            'moet een object zijn met per partij een aandeel, bijvoorbeeld {"Gemeente": 0.6, "Zorgverzekeraar": 0.4}',
            'must be an object with a share per stakeholder, for example {"Gemeente": 0.6, "Zorgverzekeraar": 0.4}',
          ),
  }),
  low: outcomeRange,
  high: outcomeRange,
});

export const OUTCOME_FIELDS = [
  'quantity',
  'proxy',
  'deadweight',
  'displacement',
  'attribution',
  'dropoff',
  'duration',
] as const;
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
    ctx.addIssue({
      code: 'custom',
      path,
      message: say(
        'geef een bedrag (amount) óf uren met een uurtarief (hours en rate), niet allebei',
        'give an amount (amount) or hours at an hourly rate (hours and rate), not both',
      ),
    });
    return;
  }
  if (!hasAmount && !hasHours) {
    ctx.addIssue({
      code: 'custom',
      path,
      message: say(
        'geef een bedrag (amount) of uren met een uurtarief (hours en rate)',
        'give an amount (amount) or hours at an hourly rate (hours and rate)',
      ),
    });
    return;
  }
  if (hasHours) {
    for (const field of ['hours', 'rate'] as const) {
      if (input[field] === undefined)
        ctx.addIssue({
          code: 'custom',
          path: [...path, field],
          message: say('ontbreekt; bij uren horen hours én rate', 'is missing; hours need both hours and rate'),
        });
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
            ? say(
                'hoort niet bij een investering in geld; geef hier alleen amount',
                'does not belong to an input in money; give only amount here',
              )
            : say(
                'hoort niet bij een investering in uren; geef hier alleen hours en rate',
                'does not belong to an input in hours; give only hours and rate here',
              ),
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
        message: say(
          `de lage waarde (${dutch(bound)}) is hoger dan de basiswaarde (${dutch(base)}); de lage waarde mag niet hoger zijn`,
          `the low value (${english(bound)}) is above the base value (${english(base)}); the low value cannot be higher`,
        ),
      });
    } else if (side === 'high' && bound < base) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, side, field],
        message: say(
          `de hoge waarde (${dutch(bound)}) is lager dan de basiswaarde (${dutch(base)}); de hoge waarde mag niet lager zijn`,
          `the high value (${english(bound)}) is below the base value (${english(base)}); the high value cannot be lower`,
        ),
      });
    }
  }
}

function checkOutcome(outcome: FileOutcome, i: number, ctx: z.core.$RefinementCtx): void {
  const path = ['outcomes', i];
  const entries = Object.entries(outcome.beneficiaries);
  if (entries.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'beneficiaries'],
      message: say(
        'is leeg; zet erin wie er baat bij heeft en welk deel',
        'is empty; say who benefits and which share',
      ),
    });
    return;
  }
  const seen = new Set<string>();
  for (const [key] of entries) {
    const trimmed = key.trim();
    if (trimmed === '') {
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'beneficiaries'],
        message: say(
          'een partij zonder naam; geef elke partij een naam',
          'a stakeholder without a name; give every stakeholder a name',
        ),
      });
    } else if (seen.has(trimmed)) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'beneficiaries'],
        message: say(`"${trimmed}" staat er twee keer in`, `"${trimmed}" is in it twice`),
      });
    }
    seen.add(trimmed);
  }
  const total = entries.reduce((sum, [, share]) => sum + share, 0);
  if (Math.abs(total - 1) > SHARE_TOLERANCE) {
    const percent = (locale: string) => (total * 100).toLocaleString(locale, { maximumFractionDigits: 1 });
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'beneficiaries'],
      message: say(
        `de aandelen tellen op tot ${percent('nl-NL')}%; dat moet 100% zijn`,
        `the shares add up to ${percent('en-GB')}%; they must add up to 100%`,
      ),
    });
  }
  for (const side of ['low', 'high'] as const)
    checkBounds(outcome as Record<string, unknown>, side, OUTCOME_FIELDS, path, ctx);
}

const A_LIST: Text = { nl: 'moet een lijst zijn, tussen [ en ]', en: 'must be a list, between [ and ]' };

/**
 * The file as written: ranges are optional per field. Strict: unknown fields are refused.
 * Its issue messages are packed Dutch/English pairs; read them through parseEffectModel.
 */
export const effectModelFileSchema = strict({
  discountRate: fraction().optional(),
  inputs: z.array(inputSchema, {
    error: (iss) =>
      missing(iss)
        ? say(
            'ontbreekt; zet minstens één investering in "inputs": een bedrag (amount) of uren met een uurtarief (hours en rate)',
            'is missing; put at least one input in "inputs": an amount (amount) or hours at an hourly rate (hours and rate)',
          )
        : sayText(A_LIST),
  }),
  outcomes: z.array(outcomeSchema, {
    error: (iss) =>
      missing(iss)
        ? say(
            'ontbreekt; zet de effecten in "outcomes" (een lege lijst [] mag ook)',
            'is missing; put the outcomes in "outcomes" (an empty list [] is fine)',
          )
        : sayText(A_LIST),
  }),
}).superRefine((file, ctx) => {
  if (file.inputs.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['inputs'],
      message: say(
        'het model heeft geen investeringen. Zet minstens één investering in "inputs": een bedrag (amount) of uren met een uurtarief (hours en rate). Zonder investering valt er geen verhouding te berekenen',
        'the model has no inputs. Put at least one input in "inputs": an amount (amount) or hours at an hourly rate (hours and rate). Without an input there is no ratio to compute',
      ),
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
  /** The same in English. */
  messageEn: string;
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
export function describeIssue(issue: ModelIssue, language: 'nl' | 'en' = 'nl'): string {
  if (language === 'en') return `${issue.path === '' ? 'top of the file' : issue.path}: ${issue.messageEn}`;
  return `${issue.path === '' ? 'bovenaan het bestand' : issue.path}: ${issue.message}`;
}

function unpack(message: string): Text {
  try {
    const [nl, en] = JSON.parse(message) as [string, string];
    if (typeof nl === 'string' && typeof en === 'string') return { nl, en };
  } catch {
    // A message of Zod's own, for a case no rule above names.
  }
  return { nl: message, en: message };
}

function fill<K extends string>(
  fields: readonly K[],
  base: Record<K, number>,
  bounds: Partial<Record<K, number>> | undefined,
) {
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
    return {
      ok: false,
      issues: result.error.issues.map((i) => {
        const text = unpack(i.message);
        return { path: formatPath(i.path), message: text.nl, messageEn: text.en };
      }),
    };
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
