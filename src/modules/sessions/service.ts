import type { Deps } from '../common/deps.js';
import type { MemberContext } from '../../core/access.js';
import { AppError, errors } from '../../core/errors.js';
import { hashSecret, newId, newSecret, nowIso } from '../../core/crypto.js';
import { recordChange } from '../common/changes.js';
import { limit } from '../common/rate-limit.js';
import { msg, render, type Lang } from '../../core/messages/index.js';
import { CARD_GUIDE, type CardColumn } from '../../domain/card.js';
import { parseList } from '../common/json.js';
import { newSessionCode } from '../common/session-code.js';
import type { Services } from '../../core/registry.js';
import { LIMITS } from '../common/schemas.js';
import { sessionRepository, type AnswerRow, type GuestRow, type SessionRow } from './repository.js';
import {
  MAX_ANSWERS_PER_GUEST,
  MAX_GUESTS,
  type AnswerView,
  type ConsoleView,
  type GuestView,
  type MyAnswer,
  type PublicAnswer,
  type SessionKind,
  type SessionSummary,
  type GuestJoined,
  type VoteCast,
} from './schemas.js';

/** Wrong codes per IP address: 20 per 10 minutes. Right codes are never counted. */
export const WRONG_CODE_LIMIT = { max: 20, windowMs: 10 * 60_000 };

/**
 * New guests: 100 per address per 10 minutes (a full room behind one venue connection, with room
 * for phones that join twice) and 200 per session per minute from all addresses together.
 */
export const JOIN_LIMIT = { address: { max: 100, windowMs: 10 * 60_000 }, session: { max: 200, windowMs: 60_000 } };

const guestUnknown = () => new AppError(401, 'guest_unknown', 'session.guestUnknown');
const sessionMissing = () => errors.notFound('session.notFound');
const sessionEnded = () => new AppError(409, 'session_ended', 'session.ended');
const wrongCode = () => errors.invalid({ code: 'session.codeUnknown' }, 'session.codeUnknownShort');

export const normaliseCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, '');

function defaultQuestions(kind: SessionKind, column: CardColumn | null, lang: Lang): string[] {
  if (kind === 'card' && column) return CARD_GUIDE.find((c) => c.key === column)!.questions.slice(0, 3);
  if (kind === 'ladder') return [render(lang, 'session.question.ladder')];
  if (kind === 'vote') return [render(lang, 'session.question.vote')];
  return [render(lang, 'session.question.ideas')];
}

export function toAnswer(r: AnswerRow): AnswerView {
  return {
    id: r.id,
    guestId: r.guest_id,
    name: r.author_name,
    questionIndex: Number(r.question_index),
    text: r.text,
    status: r.status as AnswerView['status'],
    group: r.group_label,
    mergedInto: r.merged_into,
    mergedFrom: parseList(r.merged_from),
    acceptedAs: r.accepted_as,
    acceptedId: r.accepted_id,
    createdAt: r.created_at,
    version: Number(r.version),
  };
}

export const publicAnswer = (a: AnswerView): PublicAnswer => ({
  id: a.id,
  name: a.name,
  questionIndex: a.questionIndex,
  text: a.text,
  group: a.group,
});
export const isVisible = (a: Pick<AnswerView, 'status'>) => a.status === 'approved';

/** How an answer without a name is credited (the cards and documents are Dutch). */
export const ANONYMOUS = 'anoniem';

/**
 * Everyone an answer came from: its author, or for a merged answer all its sources' authors, with
 * "anoniem" once for those who gave no name (a merged answer's name already lists its authors).
 */
export function creditsOf(sources: Pick<AnswerRow, 'author_name'>[]): string[] {
  const names = sources.flatMap((a) => (a.author_name ? a.author_name.split(', ') : [ANONYMOUS]));
  const named = [...new Set(names.filter((n) => n && n !== ANONYMOUS))];
  return names.includes(ANONYMOUS) ? [...named, ANONYMOUS] : named;
}

const summary = (s: SessionRow): SessionSummary => ({
  id: s.id,
  kind: s.kind as SessionKind,
  column: s.card_column as CardColumn | null,
  title: s.title,
  status: s.status as 'open' | 'ended',
  code: s.code,
  createdAt: s.created_at,
  endedAt: s.ended_at,
});

/** The join link as an SVG QR code; qrcode is loaded on the first session view, not when the app starts. */
async function qrSvg(url: string): Promise<string> {
  const { default: QRCode } = await import('qrcode');
  return QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
}

