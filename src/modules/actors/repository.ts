import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { readHere, type ReadMany } from '../../db/index.js';

export type ActorRow = DB['actors'];

/** `readMany`: for all of a network's partners (many rows; see Database_.readMany). */
export const actorRepository = (db: Kysely<DB>, readMany: ReadMany = readHere(db)) => ({
  async listInNetwork(networkId: string) {
    return readMany(
      db
        .selectFrom('network_actors')
        .innerJoin('actors', 'actors.id', 'network_actors.actor_id')
        .selectAll('actors')
        .select('network_actors.status')
        .where('network_actors.network_id', '=', networkId)
        .orderBy('actors.name'),
    );
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
      // A continuity point it owned has no owner any more (never a partner from outside the network).
      await trx
        .updateTable('continuity_items')
        .set({ owner_actor_id: null })
        .where('network_id', '=', networkId)
        .where('owner_actor_id', '=', actorId)
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
  /**
   * Un-sharing (issue 10): the network gets a partner of its own under a new id, a copy of the
   * public record as it is now, and everything of that network that named the shared actor moves
   * to the copy, in one transaction. Published card versions name the copy too (same content), so moved consents still match.
   */
  async unshare(networkId: string, actorId: string, copy: ActorRow) {
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('actors').values(copy).execute();
      await trx
        .updateTable('network_actors')
        .set({ actor_id: copy.id })
        .where('network_id', '=', networkId)
        .where('actor_id', '=', actorId)
        .execute();
      // One row per unordered pair, actor_a_id < actor_b_id: the new id may change the order.
      const relations = await trx
        .selectFrom('relations')
        .select(['id', 'actor_a_id', 'actor_b_id'])
        .where('network_id', '=', networkId)
        .where((eb) => eb.or([eb('actor_a_id', '=', actorId), eb('actor_b_id', '=', actorId)]))
        .execute();
      for (const r of relations) {
        const other = r.actor_a_id === actorId ? r.actor_b_id : r.actor_a_id;
        const [a, b] = copy.id < other ? [copy.id, other] : [other, copy.id];
        await trx
          .updateTable('relations')
          .set({ actor_a_id: a, actor_b_id: b })
          .where('network_id', '=', networkId)
          .where('id', '=', r.id)
          .execute();
      }
      for (const table of [
        'members',
        'representation_requests',
        'consent_links',
        'actions',
        'scan_invitations',
      ] as const)
        await trx
          .updateTable(table)
          .set({ actor_id: copy.id })
          .where('network_id', '=', networkId)
          .where('actor_id', '=', actorId)
          .execute();
      await trx
        .updateTable('relation_ratings')
        .set({ rater_actor_id: copy.id })
        .where('network_id', '=', networkId)
        .where('rater_actor_id', '=', actorId)
        .execute();
      await trx
        .updateTable('relation_ratings')
        .set({ rated_actor_id: copy.id })
        .where('network_id', '=', networkId)
        .where('rated_actor_id', '=', actorId)
        .execute();
      await trx
        .updateTable('card_consents')
        .set({ party: `actor:${copy.id}` })
        .where('network_id', '=', networkId)
        .where('party', '=', `actor:${actorId}`)
        .execute();
      // Ids inside JSON: the who-is-who links and the agreements' contributions.
      const quoted = JSON.stringify(actorId);
      const functions = await trx
        .selectFrom('network_functions')
        .select(['id', 'actor_ids'])
        .where('network_id', '=', networkId)
        .execute();
      for (const f of functions.filter((x) => x.actor_ids.includes(quoted)))
        await trx
          .updateTable('network_functions')
          .set({ actor_ids: f.actor_ids.split(quoted).join(JSON.stringify(copy.id)) })
          .where('network_id', '=', networkId)
          .where('id', '=', f.id)
          .execute();
      // Published versions name the partner by id (parties, sources, actions): they name the copy
      // now, so the consents that moved still match their party. The content is unchanged.
      const versions = await trx
        .selectFrom('card_versions')
        .select(['id', 'snapshot'])
        .where('network_id', '=', networkId)
        .execute();
      for (const v of versions.filter((x) => x.snapshot.includes(actorId)))
        await trx
          .updateTable('card_versions')
          .set({
            snapshot: v.snapshot
              .split(JSON.stringify(`actor:${actorId}`))
              .join(JSON.stringify(`actor:${copy.id}`))
              .split(quoted)
              .join(JSON.stringify(copy.id)),
          })
          .where('network_id', '=', networkId)
          .where('id', '=', v.id)
          .execute();
      const agreements = await trx
        .selectFrom('agreements')
        .select(['id', 'details'])
        .where('network_id', '=', networkId)
        .execute();
      for (const x of agreements.filter((y) => y.details.includes(quoted)))
        await trx
          .updateTable('agreements')
          .set({ details: x.details.split(quoted).join(JSON.stringify(copy.id)) })
          .where('network_id', '=', networkId)
          .where('id', '=', x.id)
          .execute();
    });
  },
});
