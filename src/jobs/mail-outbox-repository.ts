import type { Kysely } from 'kysely';
import type { DB, MailOutboxTable } from '../db/schema.js';

export type OutboxRow = MailOutboxTable;

/** The mail outbox, across the whole installation (mail belongs to no network). */
export function mailOutboxAcrossNetworks(db: Kysely<DB>) {
  return {
    async insert(row: OutboxRow): Promise<void> {
      await db.insertInto('mail_outbox').values(row).execute();
    },

    due(now: string, max: number): Promise<OutboxRow[]> {
      return db
        .selectFrom('mail_outbox')
        .selectAll()
        .where('status', '=', 'queued')
        .where('next_attempt_at', '<=', now)
        .orderBy('next_attempt_at')
        .limit(max)
        .execute();
    },

    /**
     * Takes a mail for one attempt: only the process whose UPDATE still finds the due time it read
     * wins. The new due time is a lease: should this process die while sending, the mail is due
     * again after it.
     */
    async claim(id: string, seenNextAttemptAt: string, leaseUntil: string): Promise<boolean> {
      const result = await db
        .updateTable('mail_outbox')
        .set((eb) => ({ next_attempt_at: leaseUntil, attempts: eb('attempts', '+', 1) }))
        .where('id', '=', id)
        .where('status', '=', 'queued')
        .where('next_attempt_at', '=', seenNextAttemptAt)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Sent or given up: the body goes (a sign-in mail holds a link and a code), the facts stay. */
    async finish(id: string, status: 'sent' | 'failed', at: string, lastError: string | null): Promise<void> {
      await db
        .updateTable('mail_outbox')
        .set({
          status,
          sent_at: status === 'sent' ? at : null,
          last_error: lastError,
          subject: '',
          text: '',
          html: null,
        })
        .where('id', '=', id)
        .execute();
    },

    async retryAt(id: string, nextAttemptAt: string, lastError: string): Promise<void> {
      await db
        .updateTable('mail_outbox')
        .set({ next_attempt_at: nextAttemptAt, last_error: lastError })
        .where('id', '=', id)
        .execute();
    },

    counts(): Promise<{ status: string; count: number }[]> {
      return db
        .selectFrom('mail_outbox')
        .select((eb) => ['status', eb.fn.countAll<number>().as('count')])
        .groupBy('status')
        .execute()
        .then((rows) => rows.map((r) => ({ status: r.status, count: Number(r.count) })));
    },

    /** Mail not (yet) sent, newest first, without address or body. */
    unsent(max: number) {
      return db
        .selectFrom('mail_outbox')
        .select(['id', 'kind', 'status', 'attempts', 'created_at', 'next_attempt_at', 'last_error'])
        .where('status', 'in', ['queued', 'failed'])
        .orderBy('created_at', 'desc')
        .limit(max)
        .execute();
    },

    async deleteFinishedBefore(before: string): Promise<number> {
      const result = await db
        .deleteFrom('mail_outbox')
        .where('status', 'in', ['sent', 'failed'])
        .where('created_at', '<', before)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    /** Whether an address asked for no more mail through Wijknet (case ignored). */
    async isSuppressed(address: string): Promise<boolean> {
      const row = await db
        .selectFrom('mail_suppressions')
        .select('address')
        .where('address', '=', address.trim().toLowerCase())
        .executeTakeFirst();
      return Boolean(row);
    },

    /** Stores the hash of the link a mail carries to ask for no more mail. */
    async addOptoutLink(tokenHash: string, address: string, at: string): Promise<void> {
      await db
        .insertInto('mail_optout_links')
        .values({ token_hash: tokenHash, address: address.trim().toLowerCase(), created_at: at })
        .execute();
    },
  };
}
