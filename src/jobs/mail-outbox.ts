import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Mail, Mailer } from '../core/mail.js';
import { hashSecret, newId, newSecret } from '../core/crypto.js';
import type { Deps } from '../modules/common/deps.js';
import { mailOutboxAcrossNetworks } from './mail-outbox-repository.js';
import { startRepeating } from './repeat.js';

/** Waits after the 1st, 2nd, 3rd and 4th failed attempt; after the 5th the mail is given up. */
export const MAIL_RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 60 * 60_000];
/** One attempt may take this long; a mail server that accepts and then says nothing is left. */
export const MAIL_ATTEMPT_TIMEOUT_MS = 10_000;
/** How often a running server looks for due mail besides being woken by a new one. */
const POLL_MS = 5_000;
/** Sent and failed mail is kept this long for `wijknet mail status`, then deleted. */
export const MAIL_RETENTION_DAYS = 30;

export interface MailQueue extends Mailer {
  /** Called after every mail stored, so a running sender can go at once. */
  onQueued(fn: () => void): void;
}

/** The Mailer the app hands to modules: it stores the mail in the outbox and answers at once. */
export function createMailQueue(db: Kysely<DB>): MailQueue {
  const repo = mailOutboxAcrossNetworks(db);
  let wake = () => undefined as void;
  return {
    async send(mail: Mail) {
      const now = new Date().toISOString();
      await repo.insert({
        id: newId(),
        to_address: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html ?? null,
        kind: mail.kind ?? 'other',
        status: 'queued',
        attempts: 0,
        next_attempt_at: now,
        last_error: null,
        valid_until: mail.validUntil ?? null,
        created_at: now,
        sent_at: null,
      });
      wake();
    },
    onQueued(fn) {
      wake = fn;
    },
  };
}

/** Sign-in mails are always sent and carry no opt-out: without them nobody can sign in. */
export const SIGN_IN_KIND = 'sign-in';

/** The line every other mail ends with; the link adds the address to the suppression list. */
export const OPT_OUT_TEXT = 'Ik wil geen mail meer via Wijknet';

/**
 * The mail policy in front of the app's mailer (the outbox, or a test's fake): an address on the
 * suppression list gets nothing but sign-in mails, and every other mail ends with a personal
 * "Ik wil geen mail meer via Wijknet" link (in the fragment, so it never reaches a server log).
 */
export function withMailPolicy(db: Kysely<DB>, publicUrl: string, inner: Mailer): Mailer {
  const repo = mailOutboxAcrossNetworks(db);
  return {
    async send(mail: Mail) {
      if (mail.kind === SIGN_IN_KIND) return inner.send(mail);
      if (await repo.isSuppressed(mail.to)) return;
      const token = newSecret();
      await repo.addOptoutLink(hashSecret(token), mail.to, new Date().toISOString());
      const footer =
        `\n\n-- \n${OPT_OUT_TEXT}? Klik dan hier, dan sturen we je niets meer (behalve inlogmails die je zelf vraagt):\n` +
        `${publicUrl}/geen-mail#token=${token}\n`;
      return inner.send({ ...mail, text: mail.text.trimEnd() + footer });
    },
  };
}

/**
 * What went wrong, for the operator: the error's code, the SMTP reply code and the first words of
 * the message, with e-mail addresses taken out (servers quote the recipient in their refusals).
 */
export function describeMailError(err: unknown): string {
  const e = err as { code?: unknown; responseCode?: unknown; message?: unknown };
  const parts = [
    typeof e.code === 'string' ? e.code : 'error',
    typeof e.responseCode === 'number' ? String(e.responseCode) : '',
  ].filter(Boolean);
  const message = String(e.message ?? err)
    .replace(/<?[^\s<>@]+@[^\s<>@]+>?/g, '…')
    .slice(0, 160);
  return `${parts.join(' ')}: ${message}`;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`no answer within ${ms} ms`), { code: 'ETIMEDOUT' })), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export interface DeliverOptions {
  transport: Mailer;
  attemptTimeoutMs?: number;
  now?: () => Date;
  /** At most this many mails per run, so one run never takes long. */
  batch?: number;
}

