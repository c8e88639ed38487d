import type { Deps } from '../common/deps.js';
import type { MemberContext } from '../../core/access.js';
import { errors } from '../../core/errors.js';
import { msg, type MessageRef } from '../../core/messages/index.js';
import { hashSecret, newId, newSecret, nowIso } from '../../core/crypto.js';
import { recordChange } from '../common/changes.js';
import { parseList } from '../common/json.js';
import { today } from '../common/dates.js';
import { isOnScale } from '../../domain/scan/score.js';
import type { ScanDefinition } from '../../domain/scan/definition.js';
import type { scanRepository, RoundRow } from './repository.js';
import { activeDefinition, definitionsOf, isClosed } from './rounds.js';
import type {
  LiveAnswered,
  LiveAnswerInput,
  LiveConsoleView,
  LiveItem,
  LivePhoneView,
  GuestLiveScan,
  RoundView,
  StartLiveInput,
} from './schemas.js';

type Repo = ReturnType<typeof scanRepository>;

/** Who answers on a phone: a guest of the werksessie (no account) or a signed-in member. */
export type LiveParticipant = { guestId: string } | { memberId: string };

interface Helpers {
  prepareRound(
    ctx: MemberContext,
    input: { label?: string; instrumentId: string; disabledItems?: string[] },
    how: { closesOn: string; mode: 'links' | 'session'; sessionId: string | null },
  ): Promise<RoundRow>;
  toViews(networkId: string, rows: RoundRow[]): Promise<RoundView[]>;
  roundOf(ctx: MemberContext, roundId: string): Promise<RoundRow>;
}

/** The questions of a live round in the order the big screen shows them. */
function itemsOf(round: RoundRow): { items: LiveItem[]; nl: ScanDefinition; en: ScanDefinition } {
  const disabled = new Set(parseList(round.disabled_items));
  const { nl, en } = definitionsOf(round);
  const activeNl = activeDefinition(nl, disabled);
  const enItems = new Map(en.dimensions.flatMap((d) => d.items.map((i) => [i.id, { text: i.text, dim: d.name }])));
  const items = activeNl.dimensions.flatMap((d) =>
    d.items.map((i) => ({
      id: i.id,
      nl: i.text,
      en: enItems.get(i.id)?.text ?? i.text,
      dimension: { nl: d.name, en: enItems.get(i.id)?.dim ?? d.name },
    })),
  );
  return { items, nl: activeNl, en };
}

/**
 * Who took part is a row in scan_invitations (answered, no e-mail, no link); the same person in
 * the same round always gives the same hash, so the unique token column lets them in once. The
 * row's time is the round's, so it tells nothing about when someone answered.
 */
const participantHash = (roundId: string, who: LiveParticipant) =>
  hashSecret(`scan-live:${roundId}:${'guestId' in who ? `guest:${who.guestId}` : `member:${who.memberId}`}`);

/**
 * The samenwerkingsscan filled in live during a werksessie. The big screen shows one question at
 * a time; phones answer each question once. A phone's first answer makes an answer set and gives
 * the phone a key (only its hash is stored on the set, and wiped when the round closes), so the
 * next answers join the same set while no stored data ties the set to a person. Screens learn
 * only counts; results come through the normal results route after closing.
 */
