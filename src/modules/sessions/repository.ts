import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB } from '../../db/schema.js';

export type SessionRow = Selectable<DB['work_sessions']>;
export type GuestRow = Selectable<DB['session_guests']>;
export type AnswerRow = Selectable<DB['session_answers']>;

/**
 * Werksessie queries. Every lookup of a session or its guests, answers and votes takes the
 * network id, so a session id from another network finds nothing. Only a guest's ways in are
 * keyed by what the guest holds: the join code of an open session and the guest token; the
 * session found that way gives the network id for everything after. Inserts take rows whose
 * session the caller has just looked up that way.
 */
export function sessionRepository(db: Kysely<DB>) {
  /** The session's id, only when it belongs to the network: child rows are matched against it. */
  const ofSession = (networkId: string, sessionId: string) =>
    db.selectFrom('work_sessions').select('id').where('network_id', '=', networkId).where('id', '=', sessionId);

  return {
    list: (networkId: string) =>
      db
        .selectFrom('work_sessions')
        .selectAll()
        .where('network_id', '=', networkId)
        .orderBy('created_at', 'desc')
        .limit(200)
        .execute(),
    get: (networkId: string, sessionId: string) =>
      db
        .selectFrom('work_sessions')
        .selectAll()
        .where('network_id', '=', networkId)
        .where('id', '=', sessionId)
        .executeTakeFirst(),
    byCode: (code: string) =>
      db
        .selectFrom('work_sessions')
        .selectAll()
        .where('code', '=', code)
        .where('status', '=', 'open')
        .executeTakeFirst(),
    /** The session of a guest found by token. */
    ofGuest: (guest: { session_id: string }) =>
      db.selectFrom('work_sessions').selectAll().where('id', '=', guest.session_id).executeTakeFirst(),
    insert: (row: SessionRow) => db.insertInto('work_sessions').values(row).execute(),
    update: (networkId: string, sessionId: string, version: number | null, patch: Partial<SessionRow>) => {
      let q = db
        .updateTable('work_sessions')
        .set({ ...patch, version: sql<number>`version + 1` })
        .where('network_id', '=', networkId)
        .where('id', '=', sessionId);
      if (version !== null) q = q.where('version', '=', version);
      return q.returningAll().executeTakeFirst();
    },
    remove: (networkId: string, sessionId: string) =>
      db.deleteFrom('work_sessions').where('network_id', '=', networkId).where('id', '=', sessionId).execute(),

    guests: (networkId: string, sessionId: string) =>
      db
        .selectFrom('session_guests')
        .selectAll()
        .where('session_id', 'in', ofSession(networkId, sessionId))
        .orderBy('created_at')
        .execute(),
    guestCount: async (networkId: string, sessionId: string) =>
      Number(
        (
          await db
            .selectFrom('session_guests')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('session_id', 'in', ofSession(networkId, sessionId))
            .executeTakeFirst()
        )?.n ?? 0,
      ),
    guestByToken: (tokenHash: string) =>
      db.selectFrom('session_guests').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst(),
    guest: (networkId: string, sessionId: string, guestId: string) =>
      db
        .selectFrom('session_guests')
        .selectAll()
        .where('session_id', 'in', ofSession(networkId, sessionId))
        .where('id', '=', guestId)
        .executeTakeFirst(),
    insertGuest: (row: GuestRow) => db.insertInto('session_guests').values(row).execute(),
    /**
     * Adds the guest only while the session is open and has fewer than `max` guests. A no-op
     * update locks the session's row first (PostgreSQL: a row lock; SQLite: the write lock), so
     * parallel joins are counted one after another and the cap holds.
     */
    insertGuestWithin: (
      networkId: string,
      row: GuestRow,
      max: number,
    ): Promise<'added' | 'ended' | 'closed' | 'full'> =>
      db.transaction().execute(async (trx) => {
        const open = await trx
          .updateTable('work_sessions')
          .set((eb) => ({ status: eb.ref('status') }))
          .where('network_id', '=', networkId)
          .where('id', '=', row.session_id)
          .where('status', '=', 'open')
          .returning('entry_open')
          .executeTakeFirst();
        if (!open) return 'ended';
        if (Number(open.entry_open) !== 1) return 'closed';
        const n = await trx
          .selectFrom('session_guests')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('session_id', '=', row.session_id)
          .executeTakeFirst();
        if (Number(n?.n ?? 0) >= max) return 'full';
        await trx.insertInto('session_guests').values(row).execute();
        return 'added';
      }),
    removeGuest: (networkId: string, sessionId: string, guestId: string) =>
      db
        .deleteFrom('session_guests')
        .where('session_id', 'in', ofSession(networkId, sessionId))
        .where('id', '=', guestId)
        .execute(),

    answers: (networkId: string, sessionId: string) =>
      db
        .selectFrom('session_answers')
        .selectAll()
        .where('session_id', 'in', ofSession(networkId, sessionId))
        .orderBy('created_at')
        .orderBy('id')
        .execute(),
    answer: (networkId: string, sessionId: string, answerId: string) =>
      db
        .selectFrom('session_answers')
        .selectAll()
        .where('session_id', 'in', ofSession(networkId, sessionId))
        .where('id', '=', answerId)
        .executeTakeFirst(),
    insertAnswer: (row: AnswerRow) => db.insertInto('session_answers').values(row).execute(),
    /** A guest's answer, only while the guest exists and has fewer than `max`: the guest's row is locked first, as for joins. */
    insertGuestAnswerWithin: (row: AnswerRow & { guest_id: string }, max: number): Promise<'added' | 'gone' | 'full'> =>
      db.transaction().execute(async (trx) => {
        const guest = await trx
          .updateTable('session_guests')
          .set((eb) => ({ name: eb.ref('name') }))
          .where('id', '=', row.guest_id)
          .where('session_id', '=', row.session_id)
          .returning('id')
          .executeTakeFirst();
        if (!guest) return 'gone';
        const n = await trx
          .selectFrom('session_answers')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('session_id', '=', row.session_id)
          .where('guest_id', '=', row.guest_id)
          .executeTakeFirst();
        if (Number(n?.n ?? 0) >= max) return 'full';
        await trx.insertInto('session_answers').values(row).execute();
        return 'added';
      }),
    updateAnswer: (
      networkId: string,
      sessionId: string,
      answerId: string,
      version: number | null,
      patch: Partial<AnswerRow>,
    ) => {
      let q = db
        .updateTable('session_answers')
        .set({ ...patch, version: sql<number>`version + 1` })
        .where('session_id', 'in', ofSession(networkId, sessionId))
        .where('id', '=', answerId);
      if (version !== null) q = q.where('version', '=', version);
      return q.returningAll().executeTakeFirst();
    },

    vote: (sessionId: string, guestId: string, option: number, at: string) =>
      db
        .insertInto('session_votes')
        .values({ session_id: sessionId, guest_id: guestId, option_index: option, created_at: at })
        .onConflict((oc) =>
          oc.columns(['session_id', 'guest_id']).doUpdateSet({ option_index: option, created_at: at }),
        )
        .execute(),
    voteOf: (networkId: string, sessionId: string, guestId: string) =>
      db
        .selectFrom('session_votes')
        .select('option_index')
        .where('session_id', 'in', ofSession(networkId, sessionId))
        .where('guest_id', '=', guestId)
        .executeTakeFirst(),
    voteCounts: (networkId: string, sessionId: string) =>
      db
        .selectFrom('session_votes')
        .select(['option_index', (eb) => eb.fn.countAll().as('n')])
        .where('session_id', 'in', ofSession(networkId, sessionId))
        .groupBy('option_index')
        .execute(),

    roleOf: async (networkId: string, userId: string) =>
      (
        await db
          .selectFrom('members')
          .select('role')
          .where('network_id', '=', networkId)
          .where('user_id', '=', userId)
          .executeTakeFirst()
      )?.role,

    /** Stored session events after an id, for a stream that resumes. */
    eventsSince: (sessionId: string, afterId: number) =>
      db
        .selectFrom('events')
        .selectAll()
        .where('entity_id', '=', sessionId)
        .where('id', '>', afterId)
        .where('type', 'like', 'session.%')
        .orderBy('id')
        .limit(500)
        .execute(),
    latestEventId: async () =>
      Number(
        (
          await db
            .selectFrom('events')
            .select((eb) => eb.fn.max('id').as('id'))
            .executeTakeFirst()
        )?.id ?? 0,
      ),
  };
}
