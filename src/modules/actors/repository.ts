import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

export type ActorRow = DB['actors'];

export const actorRepository = (db: Kysely<DB>) => ({
  async listInNetwork(networkId: string) {
    return db
      .selectFrom('network_actors')
      .innerJoin('actors', 'actors.id', 'network_actors.actor_id')
      .selectAll('actors')
      .select('network_actors.status')
      .where('network_actors.network_id', '=', networkId)
      .orderBy('actors.name')
      .execute();
  },
  async getInNetwork(networkId: string, actorId: string) {
    return db
      .selectFrom('network_actors')
      .innerJoin('actors', 'actors.id', 'network_actors.actor_id')
      .selectAll('actors')
      .select('network_actors.status')
      .where('network_actors.network_id', '=', networkId)
      .where('actors.id', '=', actorId)
      .executeTakeFirst();
  },
  async membersActingFor(networkId: string) {
    return db
      .selectFrom('members')
      .innerJoin('users', 'users.id', 'members.user_id')
      .select(['members.id', 'members.actor_id', 'users.name', 'users.email'])
      .where('members.network_id', '=', networkId)
      .where('members.actor_id', 'is not', null)
      .execute();
  },
  async insert(row: ActorRow, networkId: string, status: string) {
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('actors').values(row).execute();
      await trx
        .insertInto('network_actors')
        .values({ network_id: networkId, actor_id: row.id, status, added_at: row.created_at })
        .execute();
    });
  },
  /** Only the network that made an actor edits its record. */
  async update(networkId: string, actorId: string, version: number, patch: Partial<ActorRow>) {
    return db
      .updateTable('actors')
      .set({ ...patch, version: version + 1 })
      .where('id', '=', actorId)
      .where('home_network_id', '=', networkId)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  },
  async setStatus(networkId: string, actorId: string, status: string) {
    await db
      .updateTable('network_actors')
      .set({ status })
      .where('network_id', '=', networkId)
      .where('actor_id', '=', actorId)
      .execute();
  },
  async link(networkId: string, actorId: string, status: string, now: string) {
    await db
      .insertInto('network_actors')
      .values({ network_id: networkId, actor_id: actorId, status, added_at: now })
      .onConflict((oc) => oc.columns(['network_id', 'actor_id']).doNothing())
      .execute();
  },
  /**
   * Takes an actor out of a network: its relations and member links there go too. The record
   * itself is deleted when no other network uses it.
   */
  async remove(networkId: string, actorId: string) {
    await db.transaction().execute(async (trx) => {
      await trx
        .deleteFrom('network_actors')
        .where('network_id', '=', networkId)
        .where('actor_id', '=', actorId)
        .execute();
      await trx
        .deleteFrom('relations')
        .where('network_id', '=', networkId)
        .where((eb) => eb.or([eb('actor_a_id', '=', actorId), eb('actor_b_id', '=', actorId)]))
        .execute();
      await trx
        .updateTable('members')
        .set({ actor_id: null })
        .where('network_id', '=', networkId)
        .where('actor_id', '=', actorId)
        .execute();
      const elsewhere = await trx
        .selectFrom('network_actors')
        .select('network_id')
        .where('actor_id', '=', actorId)
        .executeTakeFirst();
      if (!elsewhere) await trx.deleteFrom('actors').where('id', '=', actorId).execute();
    });
  },
  async findableById(actorId: string) {
    return db.selectFrom('actors').selectAll().where('id', '=', actorId).where('findable', '=', 1).executeTakeFirst();
  },
  async otherNetworksWith(actorId: string, exceptNetworkId: string) {
    const rows = await db
      .selectFrom('network_actors')
      .select('network_id')
      .where('actor_id', '=', actorId)
      .where('network_id', '!=', exceptNetworkId)
      .execute();
    return rows.map((r) => r.network_id);
  },
  async networkHasActor(networkId: string, actorId: string) {
    return Boolean(
      await db
        .selectFrom('network_actors')
        .select('actor_id')
        .where('network_id', '=', networkId)
        .where('actor_id', '=', actorId)
        .executeTakeFirst(),
    );
  },
  async networkName(networkId: string) {
    return (await db.selectFrom('networks').select('name').where('id', '=', networkId).executeTakeFirstOrThrow()).name;
  },
});
