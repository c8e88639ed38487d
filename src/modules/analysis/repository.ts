import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { readHere, type ReadMany } from '../../db/index.js';

export type SnapshotRow = DB['network_snapshots'];

/** What the map and its analysis are made of, and stored snapshots of it. Scoped by networkId. */
/** `readMany`: for a whole network's partners and relations (many rows; see Database_.readMany). */
export const analysisRepository = (db: Kysely<DB>, readMany: ReadMany = readHere(db)) => ({
  actors: (networkId: string) =>
    readMany(
      db
        .selectFrom('network_actors')
        .innerJoin('actors', 'actors.id', 'network_actors.actor_id')
        .select(['actors.id', 'actors.name', 'actors.domain', 'actors.kind', 'network_actors.status'])
        .where('network_actors.network_id', '=', networkId)
        .orderBy('actors.name'),
    ),
  relations: (networkId: string) =>
    readMany(
      db
        .selectFrom('relations')
        .select(['actor_a_id', 'actor_b_id', 'kind', 'frequency', 'quality'])
        .where('network_id', '=', networkId),
    ),
  async insertSnapshot(row: SnapshotRow) {
    await db.insertInto('network_snapshots').values(row).execute();
  },
  listSnapshots: (networkId: string) =>
    db
      .selectFrom('network_snapshots')
      .selectAll()
      .where('network_id', '=', networkId)
      .orderBy('taken_on', 'desc')
      .orderBy('created_at', 'desc')
      .execute(),
  getSnapshot: (networkId: string, snapshotId: string) =>
    db
      .selectFrom('network_snapshots')
      .selectAll()
      .where('network_id', '=', networkId)
      .where('id', '=', snapshotId)
      .executeTakeFirst(),
  async removeSnapshot(networkId: string, snapshotId: string) {
    await db.deleteFrom('network_snapshots').where('network_id', '=', networkId).where('id', '=', snapshotId).execute();
  },
  async hasSnapshot(networkId: string) {
    return Boolean(
      await db
        .selectFrom('network_snapshots')
        .select('id')
        .where('network_id', '=', networkId)
        .limit(1)
        .executeTakeFirst(),
    );
  },
});
