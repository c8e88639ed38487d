/**
 * Questionnaire definitions for the samenwerkingsscan. Instruments are data, never code: a JSON
 * file of exactly the shape below, checked here with a plain Dutch message per wrong field, so a
 * researcher who adds an instrument learns what to fix and where.
 */

import { z } from 'zod';

/** Ids become CSV column names and URL parts, so they stay short and free of separators. */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const MAX_ID = 64;
const MAX_TEXT = 1000;

/** The answers file keeps its respondent column under this name; an item may not take it. */
export const RESPONDENT_COLUMN = 'respondent';

const id = z.string().min(1).max(MAX_ID).regex(ID_PATTERN);
const text = z.string().trim().min(1).max(MAX_TEXT);

const itemSchema = z.strictObject({
  id,
  text,
  reverse: z.boolean().optional(),
});

const dimensionSchema = z.strictObject({
  id,
  name: text,
  items: z.array(itemSchema).min(1).max(200),
  advice: z.array(text).max(20).optional(),
});

const scaleSchema = z.strictObject({
  min: z.number().int(),
  max: z.number().int(),
  labels: z.record(z.string(), text),
});

export const scanDefinitionSchema = z.strictObject({
  id,
  name: text,
  version: z.union([text, z.number().int().min(1)]),
  scale: scaleSchema,
  dimensions: z.array(dimensionSchema).min(1).max(100),
});

export type ScanDefinition = z.infer<typeof scanDefinitionSchema>;
export type ScanDimension = ScanDefinition['dimensions'][number];
export type ScanItem = ScanDimension['items'][number];
export type ScanScale = ScanDefinition['scale'];

export interface DefinitionProblem {
  /** Where, as people read JSON: `dimensions[2].items[0].id`; empty for the whole file. */
  path: string;
  message: string;
}

export type DefinitionCheck = { ok: true; definition: ScanDefinition } | { ok: false; problems: DefinitionProblem[] };

/** `dimensions[2].items[0].id` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** What to fill in, per field name, for a missing or empty value. */
const FILL_IN: Record<string, string> = {
  id: 'vul een id in',
  name: 'vul een naam in',
  text: 'vul de tekst van de vraag in',
  version: 'vul een versie in, bijvoorbeeld 1',
  scale: 'geef een schaal op, bijvoorbeeld {"min": 1, "max": 5, "labels": {"1": "helemaal oneens"}}',
  min: 'vul de laagste waarde van de schaal in, een heel getal',
  max: 'vul de hoogste waarde van de schaal in, een heel getal',
  labels: 'geef de labels van de schaal op (een leeg object {} mag ook)',
  dimensions: 'geef minstens één dimensie op',
  items: 'geef minstens één vraag op',
  advice: 'vul het advies in',
};

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een heel getal',
  boolean: 'true of false',
  array: 'een lijst [ … ]',
  object: 'een object { … }',
};

function lastName(path: readonly PropertyKey[]): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return '';
}

function describeIssue(issue: z.core.$ZodIssue): DefinitionProblem[] {
  const path = issue.path;
  const name = lastName(path);
  // An advice entry or a label is a string inside a list or record: the parent names the field.
  const fillIn = typeof path[path.length - 1] === 'number' && name === 'advice' ? FILL_IN.advice : FILL_IN[name];
  const at = formatPath(path);
  // A version may be text or a number; whichever branch Zod reports, the fix is the same.
  if (at === 'version') return [{ path: at, message: FILL_IN.version }];
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: formatPath([...path, key]),
        message: 'dit veld kent het formaat niet; laat het weg of controleer de spelling',
      }));
    case 'invalid_type':
      if (path.length === 0)
        return [{ path: '', message: 'de definitie moet een JSON-object zijn: { "id": …, "name": …, … }' }];
      if (issue.input === undefined) return [{ path: at, message: fillIn ?? 'vul dit veld in' }];
      if (issue.expected === 'int') return [{ path: at, message: 'vul een heel getal in, zonder komma of punt' }];
      return [{ path: at, message: `dit moet ${TYPE_NAMES[issue.expected] ?? issue.expected} zijn` }];
    case 'too_small':
      if (issue.origin === 'string') return [{ path: at, message: fillIn ?? 'vul dit veld in' }];
      if (issue.origin === 'array') return [{ path: at, message: fillIn ?? `geef minstens ${issue.minimum} op` }];
      return [{ path: at, message: `vul een getal van minstens ${issue.minimum} in` }];
    case 'too_big':
      if (issue.origin === 'string')
        return [{ path: at, message: `maak de tekst korter: hoogstens ${issue.maximum} tekens` }];
      if (issue.origin === 'array') return [{ path: at, message: `geef hoogstens ${issue.maximum} op` }];
      return [{ path: at, message: 'dit getal is te groot' }];
    case 'invalid_format':
      return [
        {
          path: at,
          message: 'gebruik alleen letters, cijfers, -, _ en . (geen spaties), en begin met een letter of cijfer',
        },
      ];
    default:
      return [{ path: at, message: 'deze waarde klopt niet' }];
  }
}