export function createLiveScan(deps: Deps, repo: Repo, helpers: Helpers) {
  /**
   * Screens hear of the round on the session's stream; a moved or closed question also reaches the
   * network's members (their phones follow /api/events). Never any content.
   */
  async function emit(round: RoundRow, type: 'scan' | 'scanCount') {
    if (!round.session_id) return;
    await deps.live.publish({ type: `session.${type}`, entityId: round.session_id });
    if (type === 'scan')
      await deps.live.publish({ networkId: round.network_id, type: 'scan_round.live', entityId: round.id });
  }

  function phoneView(round: RoundRow): LivePhoneView {
    const { items, nl, en } = itemsOf(round);
    const index = Math.min(Math.max(0, Number(round.live_index ?? 0)), items.length - 1);
    return {
      roundId: round.id,
      label: round.label,
      status: isClosed(round) ? 'closed' : 'open',
      index,
      total: items.length,
      item: isClosed(round) ? null : (items[index] ?? null),
      scale: nl.scale,
      scaleEn: en.scale,
    };
  }

  async function consoleView(round: RoundRow): Promise<LiveConsoleView> {
    const view = phoneView(round);
    const { items } = itemsOf(round);
    const [counts, answeredCurrent] = await Promise.all([
      repo.counts(round.network_id),
      repo.answeredItem(round.network_id, round.id, items[view.index]?.id ?? ''),
    ]);
    return {
      ...view,
      sessionId: round.session_id ?? '',
      participants: counts.get(round.id)?.answered ?? 0,
      answeredCurrent,
      version: Number(round.version),
    };
  }

  async function liveRoundOf(ctx: MemberContext, roundId: string) {
    const round = await helpers.roundOf(ctx, roundId);
    if (round.mode !== 'session' || !round.session_id) throw errors.conflict('scan.liveNotLive');
    return round;
  }

  async function answer(round: RoundRow, who: LiveParticipant, input: LiveAnswerInput): Promise<LiveAnswered> {
    if (isClosed(round)) throw errors.conflict('scan.roundClosed');
    const { items, nl } = itemsOf(round);
    const fields: Record<string, MessageRef> = {};
    if (!items.some((i) => i.id === input.itemId)) fields.itemId = 'scan.itemNotInRound';
    else if (!isOnScale(nl.scale, input.value))
      fields.value = msg('scan.offScale', { min: nl.scale.min, max: nl.scale.max });
    if (Object.keys(fields).length) throw errors.invalid(fields);

    const tokenHash = participantHash(round.id, who);
    let key = input.key;
    if (!key) {
      key = newSecret();
      const first = await repo.firstLiveAnswer(
        {
          id: newId(),
          network_id: round.network_id,
          round_id: round.id,
          member_id: 'memberId' in who ? who.memberId : null,
          actor_id: null,
          email: '',
          token_hash: tokenHash,
          answered: 1,
          created_at: round.created_at,
        },
        {
          id: newId(),
          network_id: round.network_id,
          round_id: round.id,
          answers: JSON.stringify({ [input.itemId]: input.value }),
          live_key: hashSecret(key),
        },
      );
      if (first === 'closed') throw errors.conflict('scan.roundClosed');
      if (!first) throw errors.conflict('scan.liveAlreadyIn');
    } else {
      // The key alone is not enough: the caller must be the person who took part.
      if (!(await repo.liveParticipant(round.network_id, round.id, tokenHash)))
        throw errors.conflict('scan.liveAlreadyIn');
      const set = await repo.liveResponse(round.network_id, round.id, hashSecret(key));
      if (!set) throw errors.conflict('scan.roundClosed');
      const answers = JSON.parse(set.answers) as Record<string, number>;
      if (input.itemId in answers) throw errors.conflict('scan.liveItemAnswered');
      const after = JSON.stringify({ ...answers, [input.itemId]: input.value });
      if (!(await repo.addLiveAnswer(round.network_id, set.id, set.answers, after)))
        throw errors.conflict('scan.liveItemAnswered');
    }
    // Only "the count changed" goes out, without data; phones do not hear it.
    await emit(round, 'scanCount');
    return { key };
  }

  return {
    async startLive(ctx: MemberContext, input: StartLiveInput, session: { status: string }): Promise<LiveConsoleView> {
      if (session.status !== 'open') throw errors.conflict('scan.liveSessionEnded');
      const running = (await repo.liveRounds(ctx.networkId, input.sessionId)).find((r) => !isClosed(r));
      if (running) throw errors.conflict('scan.liveAlreadyRunning');
      const round = await helpers.prepareRound(ctx, input, {
        closesOn: today(),
        mode: 'session',
        sessionId: input.sessionId,
      });
      await repo.insertRound(round, []);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'scan_round',
        entityId: round.id,
        action: 'create',
        after: {
          label: round.label,
          instrument_id: round.instrument_id,
          disabled_items: round.disabled_items,
          mode: 'session',
          session_id: input.sessionId,
        },
      });
      await emit(round, 'scan');
      return consoleView(round);
    },

    async liveConsole(ctx: MemberContext, roundId: string): Promise<LiveConsoleView> {
      return consoleView(await liveRoundOf(ctx, roundId));
    },

    async moveLive(ctx: MemberContext, roundId: string, index: number): Promise<LiveConsoleView> {
      const round = await liveRoundOf(ctx, roundId);
      if (isClosed(round)) throw errors.conflict('scan.roundClosed');
      const total = itemsOf(round).items.length;
      if (index >= total) throw errors.invalid({ index: msg('scan.liveIndex', { total }) });
      const after = await repo.move(ctx.networkId, roundId, index, nowIso());
      if (!after) throw errors.conflict('scan.roundClosed');
      await emit(after, 'scan');
      return consoleView(after);
    },

    /** After a live round closed: the keys go, the screens fetch the results, the phones say thanks. */
    async closed(round: RoundRow) {
      await repo.forgetLiveKeys(round.network_id, round.id);
      await emit(round, 'scan');
    },

    async memberPhone(ctx: MemberContext, roundId: string): Promise<LivePhoneView> {
      return phoneView(await liveRoundOf(ctx, roundId));
    },

    async memberAnswer(ctx: MemberContext, roundId: string, input: LiveAnswerInput): Promise<LiveAnswered> {
      return answer(await liveRoundOf(ctx, roundId), { memberId: ctx.memberId }, input);
    },

    /** The guest's phone: the newest live round of their werksessie, or null when there is none. */
    async guestPhone(guest: { id: string }, session: { id: string; network_id: string }): Promise<GuestLiveScan> {
      const rounds = await repo.liveRounds(session.network_id, session.id);
      const round = rounds.at(-1);
      return { round: round ? phoneView(round) : null };
    },

    async guestAnswer(
      guest: { id: string },
      session: { id: string; network_id: string; status: string },
      input: LiveAnswerInput & { roundId: string },
    ): Promise<LiveAnswered> {
      if (session.status !== 'open') throw errors.conflict('session.ended');
      const round = await repo.round(session.network_id, input.roundId);
      if (!round || round.mode !== 'session' || round.session_id !== session.id)
        throw errors.notFound('scan.roundMissing');
      const { roundId: _roundId, ...rest } = input;
      return answer(round, { guestId: guest.id }, rest);
    },
  };
}
