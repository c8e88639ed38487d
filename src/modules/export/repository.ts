import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

/** Reads and writes a whole network at once, for export and import. Scoped by networkId. */
export const exportRepository = (db: Kysely<DB>) => ({
  async network(networkId: string) {
    return db.selectFrom('networks').selectAll().where('id', '=', networkId).executeTakeFirst();
  },
  async members(networkId: string) {
    return db
      .selectFrom('members')
      .innerJoin('users', 'users.id', 'members.user_id')
      .selectAll('members')
      .select(['users.name', 'users.email'])
      .where('members.network_id', '=', networkId)
      .orderBy('members.id')
      .execute();
  },
  async actors(networkId: string) {
    return db
      .selectFrom('network_actors')
      .innerJoin('actors', 'actors.id', 'network_actors.actor_id')
      .selectAll('actors')
      .select(['network_actors.status', 'network_actors.added_at'])
      .where('network_actors.network_id', '=', networkId)
      .orderBy('actors.id')
      .execute();
  },
  async relations(networkId: string) {
    return db.selectFrom('relations').selectAll().where('network_id', '=', networkId).orderBy('id').execute();
  },
  /** Without token_hash: an exported invitation can never be used to join. */
  async invitations(networkId: string) {
    return db
      .selectFrom('invitations')
      .select(['id', 'email', 'role', 'created_by', 'created_at', 'expires_at', 'accepted_at', 'revoked_at'])
      .where('network_id', '=', networkId)
      .orderBy('id')
      .execute();
  },
  async audit(networkId: string) {
    return db.selectFrom('audit_log').selectAll().where('network_id', '=', networkId).orderBy('at').orderBy('id').execute();
  },
  async userByEmail(email: string) {
    return db.selectFrom('users').select(['id']).where('email', '=', email).where('deleted_at', 'is', null).executeTakeFirst();
  },
  async userIdTaken(id: string) {
    return Boolean(await db.selectFrom('users').select('id').where('id', '=', id).executeTakeFirst());
  },
  async actorExists(id: string) {
    return Boolean(await db.selectFrom('actors').select('id').where('id', '=', id).executeTakeFirst());
  },
  async networkExists(id: string) {
    return Boolean(await db.selectFrom('networks').select('id').where('id', '=', id).executeTakeFirst());
  },
  insertUser: (row: DB['users']) => db.insertInto('users').values(row).execute(),
  insertNetwork: (row: DB['networks']) => db.insertInto('networks').values(row).execute(),
  insertActor: (row: DB['actors']) => db.insertInto('actors').values(row).execute(),
  insertNetworkActor: (row: DB['network_actors']) => db.insertInto('network_actors').values(row).execute(),
  insertMember: (row: DB['members']) => db.insertInto('members').values(row).execute(),
  insertRelation: (row: DB['relations']) => db.insertInto('relations').values(row).execute(),
  insertInvitation: (row: DB['invitations']) => db.insertInto('invitations').values(row).execute(),
  insertAudit: (row: DB['audit_log']) => db.insertInto('audit_log').values(row).execute(),
});
