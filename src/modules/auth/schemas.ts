import { z } from 'zod';
import { emailAddress, id, optionalText, LIMITS } from '../common/schemas.js';

export const signInRequest = z.strictObject({ email: emailAddress });

export const signInVerify = z.union([
  z.strictObject({ token: z.string().min(10).max(200) }),
  z.strictObject({
    email: emailAddress,
    code: z.string().trim().regex(/^\d{6}$/, { error: 'De code bestaat uit 6 cijfers.' }),
  }),
]);

export const updateMe = z.strictObject({
  name: optionalText(LIMITS.name).optional(),
  locale: z.enum(['nl', 'en']).optional(),
  reminders: z.boolean().optional(),
});

export const createToken = z.strictObject({ name: optionalText(100).min(1, { error: 'Geef de sleutel een naam.' }) });
export const tokenParams = z.strictObject({ tokenId: id });

export interface MeResponse {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
  locale: 'nl' | 'en';
  reminders: boolean;
}

export interface TokenResponse {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  /** Only in the answer to creation: the token is shown once. */
  token?: string;
}
