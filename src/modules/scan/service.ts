import type { Deps } from '../common/deps.js';
import type { MemberContext } from '../../core/access.js';
import { errors } from '../../core/errors.js';
import { msg, type MessageRef } from '../../core/messages/index.js';
import { hashSecret, newId, newSecret, nowIso } from '../../core/crypto.js';
import { recordChange } from '../common/changes.js';
import { listText, parseList } from '../common/json.js';
import { today } from '../common/dates.js';
import {
  MIN_RESPONDENTS,
  isOnScale,
  readRound,
  scoreRound,
  trendOf,
  type ResponseAnswers,
  type RoundScore,
} from '../../domain/scan/score.js';
import { tipText, tipsFor } from '../../domain/scan/tips.js';
import { INSTRUMENTS } from './instruments.js';
import { activeDefinition, definitionsOf, isClosed } from './rounds.js';
import { createLiveScan } from './live.js';
import { scanRepository, type InvitationRow, type RoundRow } from './repository.js';
import { unconfirmedContacts } from '../common/contact-address.js';
import {
  scanLink,
  type AnswerForm,
  type DimensionResult,
  type InstrumentView,
  type MyLinkView,
  type OpenRoundInput,
  type RoundResults,
  type RoundView,
} from './schemas.js';

const dutchDate = (iso: string) =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

export { isClosed };

export function invitationMail(to: string, networkName: string, label: string, closesOn: string, link: string) {
  return {
    to,
    subject: `Samenwerkingsscan ${label} van ${networkName}`,
    text:
      `Hallo,\n\nHoe gaat de samenwerking in het wijknetwerk "${networkName}"? Dat vragen we aan iedereen die meedoet, met de samenwerkingsscan. ` +
      `Invullen duurt ongeveer 10 minuten.\n\nJe antwoorden zijn anoniem: niemand kan zien wat jij hebt geantwoord. ` +
      `De uitkomsten komen pas als de ronde gesloten is en als minstens ${MIN_RESPONDENTS} mensen hebben geantwoord.\n\n` +
      `Vul de scan in via je persoonlijke link (die werkt één keer, tot en met ${dutchDate(closesOn)}):\n${link}\n\n` +
      `Stuur deze link niet door: hij is alleen voor jou.\n`,
  };
}

