import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

export type CandidateRow = DB['focus_candidates'];
export type VoteRow = DB['focus_votes'];
export type DecisionRow = DB['focus_decisions'];

/** Focus candidates, draagvlak votes and decisions. Scoped by networkId. */
export const focusRepository = (db: Kysely<DB>) => ({
  candidates: (networkId: string) =>
    db
      .selectFrom('focus_candidates')
      .leftJoin('users', 'users.id', 'focus_candidates.proposed_by')
      .selectAll('focus_candidates')
      .select(['users.name as proposer_name', 'users.email as proposer_email'])
      .where('focus_candidates.network_id', '=', networkId)
      .orderBy('focus_candidates.created_at')
      .execute(),
  candidate: (networkId: string, id: string) =>
    db
      .selectFrom('focus_candidates')
      .selectAll()
      .where('network_id', '=', networkId)
      .where('id', '=', id)
      .executeTakeFirst(),
  candidateByTheme: (networkId: string, theme: string) =>
    db
      .selectFrom('focus_candidates')
      .selectAll()
      .where('network_id', '=', networkId)
      .where('theme', '=', theme)
      .executeTakeFirst(),
  insertCandidate: (row: CandidateRow) => db.insertInto('focus_candidates').values(row).execute(),
  deleteCandidate: (networkId: string, id: string) =>
    db.deleteFrom('focus_candidates').where('network_id', '=', networkId).where('id', '=', id).execute(),
  votes: (networkId: string) => db.selectFrom('focus_votes').selectAll().where('network_id', '=', networkId).execute(),
  myVotes: (networkId: string, candidateId: string, memberId: string) =>
    db
      .selectFrom('focus_votes')
      .selectAll()
      .where('network_id', '=', networkId)
      .where('candidate_id', '=', candidateId)
      .where('member_id', '=', memberId)
      .execute(),
  /** One vote per member, candidate and group: a second vote replaces the first. */
  async upsertVote(row: VoteRow) {
    await db
      .insertInto('focus_votes')
      .values(row)
      .onConflict((oc) =>
        oc
          .columns(['candidate_id', 'member_id', 'stakeholder_group'])
          .doUpdateSet({ score: row.score, updated_at: row.updated_at }),
      )
      .execute();
  },
  deleteVote: (networkId: string, candidateId: string, memberId: string, group: string) =>
    db
      .deleteFrom('focus_votes')
      .where('network_id', '=', networkId)
      .where('candidate_id', '=', candidateId)
      .where('member_id', '=', memberId)
      .where('stakeholder_group', '=', group)
      .execute(),
  decisions: (networkId: string) =>
    db
      .selectFrom('focus_decisions')
      .leftJoin('users', 'users.id', 'focus_decisions.decided_by')
      .selectAll('focus_decisions')
      .select(['users.name as decider_name', 'users.email as decider_email'])
      .where('focus_decisions.network_id', '=', networkId)
      .orderBy('focus_decisions.created_at', 'desc')
      .execute(),
  insertDecision: (row: DecisionRow) => db.insertInto('focus_decisions').values(row).execute(),
  network: (networkId: string) => db.selectFrom('networks').selectAll().where('id', '=', networkId).executeTakeFirst(),
  setFocusThemes: (networkId: string, themes: string, now: string) =>
    db
      .updateTable('networks')
      .set((eb) => ({ focus_themes: themes, updated_at: now, version: eb('version', '+', 1) }))
      .where('id', '=', networkId)
      .returningAll()
      .executeTakeFirst(),
});
