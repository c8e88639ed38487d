import type { Deps } from '../common/deps.js';
import type { MemberContext, SessionUser } from '../../core/access.js';
import { AppError, errors } from '../../core/errors.js';
import { hashSecret, isoIn, newId, newSecret, nowIso } from '../../core/crypto.js';
import { msg } from '../../core/messages/index.js';
import { recordChange } from '../common/changes.js';
import { limitMail } from '../common/rate-limit.js';
import { oneLine } from '../common/text.js';
import { mailAddressOf, unconfirmedContacts } from '../common/contact-address.js';
import { quote } from '../common/mail-template.js';
import { cardRepository, type VersionRow } from './repository.js';
import { consentRepository } from './consent-repository.js';
import type {
  CardSnapshot,
  ConsentLinkState,
  ConsentLinkView,
  ConsentMethod,
  ConsentView,
  Party,
  RecordedMethod,
} from './schemas.js';

/** A personal consent link works this long (and once). */
export const CONSENT_LINK_TTL_MS = 14 * 24 * 60 * 60_000;

/** How each way of giving consent is written in mails and documents. */
export const CONSENT_HOW: Record<ConsentMethod, string> = {
  account: 'online in Wijknet',
  link: 'online via een persoonlijke link',
  email: 'per e-mail',
  paper: 'op papier ondertekend',
  meeting: 'in een overleg',
};

const gone = (key: 'consent.linkUsed' | 'consent.linkExpired') => new AppError(410, 'gone', key);

/** Today's date in the Netherlands, YYYY-MM-DD. */
const today = (at = new Date()) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);

