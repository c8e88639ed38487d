import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

export type RoundRow = DB['scan_rounds'];

class RoundClosedMeanwhile extends Error {}
export type InvitationRow = DB['scan_invitations'];

/** Scan rounds, invitations and answers. Scoped by networkId; answers come out only as lists of answer sets for the scorer. */
export const scanRepository = (db: Kysely<DB>) => ({
  rounds: (networkId: string) =>
    db
      .selectFrom('scan_rounds')
      .selectAll()
      .where('network_id', '=', networkId)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
  round: (networkId: string, roundId: string) =>
    db
      .selectFrom('scan_rounds')
      .selectAll()
      .where('network_id', '=', networkId)
      .where('id', '=', roundId)
      .executeTakeFirst(),
  async labelTaken(networkId: string, label: string) {
    return Boolean(
      await db
        .selectFrom('scan_rounds')
        .select('id')
        .where('network_id', '=', networkId)
        .where('label', '=', label)
        .executeTakeFirst(),
    );
  },
  async insertRound(round: RoundRow, invitations: InvitationRow[]) {
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('scan_rounds').values(round).execute();
      if (invitations.length) await trx.insertInto('scan_invitations').values(invitations).execute();
    });
  },
  async insertInvitation(invitation: InvitationRow) {
    await db.insertInto('scan_invitations').values(invitation).execute();
  },
  close: (networkId: string, roundId: string, version: number, at: string) =>
    db
      .updateTable('scan_rounds')
      .set({ closed_at: at, updated_at: at, version: version + 1 })
      .where('network_id', '=', networkId)
      .where('id', '=', roundId)
      .where('version', '=', version)
      .where('closed_at', 'is', null)
      .returningAll()
      .executeTakeFirst(),
  /** Invited and answered per round: counts only. */
  async counts(networkId: string) {
    const rows = await db
      .selectFrom('scan_invitations')
      .select((eb) => [
        'round_id',
        eb.fn.countAll<number>().as('invited'),
        eb.fn.sum<number>('answered').as('answered'),
      ])
      .where('network_id', '=', networkId)
      .groupBy('round_id')
      .execute();
    return new Map(rows.map((r) => [r.round_id, { invited: Number(r.invited), answered: Number(r.answered ?? 0) }]));
  },
  /** The answer sets of a round, in id order (random ids: no order of arrival). */
  async answers(networkId: string, roundId: string): Promise<string[]> {
    const rows = await db
      .selectFrom('scan_responses')
      .select('answers')
      .where('network_id', '=', networkId)
      .where('round_id', '=', roundId)
      .orderBy('id')
      .execute();
    return rows.map((r) => r.answers);
  },
  /** The network's members with their e-mail address. */
  members: (networkId: string) =>
    db
      .selectFrom('members')
      .innerJoin('users', 'users.id', 'members.user_id')
      .select(['members.id', 'members.user_id', 'users.email', 'users.name'])
      .where('members.network_id', '=', networkId)
      .execute(),
  /** The network's partners that have a contact e-mail address. */
  contacts: (networkId: string) =>
    db
      .selectFrom('network_actors')
      .innerJoin('actors', 'actors.id', 'network_actors.actor_id')
      .select(['actors.id', 'actors.name', 'actors.contact_email'])
      .where('network_actors.network_id', '=', networkId)
      .where('actors.contact_email', 'is not', null)
      .where('actors.contact_email', '!=', '')
      .execute(),
  networkName: async (networkId: string) =>
    (await db.selectFrom('networks').select('name').where('id', '=', networkId).executeTakeFirstOrThrow()).name,
  invitationByToken: (tokenHash: string) =>
    db.selectFrom('scan_invitations').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst(),
  invitationOfMember: (networkId: string, roundId: string, memberId: string) =>
    db
      .selectFrom('scan_invitations')
      .selectAll()
      .where('network_id', '=', networkId)
      .where('round_id', '=', roundId)
      .where('member_id', '=', memberId)
      .executeTakeFirst(),
  /** A fresh personal link for an invitation not answered yet; the old link stops working. */
  async renewToken(networkId: string, invitationId: string, tokenHash: string) {
    const r = await db
      .updateTable('scan_invitations')
      .set({ token_hash: tokenHash })
      .where('network_id', '=', networkId)
      .where('id', '=', invitationId)
      .where('answered', '=', 0)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
  /**
   * Marks the invitation answered and stores the answers in one transaction; the conditional
   * update makes a second use of the same link (even at the same moment) store nothing.
   */
  async answer(invitation: InvitationRow, response: DB['scan_responses']) {
    return db.transaction().execute(async (trx) => {
      const r = await trx
        .updateTable('scan_invitations')
        .set({ answered: 1 })
        .where('id', '=', invitation.id)
        .where('token_hash', '=', invitation.token_hash)
        .where('answered', '=', 0)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) !== 1) return false;
      await trx.insertInto('scan_responses').values(response).execute();
      return true;
    });
  },

  // Live rounds (a werksessie).
  /** The live rounds of a werksessie, newest last. */
  liveRounds: (networkId: string, sessionId: string) =>
    db
      .selectFrom('scan_rounds')
      .selectAll()
      .where('network_id', '=', networkId)
      .where('session_id', '=', sessionId)
      .where('mode', '=', 'session')
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
  move: (networkId: string, roundId: string, index: number, at: string) =>
    db
      .updateTable('scan_rounds')
      .set((eb) => ({ live_index: index, updated_at: at, version: eb('version', '+', 1) }))
      .where('network_id', '=', networkId)
      .where('id', '=', roundId)
      .where('closed_at', 'is', null)
      .returningAll()
      .executeTakeFirst(),
  /** Closing a live round forgets the phones' keys: afterwards nothing can add to an answer set. */
  forgetLiveKeys: (networkId: string, roundId: string) =>
    db
      .updateTable('scan_responses')
      .set({ live_key: null })
      .where('network_id', '=', networkId)
      .where('round_id', '=', roundId)
      .execute(),
  /** How many answer sets of a round hold this item: a number, nothing else. */
  async answeredItem(networkId: string, roundId: string, itemId: string) {
    const rows = await db
      .selectFrom('scan_responses')
      .select('answers')
      .where('network_id', '=', networkId)
      .where('round_id', '=', roundId)
      .execute();
    return rows.filter((r) => itemId in (JSON.parse(r.answers) as Record<string, number>)).length;
  },
  liveParticipant: (networkId: string, roundId: string, tokenHash: string) =>
    db
      .selectFrom('scan_invitations')
      .select('id')
      .where('network_id', '=', networkId)
      .where('round_id', '=', roundId)
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst(),
  /**
   * A person's first live answer: "has taken part" (unique per person and round through the
   * token hash) and a new answer set, in one transaction; false when the person is already in.
   */
  async firstLiveAnswer(invitation: InvitationRow, response: DB['scan_responses']) {
    try {
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('scan_invitations').values(invitation).execute();
        await trx.insertInto('scan_responses').values(response).execute();
        // Closed meanwhile: nothing of this answer stays.
        const round = await trx
          .selectFrom('scan_rounds')
          .select('closed_at')
          .where('network_id', '=', invitation.network_id)
          .where('id', '=', invitation.round_id)
          .executeTakeFirst();
        if (!round || round.closed_at !== null) throw new RoundClosedMeanwhile();
      });
      return true;
    } catch (err) {
      if (err instanceof RoundClosedMeanwhile) return 'closed' as const;
      const taken = await db
        .selectFrom('scan_invitations')
        .select('id')
        .where('token_hash', '=', invitation.token_hash)
        .executeTakeFirst();
      if (taken) return false;
      throw err;
    }
  },
  liveResponse: (networkId: string, roundId: string, keyHash: string) =>
    db
      .selectFrom('scan_responses')
      .selectAll()
      .where('network_id', '=', networkId)
      .where('round_id', '=', roundId)
      .where('live_key', '=', keyHash)
      .executeTakeFirst(),
  /** Adds an item to an answer set only if nobody changed the set meanwhile (two taps at once store one). */
  async addLiveAnswer(networkId: string, responseId: string, before: string, after: string) {
    const r = await db
      .updateTable('scan_responses')
      .set({ answers: after })
      .where('network_id', '=', networkId)
      .where('id', '=', responseId)
      .where('answers', '=', before)
      .where('live_key', 'is not', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
});
