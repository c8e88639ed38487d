import { z } from 'zod';
import { schemaText } from '../../core/messages/index.js';
import './zod-nl.js';
import { DOMAINS, HEALTH_DIMENSIONS } from '../../domain/vocabulary.js';

/** Every text field has a maximum, so no request can store unbounded text. */
export const LIMITS = { name: 200, short: 500, long: 4000, email: 254, tag: 60, tags: 30 } as const;

/**
 * Text hygiene, in one place for every text field. Control characters (NUL and the like) never
 * belong in text: PostgreSQL refuses NUL outright and the others hide in names and mails. A
 * one-line field (a name, a title, a tag: at most LIMITS.name characters) also refuses tabs and
 * line breaks, so they never reach a mail header or a one-line place; longer fields are
 * multi-line and keep tab and newline.
 */
const TEXT_MESSAGES = { control: schemaText('text.control'), oneLine: schemaText('text.oneLine') } as const;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const LINE_BREAK = /[\t\n\r\u2028\u2029]/;

/** A text field: trimmed, at most `max` characters, no control characters; one line unless multi-line. */
export const text = (max: number, { multiline = max > LIMITS.name }: { multiline?: boolean } = {}) => {
  const base = z
    .string()
    .trim()
    .max(max)
    .refine((v) => !CONTROL.test(v), { error: TEXT_MESSAGES.control });
  return multiline ? base : base.refine((v) => !LINE_BREAK.test(v), { error: TEXT_MESSAGES.oneLine });
};

export const optionalText = (max: number) => text(max);
export const requiredText = (max: number) => text(max).refine((v) => v.length > 0, { error: schemaText('zod.fillIn') });

export const emailAddress = z
  .email()
  .max(LIMITS.email)
  .transform((v) => v.trim().toLowerCase());

export const tagList = z.array(requiredText(LIMITS.tag)).max(LIMITS.tags);

export const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: schemaText('schema.reference') });

export const networkParams = z.strictObject({ networkId: id });

/** Optimistic concurrency: an update names the version it was based on. */
export const version = z.int().min(1);

export const domain = z.enum(DOMAINS);
export const healthDimensions = z.array(z.enum(HEALTH_DIMENSIONS)).max(HEALTH_DIMENSIONS.length);
