import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { mailOutboxAcrossNetworks } from '../jobs/mail-outbox-repository.js';

const statusNames: Record<string, string> = { queued: 'wacht', sent: 'verstuurd', failed: 'mislukt' };
const when = (iso: string) =>
  new Date(iso).toLocaleString('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Amsterdam',
  });

/**
 * `wijknet mail status`: how many mails wait, went out or failed, and per unsent mail its kind,
 * time, attempts and last error — never the address or the contents.
 */
export async function mailStatusReport(db: Kysely<DB>, max = 50): Promise<string> {
  const repo = mailOutboxAcrossNetworks(db);
  const counts = new Map((await repo.counts()).map((c) => [c.status, c.count]));
  const lines = [
    `Mail: ${['queued', 'sent', 'failed'].map((s) => `${counts.get(s) ?? 0} ${statusNames[s]}`).join(', ')}`,
  ];
  const unsent = await repo.unsent(max);
  if (unsent.length) {
    lines.push('', 'Niet (nog niet) verstuurd, nieuwste eerst:');
    for (const m of unsent) {
      const next = m.status === 'queued' ? `, volgende poging ${when(m.next_attempt_at)}` : '';
      lines.push(
        `- ${statusNames[m.status]} · ${m.kind} · ${when(m.created_at)} · ${m.attempts} ${m.attempts === 1 ? 'poging' : 'pogingen'}${next}${m.last_error ? ` · ${m.last_error}` : ''}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
