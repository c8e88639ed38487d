import { z } from 'zod';
import { schemaText } from '../../core/messages/index.js';
import './zod-nl.js';
import { DOMAINS, HEALTH_DIMENSIONS } from '../../domain/vocabulary.js';

/** Every text field has a maximum, so no request can store unbounded text. */
export const LIMITS = { name: 200, short: 500, long: 4000, email: 254, tag: 60, tags: 30 } as const;

export const optionalText = (max: number) => z.string().trim().max(max);
export const requiredText = (max: number) =>
  z.string().trim().min(1, { error: schemaText('zod.fillIn') }).max(max);

export const emailAddress = z
  .email()
  .max(LIMITS.email)
  .transform((v) => v.trim().toLowerCase());

export const tagList = z.array(z.string().trim().min(1).max(LIMITS.tag)).max(LIMITS.tags);

export const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: schemaText('schema.reference') });

export const networkParams = z.strictObject({ networkId: id });

/** Optimistic concurrency: an update names the version it was based on. */
export const version = z.int().min(1);

export const domain = z.enum(DOMAINS);
export const healthDimensions = z.array(z.enum(HEALTH_DIMENSIONS)).max(HEALTH_DIMENSIONS.length);
