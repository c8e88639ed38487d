import type { Deps } from '../modules/common/deps.js';
import { hashSecret, newSecret } from '../core/crypto.js';
import { oneLine } from '../modules/common/text.js';
import { displayName } from '../modules/common/names.js';
import { addDays, dayInAmsterdam, type IsoDay } from '../domain/calendar/dates.js';
import { cockpitItems } from '../domain/cockpit/rules.js';
import { digestMail } from '../domain/cockpit/render.js';
import { cockpitPath, networkPageUrl, unsubscribeUrl } from '../modules/cockpit/schemas.js';
import { cockpitDigestAcrossNetworks } from './cockpit-digest-repository.js';
import { startRepeating } from './repeat.js';

/** The Monday of the (Amsterdam) week a day lies in. */
export function weekOf(day: IsoDay): IsoDay {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/** Unsubscribe links work for half a year; the sent-log is kept for eight weeks. */
const LINK_DAYS = 183;
const LOG_WEEKS = 8;

/**
 * The weekly digest: every kartrekker who has not turned it off gets, once per week and network,
 * a mail with the cockpit's items (the same rules and words as the cockpit page), through the
 * mail outbox. Nothing is sent (and nothing claimed) for a network with nothing to say, so a
 * later run in the same week still sends when something comes up. `now` is the moment the rules
 * read; tests pass a fixed one.
 */
export async function sendCockpitDigests(deps: Deps, now: Date = new Date()): Promise<{ sent: number }> {
  const repo = cockpitDigestAcrossNetworks(deps.db);
  const today = dayInAmsterdam(now);
  const week = weekOf(today);
  const at = now.toISOString();
  const recipients = await repo.recipients();
  const byNetwork = new Map<string, typeof recipients>();
  for (const r of recipients) byNetwork.set(r.network_id, [...(byNetwork.get(r.network_id) ?? []), r]);
  let sent = 0;
  for (const [networkId, people] of byNetwork) {
    const items = cockpitItems(await repo.facts(networkId, now), now);
    if (items.length === 0) continue;
    for (const person of people) {
      const token = newSecret();
      const mail = digestMail({
        recipientName: displayName({ name: person.name }),
        networkName: oneLine(person.network_name),
        items,
        linkFor: (action) => networkPageUrl(deps.config.publicUrl, networkId, cockpitPath(action)),
        cockpitUrl: networkPageUrl(deps.config.publicUrl, networkId, 'verdiepen/cockpit'),
        settingsUrl: `${deps.config.publicUrl.replace(/\/$/, '')}/account`,
        unsubscribeUrl: unsubscribeUrl(deps.config.publicUrl, token),
      });
      if (!mail) continue;
      if (!(await repo.claim(networkId, person.user_id, week, at))) continue;
      await repo.addUnsubscribeLink(person.user_id, hashSecret(token), at);
      try {
        await deps.mailer.send({ to: person.email, subject: oneLine(mail.subject), text: mail.body, kind: 'digest' });
        sent++;
      } catch (err) {
        deps.log.error({ err }, 'cockpit digest not queued');
      }
    }
  }
  await repo.prune(addDays(week, -7 * LOG_WEEKS), new Date(now.getTime() - LINK_DAYS * 86_400_000).toISOString());
  return { sent };
}

/** Runs the digest every hour inside the server process (the first run five minutes after start); each week's mail goes once. */
export function startCockpitDigestTimer(deps: Deps): () => void {
  const run = () =>
    void sendCockpitDigests(deps).catch((err: unknown) => deps.log.error({ err }, 'cockpit digest failed'));
  return startRepeating(run, 300_000, 3_600_000);
}
