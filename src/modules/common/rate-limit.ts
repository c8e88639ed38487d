import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { AppError, errors } from '../../core/errors.js';

/**
 * Fixed-window counters kept in the database, so limits hold across several processes.
 * Returns the count in the current window after this hit.
 */
export async function hit(
  db: Kysely<DB>,
  key: string,
  windowMs: number,
): Promise<{ count: number; resetInMs: number }> {
  const now = Date.now();
  const windowStart = now - (now % windowMs);
  const row = await db
    .insertInto('rate_limits')
    .values({ key, window_start: windowStart, count: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({
        count: eb
          .case()
          .when('rate_limits.window_start', '<', windowStart)
          .then(1)
          .else(eb('rate_limits.count', '+', 1))
          .end(),
        window_start: windowStart,
      })),
    )
    .returning(['count'])
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), resetInMs: windowStart + windowMs - now };
}

/** Gives back a hit that turned out not to count (a sign-in that succeeded after all). */
export async function unhit(db: Kysely<DB>, key: string, windowMs: number): Promise<void> {
  const now = Date.now();
  const windowStart = now - (now % windowMs);
  await db
    .updateTable('rate_limits')
    .set((eb) => ({ count: eb('count', '-', 1) }))
    .where('key', '=', key)
    .where('window_start', '=', windowStart)
    .where('count', '>', 0)
    .execute();
}

export async function peek(db: Kysely<DB>, key: string, windowMs: number): Promise<number> {
  const now = Date.now();
  const windowStart = now - (now % windowMs);
  const row = await db
    .selectFrom('rate_limits')
    .select(['count', 'window_start'])
    .where('key', '=', key)
    .executeTakeFirst();
  return row && Number(row.window_start) >= windowStart ? Number(row.count) : 0;
}

export async function limit(db: Kysely<DB>, key: string, max: number, windowMs: number): Promise<void> {
  const { count, resetInMs } = await hit(db, key, windowMs);
  if (count > max) throw errors.rateLimited(Math.ceil(resetInMs / 1000));
}

const DAY_MS = 24 * 60 * 60_000;

/**
 * Mail that a person has Wijknet send to others (invitations, approaches, consent requests) counts
 * against a daily limit per sender and per network (config: WIJKNET_MAIL_PER_SENDER_DAY and
 * WIJKNET_MAIL_PER_NETWORK_DAY), so nobody uses Wijknet as a megaphone.
 */
export async function limitMail(
  deps: { db: Kysely<DB>; config: { mailPerSenderDay: number; mailPerNetworkDay: number } },
  who: { userId: string; networkId: string },
): Promise<void> {
  const sender = await hit(deps.db, `mail-sender:${who.userId}`, DAY_MS);
  if (sender.count > deps.config.mailPerSenderDay)
    throw new AppError(429, 'mail_limit', 'error.mailLimitSender', undefined, {
      retryAfterSeconds: Math.ceil(sender.resetInMs / 1000),
    });
  const network = await hit(deps.db, `mail-network:${who.networkId}`, DAY_MS);
  if (network.count > deps.config.mailPerNetworkDay) {
    await unhit(deps.db, `mail-sender:${who.userId}`, DAY_MS);
    throw new AppError(429, 'mail_limit', 'error.mailLimitNetwork', undefined, {
      retryAfterSeconds: Math.ceil(network.resetInMs / 1000),
    });
  }
}