/** Accepted answers go into the network's work through the services that own it. */
export function createSessionService(deps: Deps, others: Pick<Services, 'cards' | 'goals' | 'focus'>) {
  const repo = sessionRepository(deps.db);

  const emit = (sessionId: string, type: string, data?: unknown) =>
    deps.live.publish({ type: `session.${type}`, entityId: sessionId, data });

  async function sessionOf(ctx: MemberContext, sessionId: string): Promise<SessionRow> {
    const s = await repo.get(ctx.networkId, sessionId);
    if (!s) throw sessionMissing();
    return s;
  }

  async function counts(s: SessionRow): Promise<number[]> {
    const options = parseList(s.options);
    const out = options.map(() => 0);
    for (const r of await repo.voteCounts(s.network_id, s.id))
      if (Number(r.option_index) < out.length) out[Number(r.option_index)] = Number(r.n);
    return out;
  }

  const joinUrl = (code: string) => `${deps.config.publicUrl.replace(/\/$/, '')}/sessie/${code}`;

  async function consoleView(s: SessionRow): Promise<ConsoleView> {
    const [guests, answers, votes] = await Promise.all([
      repo.guests(s.network_id, s.id),
      repo.answers(s.network_id, s.id),
      counts(s),
    ]);
    const perGuest = new Map<string, number>();
    for (const a of answers) if (a.guest_id) perGuest.set(a.guest_id, (perGuest.get(a.guest_id) ?? 0) + 1);
    const url = s.code ? joinUrl(s.code) : null;
    return {
      ...summary(s),
      questions: parseList(s.questions),
      options: parseList(s.options),
      moderated: Number(s.moderated) === 1,
      allowAnonymous: Number(s.allow_anonymous) === 1,
      entryOpen: Number(s.entry_open) === 1,
      joinUrl: url,
      qrSvg: url ? await qrSvg(url) : null,
      guests: guests.map((g) => ({ id: g.id, name: g.name, answers: perGuest.get(g.id) ?? 0, joinedAt: g.created_at })),
      answers: answers.map(toAnswer),
      votes,
      results: JSON.parse(s.results || '{}') as { votes?: number[] },
      version: Number(s.version),
    };
  }

  async function guestView(s: SessionRow, guest: GuestRow): Promise<GuestView> {
    const [answers, votes, vote] = await Promise.all([
      repo.answers(s.network_id, s.id),
      counts(s),
      repo.voteOf(s.network_id, s.id, guest.id),
    ]);
    const column = s.card_column as CardColumn | null;
    const guide = column ? CARD_GUIDE.find((c) => c.key === column) : undefined;
    const views = answers.map(toAnswer);
    return {
      session: {
        kind: s.kind as SessionKind,
        column,
        columnTitle: guide?.title ?? null,
        prompt: guide?.prompt ?? null,
        title: s.title,
        questions: parseList(s.questions),
        options: parseList(s.options),
        status: s.status as 'open' | 'ended',
        moderated: Number(s.moderated) === 1,
      },
      me: {
        id: guest.id,
        name: guest.name,
        answers: views
          .filter((a) => a.guestId === guest.id)
          .map((a) => ({ id: a.id, questionIndex: a.questionIndex, text: a.text, status: a.status })),
        vote: vote ? Number(vote.option_index) : null,
      },
      answers: views.filter(isVisible).map(publicAnswer),
      votes,
    };
  }

  async function guestFrom(token: string | undefined): Promise<{ guest: GuestRow; session: SessionRow }> {
    if (!token || token.length > 100) throw guestUnknown();
    const guest = await repo.guestByToken(hashSecret(token));
    if (!guest) throw guestUnknown();
    const session = await repo.ofGuest(guest);
    if (!session) throw guestUnknown();
    return { guest, session };
  }

  async function answerOf(s: SessionRow, answerId: string): Promise<AnswerRow> {
    const a = await repo.answer(s.network_id, s.id, answerId);
    if (!a) throw errors.notFound('session.answerNotFound');
    return a;
  }

  async function publishAnswer(sessionId: string, after: AnswerRow, wasVisible: boolean) {
    await emit(sessionId, 'answer', { answer: toAnswer(after), wasVisible });
  }

  return {
    guestFrom,
    /** For a stream that resumes: the stored events of this session after an id. */
    eventsSince: repo.eventsSince,
    latestEventId: repo.latestEventId,
    /** Whether this person is a kartrekker of the network now (a session stream re-checks it). */
    isKartrekker: async (networkId: string, userId: string) => (await repo.roleOf(networkId, userId)) === 'kartrekker',

    async list(ctx: MemberContext): Promise<SessionSummary[]> {
      return (await repo.list(ctx.networkId)).map(summary);
    },

    async get(ctx: MemberContext, sessionId: string): Promise<ConsoleView> {
      return consoleView(await sessionOf(ctx, sessionId));
    },

    /** Checks the session exists in the caller's network (for its stream). */
    sessionOf,

    async start(
      ctx: MemberContext,
      input: {
        kind: SessionKind;
        column?: CardColumn;
        title?: string;
        questions?: string[];
        options?: string[];
        moderated?: boolean;
        allowAnonymous?: boolean;
      },
      lang: Lang = 'nl',
    ): Promise<ConsoleView> {
      if (input.kind === 'card' && !input.column) throw errors.invalid({ column: 'session.chooseColumn' });
      if (input.kind === 'vote' && (input.options ?? []).length < 2)
        throw errors.invalid({ options: 'session.twoOptions' });
      const column = input.kind === 'card' ? input.column! : null;
      const questions = input.questions?.length ? input.questions : defaultQuestions(input.kind, column, lang);
      const now = nowIso();
      const base: Omit<SessionRow, 'code'> = {
        id: newId(),
        network_id: ctx.networkId,
        kind: input.kind,
        card_column: column,
        title: input.title ?? '',
        questions: JSON.stringify(questions),
        options: JSON.stringify(input.kind === 'vote' ? (input.options ?? []) : []),
        moderated: input.moderated === false ? 0 : 1,
        allow_anonymous: input.allowAnonymous ? 1 : 0,
        entry_open: 1,
        status: 'open',
        results: '{}',
        created_by: ctx.userId,
        created_at: now,
        updated_at: now,
        ended_at: null,
        version: 1,
      };
      let row: SessionRow | null = null;
      // A code is unique among open sessions (ended ones give theirs up); retry on a clash.
      for (let attempt = 0; attempt < 8 && !row; attempt++) {
        const candidate = { ...base, code: newSessionCode() };
        try {
          await repo.insert(candidate);
          row = candidate;
        } catch (err) {
          if (attempt === 7 || !/unique|duplicate/i.test(String((err as Error).message))) throw err;
        }
      }
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'work_session',
        entityId: row!.id,
        action: 'create',
        after: { kind: row!.kind, card_column: row!.card_column, title: row!.title },
      });
      return consoleView(row!);
    },

    async update(
      ctx: MemberContext,
      sessionId: string,
      input: { title?: string; moderated?: boolean; allowAnonymous?: boolean; entryOpen?: boolean; version: number },
    ): Promise<ConsoleView> {
      const before = await sessionOf(ctx, sessionId);
      const patch: Partial<SessionRow> = { updated_at: nowIso() };
      if (input.title !== undefined) patch.title = input.title;
      if (input.moderated !== undefined) patch.moderated = input.moderated ? 1 : 0;
      if (input.allowAnonymous !== undefined) patch.allow_anonymous = input.allowAnonymous ? 1 : 0;
      if (input.entryOpen !== undefined) patch.entry_open = input.entryOpen ? 1 : 0;
      const after = await repo.update(ctx.networkId, sessionId, input.version, patch);
      if (!after) throw errors.stale(await consoleView(before));
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'work_session',
        entityId: sessionId,
        action: 'update',
        before: {
          title: before.title,
          moderated: before.moderated,
          allow_anonymous: before.allow_anonymous,
          entry_open: before.entry_open,
        },
        after: {
          title: after.title,
          moderated: after.moderated,
          allow_anonymous: after.allow_anonymous,
          entry_open: after.entry_open,
        },
      });
      await emit(sessionId, 'settings');
      return consoleView(after);
    },

    async end(ctx: MemberContext, sessionId: string): Promise<ConsoleView> {
      const before = await sessionOf(ctx, sessionId);
      if (before.status === 'ended') return consoleView(before);
      const results = before.kind === 'vote' ? { votes: await counts(before) } : {};
      const now = nowIso();
      const after = await repo.update(ctx.networkId, sessionId, null, {
        status: 'ended',
        code: null,
        ended_at: now,
        updated_at: now,
        results: JSON.stringify(results),
      });
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'work_session',
        entityId: sessionId,
        action: 'update',
        before: { status: 'open' },
        after: { status: 'ended', results },
      });
      await emit(sessionId, 'settings');
      return consoleView(after!);
    },

    async remove(ctx: MemberContext, sessionId: string): Promise<void> {
      await sessionOf(ctx, sessionId);
      await emit(sessionId, 'removed');
      await repo.remove(ctx.networkId, sessionId);
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'work_session',
        entityId: sessionId,
        action: 'delete',
      });
    },

    async removeGuest(ctx: MemberContext, sessionId: string, guestId: string): Promise<void> {
      const s = await sessionOf(ctx, sessionId);
      const guest = await repo.guest(s.network_id, s.id, guestId);
      if (!guest) throw errors.notFound('session.guestNotFound');
      // A merged answer names the people it came from: take this guest's name out of it too.
      const answers = await repo.answers(s.network_id, s.id);
      const theirs = new Set(answers.filter((a) => a.guest_id === guestId).map((a) => a.id));
      for (const m of answers) {
        if (!parseList(m.merged_from).some((id) => theirs.has(id)) || !guest.name) continue;
        const names = m.author_name
          .split(', ')
          .filter((n) => n !== guest.name)
          .join(', ');
        await repo.updateAnswer(s.network_id, s.id, m.id, null, { author_name: names, updated_at: nowIso() });
      }
      // Card items taken from this session credit the guest by name: that goes too.
      await others.cards.forgetSessionAuthor(ctx, s.id, guest.name);
      await repo.removeGuest(s.network_id, s.id, guestId);
      // No name in the audit trail: it is the guest's personal data, and it is gone now.
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'work_session_guest',
        entityId: guestId,
        action: 'delete',
      });
      await emit(s.id, 'refresh');
    },

    async typeAnswer(
      ctx: MemberContext,
      sessionId: string,
      input: { questionIndex?: number; text: string; name?: string },
    ): Promise<AnswerView> {
      const s = await sessionOf(ctx, sessionId);
      if (s.status !== 'open') throw sessionEnded();
      const questionIndex = input.questionIndex ?? 0;
      if (questionIndex >= parseList(s.questions).length)
        throw errors.invalid({ questionIndex: 'session.questionNotFound' });
      const now = nowIso();
      const row: AnswerRow = {
        id: newId(),
        session_id: s.id,
        guest_id: null,
        author_name: input.name ?? '',
        question_index: questionIndex,
        text: input.text,
        status: 'approved',
        group_label: '',
        merged_into: null,
        merged_from: '[]',
        accepted_as: '',
        accepted_id: null,
        accepted_at: null,
        created_at: now,
        updated_at: now,
        version: 1,
      };
      await repo.insertAnswer(row);
      await publishAnswer(s.id, row, false);
      return toAnswer(row);
    },

    async updateAnswer(
      ctx: MemberContext,
      sessionId: string,
      answerId: string,
      input: {
        status?: 'pending' | 'approved' | 'hidden' | 'rejected';
        text?: string;
        group?: string;
        version: number;
      },
    ): Promise<AnswerView> {
      const s = await sessionOf(ctx, sessionId);
      const before = await answerOf(s, answerId);
      if (before.status === 'merged' && input.status) throw errors.conflict('session.answerMerged');
      // Rejecting takes the answer off every screen; the guest stays in and may answer again.
      if (input.status === 'rejected' && before.accepted_as) throw errors.conflict('session.rejectAccepted');
      const patch: Partial<AnswerRow> = { updated_at: nowIso() };
      if (input.status !== undefined) patch.status = input.status;
      if (input.text !== undefined) patch.text = input.text;
      if (input.group !== undefined) patch.group_label = input.group;
      const after = await repo.updateAnswer(s.network_id, s.id, answerId, input.version, patch);
      if (!after) throw errors.stale(toAnswer(before));
      await publishAnswer(s.id, after, isVisible(toAnswer(before)));
      return toAnswer(after);
    },

    async merge(
      ctx: MemberContext,
      sessionId: string,
      input: { answerIds: string[]; text: string; group?: string },
    ): Promise<AnswerView> {
      const s = await sessionOf(ctx, sessionId);
      const ids = [...new Set(input.answerIds)];
      const sources: AnswerRow[] = [];
      for (const id of ids) {
        const a = await repo.answer(s.network_id, s.id, id);
        if (!a) throw errors.invalid({ answerIds: 'session.mergeMissing' });
        if (a.status === 'merged') throw errors.invalid({ answerIds: 'session.mergeMerged' });
        sources.push(a);
      }
      if (sources.length < 2) throw errors.invalid({ answerIds: 'session.mergeTwo' });
      const now = nowIso();
      // Every author is credited; those who answered without a name as "anoniem".
      const names = creditsOf(sources).join(', ');
      const row: AnswerRow = {
        id: newId(),
        session_id: s.id,
        guest_id: null,
        author_name: names.slice(0, 200),
        question_index: Number(sources[0].question_index),
        text: input.text,
        status: 'approved',
        group_label: input.group ?? sources.find((a) => a.group_label)?.group_label ?? '',
        merged_into: null,
        merged_from: JSON.stringify(ids),
        accepted_as: '',
        accepted_id: null,
        accepted_at: null,
        created_at: now,
        updated_at: now,
        version: 1,
      };
      // The merged answer and its sources' new status are stored together; then announced.
      const merged = await deps.db.transaction().execute(async (trx) => {
        const r = sessionRepository(trx);
        await r.insertAnswer(row);
        const out: { before: AnswerRow; after: AnswerRow }[] = [];
        for (const a of sources) {
          const after = await r.updateAnswer(s.network_id, s.id, a.id, null, {
            status: 'merged',
            merged_into: row.id,
            updated_at: now,
          });
          if (after) out.push({ before: a, after });
        }
        return out;
      });
      for (const { before, after } of merged) await publishAnswer(s.id, after, isVisible(toAnswer(before)));
      await publishAnswer(s.id, row, false);
      return toAnswer(row);
    },

    /**
     * Takes an answer into the network's work: a card session → an item on the joint card
     * (through the card service), a ladder round → a why ladder (new, or a step of an existing
     * one), ideas and votes → kept as an accepted result of the session.
     */
    async accept(
      ctx: MemberContext,
      sessionId: string,
      answerId: string,
      input: {
        text?: string;
        memberId?: string;
        ladderId?: string;
        part?: 'activity' | 'step' | 'goal';
        into?: 'idea' | 'focus';
      },
    ): Promise<AnswerView> {
      const s = await sessionOf(ctx, sessionId);
      const a = await answerOf(s, answerId);
      if (a.status === 'merged') throw errors.conflict('session.acceptMerged');
      if (a.accepted_as) throw errors.conflict('session.alreadyAccepted');
      const text = input.text ?? a.text;
      let acceptedAs = 'idea';
      let acceptedId: string | null = null;
      if (s.kind === 'card' && s.card_column) {
        // The card item says where it came from: this werksessie and everyone who gave the answer.
        const item = await others.cards.addJoint(ctx, {
          column: s.card_column as CardColumn,
          text,
          fromSession: {
            answerId: a.id,
            sessionId: s.id,
            title: s.title,
            date: s.created_at.slice(0, 10),
            authors: creditsOf([a]),
            text: a.text,
          },
        });
        acceptedAs = 'card_item';
        acceptedId = item.id;
      } else if (s.kind === 'ladder') {
        const part = input.part ?? 'activity';
        acceptedAs = 'why_ladder';
        if (input.ladderId) {
          const ladder = await others.goals.ladder(ctx, input.ladderId);
          const patch = part === 'step' ? { steps: [...ladder.steps, text].slice(0, 12) } : { [part]: text };
          acceptedId = (await others.goals.updateLadder(ctx, input.ladderId, { ...patch, version: ladder.version })).id;
        } else {
          const created = await others.goals.createLadder(ctx, {
            memberId: input.memberId,
            ...(part === 'step' ? { steps: [text] } : { [part]: text }),
          });
          acceptedId = created.id;
        }
      } else if (input.into === 'focus') {
        // An idea or vote option becomes a candidate theme in "Focus kiezen", where members vote on draagvlak.
        if (text.length > LIMITS.tag) {
          throw errors.invalid({ text: msg('session.focusTooLong', { max: LIMITS.tag }) });
        }
        acceptedAs = 'focus_candidate';
        acceptedId = (await others.focus.propose(ctx, { theme: text })).id;
      }
      const now = nowIso();
      const after = await repo.updateAnswer(s.network_id, s.id, a.id, null, {
        accepted_as: acceptedAs,
        accepted_id: acceptedId,
        accepted_at: now,
        text,
        updated_at: now,
      });
      await recordChange(deps, {
        networkId: ctx.networkId,
        userId: ctx.userId,
        entity: 'work_session_answer',
        entityId: a.id,
        action: 'update',
        after: { accepted_as: acceptedAs, accepted_id: acceptedId, session_title: s.title },
      });
      await publishAnswer(s.id, after!, isVisible(toAnswer(a)));
      return toAnswer(after!);
    },

    // Guests

    async join(
      input: { code: string; name?: string; token?: string; remembered?: string },
      ip: string,
    ): Promise<GuestJoined> {
      const code = normaliseCode(input.code);
      const s = /^[A-Z0-9]{6}$/.test(code) ? await repo.byCode(code) : undefined;
      if (!s) {
        // Only wrong codes count against the address: a venue full of phones behind one
        // connection can all join with the right one.
        await limit(deps.db, `session-code:${ip}`, WRONG_CODE_LIMIT.max, WRONG_CODE_LIMIT.windowMs);
        throw wrongCode();
      }
      // The token the phone kept, else the one in its cookie: a guest of this session joins as themselves.
      for (const token of [input.token, input.remembered]) {
        if (!token || token.length > 100) continue;
        const known = await repo.guestByToken(hashSecret(token));
        if (known && known.session_id === s.id) return { token, state: await guestView(s, known) };
      }
      const name = input.name ?? '';
      if (!name && Number(s.allow_anonymous) !== 1) throw errors.invalid({ name: 'session.nameNeeded' });
      // New guests per address and per session: a venue of 60 behind one connection gets in
      // within a minute, a script filling the session from one address does not.
      await limit(deps.db, `session-join:${ip}`, JOIN_LIMIT.address.max, JOIN_LIMIT.address.windowMs);
      await limit(deps.db, `session-join-session:${s.id}`, JOIN_LIMIT.session.max, JOIN_LIMIT.session.windowMs);
      const token = newSecret();
      const guest: GuestRow = {
        id: newId(),
        session_id: s.id,
        name,
        token_hash: hashSecret(token),
        created_at: nowIso(),
      };
      const added = await repo.insertGuestWithin(s.network_id, guest, MAX_GUESTS);
      if (added === 'ended') throw sessionEnded();
      if (added === 'closed') throw errors.conflict('session.entryClosed');
      if (added === 'full') throw errors.conflict(msg('session.full', { max: MAX_GUESTS }));
      await emit(s.id, 'guest');
      return { token, state: await guestView(s, guest) };
    },

    async guestState(token: string | undefined): Promise<GuestView> {
      const { guest, session } = await guestFrom(token);
      return guestView(session, guest);
    },

    async guestAnswer(token: string | undefined, input: { questionIndex?: number; text: string }): Promise<MyAnswer> {
      const { guest, session: s } = await guestFrom(token);
      if (s.status !== 'open') throw sessionEnded();
      if (s.kind === 'vote') throw errors.invalid({ text: 'session.voteHere' });
      const questionIndex = input.questionIndex ?? 0;
      if (questionIndex >= parseList(s.questions).length)
        throw errors.invalid({ questionIndex: 'session.questionNotFound' });
      const now = nowIso();
      const row: AnswerRow = {
        id: newId(),
        session_id: s.id,
        guest_id: guest.id,
        author_name: guest.name,
        question_index: questionIndex,
        text: input.text,
        status: Number(s.moderated) === 1 ? 'pending' : 'approved',
        group_label: '',
        merged_into: null,
        merged_from: '[]',
        accepted_as: '',
        accepted_id: null,
        accepted_at: null,
        created_at: now,
        updated_at: now,
        version: 1,
      };
      const added = await repo.insertGuestAnswerWithin({ ...row, guest_id: guest.id }, MAX_ANSWERS_PER_GUEST);
      if (added === 'gone') throw guestUnknown();
      if (added === 'full') throw errors.conflict(msg('session.tooManyAnswers', { max: MAX_ANSWERS_PER_GUEST }));
      await publishAnswer(s.id, row, false);
      return { id: row.id, questionIndex, text: row.text, status: row.status };
    },

    async guestVote(token: string | undefined, input: { option: number }): Promise<VoteCast> {
      const { guest, session: s } = await guestFrom(token);
      if (s.status !== 'open') throw sessionEnded();
      if (s.kind !== 'vote') throw errors.invalid({ option: 'session.noVote' });
      if (input.option >= parseList(s.options).length) throw errors.invalid({ option: 'session.optionNotFound' });
      await repo.vote(s.id, guest.id, input.option, nowIso());
      const votes = await counts(s);
      await emit(s.id, 'votes', { votes });
      return { vote: input.option, votes };
    },
  };
}

export type SessionService = ReturnType<typeof createSessionService>;
