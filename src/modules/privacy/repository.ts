import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** Personal data of one person, scoped by their user id (or e-mail address). */
export const privacyRepository = (db: Kysely<DB>) => ({
  /** Puts the address of an opt-out link on the suppression list; false when the link is unknown. */
  async suppressByLink(tokenHash: string, at: string): Promise<boolean> {
    const link = await db
      .selectFrom('mail_optout_links')
      .select('address')
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    if (!link) return false;
    await db
      .insertInto('mail_suppressions')
      .values({ address: link.address, created_at: at })
      .onConflict((oc) => oc.column('address').doNothing())
      .execute();
    return true;
  },
  async user(userId: string) {
    return db
      .selectFrom('users')
      .select(['id', 'email', 'name', 'is_admin', 'locale', 'reminders', 'created_at'])
      .where('id', '=', userId)
      .executeTakeFirst();
  },
  /** Whether they turned the kartrekker's weekly digest off (migration 0015). */
  async digestOptedOut(userId: string) {
    const row = await db
      .selectFrom('digest_optouts')
      .select('user_id')
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return !!row;
  },
  async memberships(userId: string) {
    return db
      .selectFrom('members')
      .innerJoin('networks', 'networks.id', 'members.network_id')
      .leftJoin('actors', 'actors.id', 'members.actor_id')
      .select([
        'members.network_id',
        'networks.name as network_name',
        'members.role',
        'members.actor_id',
        'actors.name as actor_name',
        'members.created_at',
      ])
      .where('members.user_id', '=', userId)
      .orderBy('networks.name')
      .execute();
  },
  /** Metadata only: the hash of a token is a secret and never leaves the database. */
  async tokens(userId: string) {
    return db
      .selectFrom('api_tokens')
      .select(['id', 'name', 'created_at', 'last_used_at', 'revoked_at'])
      .where('user_id', '=', userId)
      .orderBy('created_at')
      .execute();
  },
  async sessionCount(userId: string, now: string) {
    const r = await db
      .selectFrom('auth_sessions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', userId)
      .where('expires_at', '>', now)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  },
  async signInRequests(email: string) {
    const r = await db
      .selectFrom('login_challenges')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('created_at').as('last')])
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    return { count: Number(r.n), lastAt: (r.last as string | null) ?? null };
  },
  async invitationsTo(email: string) {
    return db
      .selectFrom('invitations')
      .innerJoin('networks', 'networks.id', 'invitations.network_id')
      .select([
        'invitations.id',
        'networks.name as network_name',
        'invitations.role',
        'invitations.created_at',
        'invitations.expires_at',
        'invitations.accepted_at',
        'invitations.revoked_at',
      ])
      .where('invitations.email', '=', email)
      .orderBy('invitations.created_at')
      .execute();
  },
  /** What one person did, in any network (their own data export). */
  async auditOf(userId: string) {
    return db
      .selectFrom('audit_log')
      .leftJoin('networks', 'networks.id', 'audit_log.network_id')
      .select([
        'audit_log.id',
        'audit_log.at',
        'audit_log.network_id',
        'networks.name as network_name',
        'audit_log.entity',
        'audit_log.entity_id',
        'audit_log.action',
        'audit_log.changes',
      ])
      .where('audit_log.user_id', '=', userId)
      .orderBy('audit_log.at')
      .orderBy('audit_log.id')
      .execute();
  },
  /**
   * After an account is deleted, its e-mail address must not live on elsewhere: in the audit
   * trail (an invitation's before/after), in invitations and in sign-in requests.
   */
  async forgetEmail(email: string, now: string) {
    const placeholder = 'verwijderde gebruiker';
    await db
      .updateTable('audit_log')
      .set((eb) => ({ changes: eb.fn<string>('replace', ['changes', eb.val(email), eb.val(placeholder)]) }))
      .where('changes', 'like', `%${email.replace(/[\\%_]/g, '_')}%`)
      .execute();
    await db
      .updateTable('invitations')
      .set((eb) => ({ email: null, revoked_at: eb.fn.coalesce('revoked_at', eb.val(now)) }))
      .where('email', '=', email)
      .execute();
    await db.deleteFrom('login_challenges').where('email', '=', email).execute();
  },
});