const dutchDay = (iso: string) =>
  new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso).toLocaleDateString('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  });

const actorOfParty = (party: string) => (party.startsWith('actor:') ? party.slice('actor:'.length) : null);

/**
 * Consent from every partner, also those without an account (issue 10): "Vraag akkoord" mails the
 * partner's contact a personal link to the exact version (opening it changes nothing; the answer is
 * a POST that uses it up), and a kartrekker records consent given elsewhere. Every consent names
 * the person who gave it and how.
 */
export function createConsentActions(deps: Deps) {
  const repo = consentRepository(deps.db);
  const cards = cardRepository(deps.db);

  /** The version, which must be the latest: consent is given only to the latest version. */
  async function latest(networkId: string, versionId: string): Promise<VersionRow> {
    const v = await cards.version(networkId, versionId);
    if (!v) throw errors.notFound('card.versionNotFound');
    const newest = await cards.latestVersion(networkId);
    if (newest && newest.id !== v.id)
      throw errors.conflict(msg('card.newerVersion', { number: Number(newest.number) }), {
        current: { id: newest.id, number: Number(newest.number) },
      });
    return v;
  }

  const actions = {
    /** Each party of a version with its consent, how it was given, and its latest link. */
    async consentList(networkId: string, versionId: string, parties: Party[]): Promise<ConsentView[]> {
      const actorIds = parties.map((p) => actorOfParty(p.party)).filter((x): x is string => x !== null);
      const [consents, links, actors] = await Promise.all([
        repo.consentsFor(networkId, versionId),
        repo.linksFor(networkId, versionId),
        repo.actors(networkId, actorIds),
      ]);
      const unconfirmed = await unconfirmedContacts(deps.db, actors);
      const byParty = new Map(consents.map((c) => [c.party, c]));
      const actorById = new Map(actors.map((a) => [a.id, a]));
      const lastLink = new Map(links.map((l) => [l.actor_id, l]));
      const now = nowIso();
      return parties.map((p): ConsentView => {
        const c = byParty.get(p.party);
        const actorId = actorOfParty(p.party);
        const l = actorId ? lastLink.get(actorId) : undefined;
        const link: ConsentLinkState | null = l
          ? {
              status: l.used_at
                ? l.answer === 'agree'
                  ? 'agreed'
                  : 'declined'
                : l.expires_at <= now
                  ? 'expired'
                  : 'open',
              sentAt: l.created_at,
              expiresAt: l.expires_at,
              answeredBy: l.answer_name,
              reason: l.reason,
            }
          : null;
        const actor = actorId ? actorById.get(actorId) : undefined;
        return {
          ...p,
          consentId: c?.id ?? null,
          consented: !!c,
          consentedAt: c?.consented_at ?? null,
          consentedBy: c?.user_name ?? null,
          method: c ? (c.method as ConsentMethod) : null,
          byRole: c?.given_by_role || null,
          givenOn: c?.given_on ?? null,
          recordedBy: c?.recorded_by ? c.recorder_name || c.recorder_email || null : null,
          link,
          contact: actorId ? (!actor?.contact_email ? 'none' : unconfirmed.has(actorId) ? 'unconfirmed' : 'ok') : null,
        };
      });
    },

    /** "Vraag akkoord": by a kartrekker or the partner's confirmed representative, to a confirmed address. */
    async askConsent(ctx: MemberContext, user: SessionUser, versionId: string, actorId: string): Promise<void> {
      const v = await latest(ctx.networkId, versionId);
      const snapshot = JSON.parse(v.snapshot) as CardSnapshot;
      const party = `actor:${actorId}`;
      if (!snapshot.parties.some((p) => p.party === party)) throw errors.invalid({ actorId: 'consent.notAParty' });
      if (ctx.role !== 'kartrekker' && ctx.actorId !== actorId) throw errors.forbidden('consent.notYours');
      if ((await repo.consentsFor(ctx.networkId, v.id)).some((c) => c.party === party))
        throw errors.conflict('consent.already');
      const actor = await repo.actor(ctx.networkId, actorId);
      if (!actor) throw errors.invalid({ actorId: 'consent.notAParty' });
      if (!actor.contact_email) throw errors.invalid({ actorId: 'consent.noAddress' });
      const to = await mailAddressOf(deps.db, actor);
      if (!to) throw errors.invalid({ actorId: 'consent.addressUnconfirmed' });
      await limitMail(deps, { userId: ctx.userId, networkId: ctx.networkId });
      const token = newSecret();
      const now = nowIso();
      const row = {
        id: newId(),
        network_id: ctx.networkId,
        version_id: v.id,
        actor_id: actorId,
        email: to,
        token_hash: hashSecret(token),
        sent_by: ctx.userId,
        created_at: now,
        expires_at: isoIn(CONSENT_LINK_TTL_MS),
        used_at: null,
        answer: null,
        answer_name: null,
        reason: '',
      };
      await repo.insertLink(row);
      const network = oneLine(await repo.networkName(ctx.networkId));
      const partner = oneLine(actor.name);
      const sender = oneLine(user.name || user.email);
      await deps.mailer.send({
        to,
        kind: 'consent-request',
        validUntil: row.expires_at,
        subject: oneLine(`Gaat ${partner} akkoord met de samenwerkingskaart van ${network}?`),
        text:
          `Beste ${partner},\n\n` +
          `${sender} vraagt namens het wijknetwerk "${network}" in Wijknet of ${partner} akkoord gaat met versie ${Number(v.number)} ` +
          `van de samenwerkingskaart, vastgelegd op ${dutchDay(v.published_at)}.\n\n` +
          `Lees de kaart en geef je antwoord via deze persoonlijke link. Je hebt geen account nodig:\n` +
          `${deps.config.publicUrl}/akkoord/${token}\n\n` +
          `Je kunt akkoord geven, of niet akkoord met een reden. De link werkt 14 dagen en één keer; alleen openen verandert niets.\n` +
          `Je krijgt deze mail omdat dit adres het contactadres van ${partner} is in Wijknet.\n`,
      });
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'consent_link',
        entityId: row.id,
        action: 'create',
        after: { versionId: v.id, actorId, expiresAt: row.expires_at },
      });
    },

    /** Consent given outside Wijknet, recorded by a kartrekker and announced to the partner's contact. */
    async recordConsent(
      ctx: MemberContext,
      user: SessionUser,
      versionId: string,
      input: { party: string; name: string; role?: string; date: string; how: RecordedMethod },
    ): Promise<void> {
      const v = await latest(ctx.networkId, versionId);
      const snapshot = JSON.parse(v.snapshot) as CardSnapshot;
      const party = snapshot.parties.find((p) => p.party === input.party);
      if (!party) throw errors.invalid({ party: 'consent.notAParty' });
      if (input.date > today()) throw errors.invalid({ date: 'consent.dateFuture' });
      if (input.date < today(new Date(v.published_at))) throw errors.invalid({ date: 'consent.dateBeforeVersion' });
      const row = {
        id: newId(),
        network_id: ctx.networkId,
        version_id: v.id,
        party: input.party,
        member_id: null,
        user_name: input.name,
        consented_at: nowIso(),
        method: input.how,
        given_by_role: input.role ?? '',
        given_on: input.date,
        recorded_by: ctx.userId,
      };
      if (!(await repo.insertConsent(row))) throw errors.conflict('consent.already');
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'card_consent',
        entityId: row.id,
        action: 'create',
        after: {
          versionId: v.id,
          party: input.party,
          name: input.name,
          role: row.given_by_role,
          date: input.date,
          how: input.how,
        },
      });
      const actorId = actorOfParty(input.party);
      const actor = actorId ? await repo.actor(ctx.networkId, actorId) : undefined;
      const to = actor ? await mailAddressOf(deps.db, actor) : null;
      if (!actor || !to) return;
      const partner = oneLine(actor.name);
      const who = oneLine(input.name) + (input.role ? ` (${oneLine(input.role)})` : '');
      const kartrekker = oneLine(user.name || user.email);
      await deps.mailer.send({
        to,
        kind: 'consent-recorded',
        subject: oneLine(`Akkoord van ${partner} vastgelegd in Wijknet`),
        text:
          `Beste ${partner},\n\n` +
          `${kartrekker} heeft in Wijknet vastgelegd dat ${who} namens ${partner} ${CONSENT_HOW[input.how]} akkoord heeft gegeven ` +
          `op versie ${Number(v.number)} van de samenwerkingskaart van het wijknetwerk "${oneLine(await repo.networkName(ctx.networkId))}", ` +
          `op ${dutchDay(input.date)}.\n\n` +
          `Klopt dit niet? Laat het weten aan ${kartrekker} via ${oneLine(user.email)}.\n`,
      });
    },

    /**
     * "Klopt dit niet?": a kartrekker takes back a consent that was recorded or given through a
     * link (a member's own online consent stays theirs). Only on the latest version.
     */
    async removeConsent(ctx: MemberContext, versionId: string, consentId: string): Promise<void> {
      const v = await latest(ctx.networkId, versionId);
      const removed = await repo.removeConsent(ctx.networkId, v.id, consentId);
      if (!removed) throw errors.notFound('consent.notFound');
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'card_consent',
        entityId: consentId,
        action: 'delete',
        before: { versionId: v.id, party: removed.party, name: removed.user_name, how: removed.method },
      });
    },

    /** What a personal link shows. Opening it changes nothing (mail scanners open links too). */
    async readConsentLink(token: string): Promise<ConsentLinkView> {
      const l = await repo.linkByHash(hashSecret(token));
      if (!l) throw errors.notFound('consent.linkNotFound');
      const status: ConsentLinkView['status'] = l.used_at
        ? 'used'
        : l.expires_at <= nowIso()
          ? 'expired'
          : (await repo.latestVersionId(l.network_id)) !== l.version_id
            ? 'outdated'
            : 'open';
      const s = JSON.parse(l.snapshot) as CardSnapshot;
      return {
        status,
        networkName: l.network_name,
        partnerName: l.actor_name,
        versionNumber: Number(l.number),
        publishedAt: l.published_at,
        expiresAt: l.expires_at,
        snapshot:
          status === 'open'
            ? {
                mode: s.mode,
                // Outsiders read the card, not which member wrote which item: only partners stay named.
                columns: s.columns.map((c) => ({
                  ...c,
                  items: c.items.map((i) => ({
                    ...i,
                    sources: i.sources
                      .filter((x) => x.actorName)
                      .map((x) => ({ ...x, memberId: null, memberName: '' })),
                  })),
                })),
                network: s.network,
                goals: s.goals,
                leads: s.leads,
                agreements: s.agreements,
              }
            : null,
        answer: l.answer,
      };
    },

    /** The answer through a personal link: agree (the consent names the person) or decline with a reason. */
    async answerConsentLink(
      token: string,
      input: { answer: 'agree' | 'decline'; name: string; role?: string; reason?: string },
    ): Promise<ConsentLinkView> {
      const hash = hashSecret(token);
      if (input.answer === 'decline' && !input.reason) throw errors.invalid({ reason: 'consent.reasonNeeded' });
      const before = await repo.linkByHash(hash);
      if (!before) throw errors.notFound('consent.linkNotFound');
      if (before.used_at) throw gone('consent.linkUsed');
      if (before.expires_at <= nowIso()) throw gone('consent.linkExpired');
      if ((await repo.latestVersionId(before.network_id)) !== before.version_id)
        throw errors.conflict('consent.linkOutdated');
      const now = nowIso();
      const done = await repo.answer(
        hash,
        now,
        { answer: input.answer, name: input.name, reason: input.answer === 'decline' ? (input.reason ?? '') : '' },
        (link) => ({
          id: newId(),
          network_id: link.network_id,
          version_id: link.version_id,
          party: `actor:${link.actor_id}`,
          member_id: null,
          user_name: input.name,
          consented_at: now,
          method: 'link',
          given_by_role: input.role ?? '',
          given_on: null,
          recorded_by: null,
        }),
      );
      if (!done) {
        const again = await repo.linkByHash(hash);
        throw gone(again?.used_at ? 'consent.linkUsed' : 'consent.linkExpired');
      }
      await recordChange(deps, {
        networkId: done.link.network_id,
        userId: null,
        entity: done.consentId ? 'card_consent' : 'consent_link',
        entityId: done.consentId ?? done.link.id,
        action: done.consentId ? 'create' : 'update',
        after: {
          versionId: done.link.version_id,
          party: `actor:${done.link.actor_id}`,
          answer: input.answer,
          name: input.name,
          how: 'link',
          ...(input.answer === 'decline' ? { reason: input.reason ?? '' } : {}),
        },
      });
      // The one who asked hears the answer (a refusal with its reason, quoted).
      const sender = done.link.sent_by ? await repo.sender(done.link.sent_by) : undefined;
      if (sender) {
        const partner = oneLine(before.actor_name);
        const who = oneLine(input.name) + (input.role ? ` (${oneLine(input.role)})` : '');
        await deps.mailer.send({
          to: sender.email,
          kind: 'consent-answer',
          subject: oneLine(
            input.answer === 'agree'
              ? `${partner} gaat akkoord met versie ${Number(before.number)} van de samenwerkingskaart`
              : `${partner} gaat niet akkoord met versie ${Number(before.number)} van de samenwerkingskaart`,
          ),
          text:
            `Hallo,\n\n${who} heeft namens ${partner} via de persoonlijke link ` +
            (input.answer === 'agree'
              ? `akkoord gegeven op versie ${Number(before.number)} van de samenwerkingskaart van "${oneLine(before.network_name)}".\n`
              : `géén akkoord gegeven op versie ${Number(before.number)} van de samenwerkingskaart van "${oneLine(before.network_name)}". De reden:\n${quote(input.reason ?? '')}\n`) +
            `\nJe ziet het bij de versie in Wijknet.\n`,
        });
      }
      return actions.readConsentLink(token);
    },
  };
  return actions;
}

export type ConsentActions = ReturnType<typeof createConsentActions>;
