import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { newId, nowIso } from '../../core/crypto.js';

/** Feedback, SUS answers and usage counts of one network. Every function takes the network id. */
export const feedbackRepository = (db: Kysely<DB>) => ({
  memberSince(networkId: string, memberId: string) {
    return db
      .selectFrom('members')
      .select('created_at')
      .where('network_id', '=', networkId)
      .where('id', '=', memberId)
      .executeTakeFirst()
      .then((r) => r?.created_at);
  },

  myFeedback(networkId: string, memberId: string, month: string) {
    return db
      .selectFrom('tool_feedback')
      .select(['tool', 'usefulness', 'missing', 'share_research'])
      .where('network_id', '=', networkId)
      .where('member_id', '=', memberId)
      .where('month', '=', month)
      .orderBy('tool')
      .execute();
  },

  async saveFeedback(
    networkId: string,
    memberId: string,
    row: { tool: string; month: string; usefulness: number; missing: string | null; shareResearch: boolean },
  ): Promise<void> {
    const now = nowIso();
    await db
      .insertInto('tool_feedback')
      .values({
        id: newId(),
        network_id: networkId,
        member_id: memberId,
        tool: row.tool,
        month: row.month,
        usefulness: row.usefulness,
        missing: row.missing,
        share_research: row.shareResearch ? 1 : 0,
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) =>
        oc.columns(['network_id', 'member_id', 'tool', 'month']).doUpdateSet({
          usefulness: row.usefulness,
          missing: row.missing,
          share_research: row.shareResearch ? 1 : 0,
          updated_at: now,
        }),
      )
      .execute();
  },

  hasSus(networkId: string, memberId: string) {
    return db
      .selectFrom('sus_responses')
      .select('id')
      .where('network_id', '=', networkId)
      .where('member_id', '=', memberId)
      .executeTakeFirst()
      .then(Boolean);
  },

  /** False when this member answered already (the unique constraint decides, also under parallel requests). */
  async saveSus(networkId: string, memberId: string, answers: number[], score: number): Promise<boolean> {
    const result = await db
      .insertInto('sus_responses')
      .values({
        id: newId(),
        network_id: networkId,
        member_id: memberId,
        answers: JSON.stringify(answers),
        score,
        created_at: nowIso(),
      })
      .onConflict((oc) => oc.columns(['network_id', 'member_id']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  },

  feedbackRows(networkId: string) {
    return db
      .selectFrom('tool_feedback')
      .select(['tool', 'usefulness', 'missing', 'month'])
      .where('network_id', '=', networkId)
      .orderBy('month', 'desc')
      .orderBy('updated_at', 'desc')
      .execute();
  },

  susScores(networkId: string) {
    return db.selectFrom('sus_responses').select('score').where('network_id', '=', networkId).execute();
  },

  usage(networkId: string, fromWeek: string) {
    return db
      .selectFrom('usage_counts')
      .select(['week', 'tool', 'opened', 'changed'])
      .where('network_id', '=', networkId)
      .where('week', '>=', fromWeek)
      .orderBy('week', 'desc')
      .orderBy('tool')
      .execute();
  },
});