export function createScanService(deps: Deps) {
  const repo = scanRepository(deps.db);

  async function toViews(networkId: string, rows: RoundRow[]): Promise<RoundView[]> {
    const counts = await repo.counts(networkId);
    const day = today();
    return rows.map((r) => ({
      id: r.id,
      label: r.label,
      instrumentId: r.instrument_id,
      instrumentVersion: r.instrument_version,
      instrumentName: definitionsOf(r).nl.name,
      disabledItems: parseList(r.disabled_items),
      closesOn: r.closes_on,
      closedAt: r.closed_at,
      status: isClosed(r, day) ? 'closed' : 'open',
      mode: r.mode === 'session' ? 'session' : 'links',
      sessionId: r.session_id,
      invited: counts.get(r.id)?.invited ?? 0,
      answered: counts.get(r.id)?.answered ?? 0,
      createdAt: r.created_at,
      version: Number(r.version),
    }));
  }

  async function roundOf(ctx: MemberContext, roundId: string) {
    const round = await repo.round(ctx.networkId, roundId);
    if (!round) throw errors.notFound('scan.roundMissing');
    return round;
  }

  async function score(round: RoundRow): Promise<RoundScore> {
    const answers = (await repo.answers(round.network_id, round.id)).map((a) => JSON.parse(a) as ResponseAnswers);
    return scoreRound(definitionsOf(round).nl, answers, { switchedOff: parseList(round.disabled_items) });
  }

  /** An invitation whose link may be used now, or the Dutch reason why not. */
  async function usableInvitation(token: string): Promise<{ invitation: InvitationRow; round: RoundRow }> {
    const invitation = await repo.invitationByToken(hashSecret(token));
    if (!invitation) throw errors.notFound('scan.linkInvalid');
    const round = (await repo.round(invitation.network_id, invitation.round_id))!;
    if (isClosed(round)) throw errors.conflict('scan.roundClosed');
    if (invitation.answered) throw errors.conflict('scan.alreadyAnswered');
    return { invitation, round };
  }

  /** A new round's row: the instrument frozen in it, the switched-off items checked, a free label. */
  async function prepareRound(
    ctx: MemberContext,
    input: { label?: string; instrumentId: string; disabledItems?: string[] },
    how: { closesOn: string; mode: 'links' | 'session'; sessionId: string | null },
  ): Promise<RoundRow> {
    const instrument = INSTRUMENTS.get(input.instrumentId);
    if (!instrument) throw errors.invalid({ instrumentId: 'scan.unknownInstrument' });
    const disabled = [...new Set(input.disabledItems ?? [])];
    const items = new Set(instrument.nl.dimensions.flatMap((d) => d.items.map((i) => i.id)));
    const unknown = disabled.find((i) => !items.has(i));
    if (unknown) throw errors.invalid({ disabledItems: msg('scan.unknownItem', { item: unknown }) });
    if (disabled.length >= items.size) throw errors.invalid({ disabledItems: 'scan.nothingLeft' });

    const existing = await repo.rounds(ctx.networkId);
    let label = input.label;
    if (label) {
      if (existing.some((r) => r.label.toLowerCase() === label!.toLowerCase()))
        throw errors.conflict(msg('scan.labelTaken', { label }));
    } else {
      const taken = new Set(existing.map((r) => r.label.toLowerCase()));
      let n = existing.length;
      while (taken.has(`t${n}`)) n++;
      label = `T${n}`;
    }
    const now = nowIso();
    return {
      id: newId(),
      network_id: ctx.networkId,
      label,
      instrument_id: instrument.nl.id,
      instrument_version: String(instrument.nl.version),
      definition: JSON.stringify(instrument.nl),
      definition_en: JSON.stringify(instrument.en),
      disabled_items: listText(disabled),
      mode: how.mode,
      session_id: how.sessionId,
      closes_on: how.closesOn,
      closed_at: null,
      reminded_at: null,
      live_index: how.mode === 'session' ? 0 : null,
      created_at: now,
      updated_at: now,
      version: 1,
    };
  }

  const live = createLiveScan(deps, repo, { prepareRound, toViews, roundOf });

  return {
    ...live,
    instruments(): InstrumentView[] {
      return [...INSTRUMENTS.values()].map((i) => ({ id: i.nl.id, version: String(i.nl.version), nl: i.nl, en: i.en }));
    },

    async rounds(ctx: MemberContext): Promise<RoundView[]> {
      return toViews(ctx.networkId, await repo.rounds(ctx.networkId));
    },

    async open(ctx: MemberContext, input: OpenRoundInput): Promise<RoundView> {
      if (input.closesOn < today()) throw errors.invalid({ closesOn: 'scan.closesInPast' });
      const round = await prepareRound(ctx, input, { closesOn: input.closesOn, mode: 'links', sessionId: null });
      const label = round.label;
      // Only confirmed addresses: a changed one waits for its owner (issue 10).
      const withAddress = await repo.contacts(ctx.networkId);
      const unconfirmed = await unconfirmedContacts(deps.db, withAddress);
      const contacts = new Map(withAddress.filter((c) => !unconfirmed.has(c.id)).map((c) => [c.id, c]));
      const chosen = [...new Set(input.contactActorIds ?? [])];
      if (chosen.some((a) => !contacts.has(a))) throw errors.invalid({ contactActorIds: 'scan.notAContact' });
      const now = round.created_at;
      const outgoing: { to: string; token: string }[] = [];
      const invitations: InvitationRow[] = [];
      const invite = (memberId: string | null, actorId: string | null, email: string) => {
        const token = newSecret();
        outgoing.push({ to: email, token });
        invitations.push({
          id: newId(),
          network_id: ctx.networkId,
          round_id: round.id,
          member_id: memberId,
          actor_id: actorId,
          email,
          token_hash: hashSecret(token),
          answered: 0,
          created_at: now,
        });
      };
      const members = await repo.members(ctx.networkId);
      const memberAddresses = new Set(members.map((m) => m.email.toLowerCase()));
      for (const m of members) invite(m.id, null, m.email);
      // A contact who is also a member already has a link: one person, one answer.
      for (const actorId of chosen) {
        const email = contacts.get(actorId)!.contact_email!.trim().toLowerCase();
        if (!memberAddresses.has(email)) {
          memberAddresses.add(email);
          invite(null, actorId, email);
        }
      }
      await repo.insertRound(round, invitations);

      const networkName = await repo.networkName(ctx.networkId);
      for (const mail of outgoing) {
        try {
          await deps.mailer.send(
            invitationMail(mail.to, networkName, label, round.closes_on, scanLink(deps.config.publicUrl, mail.token)),
          );
        } catch (err) {
          deps.log.warn({ err }, 'scan invitation mail failed');
        }
      }
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'scan_round',
        entityId: round.id,
        action: 'create',
        after: {
          label,
          instrument_id: round.instrument_id,
          disabled_items: round.disabled_items,
          closes_on: round.closes_on,
          invited: invitations.length,
        },
      });
      return (await toViews(ctx.networkId, [round]))[0];
    },

    async close(ctx: MemberContext, roundId: string): Promise<RoundView> {
      const before = await roundOf(ctx, roundId);
      if (before.closed_at) throw errors.conflict('scan.alreadyClosed');
      const after = await repo.close(ctx.networkId, roundId, Number(before.version), nowIso());
      if (!after) throw errors.conflict('scan.alreadyClosed');
      if (after.mode === 'session') await live.closed(after);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'scan_round',
        entityId: roundId,
        action: 'update',
        before: { closed_at: null },
        after: { closed_at: after.closed_at },
      });
      return (await toViews(ctx.networkId, [after]))[0];
    },

    /**
     * The caller's own personal link, fresh (the previous one stops working), so a member can
     * answer from the app; a member who joined after the round opened is invited now.
     */
    async myLink(ctx: MemberContext, roundId: string): Promise<MyLinkView> {
      const round = await roundOf(ctx, roundId);
      if (isClosed(round)) throw errors.conflict('scan.roundClosed');
      const token = newSecret();
      const invitation = await repo.invitationOfMember(ctx.networkId, roundId, ctx.memberId);
      if (invitation) {
        if (invitation.answered || !(await repo.renewToken(ctx.networkId, invitation.id, hashSecret(token))))
          throw errors.conflict('scan.alreadyAnswered');
      } else {
        const me = (await repo.members(ctx.networkId)).find((m) => m.id === ctx.memberId)!;
        await repo.insertInvitation({
          id: newId(),
          network_id: ctx.networkId,
          round_id: roundId,
          member_id: ctx.memberId,
          actor_id: null,
          email: me.email,
          token_hash: hashSecret(token),
          answered: 0,
          created_at: nowIso(),
        });
      }
      return { link: scanLink(deps.config.publicUrl, token) };
    },

    async answerForm(token: string): Promise<AnswerForm> {
      const { round } = await usableInvitation(token);
      const disabled = new Set(parseList(round.disabled_items));
      const { nl, en } = definitionsOf(round);
      return {
        networkName: await repo.networkName(round.network_id),
        label: round.label,
        closesOn: round.closes_on,
        nl: activeDefinition(nl, disabled),
        en: activeDefinition(en, disabled),
      };
    },

    /**
     * Stores one person's answers. Deliberately no audit row and no live event: either would give
     * the answer a time, and time next to "who has answered" could point at a person.
     */
    async answer(token: string, answers: Record<string, number>): Promise<{ stored: true }> {
      const { invitation, round } = await usableInvitation(token);
      const definition = activeDefinition(definitionsOf(round).nl, new Set(parseList(round.disabled_items)));
      const items = new Set(definition.dimensions.flatMap((d) => d.items.map((i) => i.id)));
      const fields: Record<string, MessageRef> = {};
      for (const [item, value] of Object.entries(answers)) {
        if (!items.has(item)) fields[`answers.${item}`] = 'scan.itemNotInRound';
        else if (!isOnScale(definition.scale, value))
          fields[`answers.${item}`] = msg('scan.offScale', { min: definition.scale.min, max: definition.scale.max });
      }
      if (Object.keys(fields).length) throw errors.invalid(fields);
      if (Object.keys(answers).length === 0) throw errors.invalid({ answers: 'scan.noAnswers' });
      const stored = await repo.answer(invitation, {
        id: newId(),
        network_id: round.network_id,
        round_id: round.id,
        answers: JSON.stringify(answers),
      });
      if (!stored) throw errors.conflict('scan.alreadyAnswered');
      return { stored: true };
    },

    /** Results only of a closed round with enough respondents; never anything per person. */
    async results(ctx: MemberContext, roundId: string): Promise<RoundResults> {
      const round = await roundOf(ctx, roundId);
      if (!isClosed(round)) return { available: false, reason: 'open', closesOn: round.closes_on };
      // A live round closed by its date (nobody pressed close): forget the phones' keys now.
      if (round.mode === 'session' && !round.closed_at) await repo.forgetLiveKeys(ctx.networkId, round.id);
      const current = await score(round);
      if (current.respondents < MIN_RESPONDENTS) {
        return {
          available: false,
          reason: 'too_few',
          respondents: current.respondents,
          needed: MIN_RESPONDENTS - current.respondents,
        };
      }
      const rounds = await repo.rounds(ctx.networkId);
      // The trend compares with the last earlier closed round of the same scan that has a result.
      let previous: RoundRow | null = null;
      let previousScore: RoundScore | null = null;
      for (const r of rounds
        .slice(
          0,
          rounds.findIndex((x) => x.id === round.id),
        )
        .reverse()) {
        if (r.instrument_id !== round.instrument_id || !isClosed(r)) continue;
        const s = await score(r);
        if (s.respondents >= MIN_RESPONDENTS) {
          previous = r;
          previousScore = s;
          break;
        }
      }
      const trend = previousScore ? trendOf([previousScore, current]) : [];
      const change = new Map(trend.map((t) => [t.id, t.steps[0]?.change ?? null]));

      const { nl, en } = definitionsOf(round);
      const readings = new Map(readRound(nl, current).map((r) => [r.id, r]));
      const tips = new Map(tipsFor([...readings.values()]).map((t) => [t.id, t.tips]));
      const enNames = new Map(en.dimensions.map((d) => [d.id, d.name]));
      const dimensions: DimensionResult[] = current.dimensions.map((d) => {
        const reading = readings.get(d.id);
        return {
          id: d.id,
          name: { nl: nl.dimensions.find((x) => x.id === d.id)!.name, en: enNames.get(d.id) ?? d.id },
          items: d.items,
          n: d.n,
          withheld: d.withheld,
          mean: d.mean,
          sd: d.sd,
          spread: reading?.spread ?? null,
          weak: reading?.weak ?? false,
          divided: reading?.divided ?? false,
          tips: (tips.get(d.id) ?? []).map((t) => ({ ...t, nl: tipText(t.id, 'nl'), en: tipText(t.id, 'en') })),
          trend: change.get(d.id) ?? null,
        };
      });
      return {
        available: true,
        respondents: current.respondents,
        scale: nl.scale,
        scaleEn: en.scale,
        previousLabel: previous?.label ?? null,
        dimensions,
      };
    },
  };
}

export type ScanService = ReturnType<typeof createScanService>;
