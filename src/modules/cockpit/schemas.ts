import { z } from 'zod';
import { schemaText } from '../../core/messages/index.js';
import { networkParams } from '../common/schemas.js';
import type { CockpitAction, CockpitCode, CockpitTool, Severity } from '../../domain/cockpit/rules.js';
import type { HealthDimension } from '../../domain/vocabulary.js';

export { networkParams };

export const digestSetting = z.strictObject({ weeklyDigest: z.boolean() });

/** The unsubscribe link's secret, from the mail (the web page /afmelden/cockpitmail#token=…). */
export const unsubscribeBody = z.strictObject({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, { error: schemaText('schema.digestLink') }),
});

/** Where the one action of an item is done: a path under /netwerken/:networkId/. */
const TOOL_PATHS: Record<CockpitTool, string> = {
  partners: 'partners',
  actions: 'vormgeven/acties',
  agreements: 'vormgeven/afspraken',
  // Decisions are reviewed on the meetings page (built in the meetings work).
  decisions: 'verdiepen/bijeenkomsten',
  scan: 'verdiepen',
  lead: 'vormgeven/kartrekker',
  // Requests to speak for a partner are decided on the partners page.
  representation: 'partners',
  card: 'vormgeven/kaart',
  continuity: 'verankeren/borging',
};

/** The anchor of a record on its page, so the link opens at the record. */
const ANCHORS: Partial<Record<CockpitTool, string>> = {
  partners: 'partner',
  actions: 'actie',
  agreements: 'afspraak',
  decisions: 'besluit',
  lead: 'kartrekker',
  representation: 'verzoek',
  scan: 'ronde',
};

/** The path (under /netwerken/:networkId/) of the page that deals with an item. Pure: the web app and the mail use it. */
export function cockpitPath(action: CockpitAction): string {
  if (action.tool === 'card' && action.recordId) return `vormgeven/kaart/versie/${action.recordId}`;
  if (action.tool === 'decisions' && action.recordId) return `verdiepen/bijeenkomsten/${action.recordId}`;
  const anchor = ANCHORS[action.tool];
  return `${TOOL_PATHS[action.tool]}${anchor && action.recordId ? `#${anchor}-${action.recordId}` : ''}`;
}

/** The full address of a network page, for mails. */
export const networkPageUrl = (publicUrl: string, networkId: string, path: string) =>
  `${publicUrl.replace(/\/$/, '')}/netwerken/${networkId}/${path}`;

export const unsubscribeUrl = (publicUrl: string, token: string) =>
  `${publicUrl.replace(/\/$/, '')}/afmelden/cockpitmail#token=${token}`;

export interface CockpitItemView {
  code: CockpitCode;
  severity: Severity;
  /** The day the item is about (YYYY-MM-DD), or null. */
  date: string | null;
  /** The item in plain words, in the request's language. */
  text: string;
  /** The one action that deals with it. */
  actionLabel: string;
  tool: CockpitTool;
  recordId: string | null;
  /** Path under /netwerken/:networkId/ of the page (with the record's anchor). */
  path: string;
}

export interface CockpitView {
  /** The day the items were computed for (Amsterdam). */
  today: string;
  items: CockpitItemView[];
  counts: Record<Severity, number>;
}

export interface HealthDimensionView {
  dimension: HealthDimension;
  name: string;
  goals: number;
  ladders: number;
  actions: number;
  total: number;
}

export interface HealthCoverageView {
  dimensions: HealthDimensionView[];
  unaddressed: HealthDimension[];
  /** The conversation-starting question, naming the dimensions nobody addresses. */
  question: string;
  /** How many goals, ladders and actions there are at all (so "0" can be told from "nothing tagged"). */
  totals: { goals: number; ladders: number; actions: number };
}

export interface DigestSettingView {
  weeklyDigest: boolean;
}
