import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

/** The scan reminders' queries, across networks by design. */
export const scanRemindersAcrossNetworks = (db: Kysely<DB>) => ({
  /** Open rounds closing between `from` and `to` (inclusive) that have not had their reminder. */
  roundsClosing: (from: string, to: string) =>
    db
      .selectFrom('scan_rounds')
      .innerJoin('networks', 'networks.id', 'scan_rounds.network_id')
      .select([
        'scan_rounds.id',
        'scan_rounds.network_id',
        'scan_rounds.label',
        'scan_rounds.closes_on',
        'networks.name as network_name',
      ])
      .where('scan_rounds.closed_at', 'is', null)
      .where('scan_rounds.reminded_at', 'is', null)
      .where('scan_rounds.closes_on', '>=', from)
      .where('scan_rounds.closes_on', '<=', to)
      .execute(),
  /** Claims a round's reminder; only one process wins. */
  async claim(roundId: string, at: string) {
    const r = await db
      .updateTable('scan_rounds')
      .set({ reminded_at: at })
      .where('id', '=', roundId)
      .where('reminded_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
  notAnswered: (roundId: string) =>
    db
      .selectFrom('scan_invitations')
      .select(['id', 'email'])
      .where('round_id', '=', roundId)
      .where('answered', '=', 0)
      .execute(),
  /** A fresh link for an invitation still not answered; false when it was answered meanwhile. */
  async renewToken(invitationId: string, tokenHash: string) {
    const r = await db
      .updateTable('scan_invitations')
      .set({ token_hash: tokenHash })
      .where('id', '=', invitationId)
      .where('answered', '=', 0)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
});
