import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

export type CaseRow = DB['effect_cases'];
export type CaseLineRow = DB['effect_case_lines'];

/** Cases of the case method and their lines. Scoped by networkId. */
export const caseRepository = (db: Kysely<DB>) => ({
  cases: (networkId: string) =>
    db
      .selectFrom('effect_cases')
      .selectAll()
      .where('network_id', '=', networkId)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
  get: (networkId: string, id: string) =>
    db
      .selectFrom('effect_cases')
      .selectAll()
      .where('network_id', '=', networkId)
      .where('id', '=', id)
      .executeTakeFirst(),
  /** Lines of one case, or of every case of the network when caseId is left out. */
  lines(networkId: string, caseId?: string) {
    let q = db.selectFrom('effect_case_lines').selectAll().where('network_id', '=', networkId);
    if (caseId) q = q.where('case_id', '=', caseId);
    return q.orderBy('case_id').orderBy('timeline').orderBy('position').execute();
  },
  async priceIds(networkId: string) {
    const rows = await db.selectFrom('price_items').select('id').where('network_id', '=', networkId).execute();
    return new Set(rows.map((r) => r.id));
  },
  /** A new case with its lines, in one transaction. */
  insert: (row: CaseRow, lines: CaseLineRow[]) =>
    db.transaction().execute(async (trx) => {
      await trx.insertInto('effect_cases').values(row).execute();
      if (lines.length) await trx.insertInto('effect_case_lines').values(lines).execute();
    }),
  /**
   * The case's fields at `version`, and (when given) all its lines replaced, in one transaction.
   * Undefined when the version was stale: nothing is changed then.
   */
  update: (networkId: string, id: string, version: number, patch: Partial<CaseRow>, lines?: CaseLineRow[]) =>
    db.transaction().execute(async (trx) => {
      const after = await trx
        .updateTable('effect_cases')
        .set({ ...patch, version: version + 1 })
        .where('network_id', '=', networkId)
        .where('id', '=', id)
        .where('version', '=', version)
        .returningAll()
        .executeTakeFirst();
      if (!after || !lines) return after;
      await trx.deleteFrom('effect_case_lines').where('network_id', '=', networkId).where('case_id', '=', id).execute();
      if (lines.length) await trx.insertInto('effect_case_lines').values(lines).execute();
      return after;
    }),
  remove: (networkId: string, id: string) =>
    db.deleteFrom('effect_cases').where('network_id', '=', networkId).where('id', '=', id).execute(),
});
