import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { hashSecret, isoIn, newId, newSecret, nowIso } from '../../core/crypto.js';
import type { Mailer } from '../../core/mail.js';
import { oneLine } from './text.js';

/** A link to confirm a changed contact address works this long. */
export const CONTACT_CONFIRMATION_TTL_MS = 14 * 24 * 60 * 60_000;

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The address mail for a partner may go to: its contact address, unless that address was changed
 * and its owner has not confirmed it yet. Addresses from before migration 0020 and addresses
 * given when the partner was added count as they are.
 */
export async function mailAddressOf(
  db: Kysely<DB>,
  actor: { id: string; contact_email: string | null },
): Promise<string | null> {
  if (!actor.contact_email) return null;
  const pending = await db
    .selectFrom('contact_confirmations')
    .select('id')
    .where('actor_id', '=', actor.id)
    .where('email', '=', actor.contact_email.trim().toLowerCase())
    .where('confirmed_at', 'is', null)
    .executeTakeFirst();
  return pending ? null : actor.contact_email;
}

/** Which of these partners' contact addresses wait for confirmation (actor ids). */
export async function unconfirmedContacts(
  db: Kysely<DB>,
  actors: { id: string; contact_email: string | null }[],
): Promise<Set<string>> {
  const withMail = actors.filter((a) => a.contact_email);
  if (!withMail.length) return new Set();
  const rows = await db
    .selectFrom('contact_confirmations')
    .select(['actor_id', 'email'])
    .where(
      'actor_id',
      'in',
      withMail.map((a) => a.id),
    )
    .where('confirmed_at', 'is', null)
    .execute();
  const byId = new Map(withMail.map((a) => [a.id, a.contact_email!]));
  return new Set(rows.filter((r) => same(byId.get(r.actor_id) ?? '', r.email)).map((r) => r.actor_id));
}

/**
 * A partner's contact address changed: until its owner confirms it through the link mailed to it,
 * no consent link or other mail goes there.
 */
export async function askContactConfirmation(
  deps: { db: Kysely<DB>; mailer: Mailer; config: { publicUrl: string } },
  actor: { id: string; name: string; contact_email: string },
  networkName: string,
): Promise<void> {
  const token = newSecret();
  const email = actor.contact_email.trim().toLowerCase();
  await deps.db
    .insertInto('contact_confirmations')
    .values({
      id: newId(),
      actor_id: actor.id,
      email,
      token_hash: hashSecret(token),
      created_at: nowIso(),
      expires_at: isoIn(CONTACT_CONFIRMATION_TTL_MS),
      confirmed_at: null,
    })
    .execute();
  await deps.mailer.send({
    to: actor.contact_email,
    kind: 'contact-confirmation',
    subject: oneLine(`Klopt dit e-mailadres van ${actor.name}?`),
    text:
      `Hallo,\n\nIn het wijknetwerk "${oneLine(networkName)}" in Wijknet is dit e-mailadres opgegeven als contactadres van ${oneLine(actor.name)}.\n` +
      `Wijknet stuurt pas mail naar dit adres (zoals vragen om akkoord) als jij bevestigt dat het klopt:\n` +
      `${deps.config.publicUrl}/adres-bevestigen#token=${token}\n\n` +
      `De link werkt 14 dagen. Klopt het niet? Dan hoef je niets te doen: we gebruiken het adres niet.\n`,
  });
}

/** Confirms the address of a link; false when the link is unknown, used or too old. */
export async function confirmContact(db: Kysely<DB>, token: string): Promise<{ actorName: string } | null> {
  const row = await db
    .selectFrom('contact_confirmations')
    .innerJoin('actors', 'actors.id', 'contact_confirmations.actor_id')
    .select([
      'contact_confirmations.id',
      'contact_confirmations.actor_id',
      'contact_confirmations.email',
      'contact_confirmations.expires_at',
      'contact_confirmations.confirmed_at',
      'actors.name',
      'actors.contact_email',
    ])
    .where('contact_confirmations.token_hash', '=', hashSecret(token))
    .executeTakeFirst();
  if (!row || row.expires_at <= nowIso() || !row.contact_email || !same(row.contact_email, row.email)) return null;
  if (row.confirmed_at) return { actorName: row.name };
  await db
    .updateTable('contact_confirmations')
    .set({ confirmed_at: nowIso() })
    .where('actor_id', '=', row.actor_id)
    .where('email', '=', row.email)
    .where('confirmed_at', 'is', null)
    .execute();
  return { actorName: row.name };
}
