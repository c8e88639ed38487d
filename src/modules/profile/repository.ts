import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

export type RegionRow = DB['profile_regions'];
export type IndicatorRow = DB['profile_indicators'];
export type EntryRow = DB['profile_notes'];

/** The neighbourhood profile: CBS figures, own indicators, needs and notes. Scoped by networkId. */
export const profileRepository = (db: Kysely<DB>) => ({
  network: (networkId: string) =>
    db.selectFrom('networks').select(['region_code', 'area_name']).where('id', '=', networkId).executeTakeFirst(),
  regions: (networkId: string) =>
    db
      .selectFrom('profile_regions')
      .selectAll()
      .where('network_id', '=', networkId)
      .orderBy('year', 'desc')
      .orderBy('region_code')
      .execute(),
  region: (networkId: string, regionId: string) =>
    db
      .selectFrom('profile_regions')
      .selectAll()
      .where('network_id', '=', networkId)
      .where('id', '=', regionId)
      .executeTakeFirst(),
  regionByCode: (networkId: string, code: string, year: number) =>
    db
      .selectFrom('profile_regions')
      .selectAll()
      .where('network_id', '=', networkId)
      .where('region_code', '=', code)
      .where('year', '=', year)
      .executeTakeFirst(),
  insertRegion: (row: RegionRow) => db.insertInto('profile_regions').values(row).execute(),
  replaceRegion: (networkId: string, id: string, version: number, patch: Partial<RegionRow>) =>
    db
      .updateTable('profile_regions')
      .set({ ...patch, version: version + 1 })
      .where('network_id', '=', networkId)
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst(),
  deleteRegion: (networkId: string, id: string) =>
    db.deleteFrom('profile_regions').where('network_id', '=', networkId).where('id', '=', id).execute(),

  indicators: (networkId: string) =>
    db
      .selectFrom('profile_indicators')
      .selectAll()
      .where('network_id', '=', networkId)
      .orderBy('measured_on', 'desc')
      .orderBy('name')
      .execute(),
  indicator: (networkId: string, id: string) =>
    db
      .selectFrom('profile_indicators')
      .selectAll()
      .where('network_id', '=', networkId)
      .where('id', '=', id)
      .executeTakeFirst(),
  insertIndicator: (row: IndicatorRow) => db.insertInto('profile_indicators').values(row).execute(),
  updateIndicator: (networkId: string, id: string, version: number, patch: Partial<IndicatorRow>) =>
    db
      .updateTable('profile_indicators')
      .set({ ...patch, version: version + 1 })
      .where('network_id', '=', networkId)
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst(),
  deleteIndicator: (networkId: string, id: string) =>
    db.deleteFrom('profile_indicators').where('network_id', '=', networkId).where('id', '=', id).execute(),

  entries: (networkId: string) =>
    db
      .selectFrom('profile_notes')
      .selectAll()
      .where('network_id', '=', networkId)
      .orderBy('created_at', 'desc')
      .execute(),
  entry: (networkId: string, id: string) =>
    db
      .selectFrom('profile_notes')
      .selectAll()
      .where('network_id', '=', networkId)
      .where('id', '=', id)
      .executeTakeFirst(),
  insertEntry: (row: EntryRow) => db.insertInto('profile_notes').values(row).execute(),
  updateEntry: (networkId: string, id: string, version: number, patch: Partial<EntryRow>) =>
    db
      .updateTable('profile_notes')
      .set({ ...patch, version: version + 1 })
      .where('network_id', '=', networkId)
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst(),
  deleteEntry: (networkId: string, id: string) =>
    db.deleteFrom('profile_notes').where('network_id', '=', networkId).where('id', '=', id).execute(),
});
