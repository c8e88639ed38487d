import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

export type PriceRow = DB['price_items'];
export type SettingsRow = DB['effect_settings'];
export type ModelRow = DB['effect_models'];
export type ModelVersionRow = DB['effect_model_versions'];

/** Price list, programme models and their saved versions. Scoped by networkId. */
export const effectRepository = (db: Kysely<DB>) => ({
  settings: (networkId: string) =>
    db.selectFrom('effect_settings').selectAll().where('network_id', '=', networkId).executeTakeFirst(),
  insertSettings: (row: SettingsRow) =>
    db
      .insertInto('effect_settings')
      .values(row)
      .onConflict((oc) => oc.column('network_id').doNothing())
      .execute(),
  updateSettings: (networkId: string, version: number, patch: Partial<SettingsRow>) =>
    db
      .updateTable('effect_settings')
      .set({ ...patch, version: version + 1 })
      .where('network_id', '=', networkId)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst(),

  prices: (networkId: string) =>
    db
      .selectFrom('price_items')
      .selectAll()
      .where('network_id', '=', networkId)
      .orderBy('item')
      .orderBy('id')
      .execute(),
  price: (networkId: string, id: string) =>
    db
      .selectFrom('price_items')
      .selectAll()
      .where('network_id', '=', networkId)
      .where('id', '=', id)
      .executeTakeFirst(),
  async insertPrices(rows: PriceRow[]) {
    if (rows.length) await db.insertInto('price_items').values(rows).execute();
  },
  updatePrice: (networkId: string, id: string, version: number, patch: Partial<PriceRow>) =>
    db
      .updateTable('price_items')
      .set({ ...patch, version: version + 1 })
      .where('network_id', '=', networkId)
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst(),
  deletePrice: (networkId: string, id: string) =>
    db.deleteFrom('price_items').where('network_id', '=', networkId).where('id', '=', id).execute(),

  models: (networkId: string) =>
    db
      .selectFrom('effect_models')
      .selectAll()
      .where('network_id', '=', networkId)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
  model: (networkId: string, id: string) =>
    db
      .selectFrom('effect_models')
      .selectAll()
      .where('network_id', '=', networkId)
      .where('id', '=', id)
      .executeTakeFirst(),
  insertModel: (row: ModelRow) => db.insertInto('effect_models').values(row).execute(),
  updateModel: (networkId: string, id: string, version: number, patch: Partial<ModelRow>) =>
    db
      .updateTable('effect_models')
      .set({ ...patch, version: version + 1 })
      .where('network_id', '=', networkId)
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst(),
  deleteModel: (networkId: string, id: string) =>
    db.deleteFrom('effect_models').where('network_id', '=', networkId).where('id', '=', id).execute(),

  versions: (networkId: string, modelId: string) =>
    db
      .selectFrom('effect_model_versions')
      .selectAll()
      .where('network_id', '=', networkId)
      .where('model_id', '=', modelId)
      .orderBy('number')
      .execute(),
  version: (networkId: string, modelId: string, number: number) =>
    db
      .selectFrom('effect_model_versions')
      .selectAll()
      .where('network_id', '=', networkId)
      .where('model_id', '=', modelId)
      .where('number', '=', number)
      .executeTakeFirst(),
  async lastVersionNumber(networkId: string, modelId: string) {
    const r = await db
      .selectFrom('effect_model_versions')
      .select((eb) => eb.fn.max('number').as('n'))
      .where('network_id', '=', networkId)
      .where('model_id', '=', modelId)
      .executeTakeFirst();
    return Number(r?.n ?? 0);
  },
  insertVersion: (row: ModelVersionRow) => db.insertInto('effect_model_versions').values(row).execute(),

  goalIds: async (networkId: string) =>
    new Set(
      (await db.selectFrom('network_goals').select('id').where('network_id', '=', networkId).execute()).map(
        (g) => g.id,
      ),
    ),
  goalTitles: (networkId: string) =>
    db.selectFrom('network_goals').select(['id', 'title']).where('network_id', '=', networkId).execute(),
});
