import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB } from '../../db/schema.js';

export type SessionRow = Selectable<DB['work_sessions']>;
export type GuestRow = Selectable<DB['session_guests']>;
export type AnswerRow = Selectable<DB['session_answers']>;

/** Werksessie queries; session rows are always looked up with their network, guests with their token. */
export function sessionRepository(db: Kysely<DB>) {
  return {
    list: (networkId: string) =>
      db.selectFrom('work_sessions').selectAll().where('network_id', '=', networkId).orderBy('created_at', 'desc').limit(200).execute(),
    get: (networkId: string, sessionId: string) =>
      db.selectFrom('work_sessions').selectAll().where('network_id', '=', networkId).where('id', '=', sessionId).executeTakeFirst(),
    byId: (sessionId: string) => db.selectFrom('work_sessions').selectAll().where('id', '=', sessionId).executeTakeFirst(),
    byCode: (code: string) =>
      db.selectFrom('work_sessions').selectAll().where('code', '=', code).where('status', '=', 'open').executeTakeFirst(),
    insert: (row: SessionRow) => db.insertInto('work_sessions').values(row).execute(),
    update: (sessionId: string, version: number | null, patch: Partial<SessionRow>) => {
      let q = db.updateTable('work_sessions').set({ ...patch, version: sql<number>`version + 1` }).where('id', '=', sessionId);
      if (version !== null) q = q.where('version', '=', version);
      return q.returningAll().executeTakeFirst();
    },
    remove: (sessionId: string) => db.deleteFrom('work_sessions').where('id', '=', sessionId).execute(),

    guests: (sessionId: string) => db.selectFrom('session_guests').selectAll().where('session_id', '=', sessionId).orderBy('created_at').execute(),
    guestCount: async (sessionId: string) =>
      Number((await db.selectFrom('session_guests').select((eb) => eb.fn.countAll().as('n')).where('session_id', '=', sessionId).executeTakeFirst())?.n ?? 0),
    guestByToken: (tokenHash: string) => db.selectFrom('session_guests').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst(),
    guest: (sessionId: string, guestId: string) =>
      db.selectFrom('session_guests').selectAll().where('session_id', '=', sessionId).where('id', '=', guestId).executeTakeFirst(),
    insertGuest: (row: GuestRow) => db.insertInto('session_guests').values(row).execute(),
    removeGuest: (sessionId: string, guestId: string) =>
      db.deleteFrom('session_guests').where('session_id', '=', sessionId).where('id', '=', guestId).execute(),

    answers: (sessionId: string) => db.selectFrom('session_answers').selectAll().where('session_id', '=', sessionId).orderBy('created_at').orderBy('id').execute(),
    answer: (sessionId: string, answerId: string) =>
      db.selectFrom('session_answers').selectAll().where('session_id', '=', sessionId).where('id', '=', answerId).executeTakeFirst(),
    answerCountOf: async (guestId: string) =>
      Number((await db.selectFrom('session_answers').select((eb) => eb.fn.countAll().as('n')).where('guest_id', '=', guestId).executeTakeFirst())?.n ?? 0),
    insertAnswer: (row: AnswerRow) => db.insertInto('session_answers').values(row).execute(),
    updateAnswer: (sessionId: string, answerId: string, version: number | null, patch: Partial<AnswerRow>) => {
      let q = db
        .updateTable('session_answers')
        .set({ ...patch, version: sql<number>`version + 1` })
        .where('session_id', '=', sessionId)
        .where('id', '=', answerId);
      if (version !== null) q = q.where('version', '=', version);
      return q.returningAll().executeTakeFirst();
    },

    vote: (sessionId: string, guestId: string, option: number, at: string) =>
      db
        .insertInto('session_votes')
        .values({ session_id: sessionId, guest_id: guestId, option_index: option, created_at: at })
        .onConflict((oc) => oc.columns(['session_id', 'guest_id']).doUpdateSet({ option_index: option, created_at: at }))
        .execute(),
    voteOf: (sessionId: string, guestId: string) =>
      db.selectFrom('session_votes').select('option_index').where('session_id', '=', sessionId).where('guest_id', '=', guestId).executeTakeFirst(),
    voteCounts: (sessionId: string) =>
      db
        .selectFrom('session_votes')
        .select(['option_index', (eb) => eb.fn.countAll().as('n')])
        .where('session_id', '=', sessionId)
        .groupBy('option_index')
        .execute(),

    /** Stored session events after an id, for a stream that resumes. */
    eventsSince: (sessionId: string, afterId: number) =>
      db.selectFrom('events').selectAll().where('entity_id', '=', sessionId).where('id', '>', afterId).where('type', 'like', 'session.%').orderBy('id').limit(500).execute(),
    latestEventId: async () => Number((await db.selectFrom('events').select((eb) => eb.fn.max('id').as('id')).executeTakeFirst())?.id ?? 0),
  };
}
