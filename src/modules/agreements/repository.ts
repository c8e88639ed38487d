import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

export type AgreementRow = DB['agreements'];

/** Agreements of one network. Every function is scoped by networkId. */
export const agreementRepository = (db: Kysely<DB>) => ({
  list: (networkId: string) =>
    db
      .selectFrom('agreements')
      .selectAll()
      .where('network_id', '=', networkId)
      .orderBy('kind')
      .orderBy('created_at')
      .execute(),
  get: (networkId: string, id: string) =>
    db.selectFrom('agreements').selectAll().where('network_id', '=', networkId).where('id', '=', id).executeTakeFirst(),
  /** The meeting each agreement was decided in (agreements that came from a meeting's decision). */
  meetingLinks: (networkId: string) =>
    db
      .selectFrom('meeting_decisions as d')
      .innerJoin('meetings as m', 'm.id', 'd.meeting_id')
      .select(['d.agreement_id', 'm.id', 'm.title'])
      .where('d.network_id', '=', networkId)
      .where('d.agreement_id', 'is not', null)
      .execute(),
  async insert(row: AgreementRow) {
    await db.insertInto('agreements').values(row).execute();
  },
  update: (networkId: string, id: string, version: number, patch: Partial<AgreementRow>) =>
    db
      .updateTable('agreements')
      .set({ ...patch, version: version + 1 })
      .where('network_id', '=', networkId)
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst(),
  async remove(networkId: string, id: string) {
    await db.deleteFrom('agreements').where('network_id', '=', networkId).where('id', '=', id).execute();
  },
});
