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
