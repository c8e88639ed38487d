import { sql, type Expression, type ExpressionBuilder, type Insertable, type Kysely, type SqlBool } from 'kysely';
import type { DB } from '../../db/schema.js';
import { networkTable, type TableSpec } from './tables.js';

/** The tables of NETWORK_TABLES are read and written by name, so without Kysely's per-table types. */
type Loose = Record<string, Record<string, unknown>>;
type LooseBuilder = ExpressionBuilder<Loose, string>;

/** Rows of `spec.table` that belong to the network, following the table's owner (see tables.ts). */
function owned(eb: LooseBuilder, spec: TableSpec, networkId: string): Expression<SqlBool> {
  const owner = spec.owner;
  if ('network' in owner) return eb(`${spec.table}.${owner.network}`, '=', networkId);
  if ('parent' in owner) {
    const parent = networkTable(owner.parent)!;
    return eb(
      `${spec.table}.${owner.column}`,
      'in',
      eb
        .selectFrom(parent.table)
        .select(`${parent.table}.id`)
        .where((inner) => owned(inner, parent, networkId)),
    );
  }
  // "<kind>:<parent id>:…"; the parents (actions, agreements) carry a network_id. The service
  // checks the parsed key again, as LIKE would also let through ids that contain % or _.
  return eb.or(
    Object.entries(owner.keyPrefixes).map(
      ([prefix, parent]) =>
        sql<SqlBool>`exists (select 1 from ${sql.table(parent)} p where p.network_id = ${networkId} and ${sql.ref(`${spec.table}.key`)} like ${`${prefix}:`} || p.id || ${':%'})`,
    ),
  );
}

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
    return db
      .selectFrom('audit_log')
      .selectAll()
      .where('network_id', '=', networkId)
      .orderBy('at')
      .orderBy('id')
      .execute();
  },
  async userByEmail(email: string) {
    return db
      .selectFrom('users')
      .select(['id'])
      .where('email', '=', email)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
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
  /** A network table's stored rows, secrets left out. */
  async tableRows(spec: TableSpec, networkId: string): Promise<Record<string, unknown>[]> {
    const columns = Object.entries(spec.columns)
      .filter(([, c]) => !c.secret)
      .map(([name]) => `${spec.table}.${name}`);
    return (db as unknown as Kysely<Loose>)
      .selectFrom(spec.table)
      .select(columns)
      .where((eb) => owned(eb, spec, networkId))
      .execute();
  },
  async insertTableRow(spec: TableSpec, row: Record<string, unknown>) {
    const q = (db as unknown as Kysely<Loose>).insertInto(spec.table).values(row);
    const r = await (spec.keepExisting ? q.onConflict((oc) => oc.columns(spec.key).doNothing()) : q).executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 1) > 0;
  },
  async sessionCodeTaken(code: string) {
    return Boolean(await db.selectFrom('work_sessions').select('id').where('code', '=', code).executeTakeFirst());
  },
  insertUser: (row: Insertable<DB['users']>) => db.insertInto('users').values(row).execute(),
  insertNetwork: (row: DB['networks']) => db.insertInto('networks').values(row).execute(),
  insertActor: (row: DB['actors']) => db.insertInto('actors').values(row).execute(),
  insertNetworkActor: (row: DB['network_actors']) => db.insertInto('network_actors').values(row).execute(),
  insertMember: (row: DB['members']) => db.insertInto('members').values(row).execute(),
  insertRelation: (row: DB['relations']) => db.insertInto('relations').values(row).execute(),
  insertInvitation: (row: DB['invitations']) => db.insertInto('invitations').values(row).execute(),
  /** The audit trail outlives a deleted network: importing that network again keeps the rows already here. */
  insertAudit: (row: DB['audit_log']) =>
    db
      .insertInto('audit_log')
      .values(row)
      .onConflict((oc) => oc.column('id').doNothing())
      .execute(),
});
