import { z } from 'zod';
import { schemaText } from '../../core/messages/index.js';
import { id } from '../common/schemas.js';
import { isoDate } from '../common/dates.js';
import type { ScanDefinition } from '../../domain/scan/definition.js';
import type { Spread } from '../../domain/scan/score.js';
import type { TipId, TipTool } from '../../domain/scan/tips.js';

const itemId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, { error: schemaText('schema.scanItem') });

export const openRound = z.strictObject({
  /** "T0", "T1", …; the next free T-number when left out. */
  label: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9 ._-]{1,20}$/, { error: schemaText('schema.scanLabel') })
    .optional(),
  instrumentId: itemId,
  /** Item ids switched off for this round. */
  disabledItems: z.array(itemId).max(200).default([]),
  /** The last day people can answer. */
  closesOn: isoDate,
  /** Partners (actors of the network) whose contact e-mail gets a link too. */
  contactActorIds: z.array(id).max(200).default([]),
});
export type OpenRoundInput = z.input<typeof openRound>;

export const roundParams = z.strictObject({ networkId: id, roundId: id });
export const answerTokenParams = z.strictObject({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, { error: schemaText('schema.scanLink') }),
});

/** The personal answer link (the web page /scan/:token); the token is stored only hashed. */
export function scanLink(publicUrl: string, token: string) {
  return `${publicUrl.replace(/\/$/, '')}/scan/${token}`;
}

export const submitAnswers = z.strictObject({
  /** `{itemId: value}`; a question left out is not answered. */
  answers: z
    .record(
      itemId,
      z
        .int({ error: schemaText('schema.scanChoice') })
        .min(-1000)
        .max(1000),
    )
    .refine((a) => Object.keys(a).length <= 200, { error: schemaText('schema.scanTooMany') }),
});

export interface InstrumentView {
  id: string;
  version: string;
  nl: ScanDefinition;
  en: ScanDefinition;
}

export type RoundStatus = 'open' | 'closed';

export interface RoundView {
  id: string;
  label: string;
  instrumentId: string;
  instrumentVersion: string;
  instrumentName: string;
  disabledItems: string[];
  closesOn: string;
  closedAt: string | null;
  status: RoundStatus;
  /** 'links' (personal links by mail) or 'session' (live in a werksessie). */
  mode: 'links' | 'session';
  sessionId: string | null;
  invited: number;
  answered: number;
  createdAt: string;
  version: number;
}

/** What the caller's own link needs: a fresh personal link while the round is open and they have not answered. */
export interface MyLinkView {
  link: string;
}

/** The public answer page: the round's questions in both languages, nothing about other people. */
export interface AnswerForm {
  networkName: string;
  label: string;
  closesOn: string;
  nl: ScanDefinition;
  en: ScanDefinition;
}

export interface DimensionResult {
  id: string;
  name: { nl: string; en: string };
  items: number;
  n: number;
  withheld: boolean;
  mean: number | null;
  sd: number | null;
  spread: Spread | null;
  weak: boolean;
  divided: boolean;
  tips: { id: TipId; tool: TipTool; nl: string; en: string }[];
  /** Change of the mean since the previous closed round, when both have a result. */
  trend: number | null;
}

export type RoundResults =
  | { available: false; reason: 'open'; closesOn: string }
  | { available: false; reason: 'too_few'; respondents: number; needed: number }
  | {
      available: true;
      respondents: number;
      scale: ScanDefinition['scale'];
      scaleEn: ScanDefinition['scale'];
      previousLabel: string | null;
      dimensions: DimensionResult[];
    };

// Live rounds: the scan filled in during a werksessie, one question at a time on the big screen.

/** Open a live round tied to a werksessie; it closes when the moderator closes it (or at the end of the day). */
export const startLive = z.strictObject({
  sessionId: id,
  label: openRound.shape.label,
  instrumentId: itemId,
  disabledItems: z.array(itemId).max(200).default([]),
});
export type StartLiveInput = z.input<typeof startLive>;

/** The moderator moves to another question (0 is the first). */
export const moveLive = z.strictObject({
  index: z
    .int({ error: schemaText('schema.scanChoice') })
    .min(0)
    .max(500),
});

/** The key the phone got with its first answer of the round, sent with every next one. */
const liveKey = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, { error: schemaText('schema.scanLink') });

/** One answer to one question; each person answers each question once. */
export const liveAnswer = z.strictObject({
  itemId,
  value: z
    .int({ error: schemaText('schema.scanChoice') })
    .min(-1000)
    .max(1000),
  key: liveKey.optional(),
});
export type LiveAnswerInput = z.input<typeof liveAnswer>;
export const guestLiveAnswer = liveAnswer.extend({ roundId: id });

export interface LiveItem {
  id: string;
  nl: string;
  en: string;
  dimension: { nl: string; en: string };
}

/** What a phone sees of a live round: the current question and the scale, never a count or a result. */
export interface LivePhoneView {
  roundId: string;
  label: string;
  status: RoundStatus;
  index: number;
  total: number;
  item: LiveItem | null;
  scale: ScanDefinition['scale'];
  scaleEn: ScanDefinition['scale'];
}

/** The big screen and the console: the phone's view plus how many take part and answered this question. */
export interface LiveConsoleView extends LivePhoneView {
  sessionId: string;
  /** People who answered at least one question. */
  participants: number;
  /** Answers to the current question (a number only). */
  answeredCurrent: number;
  version: number;
}

/** The phone keeps this key for its next answers of the round; the server stores only its hash. */
export interface LiveAnswered {
  key: string;
}

/** What a guest's phone shows of the werksessie's live scan: the newest live round, or none. */
export interface GuestLiveScan {
  round: LivePhoneView | null;
}
