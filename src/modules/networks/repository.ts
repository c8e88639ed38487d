import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

export type NetworkRow = DB['networks'];

/** Network queries. Every function is scoped by the networkId (or the user) it serves. */
export const networkRepository = (db: Kysely<DB>) => ({
  async listForUser(userId: string) {
    return db
      .selectFrom('members')
      .innerJoin('networks', 'networks.id', 'members.network_id')
      .selectAll('networks')
      .select('members.role')
      .where('members.user_id', '=', userId)
      .orderBy('networks.name')
      .execute();
  },
  async get(networkId: string) {
    return db.selectFrom('networks').selectAll().where('id', '=', networkId).executeTakeFirst();
  },
  /** A new network and its first kartrekker, together or not at all. */
  async insertWithLead(row: NetworkRow, lead: DB['members']) {
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('networks').values(row).execute();
      await trx.insertInto('members').values(lead).execute();
    });
  },
  /** Writes only when the stored version is the one the change was based on. */
  async update(networkId: string, version: number, patch: Partial<NetworkRow>) {
    return db
      .updateTable('networks')
      .set({ ...patch, version: version + 1 })
      .where('id', '=', networkId)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  },
  /**
   * The network and everything of it (run it in a transaction). Its tables go with it by
   * foreign-key cascade; the audit trail has no foreign key (it names deleted rows too), so
   * its rows are deleted here.
   */
  async delete(networkId: string) {
    await db.deleteFrom('audit_log').where('network_id', '=', networkId).execute();
    await db.deleteFrom('networks').where('id', '=', networkId).execute();
  },
  /** The partners as the overview lists them: only the columns it shows. */
  async overviewActors(networkId: string) {
    return db
      .selectFrom('network_actors')
      .innerJoin('actors', 'actors.id', 'network_actors.actor_id')
      .select(['actors.id', 'actors.name', 'actors.kind', 'actors.domain', 'actors.themes', 'network_actors.status'])
      .where('network_actors.network_id', '=', networkId)
      .orderBy('actors.name')
      .execute();
  },
  async relationCount(networkId: string) {
    const r = await db
      .selectFrom('relations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('network_id', '=', networkId)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  },
});
