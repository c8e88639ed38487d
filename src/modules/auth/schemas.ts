import { z } from 'zod';
import { schemaText } from '../../core/messages/index.js';
import { emailAddress, id, optionalText, LIMITS } from '../common/schemas.js';

export const signInRequest = z.strictObject({ email: emailAddress });

/** Either the token from the link, or the e-mail address with the 6-digit code. */
export const signInVerify = z
  .strictObject({
    token: z.string().min(10).max(200).optional(),
    email: emailAddress.optional(),
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, { error: schemaText('schema.codeDigits') })
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.token) return;
    if (!v.email) ctx.addIssue({ code: 'custom', path: ['email'], message: schemaText('schema.codeEmail') });
    if (!v.code) ctx.addIssue({ code: 'custom', path: ['code'], message: schemaText('schema.codeNeeded') });
  })
  .transform((v) => (v.token ? { token: v.token } : { email: v.email!, code: v.code! }));

/** Routes that take no body still refuse one with content, so nothing is silently ignored. */
export const noBody = z.strictObject({}).nullish();

export const updateMe = z.strictObject({
  name: optionalText(LIMITS.name).optional(),
  /** What you do ("wijkverpleegkundige") and where; both optional. */
  jobTitle: optionalText(LIMITS.name).optional(),
  organisation: optionalText(LIMITS.name).optional(),
  locale: z.enum(['nl', 'en']).optional(),
  reminders: z.boolean().optional(),
  /** "Later": someone from before names were asked skips the question (asked once). */
  skipName: z.literal(true).optional(),
});

export const createToken = z.strictObject({
  name: optionalText(100).min(1, { error: schemaText('schema.tokenName') }),
});
export const tokenParams = z.strictObject({ tokenId: id });

export interface MeResponse {
  id: string;
  email: string;
  name: string;
  jobTitle: string;
  organisation: string;
  isAdmin: boolean;
  locale: 'nl' | 'en';
  reminders: boolean;
  /**
   * The app asks for the name: 'required' after signing up (nothing else until it is given),
   * 'once' for an account from before without a name (may be skipped), null when settled.
   */
  askName: 'required' | 'once' | null;
}

/** GET /api/auth/session: who is signed in with this browser's cookie, or nobody. */
export interface SessionResponse {
  user: MeResponse | null;
}

export interface TokenResponse {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  /** Only in the answer to creation: the token is shown once. */
  token?: string;
}

/** The answer to a sign-in request: `mailDelayed` says the previous sign-in mail has not gone out yet. */
export interface SignInRequested {
  message: string;
  mailDelayed: boolean;
}
