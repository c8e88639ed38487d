import type { Insertable, Kysely, Updateable } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { SessionUser } from '../../core/access.js';

type UserRow = DB['users'];

export const toSessionUser = (
  u: Pick<UserRow, 'id' | 'email' | 'name' | 'is_admin' | 'locale' | 'reminders'>,
): SessionUser => ({
  id: u.id,
  email: u.email,
  name: u.name,
  isAdmin: u.is_admin === 1,
  locale: u.locale,
  reminders: u.reminders === 1,
});

const userColumns = [
  'users.id',
  'users.email',
  'users.name',
  'users.is_admin',
  'users.locale',
  'users.reminders',
] as const;

export const authRepository = (db: Kysely<DB>) => ({
  async userByEmail(email: string) {
    return db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', email)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
  },
  async userById(id: string) {
    return db.selectFrom('users').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  },
  async insertUser(user: Insertable<UserRow>) {
    await db.insertInto('users').values(user).execute();
  },
  async updateUser(id: string, patch: Updateable<UserRow>) {
    await db.updateTable('users').set(patch).where('id', '=', id).execute();
  },
  async pendingInvitationFor(email: string, now: string) {
    return db
      .selectFrom('invitations')
      .select('id')
      .where('email', '=', email)
      .where('accepted_at', 'is', null)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', now)
      .executeTakeFirst();
  },
  /**
   * Whether the newest sign-in mail to this address since `since` that the sender has tried did
   * not go out (the mail server refused or did not answer, or it was given up on). Mails not
   * tried yet say nothing either way.
   */
  async undeliveredSignInMail(email: string, since: string): Promise<boolean> {
    const row = await db
      .selectFrom('mail_outbox')
      .select(['status'])
      .where('to_address', '=', email)
      .where('kind', '=', 'sign-in')
      .where('created_at', '>=', since)
      .where((eb) => eb.or([eb('attempts', '>', 0), eb('status', '!=', 'queued')]))
      .orderBy('created_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    return Boolean(row && row.status !== 'sent');
  },
  async insertChallenge(row: DB['login_challenges']) {
    await db.insertInto('login_challenges').values(row).execute();
  },
  /** Marks a challenge used; only one caller can win, so a link or code works once. */
  async consumeChallengeByToken(tokenHash: string, now: string) {
    return db
      .updateTable('login_challenges')
      .set({ used_at: now })
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .returning(['id', 'email'])
      .executeTakeFirst();
  },
  /**
   * Takes one try from each open code of this address and returns the codes that still had one:
   * counted before the code is compared, in one conditional UPDATE (each row is locked while it
   * is counted), so however many requests arrive at once a code is compared at most `maxTries`
   * times.
   */
  async takeTry(email: string, now: string, maxTries: number) {
    return db
      .updateTable('login_challenges')
      .set((eb) => ({ failed_attempts: eb('failed_attempts', '+', 1) }))
      .where('email', '=', email)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .where('failed_attempts', '<', maxTries)
      .returning(['id', 'code_hash'])
      .execute();
  },
  async consumeChallengeById(id: string, now: string) {
    return db
      .updateTable('login_challenges')
      .set({ used_at: now })
      .where('id', '=', id)
      .where('used_at', 'is', null)
      .returning(['id'])
      .executeTakeFirst();
  },
  async insertSession(row: DB['auth_sessions']) {
    await db.insertInto('auth_sessions').values(row).execute();
  },
  async deleteSession(id: string) {
    await db.deleteFrom('auth_sessions').where('id', '=', id).execute();
  },
  async userBySession(sessionHash: string, now: string) {
    return db
      .selectFrom('auth_sessions')
      .innerJoin('users', 'users.id', 'auth_sessions.user_id')
      .select(userColumns)
      .where('auth_sessions.id', '=', sessionHash)
      .where('auth_sessions.expires_at', '>', now)
      .where('users.deleted_at', 'is', null)
      .executeTakeFirst();
  },
  async userByToken(tokenHash: string) {
    return db
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.id', 'api_tokens.user_id')
      .select([...userColumns, 'api_tokens.id as token_id', 'api_tokens.last_used_at'])
      .where('api_tokens.token_hash', '=', tokenHash)
      .where('api_tokens.revoked_at', 'is', null)
      .where('users.deleted_at', 'is', null)
      .executeTakeFirst();
  },
  async touchToken(id: string, now: string) {
    await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute();
  },
  async listTokens(userId: string) {
    return db
      .selectFrom('api_tokens')
      .select(['id', 'name', 'created_at', 'last_used_at'])
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .orderBy('created_at', 'desc')
      .execute();
  },
  async insertToken(row: DB['api_tokens']) {
    await db.insertInto('api_tokens').values(row).execute();
  },
  async revokeToken(userId: string, id: string, now: string) {
    const r = await db
      .updateTable('api_tokens')
      .set({ revoked_at: now })
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  },
});
