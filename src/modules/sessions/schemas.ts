import { z } from 'zod';
import { schemaText } from '../../core/messages/index.js';
import { CARD_COLUMNS, type CardColumn } from '../../domain/card.js';
import { LIMITS, id, optionalText, requiredText, text, version } from '../common/schemas.js';

export const SESSION_KINDS = ['card', 'ladder', 'ideas', 'vote'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];
export const MAX_QUESTIONS = 10;
export const MAX_OPTIONS = 20;
/** Most guests one session admits; the bench runs 200. */
export const MAX_GUESTS = 500;
/** Most answers one guest can send in one session. */
export const MAX_ANSWERS_PER_GUEST = 100;
export const ANSWER_MAX = LIMITS.short;

/** Six characters without look-alikes (no 0/O, 1/I/L). */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;

const questionList = z
  .array(requiredText(LIMITS.short))
  .max(MAX_QUESTIONS, { error: schemaText('schema.maxQuestions') });

export const startSession = z.strictObject({
  kind: z.enum(SESSION_KINDS, { error: schemaText('schema.sessionKind') }),
  /** For kind card: the column of the partnership card. */
  column: z.enum(CARD_COLUMNS, { error: schemaText('schema.sessionColumn') }).optional(),
  title: optionalText(LIMITS.name).optional(),
  /** Leave out for the column's guiding questions (kind card) or a default question. */
  questions: questionList.optional(),
  /** For kind vote: what people can choose from. */
  options: z
    .array(requiredText(LIMITS.name))
    .max(MAX_OPTIONS, { error: schemaText('schema.maxOptions') })
    .optional(),
  moderated: z.boolean().optional(),
  allowAnonymous: z.boolean().optional(),
});

export const updateSession = z.strictObject({
  title: optionalText(LIMITS.name).optional(),
  moderated: z.boolean().optional(),
  allowAnonymous: z.boolean().optional(),
  /** false: no new guests (those already in keep answering). */
  entryOpen: z.boolean().optional(),
  version,
});

export const sessionParams = z.strictObject({ networkId: id, sessionId: id });
export const answerParams = z.strictObject({ networkId: id, sessionId: id, answerId: id });
export const guestParams = z.strictObject({ networkId: id, sessionId: id, guestId: id });

export const typeAnswer = z.strictObject({
  questionIndex: z
    .int()
    .min(0)
    .max(MAX_QUESTIONS - 1)
    .optional(),
  text: requiredText(ANSWER_MAX),
  /** Whose answer the kartrekker types in (leave empty for anonymous). */
  name: optionalText(LIMITS.name).optional(),
});

/** `rejected`: the moderator did not take a waiting answer (the guest stays; their phone says so kindly). */
export const ANSWER_STATUSES = ['pending', 'approved', 'hidden', 'rejected'] as const;
export const updateAnswer = z.strictObject({
  status: z.enum(ANSWER_STATUSES, { error: schemaText('schema.answerStatus') }).optional(),
  text: requiredText(ANSWER_MAX).optional(),
  /** A group the kartrekker puts the answer in ("Ontmoeten"); empty for none. */
  group: optionalText(LIMITS.tag).optional(),
  version,
});

export const mergeAnswers = z.strictObject({
  answerIds: z
    .array(id)
    .min(2, { error: schemaText('schema.mergeTwo') })
    .max(50),
  text: requiredText(ANSWER_MAX),
  group: optionalText(LIMITS.tag).optional(),
});

export const LADDER_PARTS = ['activity', 'step', 'goal'] as const;
export const acceptAnswer = z.strictObject({
  /** Card sessions: reword before it goes on the joint card. Others: the text to keep. */
  text: requiredText(ANSWER_MAX).optional(),
  /** Ladder sessions: the member whose ladder it becomes (default: you). */
  memberId: id.optional(),
  /** Ladder sessions: add to this ladder instead of starting a new one. */
  ladderId: id.optional(),
  /** Ladder sessions: what the answer is in the ladder. */
  part: z.enum(LADDER_PARTS, { error: schemaText('schema.ladderPart') }).optional(),
  /** Ideas and vote sessions: keep it as an idea (default), or propose it as a focus theme. */
  into: z.enum(['idea', 'focus'], { error: schemaText('schema.acceptInto') }).optional(),
});

// Guests: no account, a session code and a token.
export const joinSession = z.strictObject({
  code: text(20).refine((v) => v.length > 0, { error: schemaText('schema.screenCode') }),
  name: optionalText(LIMITS.name).optional(),
  /** The token this phone got before: joining again keeps who you are. */
  token: text(100).optional(),
});

export const guestAnswer = z.strictObject({
  questionIndex: z
    .int()
    .min(0)
    .max(MAX_QUESTIONS - 1)
    .optional(),
  text: requiredText(ANSWER_MAX),
});

export const guestVote = z.strictObject({
  option: z
    .int()
    .min(0)
    .max(MAX_OPTIONS - 1),
});

export const GUEST_HEADER = 'x-guest-token';

// Response shapes (the web app imports these as types).

export interface AnswerView {
  id: string;
  guestId: string | null;
  name: string;
  questionIndex: number;
  text: string;
  status: 'pending' | 'approved' | 'hidden' | 'rejected' | 'merged';
  group: string;
  mergedInto: string | null;
  mergedFrom: string[];
  acceptedAs: string;
  acceptedId: string | null;
  createdAt: string;
  version: number;
}

/** What a guest sees of an answer: only approved ones, and never who else wrote what beyond the name shown. */
export interface PublicAnswer {
  id: string;
  name: string;
  questionIndex: number;
  text: string;
  group: string;
}

/** A guest's own answer, whatever its status. */
export interface MyAnswer {
  id: string;
  questionIndex: number;
  text: string;
  status: string;
}

export interface SessionSummary {
  id: string;
  kind: SessionKind;
  column: CardColumn | null;
  title: string;
  status: 'open' | 'ended';
  code: string | null;
  createdAt: string;
  endedAt: string | null;
}

export interface ConsoleView extends SessionSummary {
  questions: string[];
  options: string[];
  moderated: boolean;
  allowAnonymous: boolean;
  entryOpen: boolean;
  joinUrl: string | null;
  qrSvg: string | null;
  guests: { id: string; name: string; answers: number; joinedAt: string }[];
  answers: AnswerView[];
  votes: number[];
  results: { votes?: number[] };
  version: number;
}

export interface GuestView {
  session: {
    kind: SessionKind;
    column: CardColumn | null;
    columnTitle: string | null;
    prompt: string | null;
    title: string;
    questions: string[];
    options: string[];
    status: 'open' | 'ended';
    moderated: boolean;
  };
  me: { id: string; name: string; answers: MyAnswer[]; vote: number | null };
  answers: PublicAnswer[];
  votes: number[];
}

/**
 * One `change` message of a session stream: with content when sent live, bare ({ type }) when
 * replayed — then fetch afresh. The kartrekker's stream sends whole answers; a guest's stream
 * sends public answers, `{ id }` for one that was taken off the screen, and `mine` for their own.
 */
export interface StreamMessage {
  type: string;
  answer?: AnswerView | PublicAnswer | { id: string };
  visible?: boolean;
  wasVisible?: boolean;
  mine?: MyAnswer;
  votes?: number[];
}

/** The answer to joining a werksessie: the guest's token and what the phone shows. */
export interface GuestJoined {
  token: string;
  state: GuestView;
}

/** The answer to a vote: the option chosen and the counts so far. */
export interface VoteCast {
  vote: number;
  votes: number[];
}
