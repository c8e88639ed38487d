import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Dialect } from '../../db/index.js';

/**
 * The network's kartrekkers, counted inside a transaction that holds the network's row locked on
 * PostgreSQL (SELECT … FOR UPDATE): two membership changes of one network take turns, and the
 * second counts after the first committed. SQLite runs one write transaction at a time anyway.
 */
async function lockAndCountLeads(trx: Transaction<DB>, networkId: string, dialect: Dialect): Promise<number> {
  if (dialect === 'postgres')
    await trx.selectFrom('networks').select('id').where('id', '=', networkId).forUpdate().execute();
  const r = await trx
    .selectFrom('members')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('network_id', '=', networkId)
    .where('role', '=', 'kartrekker')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export const memberRepository = (db: Kysely<DB>) => ({
  async byUser(networkId: string, userId: string) {
    return db
      .selectFrom('members')
      .select(['id', 'role', 'actor_id', 'version'])
      .where('network_id', '=', networkId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
  },
  async get(networkId: string, memberId: string) {
    return db
      .selectFrom('members')
      .selectAll()
      .where('network_id', '=', networkId)
      .where('id', '=', memberId)
      .executeTakeFirst();
  },
  async list(networkId: string) {
    return db
      .selectFrom('members')
      .innerJoin('users', 'users.id', 'members.user_id')
      .leftJoin('actors', 'actors.id', 'members.actor_id')
      .select([
        'members.id',
        'members.user_id',
        'members.role',
        'members.actor_id',
        'members.version',
        'users.name',
        'users.email',
        'users.job_title',
        'users.organisation',
        'actors.name as actor_name',
      ])
      .where('members.network_id', '=', networkId)
      .orderBy('users.name')
      .orderBy('users.email')
      .execute();
  },
  async insert(row: DB['members']) {
    await db.insertInto('members').values(row).execute();
  },

  /** Removes a member unless that would leave the network without a kartrekker. */
  async deleteKeepingLead(
    networkId: string,
    memberId: string,
    dialect: Dialect,
  ): Promise<'deleted' | 'last_lead' | 'gone'> {
    return db.transaction().execute(async (trx) => {
      const leads = await lockAndCountLeads(trx, networkId, dialect);
      const member = await trx
        .selectFrom('members')
        .select('role')
        .where('network_id', '=', networkId)
        .where('id', '=', memberId)
        .executeTakeFirst();
      if (!member) return 'gone';
      if (member.role === 'kartrekker' && leads <= 1) return 'last_lead';
      await trx.deleteFrom('members').where('network_id', '=', networkId).where('id', '=', memberId).execute();
      return 'deleted';
    });
  },
  /** A role change that would leave the network without a kartrekker answers 'last_lead'. */
  async updateKeepingLead(
    networkId: string,
    memberId: string,
    version: number,
    patch: Partial<DB['members']>,
    dialect: Dialect,
  ) {
    return db.transaction().execute(async (trx) => {
      const leads = await lockAndCountLeads(trx, networkId, dialect);
      const member = await trx
        .selectFrom('members')
        .select('role')
        .where('network_id', '=', networkId)
        .where('id', '=', memberId)
        .executeTakeFirst();
      if (member?.role === 'kartrekker' && patch.role !== undefined && patch.role !== 'kartrekker' && leads <= 1)
        return 'last_lead' as const;
      return trx
        .updateTable('members')
        .set({ ...patch, version: version + 1 })
        .where('network_id', '=', networkId)
        .where('id', '=', memberId)
        .where('version', '=', version)
        .returningAll()
        .executeTakeFirst();
    });
  },

  /** Networks in which this user is the only kartrekker: they must hand over first. */
  async networksWhereOnlyLead(userId: string) {
    return db
      .selectFrom('members as m')
      .innerJoin('networks', 'networks.id', 'm.network_id')
      .select(['networks.id', 'networks.name'])
      .where('m.user_id', '=', userId)
      .where('m.role', '=', 'kartrekker')
      .where((eb) =>
        eb(
          eb
            .selectFrom('members as o')
            .select((e) => e.fn.countAll<number>().as('n'))
            .whereRef('o.network_id', '=', 'm.network_id')
            .where('o.role', '=', 'kartrekker'),
          '=',
          1,
        ),
      )
      .execute();
  },
  /** The network's name, for invitation mails. */
  async network(networkId: string) {
    return db.selectFrom('networks').select(['name']).where('id', '=', networkId).executeTakeFirstOrThrow();
  },
  async networksOf(userId: string) {
    return (await db.selectFrom('members').select('network_id').where('user_id', '=', userId).execute()).map(
      (r) => r.network_id,
    );
  },
  async insertInvitation(row: DB['invitations']) {
    await db.insertInto('invitations').values(row).execute();
  },
  async openInvitations(networkId: string, now: string) {
    return db
      .selectFrom('invitations')
      .selectAll()
      .where('network_id', '=', networkId)
      .where('accepted_at', 'is', null)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', now)
      .orderBy('created_at', 'desc')
      .execute();
  },
  async invitationByToken(tokenHash: string, now: string) {
    return db
      .selectFrom('invitations')
      .innerJoin('networks', 'networks.id', 'invitations.network_id')
      .leftJoin('users', 'users.id', 'invitations.created_by')
      .select([
        'invitations.id',
        'invitations.network_id',
        'invitations.email',
        'invitations.role',
        'invitations.expires_at',
        'networks.name as network_name',
        'networks.area_name',
        'networks.ambition',
        'users.name as inviter_name',
        'users.job_title as inviter_job_title',
        'users.organisation as inviter_organisation',
      ])
      .where('invitations.token_hash', '=', tokenHash)
      .where('invitations.accepted_at', 'is', null)
      .where('invitations.revoked_at', 'is', null)
      .where('invitations.expires_at', '>', now)
      .executeTakeFirst();
  },
  /** The acceptance's "who are you": name, function, organisation of the accepting person. */
  async updateUserProfile(userId: string, patch: { name?: string; job_title?: string; organisation?: string }) {
    if (Object.keys(patch).length === 0) return;
    await db.updateTable('users').set(patch).where('id', '=', userId).execute();
  },
  async userProfile(userId: string) {
    return db
      .selectFrom('users')
      .select(['name', 'job_title', 'organisation'])
      .where('id', '=', userId)
      .executeTakeFirst();
  },
  async markInvitationAccepted(id: string, now: string) {
    await db.updateTable('invitations').set({ accepted_at: now }).where('id', '=', id).execute();
  },
  async revokeInvitation(networkId: string, id: string, now: string) {
    const r = await db
      .updateTable('invitations')
      .set({ revoked_at: now })
      .where('network_id', '=', networkId)
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .where('accepted_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  },
  async anonymiseUser(userId: string, now: string) {
    await db.deleteFrom('members').where('user_id', '=', userId).execute();
    await db.deleteFrom('auth_sessions').where('user_id', '=', userId).execute();
    await db
      .updateTable('api_tokens')
      .set({ revoked_at: now })
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .execute();
    await db
      .updateTable('users')
      .set({ email: `verwijderd-${userId}@invalid`, name: '', deleted_at: now, is_admin: 0 })
      .where('id', '=', userId)
      .execute();
  },
});
