import type { Deps } from '../common/deps.js';
import type { SessionUser } from '../../core/access.js';
import { AppError, errors } from '../../core/errors.js';
import { hashSecret, isoIn, newCode, newId, newSecret, nowIso, sameHash } from '../../core/crypto.js';
import { hit, limit, unhit } from '../common/rate-limit.js';
import { authRepository, toSessionUser } from './repository.js';
import type { MeResponse, TokenResponse } from './schemas.js';

const CHALLENGE_TTL = 15 * 60_000;
const SESSION_TTL = 30 * 24 * 60 * 60_000;
const MAX_CODE_TRIES = 5;
/** Per address: enough for a typo or two, too few to flood someone's inbox. */
const REQUESTS_PER_EMAIL = 5;
/** Per IP only failed attempts count, so 60 people behind one venue's connection all get in. */
const FAILURES_PER_IP = 30;
const WINDOW = 15 * 60_000;
export const TOKEN_PREFIX = 'wk_';

const mailNotSent = () => new AppError(503, 'mail_not_sent', 'auth.mailNotSent', undefined, { retryAfterSeconds: 60 });

export function createAuthService(deps: Deps) {
  const repo = authRepository(deps.db);

  async function mayHaveAccount(email: string): Promise<boolean> {
    if (deps.config.signup === 'open') return true;
    if (await repo.userByEmail(email)) return true;
    return Boolean(await repo.pendingInvitationFor(email, nowIso()));
  }

  async function userForSignIn(email: string): Promise<SessionUser> {
    const existing = await repo.userByEmail(email);
    if (existing) return toSessionUser(existing);
    if (!(await mayHaveAccount(email))) {
      throw errors.forbidden('auth.invitationNeeded');
    }
    const user = {
      id: newId(),
      email,
      name: '',
      is_admin: 0,
      locale: 'nl',
      reminders: 1,
      created_at: nowIso(),
      deleted_at: null,
      // Signing up: the name is asked before anything else (MeResponse.askName).
      name_required: 1,
    };
    await repo.insertUser(user);
    return toSessionUser(user);
  }

  async function startSession(userId: string): Promise<string> {
    const secret = newSecret();
    await repo.insertSession({
      id: hashSecret(secret),
      user_id: userId,
      created_at: nowIso(),
      expires_at: isoIn(SESSION_TTL),
    });
    return secret;
  }

  return {
    /**
     * Queues the sign-in mail and answers at once. `mailDelayed` says that the previous sign-in
     * mail to this address has not gone out yet (the mail server refused or did not answer), so
     * the page can say so instead of leaving the person waiting for a mail.
     */
    async requestSignIn(email: string): Promise<{ mailDelayed: boolean }> {
      await limit(deps.db, `signin:${hashSecret(email)}`, REQUESTS_PER_EMAIL, WINDOW);
      const mailDelayed = await repo.undeliveredSignInMail(email, isoIn(-CHALLENGE_TTL));
      const link = deps.config.publicUrl;
      if (!(await mayHaveAccount(email))) {
        await deps.mailer.send({
          to: email,
          kind: 'sign-in',
          validUntil: isoIn(CHALLENGE_TTL),
          subject: 'Inloggen bij Wijknet',
          text: `Hallo,\n\nIemand wilde met dit e-mailadres inloggen bij Wijknet (${link}).\nOp deze installatie kun je alleen inloggen als je bent uitgenodigd. Vraag de kartrekker van je wijknetwerk om een uitnodiging.\n\nHeb jij dit niet gedaan? Dan hoef je niets te doen.\n`,
        });
        return { mailDelayed };
      }
      const token = newSecret();
      const code = newCode();
      const expiresAt = isoIn(CHALLENGE_TTL);
      await repo.insertChallenge({
        id: newId(),
        email,
        token_hash: hashSecret(token),
        code_hash: hashSecret(`${email}:${code}`),
        expires_at: expiresAt,
        used_at: null,
        failed_attempts: 0,
        created_at: nowIso(),
      });
      await deps.mailer.send({
        to: email,
        kind: 'sign-in',
        validUntil: expiresAt,
        subject: `Je inlogcode voor Wijknet: ${code}`,
        text:
          `Hallo,\n\nJe wilt inloggen bij Wijknet. Dat kan op twee manieren:\n\n` +
          `1. Open deze link en klik op "Inloggen":\n${link}/inloggen/bevestigen#token=${token}\n\n` +
          `2. Of typ deze code in op het inlogscherm: ${code}\n\n` +
          `De link en de code werken 15 minuten en maar één keer.\n` +
          `Heb jij dit niet gevraagd? Dan hoef je niets te doen. Zonder de link of de code kan niemand inloggen.\n`,
      });
      return { mailDelayed };
    },

    async verify(
      input: { token: string } | { email: string; code: string },
      ip: string,
    ): Promise<{ user: SessionUser; session: string }> {
      const now = nowIso();
      if ('token' in input) {
        const challenge = await repo.consumeChallengeByToken(hashSecret(input.token), now);
        if (!challenge) {
          await hit(deps.db, `signin-fail:${ip}`, WINDOW);
          throw new AppError(400, 'link_invalid', 'auth.linkInvalid');
        }
        const user = await userForSignIn(challenge.email);
        return { user, session: await startSession(user.id) };
      }
      // Every try counts as a failure first and is given back when it succeeds: counting after
      // the check let parallel requests through between the check and the count.
      const failKey = `signin-fail:${ip}`;
      if ((await hit(deps.db, failKey, WINDOW)).count > FAILURES_PER_IP) throw errors.rateLimited(WINDOW / 1000);
      const expected = hashSecret(`${input.email}:${input.code}`);
      const tried = await repo.takeTry(input.email, now, MAX_CODE_TRIES);
      const match = tried.find((c) => sameHash(c.code_hash, expected));
      if (!match || !(await repo.consumeChallengeById(match.id, now))) {
        if (await repo.undeliveredSignInMail(input.email, isoIn(-CHALLENGE_TTL))) throw mailNotSent();
        throw new AppError(400, 'code_invalid', 'auth.codeInvalid', {
          code: 'auth.codeInvalidShort',
        });
      }
      await unhit(deps.db, failKey, WINDOW);
      const user = await userForSignIn(input.email);
      return { user, session: await startSession(user.id) };
    },

    async userFromSession(secret: string): Promise<SessionUser | null> {
      const row = await repo.userBySession(hashSecret(secret), nowIso());
      return row ? toSessionUser(row) : null;
    },

    async userFromToken(token: string): Promise<SessionUser | null> {
      if (!token.startsWith(TOKEN_PREFIX)) return null;
      const row = await repo.userByToken(hashSecret(token));
      if (!row) return null;
      // Recording every use would turn each API read into a write; a minute's precision is enough.
      if (!row.last_used_at || Date.parse(row.last_used_at) < Date.now() - 60_000) {
        await repo.touchToken(row.token_id, nowIso());
      }
      return toSessionUser(row);
    },

    async signOut(secret: string, userId: string): Promise<void> {
      await repo.deleteSession(hashSecret(secret));
      await deps.live.publish({ userId, type: 'session.delete' });
    },

    /** Who is signed in, with what the app still has to ask (the name). */
    async me(user: SessionUser): Promise<MeResponse> {
      const row = await repo.userById(user.id);
      const name = row?.name ?? user.name;
      return {
        id: user.id,
        email: user.email,
        name,
        jobTitle: row?.job_title ?? '',
        organisation: row?.organisation ?? '',
        isAdmin: user.isAdmin,
        locale: user.locale === 'en' ? 'en' : 'nl',
        reminders: user.reminders,
        askName: name ? null : row?.name_required ? 'required' : row?.name_asked_at ? null : 'once',
      };
    },

    async updateMe(
      user: SessionUser,
      patch: {
        name?: string;
        jobTitle?: string;
        organisation?: string;
        locale?: 'nl' | 'en';
        reminders?: boolean;
        skipName?: boolean;
      },
    ): Promise<MeResponse> {
      const row = await repo.userById(user.id);
      const required = row?.name_required === 1;
      // An account made by signing up needs a name; one from before may skip the question once.
      if (required && patch.name !== undefined && patch.name === '') throw errors.invalid({ name: 'me.nameNeeded' });
      if (patch.skipName && required && !(patch.name ?? row?.name)) throw errors.invalid({ name: 'me.nameNeeded' });
      const asked = patch.name !== undefined || patch.skipName;
      await repo.updateUser(user.id, {
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.jobTitle !== undefined ? { job_title: patch.jobTitle } : {}),
        ...(patch.organisation !== undefined ? { organisation: patch.organisation } : {}),
        ...(patch.locale !== undefined ? { locale: patch.locale } : {}),
        ...(patch.reminders !== undefined ? { reminders: patch.reminders ? 1 : 0 } : {}),
        ...(asked && !row?.name_asked_at ? { name_asked_at: nowIso() } : {}),
      });
      const updated = await repo.userById(user.id);
      await deps.live.publish({ userId: user.id, type: 'user.update', entityId: user.id });
      return this.me(toSessionUser(updated!));
    },

    async listTokens(user: SessionUser): Promise<TokenResponse[]> {
      return (await repo.listTokens(user.id)).map((t) => ({
        id: t.id,
        name: t.name,
        createdAt: t.created_at,
        lastUsedAt: t.last_used_at,
      }));
    },

    async createToken(userId: string, name: string): Promise<TokenResponse> {
      const token = `${TOKEN_PREFIX}${newSecret()}`;
      const row = {
        id: newId(),
        user_id: userId,
        name,
        token_hash: hashSecret(token),
        created_at: nowIso(),
        last_used_at: null,
        revoked_at: null,
      };
      await repo.insertToken(row);
      return { id: row.id, name, createdAt: row.created_at, lastUsedAt: null, token };
    },

    async revokeToken(user: SessionUser, id: string): Promise<void> {
      if (!(await repo.revokeToken(user.id, id, nowIso()))) throw errors.notFound('auth.tokenNotFound');
      await deps.live.publish({ userId: user.id, type: 'token.revoke', entityId: id });
    },

    /** For the command line: the first beheerder, or another one. */
    async ensureUser(email: string, options: { admin?: boolean } = {}): Promise<SessionUser> {
      let row = await repo.userByEmail(email);
      if (!row) {
        const user = {
          id: newId(),
          email,
          name: '',
          is_admin: options.admin ? 1 : 0,
          locale: 'nl',
          reminders: 1,
          created_at: nowIso(),
          deleted_at: null,
        };
        await repo.insertUser(user);
        return toSessionUser(user);
      }
      if (options.admin && row.is_admin !== 1) {
        await repo.updateUser(row.id, { is_admin: 1 });
        row = (await repo.userById(row.id))!;
      }
      return toSessionUser(row);
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
