import type { Deps } from '../modules/common/deps.js';
import { hashSecret, newSecret, nowIso } from '../core/crypto.js';
import { scanLink } from '../modules/scan/schemas.js';
import { scanRemindersAcrossNetworks } from './scan-reminders-repository.js';
import { startRepeating } from './repeat.js';

/** Days before a scan round closes that those who have not answered get a reminder. */
export const SCAN_REMINDER_DAYS = 2;

const plusDays = (day: string, days: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

const dutchDate = (iso: string) =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

/**
 * Reminds everyone who has not answered an open scan round that closes within two days. Once per
 * round (the round's `reminded_at` is claimed first, so two processes never both send). The
 * first link's token is stored only hashed, so the reminder carries a fresh link and the old one
 * stops working.
 */
export async function sendScanReminders(
  deps: Deps,
  day = new Date().toISOString().slice(0, 10),
): Promise<{ sent: number }> {
  const repo = scanRemindersAcrossNetworks(deps.db);
  let sent = 0;
  for (const round of await repo.roundsClosing(day, plusDays(day, SCAN_REMINDER_DAYS))) {
    if (!(await repo.claim(round.id, nowIso()))) continue;
    for (const invitation of await repo.notAnswered(round.id)) {
      const token = newSecret();
      if (!(await repo.renewToken(invitation.id, hashSecret(token)))) continue;
      try {
        await deps.mailer.send({
          to: invitation.email,
          subject: `Herinnering: samenwerkingsscan ${round.label} van ${round.network_name}`,
          text:
            `Hallo,\n\nDe samenwerkingsscan ${round.label} van het wijknetwerk "${round.network_name}" sluit op ${dutchDate(round.closes_on)}. ` +
            `Je hebt hem nog niet ingevuld. Hoe meer mensen antwoorden, hoe beter de uitkomsten kloppen.\n\n` +
            `Vul de scan in via deze nieuwe persoonlijke link (de link uit de eerste mail werkt niet meer):\n${scanLink(deps.config.publicUrl, token)}\n\n` +
            `Je antwoorden zijn anoniem. Stuur deze link niet door: hij is alleen voor jou.\n`,
        });
        sent++;
      } catch (err) {
        deps.log.error({ err }, 'scan reminder not sent');
      }
    }
  }
  return { sent };
}

/** Runs the scan reminders once an hour inside the server process (the first run two minutes after start). */
export function startScanReminderTimer(deps: Deps): () => void {
  const run = () =>
    void sendScanReminders(deps).catch((err: unknown) => deps.log.error({ err }, 'scan reminders failed'));
  return startRepeating(run, 120_000, 3_600_000);
}