const WHOLE_NUMBER = /^-?(0|[1-9]\d*)$/;

/** The checks Zod does not do: unique ids, a real scale, labels on that scale. */
function checkMeaning(definition: ScanDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const { min, max, labels } = definition.scale;
  if (min >= max) {
    problems.push({
      path: 'scale.max',
      message: `de hoogste waarde (${max}) moet groter zijn dan de laagste (${min})`,
    });
  }
  for (const key of Object.keys(labels)) {
    const path = `scale.labels.${key}`;
    if (!WHOLE_NUMBER.test(key)) {
      problems.push({
        path,
        message: `"${key}" is geen waarde op de schaal; gebruik een heel getal als sleutel, bijvoorbeeld "1"`,
      });
    } else if (Number(key) < min || Number(key) > max) {
      problems.push({ path, message: `${key} ligt niet op de schaal van ${min} tot ${max}; laat dit label weg` });
    }
  }

  const dimensionAt = new Map<string, number>();
  const itemAt = new Map<string, string>();
  definition.dimensions.forEach((dimension, d) => {
    const first = dimensionAt.get(dimension.id);
    if (first !== undefined) {
      problems.push({
        path: `dimensions[${d}].id`,
        message: `"${dimension.id}" is ook de id van dimensions[${first}]; geef elke dimensie een eigen id`,
      });
    } else {
      dimensionAt.set(dimension.id, d);
    }
    dimension.items.forEach((item, i) => {
      const path = `dimensions[${d}].items[${i}].id`;
      const earlier = itemAt.get(item.id);
      if (item.id.toLowerCase() === RESPONDENT_COLUMN) {
        problems.push({ path, message: `"${item.id}" is de naam van de kolom met respondenten; kies een andere id` });
      } else if (earlier !== undefined) {
        problems.push({ path, message: `"${item.id}" is ook de id van ${earlier}; geef elke vraag een eigen id` });
      } else {
        itemAt.set(item.id, `dimensions[${d}].items[${i}]`);
      }
    });
  });
  return problems;
}

/** Checks a parsed JSON value against the definition format. */
export function checkDefinition(input: unknown): DefinitionCheck {
  // reportInput tells a missing field (fill it in) from a wrong one (change it).
  const parsed = scanDefinitionSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    // One message per field: an empty id is too short and also has no valid form, but one fix.
    const byPath = new Map<string, DefinitionProblem>();
    for (const problem of parsed.error.issues.flatMap(describeIssue))
      if (!byPath.has(problem.path)) byPath.set(problem.path, problem);
    return { ok: false, problems: [...byPath.values()] };
  }
  const problems = checkMeaning(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, definition: parsed.data };
}

/** "dimensions[2].items[0].id: vul een id in" */
export function formatProblem(problem: DefinitionProblem): string {
  return problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`;
}

/**
 * Checks that a translation is the same instrument: the same ids in the same order, the same
 * scale and the same reversed items, so answers and results line up in both languages.
 */
export function checkTranslation(original: ScanDefinition, translation: ScanDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const same = (path: string, a: unknown, b: unknown, what: string) => {
    if (a !== b)
      problems.push({ path, message: `${what} is ${JSON.stringify(b)}, maar in het origineel ${JSON.stringify(a)}` });
  };
  same('id', original.id, translation.id, 'de id');
  same('version', original.version, translation.version, 'de versie');
  same('scale.min', original.scale.min, translation.scale.min, 'de laagste waarde');
  same('scale.max', original.scale.max, translation.scale.max, 'de hoogste waarde');
  same(
    'scale.labels',
    Object.keys(original.scale.labels).join(','),
    Object.keys(translation.scale.labels).join(','),
    'de lijst labels',
  );
  same('dimensions', original.dimensions.length, translation.dimensions.length, 'het aantal dimensies');
  original.dimensions.forEach((dimension, d) => {
    const other = translation.dimensions[d];
    if (!other) return;
    same(`dimensions[${d}].id`, dimension.id, other.id, 'de id');
    same(`dimensions[${d}].items`, dimension.items.length, other.items.length, 'het aantal vragen');
    dimension.items.forEach((item, i) => {
      const otherItem = other.items[i];
      if (!otherItem) return;
      same(`dimensions[${d}].items[${i}].id`, item.id, otherItem.id, 'de id');
      same(`dimensions[${d}].items[${i}].reverse`, item.reverse === true, otherItem.reverse === true, 'reverse');
    });
  });
  return problems;
}
