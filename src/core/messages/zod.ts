import type { z } from 'zod';
import { isMessageKey, render, renderLoose, type Lang, type PlainKey } from './index.js';

/** What a Zod issue carries that a message needs; Fastify's validation errors keep the same fields. */
export interface IssueLike {
  code?: string;
  message?: string;
  input?: unknown;
  origin?: string;
  expected?: string;
  minimum?: unknown;
  maximum?: unknown;
  format?: string;
  values?: unknown[];
  keys?: string[];
}

const typeKeys: Record<string, PlainKey> = {
  string: 'zod.type.string',
  number: 'zod.type.number',
  int: 'zod.type.int',
  boolean: 'zod.type.boolean',
  array: 'zod.type.array',
  object: 'zod.type.object',
};

/** The general text for an issue, by its kind (B1: each says what to do). */
export function issueText(lang: Lang, issue: IssueLike): string {
  const min = Number(issue.minimum);
  const max = Number(issue.maximum);
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return render(lang, 'zod.required');
      const typeKey = typeKeys[issue.expected ?? ''];
      return render(lang, {
        key: 'zod.wrongType',
        params: { expected: typeKey ? render(lang, typeKey) : String(issue.expected) },
      });
    }
    case 'too_big':
      if (issue.origin === 'string') return render(lang, { key: 'zod.tooLongText', params: { max } });
      if (issue.origin === 'array') return render(lang, { key: 'zod.tooManyItems', params: { max } });
      return render(lang, { key: 'zod.tooBig', params: { max } });
    case 'too_small':
      if (issue.origin === 'string')
        return min <= 1 ? render(lang, 'zod.fillIn') : render(lang, { key: 'zod.tooShortText', params: { min } });
      if (issue.origin === 'array') return render(lang, { key: 'zod.tooFewItems', params: { count: min } });
      return render(lang, { key: 'zod.tooSmall', params: { min } });
    case 'invalid_format':
      if (issue.format === 'email') return render(lang, 'zod.email');
      if (issue.format === 'url') return render(lang, 'zod.url');
      return render(lang, 'zod.format');
    case 'invalid_value':
      return render(lang, { key: 'zod.oneOf', params: { values: (issue.values ?? []).map(String).join(', ') } });
    case 'unrecognized_keys':
      return render(lang, { key: 'zod.unknownKeys', params: { keys: (issue.keys ?? []).join(', ') } });
    case 'not_multiple_of':
      return render(lang, 'zod.wholeNumber');
    default:
      return render(lang, 'zod.invalid');
  }
}

/**
 * The text for an issue as a person reads it: a schema's own message is a catalogue key (its
 * `{min}`/`{max}` are the issue's limits); any other message came from the general error map and
 * is made again in the language asked for.
 */
export function validationText(lang: Lang, issue: IssueLike): string {
  if (issue.message && isMessageKey(issue.message)) {
    return renderLoose(lang, issue.message, { min: Number(issue.minimum), max: Number(issue.maximum) });
  }
  if (issue.code === 'custom' && issue.message && issue.message !== issueText('nl', issue)) return issue.message;
  return issueText(lang, issue);
}

/** Dutch for every issue outside a request (the command line, a file being read). */
export const dutchErrors: z.core.$ZodErrorMap = (issue) => issueText('nl', issue as IssueLike);
