import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

export type ResultsPageRow = DB['results_pages'];

/** The results page, the partners' consent to be named, and the data the page shows. Scoped by networkId. */
export const resultsRepository = (db: Kysely<DB>) => ({
  page: (networkId: string) =>
    db.selectFrom('results_pages').selectAll().where('network_id', '=', networkId).executeTakeFirst(),
  /** The page a public link points at; only while it is on (a page that is off has no token). */
  networkOfToken: (token: string) =>
    db
      .selectFrom('results_pages')
      .select('network_id')
      .where('token', '=', token)
      .executeTakeFirst()
      .then((r) => r?.network_id ?? null),
  insertPage: (row: ResultsPageRow) =>
    db
      .insertInto('results_pages')
      .values(row)
      .onConflict((oc) => oc.column('network_id').doNothing())
      .execute(),
  updatePage: (networkId: string, version: number, patch: Partial<ResultsPageRow>) =>
    db
      .updateTable('results_pages')
      .set({ ...patch, version: version + 1 })
      .where('network_id', '=', networkId)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst(),

  network: (networkId: string) =>
    db
      .selectFrom('networks')
      .select(['name', 'area_name', 'ambition', 'vision'])
      .where('id', '=', networkId)
      .executeTakeFirstOrThrow(),
  /** The actors taking part in the network (not those only approached), by name. */
  partners: (networkId: string) =>
    db
      .selectFrom('network_actors')
      .innerJoin('actors', 'actors.id', 'network_actors.actor_id')
      .select(['actors.id', 'actors.name', 'actors.kind', 'actors.domain'])
      .where('network_actors.network_id', '=', networkId)
      .where('network_actors.status', '=', 'partner')
      .orderBy('actors.name')
      .orderBy('actors.id')
      .execute(),
  isPartner: (networkId: string, actorId: string) =>
    db
      .selectFrom('network_actors')
      .innerJoin('actors', 'actors.id', 'network_actors.actor_id')
      .select(['actors.id', 'actors.kind'])
      .where('network_actors.network_id', '=', networkId)
      .where('network_actors.actor_id', '=', actorId)
      .where('network_actors.status', '=', 'partner')
      .executeTakeFirst(),
  names: (networkId: string) =>
    db.selectFrom('results_partner_names').selectAll().where('network_id', '=', networkId).execute(),
  addName: (row: DB['results_partner_names']) =>
    db
      .insertInto('results_partner_names')
      .values(row)
      .onConflict((oc) => oc.columns(['network_id', 'actor_id']).doNothing())
      .execute(),
  removeName: (networkId: string, actorId: string) =>
    db
      .deleteFrom('results_partner_names')
      .where('network_id', '=', networkId)
      .where('actor_id', '=', actorId)
      .executeTakeFirst(),

  goals: (networkId: string) =>
    db
      .selectFrom('network_goals')
      .select(['title', 'indicator', 'target_value'])
      .where('network_id', '=', networkId)
      .orderBy('position')
      .orderBy('id')
      .execute(),
  /** Actions that are done: "what was done". Only titles; owners are people and stay off the page. */
  doneActions: (networkId: string) =>
    db
      .selectFrom('actions')
      .select('title')
      .where('network_id', '=', networkId)
      .where('status', '=', 'klaar')
      .orderBy('plan_year')
      .orderBy('title')
      .orderBy('id')
      .execute(),

  models: (networkId: string) =>
    db
      .selectFrom('effect_models')
      .select(['id', 'name'])
      .where('network_id', '=', networkId)
      .orderBy('name')
      .orderBy('id')
      .execute(),
  versionNumbers: (networkId: string) =>
    db
      .selectFrom('effect_model_versions')
      .select(['model_id', 'number'])
      .where('network_id', '=', networkId)
      .orderBy('number')
      .execute(),
  modelVersion: (networkId: string, modelId: string, number: number) =>
    db
      .selectFrom('effect_model_versions')
      .select(['snapshot', 'created_at'])
      .where('network_id', '=', networkId)
      .where('model_id', '=', modelId)
      .where('number', '=', number)
      .executeTakeFirst(),
});