/**
 * Sends the mail that is due, one attempt each. Safe with several processes: a mail is claimed
 * before it is sent, and only one claim wins. A failed attempt is tried again after the next delay
 * of MAIL_RETRY_DELAYS_MS; a mail that runs out of attempts, or whose next attempt would come
 * after it stops being valid (a sign-in link), is marked failed.
 */
export async function deliverDueMail(
  deps: Pick<Deps, 'db' | 'log'>,
  options: DeliverOptions,
): Promise<{ sent: number; retrying: number; failed: number }> {
  const repo = mailOutboxAcrossNetworks(deps.db);
  const clock = options.now ?? (() => new Date());
  const timeoutMs = options.attemptTimeoutMs ?? MAIL_ATTEMPT_TIMEOUT_MS;
  const result = { sent: 0, retrying: 0, failed: 0 };
  for (const mail of await repo.due(clock().toISOString(), options.batch ?? 20)) {
    const now = clock();
    if (mail.valid_until && mail.valid_until <= now.toISOString()) {
      await repo.finish(
        mail.id,
        'failed',
        now.toISOString(),
        mail.last_error ?? 'expired: not sent within its validity',
      );
      result.failed++;
      continue;
    }
    // An address that asked for no more mail after this one was queued gets it neither.
    if (mail.kind !== SIGN_IN_KIND && (await repo.isSuppressed(mail.to_address))) {
      await repo.finish(mail.id, 'failed', now.toISOString(), 'suppressed: the address asked for no more mail');
      result.failed++;
      continue;
    }
    // The lease outlasts the attempt's timeout, so no other process takes the mail meanwhile.
    const lease = new Date(now.getTime() + timeoutMs + 60_000).toISOString();
    if (!(await repo.claim(mail.id, mail.next_attempt_at, lease))) continue;
    const attempt = mail.attempts + 1;
    try {
      await withTimeout(
        options.transport.send({
          to: mail.to_address,
          subject: mail.subject,
          text: mail.text,
          ...(mail.html ? { html: mail.html } : {}),
        }),
        timeoutMs,
      );
      await repo.finish(mail.id, 'sent', clock().toISOString(), null);
      result.sent++;
    } catch (err) {
      const error = describeMailError(err);
      const delay = MAIL_RETRY_DELAYS_MS[attempt - 1];
      const next = delay === undefined ? undefined : new Date(clock().getTime() + delay).toISOString();
      deps.log.warn({ mailId: mail.id, kind: mail.kind, attempt, error }, 'mail not sent');
      if (next === undefined || (mail.valid_until && next > mail.valid_until)) {
        await repo.finish(mail.id, 'failed', clock().toISOString(), error);
        result.failed++;
      } else {
        await repo.retryAt(mail.id, next, error);
        result.retrying++;
      }
    }
  }
  return result;
}

/** Deletes sent and failed mail older than MAIL_RETENTION_DAYS; queued mail stays. */
export function purgeOldMail(db: Kysely<DB>, now = new Date()): Promise<number> {
  return mailOutboxAcrossNetworks(db).deleteFinishedBefore(
    new Date(now.getTime() - MAIL_RETENTION_DAYS * 24 * 60 * 60_000).toISOString(),
  );
}

/**
 * The sender inside a running server: a run every few seconds and right after a mail is queued,
 * never two runs at once in this process. Returns a function that stops it.
 */
export function startMailOutbox(deps: Deps, queue: MailQueue, transport: Mailer): () => void {
  let running: Promise<unknown> | null = null;
  let again = false;
  const run = () => {
    if (running) {
      again = true;
      return;
    }
    running = deliverDueMail(deps, { transport })
      .catch((err: unknown) => deps.log.error({ err }, 'mail outbox run failed'))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          run();
        }
      });
  };
  queue.onQueued(run);
  const stop = startRepeating(run, 0, POLL_MS);
  return () => {
    queue.onQueued(() => undefined);
    stop();
  };
}
