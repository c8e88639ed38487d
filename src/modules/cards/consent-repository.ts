import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

export type ConsentLinkRow = DB['consent_links'];
export type ConsentRow = DB['card_consents'];

/** Consents with how they were given, and personal consent links. Scoped by networkId, except the
 * lookup of a link by its secret (the link is the key, as an invitation's is). */
export const consentRepository = (db: Kysely<DB>) => ({
  consentsFor: (networkId: string, versionId: string) =>
    db
      .selectFrom('card_consents as c')
      .leftJoin('users as u', 'u.id', 'c.recorded_by')
      .selectAll('c')
      .select(['u.name as recorder_name', 'u.email as recorder_email'])
      .where('c.network_id', '=', networkId)
      .where('c.version_id', '=', versionId)
      .execute(),
  linksFor: (networkId: string, versionId: string) =>
    db
      .selectFrom('consent_links')
      .select(['actor_id', 'created_at', 'expires_at', 'used_at', 'answer', 'answer_name', 'reason'])
      .where('network_id', '=', networkId)
      .where('version_id', '=', versionId)
      .orderBy('created_at')
      .execute(),
  /** A partner taking part in the network, with its contact address. */
  actor: (networkId: string, actorId: string) =>
    db
      .selectFrom('actors')
      .innerJoin('network_actors', 'network_actors.actor_id', 'actors.id')
      .select(['actors.id', 'actors.name', 'actors.contact_email'])
      .where('network_actors.network_id', '=', networkId)
      .where('actors.id', '=', actorId)
      .executeTakeFirst(),
  actors: (networkId: string, actorIds: string[]) =>
    actorIds.length === 0
      ? Promise.resolve([])
      : db
          .selectFrom('actors')
          .innerJoin('network_actors', 'network_actors.actor_id', 'actors.id')
          .select(['actors.id', 'actors.name', 'actors.contact_email'])
          .where('network_actors.network_id', '=', networkId)
          .where('actors.id', 'in', actorIds)
          .execute(),
  networkName: async (networkId: string) =>
    (await db.selectFrom('networks').select('name').where('id', '=', networkId).executeTakeFirstOrThrow()).name,
  /** A new link replaces the open ones of the same partner and version: only the newest works. */
  async insertLink(row: ConsentLinkRow) {
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('consent_links')
        .set({ expires_at: row.created_at })
        .where('network_id', '=', row.network_id)
        .where('version_id', '=', row.version_id)
        .where('actor_id', '=', row.actor_id)
        .where('used_at', 'is', null)
        .where('expires_at', '>', row.created_at)
        .execute();
      await trx.insertInto('consent_links').values(row).execute();
    });
  },
  /** The link of a secret, with what its page shows. */
  linkByHash: (tokenHash: string) =>
    db
      .selectFrom('consent_links as l')
      .innerJoin('networks as n', 'n.id', 'l.network_id')
      .innerJoin('actors as a', 'a.id', 'l.actor_id')
      .innerJoin('card_versions as v', 'v.id', 'l.version_id')
      .selectAll('l')
      .select(['n.name as network_name', 'a.name as actor_name', 'v.number', 'v.published_at', 'v.snapshot'])
      .where('l.token_hash', '=', tokenHash)
      .executeTakeFirst(),
  latestVersionId: async (networkId: string) =>
    (
      await db
        .selectFrom('card_versions')
        .select('id')
        .where('network_id', '=', networkId)
        .orderBy('number', 'desc')
        .limit(1)
        .executeTakeFirst()
    )?.id ?? null,
  /**
   * The answer uses the link up: one conditional UPDATE, so of two answers one wins. An agreement
   * writes the consent in the same transaction (unless the partner agreed another way meanwhile).
   */
  async answer(
    tokenHash: string,
    now: string,
    answer: { answer: 'agree' | 'decline'; name: string; reason: string },
    consent: (link: ConsentLinkRow) => ConsentRow,
  ): Promise<{ link: ConsentLinkRow; consentId: string | null } | undefined> {
    return db.transaction().execute(async (trx) => {
      const link = await trx
        .updateTable('consent_links')
        .set({ used_at: now, answer: answer.answer, answer_name: answer.name, reason: answer.reason })
        .where('token_hash', '=', tokenHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .returningAll()
        .executeTakeFirst();
      if (!link) return undefined;
      if (answer.answer !== 'agree') return { link, consentId: null };
      const row = consent(link);
      const inserted = await trx
        .insertInto('card_consents')
        .values(row)
        .onConflict((oc) => oc.columns(['version_id', 'party']).doNothing())
        .returning('id')
        .executeTakeFirst();
      return { link, consentId: inserted?.id ?? null };
    });
  },
  async insertConsent(row: ConsentRow): Promise<boolean> {
    const inserted = await db
      .insertInto('card_consents')
      .values(row)
      .onConflict((oc) => oc.columns(['version_id', 'party']).doNothing())
      .returning('id')
      .executeTakeFirst();
    return Boolean(inserted);
  },
  /** Takes back a consent that was not given by a member in Wijknet; the removed row, if any. */
  async removeConsent(networkId: string, versionId: string, consentId: string) {
    return db
      .deleteFrom('card_consents')
      .where('network_id', '=', networkId)
      .where('version_id', '=', versionId)
      .where('id', '=', consentId)
      .where('method', '!=', 'account')
      .returningAll()
      .executeTakeFirst();
  },
  /** Who sent a link, to tell them the answer. */
  sender: (userId: string) =>
    db.selectFrom('users').select(['email', 'name']).where('id', '=', userId).executeTakeFirst(),
});
