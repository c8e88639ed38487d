import type { Deps } from '../modules/common/deps.js';
import { remindersAcrossNetworks } from './reminders-repository.js';
import { startRepeating } from './repeat.js';

/** Days before a due date that an action's owner gets a reminder. */
export const ACTION_REMINDER_DAYS = 3;
/** Days before a review date that the kartrekkers get a reminder. */
export const REVIEW_REMINDER_DAYS = 7;

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
 * Sends the reminders that are due, in every network: actions coming due (or overdue) to their
 * owner, agreement reviews to the network's kartrekkers. People who turned reminders off get
 * none. Idempotent and safe with several processes: each reminder's key is claimed in
 * reminders_sent before the mail goes out (a claim that loses a race sends nothing), and
 * released again when sending fails.
 */
export async function sendDueReminders(
  deps: Deps,
  day = new Date().toISOString().slice(0, 10),
): Promise<{ sent: number }> {
  const base = deps.config.publicUrl.replace(/\/$/, '');
  const repo = remindersAcrossNetworks(deps.db);
  const actions = await repo.actionsDueBy(plusDays(day, ACTION_REMINDER_DAYS));
  const reviews = await repo.reviewsDueBy(plusDays(day, REVIEW_REMINDER_DAYS));

  const outgoing = [
    ...actions.map((a) => ({
      key: `action:${a.id}:${a.due_on}:${a.user_id}`,
      userId: a.user_id,
      to: a.email,
      subject: a.due_on! < day ? `Actie over tijd: ${a.title}` : `Herinnering: ${a.title} (${dutchDate(a.due_on!)})`,
      text:
        `Hallo,\n\nJe actie "${a.title}" in ${a.network_name} staat op ${dutchDate(a.due_on!)}.\n` +
        `Is hij klaar? Zet hem dan op klaar: ${base}/netwerken/${a.network_id}/actieplan\n\n` +
        `Geen herinneringen meer? Zet ze uit bij Mijn gegevens in Wijknet.\n`,
    })),
    ...reviews.map((r) => ({
      key: `review:${r.id}:${r.review_on}:${r.user_id}`,
      userId: r.user_id,
      to: r.email,
      subject: `Afspraak evalueren: ${r.title} (${dutchDate(r.review_on!)})`,
      text:
        `Hallo,\n\nIn ${r.network_name} staat de afspraak "${r.title}" op ${dutchDate(r.review_on!)} om te evalueren.\n` +
        `Bespreek met de partners of de afspraak nog klopt: ${base}/netwerken/${r.network_id}/afspraken\n\n` +
        `Geen herinneringen meer? Zet ze uit bij Mijn gegevens in Wijknet.\n`,
    })),
  ];

  let sent = 0;
  for (const mail of outgoing) {
    if (!(await repo.claim(mail.key, mail.userId))) continue;
    try {
      await deps.mailer.send({ to: mail.to, subject: mail.subject, text: mail.text, kind: 'reminder' });
      sent++;
    } catch (err) {
      await repo.release(mail.key);
      deps.log.error({ err }, 'reminder not sent');
    }
  }
  return { sent };
}

/** Runs the reminders once an hour inside the server process (the first run a minute after start). */
export function startReminderTimer(deps: Deps): () => void {
  const run = () => void sendDueReminders(deps).catch((err: unknown) => deps.log.error({ err }, 'reminders failed'));
  return startRepeating(run, 60_000, 3_600_000);
}
