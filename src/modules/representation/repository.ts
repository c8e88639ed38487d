import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

export type RequestRow = DB['representation_requests'];

export const representationRepository = (db: Kysely<DB>) => ({
  /** A partner taking part in the network, with what the rules need of it. */
  async actor(networkId: string, actorId: string) {
    return db
      .selectFrom('actors')
      .innerJoin('network_actors', 'network_actors.actor_id', 'actors.id')
      .select([
        'actors.id',
        'actors.kind',
        'actors.name',
        'actors.contact_email',
        'actors.created_by',
        'actors.home_network_id',
        'actors.created_at',
      ])
      .where('network_actors.network_id', '=', networkId)
      .where('actors.id', '=', actorId)
      .executeTakeFirst();
  },
  async member(networkId: string, memberId: string) {
    return db
      .selectFrom('members')
      .innerJoin('users', 'users.id', 'members.user_id')
      .select([
        'members.id',
        'members.user_id',
        'members.role',
        'members.actor_id',
        'members.version',
        'users.name',
        'users.email',
      ])
      .where('members.network_id', '=', networkId)
      .where('members.id', '=', memberId)
      .executeTakeFirst();
  },
  async speakers(networkId: string) {
    return db
      .selectFrom('members')
      .innerJoin('users', 'users.id', 'members.user_id')
      .innerJoin('actors', 'actors.id', 'members.actor_id')
      .select(['members.id', 'members.actor_id', 'users.name', 'users.email', 'actors.name as actor_name'])
      .where('members.network_id', '=', networkId)
      .orderBy('actors.name')
      .orderBy('users.name')
      .execute();
  },
  async countSpeakers(networkId: string, actorId: string) {
    const r = await db
      .selectFrom('members')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('network_id', '=', networkId)
      .where('actor_id', '=', actorId)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  },
  /** Open requests and the given member's own ones, newest first. */
  async requests(networkId: string, memberId: string) {
    return db
      .selectFrom('representation_requests as r')
      .innerJoin('members', 'members.id', 'r.member_id')
      .innerJoin('users', 'users.id', 'members.user_id')
      .innerJoin('actors', 'actors.id', 'r.actor_id')
      .selectAll('r')
      .select(['users.name as member_name', 'users.email as member_email', 'actors.name as actor_name'])
      .where('r.network_id', '=', networkId)
      .where((eb) => eb.or([eb('r.status', '=', 'open'), eb('r.member_id', '=', memberId)]))
      .orderBy('r.asked_at', 'desc')
      .execute();
  },
  async request(networkId: string, requestId: string) {
    return db
      .selectFrom('representation_requests')
      .selectAll()
      .where('network_id', '=', networkId)
      .where('id', '=', requestId)
      .executeTakeFirst();
  },
  /** A new request replaces the member's open one: one question at a time. */
  async ask(row: RequestRow) {
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('representation_requests')
        .set({ status: 'withdrawn', decided_at: row.asked_at })
        .where('network_id', '=', row.network_id)
        .where('member_id', '=', row.member_id)
        .where('status', '=', 'open')
        .execute();
      await trx.insertInto('representation_requests').values(row).execute();
    });
  },
  /**
   * Closes an open request; only one decision wins (the status condition). Confirming writes the
   * member's actor in the same transaction: the one path by which someone comes to act for a
   * partner after it was made.
   */
  async decide(
    networkId: string,
    requestId: string,
    decision: { status: 'confirmed' | 'refused'; decidedBy: string; reason: string; at: string },
  ) {
    return db.transaction().execute(async (trx) => {
      const closed = await trx
        .updateTable('representation_requests')
        .set({
          status: decision.status,
          decided_by: decision.decidedBy,
          decided_at: decision.at,
          reason: decision.reason,
        })
        .where('network_id', '=', networkId)
        .where('id', '=', requestId)
        .where('status', '=', 'open')
        .returningAll()
        .executeTakeFirst();
      if (!closed || decision.status !== 'confirmed') return closed;
      await trx
        .updateTable('members')
        .set((eb) => ({ actor_id: closed.actor_id, updated_at: decision.at, version: eb('version', '+', 1) }))
        .where('network_id', '=', networkId)
        .where('id', '=', closed.member_id)
        .execute();
      return closed;
    });
  },
  /** Someone who made a new partner as their own organisation acts for it at once, if they act for nobody yet. */
  async claimNew(networkId: string, memberId: string, actorId: string, at: string) {
    const r = await db
      .updateTable('members')
      .set((eb) => ({ actor_id: actorId, updated_at: at, version: eb('version', '+', 1) }))
      .where('network_id', '=', networkId)
      .where('id', '=', memberId)
      .where('actor_id', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  },
  async end(networkId: string, memberId: string, actorId: string, at: string) {
    const r = await db
      .updateTable('members')
      .set((eb) => ({ actor_id: null, updated_at: at, version: eb('version', '+', 1) }))
      .where('network_id', '=', networkId)
      .where('id', '=', memberId)
      .where('actor_id', '=', actorId)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  },
  async networkName(networkId: string) {
    return (await db.selectFrom('networks').select('name').where('id', '=', networkId).executeTakeFirstOrThrow()).name;
  },
});
