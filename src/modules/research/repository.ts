import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { nowIso } from '../../core/crypto.js';

/**
 * Research mode's reads and writes. Consent is per network (functions take the network id); the
 * researcher's reads cross consenting networks by design and say so in their names.
 */
export const researchRepository = (db: Kysely<DB>) => ({
  researcherSalt(userId: string) {
    return db
      .selectFrom('researchers')
      .select('salt')
      .where('user_id', '=', userId)
      .executeTakeFirst()
      .then((r) => r?.salt);
  },

  async addResearcher(userId: string, salt: string): Promise<void> {
    await db
      .insertInto('researchers')
      .values({ user_id: userId, salt, created_at: nowIso() })
      .onConflict((oc) => oc.column('user_id').doNothing())
      .execute();
  },

  consent(networkId: string) {
    return db.selectFrom('research_consents').selectAll().where('network_id', '=', networkId).executeTakeFirst();
  },

  /** Writes the consent; false when `version` is given and no longer current. */
  async saveConsent(
    networkId: string,
    row: { enabled: boolean; allowTexts: boolean; since: string | null; memberId: string },
    expectedVersion: number | undefined,
  ): Promise<boolean> {
    const now = nowIso();
    const existing = await db
      .selectFrom('research_consents')
      .select('version')
      .where('network_id', '=', networkId)
      .executeTakeFirst();
    if (!existing) {
      if (expectedVersion !== undefined && expectedVersion !== 1) return false;
      const inserted = await db
        .insertInto('research_consents')
        .values({
          network_id: networkId,
          enabled: row.enabled ? 1 : 0,
          allow_texts: row.allowTexts ? 1 : 0,
          since: row.since,
          changed_at: now,
          changed_by: row.memberId,
          version: 1,
        })
        .onConflict((oc) => oc.column('network_id').doNothing())
        .executeTakeFirst();
      return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
    }
    const current = Number(existing.version);
    if (expectedVersion !== undefined && expectedVersion !== current) return false;
    const updated = await db
      .updateTable('research_consents')
      .set({
        enabled: row.enabled ? 1 : 0,
        allow_texts: row.allowTexts ? 1 : 0,
        since: row.since,
        changed_at: now,
        changed_by: row.memberId,
        version: current + 1,
      })
      .where('network_id', '=', networkId)
      .where('version', '=', current)
      .executeTakeFirst();
    return Number(updated.numUpdatedRows) > 0;
  },

  memberMails(networkId: string) {
    return db
      .selectFrom('members')
      .innerJoin('users', 'users.id', 'members.user_id')
      .select(['users.email', 'users.name'])
      .where('members.network_id', '=', networkId)
      .where('users.deleted_at', 'is', null)
      .execute();
  },

  networkName(networkId: string) {
    return db
      .selectFrom('networks')
      .select('name')
      .where('id', '=', networkId)
      .executeTakeFirst()
      .then((r) => r?.name ?? '');
  },

  /** Every network whose kartrekkers switched research mode on (across networks, for researchers). */
  consentingNetworksAcrossNetworks() {
    return db
      .selectFrom('research_consents')
      .select(['network_id', 'since', 'allow_texts'])
      .where('enabled', '=', 1)
      .orderBy('network_id')
      .execute();
  },

  /** How many different people changed something in the network during [from, to). */
  async activePeople(networkId: string, from: string, to: string): Promise<number> {
    const row = await db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.count<number>('user_id').distinct().as('n'))
      .where('network_id', '=', networkId)
      .where('at', '>=', from)
      .where('at', '<', to)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },

  usage(networkId: string, weeks: string[]) {
    if (weeks.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('usage_counts')
      .select(['week', 'tool', 'opened', 'changed'])
      .where('network_id', '=', networkId)
      .where('week', 'in', weeks)
      .orderBy('week')
      .orderBy('tool')
      .execute();
  },

  feedback(networkId: string, month: string) {
    return db
      .selectFrom('tool_feedback')
      .select(['tool', 'usefulness', 'missing', 'share_research'])
      .where('network_id', '=', networkId)
      .where('month', '=', month)
      .orderBy('tool')
      .execute();
  },

  /** Records a network's phase progress for the month; a later record in the same month replaces it. */
  async recordProgress(
    networkId: string,
    month: string,
    phases: { phase: string; done: number; applicable: number }[],
  ): Promise<void> {
    const now = nowIso();
    for (const p of phases) {
      await db
        .insertInto('research_progress')
        .values({
          network_id: networkId,
          month,
          phase: p.phase,
          done: p.done,
          applicable: p.applicable,
          recorded_at: now,
        })
        .onConflict((oc) =>
          oc
            .columns(['network_id', 'month', 'phase'])
            .doUpdateSet({ done: p.done, applicable: p.applicable, recorded_at: now }),
        )
        .execute();
    }
  },

  progress(networkId: string, month: string) {
    return db
      .selectFrom('research_progress')
      .select(['phase', 'done', 'applicable'])
      .where('network_id', '=', networkId)
      .where('month', '=', month)
      .execute();
  },

  susScores(networkId: string, from: string, to: string) {
    return db
      .selectFrom('sus_responses')
      .select('score')
      .where('network_id', '=', networkId)
      .where('created_at', '>=', from)
      .where('created_at', '<', to)
      .execute();
  },
});
