import { z } from 'zod';
import { schemaText } from '../../core/messages/index.js';
import type { DocumentFacts } from './facts.js';
import { CARD_COLUMNS, CARD_MODES, type CardMode, type ColumnGuide } from '../../domain/card.js';
import { LIMITS, id, requiredText, version } from '../common/schemas.js';

const column = z.enum(CARD_COLUMNS, { error: schemaText('schema.cardColumn') });
const position = z.int().min(0).max(10_000);

export const setMode = z.strictObject({ mode: z.enum(CARD_MODES, { error: schemaText('schema.cardMode') }), version });
export const createPersonalItem = z.strictObject({
  column,
  text: requiredText(LIMITS.short),
  position: position.optional(),
});
/** Joint items are pulled from personal items: one (take over), several (merge), with the text reworded or not. */
export const createJointItem = z.strictObject({
  column,
  text: requiredText(LIMITS.short),
  sourceItemIds: z
    .array(id)
    .max(50, { error: schemaText('schema.maxSourceItems') })
    .optional(),
  position: position.optional(),
});
export const updateItem = z.strictObject({
  column: column.optional(),
  text: requiredText(LIMITS.short).optional(),
  /** Joint items only: replace where the item came from. */
  sourceItemIds: z
    .array(id)
    .max(50, { error: schemaText('schema.maxSourceItems') })
    .optional(),
  position: position.optional(),
  version,
});
export const itemParams = z.strictObject({ networkId: id, itemId: id });
export const versionParams = z.strictObject({ networkId: id, versionId: id });

/** Where a joint item came from, kept as it was when pulled (the personal item may change or go later). */
export interface Source {
  itemId: string;
  memberId: string | null;
  memberName: string;
  actorId: string | null;
  actorName: string | null;
  text: string;
  /** Set when the item was taken over from a werksessie answer: which session, and who gave it. */
  session?: SessionSource;
}

/** A werksessie answer as a source of a joint item: the session, its date and everyone credited. */
export interface SessionSource {
  id: string;
  title: string;
  /** The session's day, YYYY-MM-DD. */
  date: string;
  /** Names of the authors; "anoniem" for those who gave none. */
  authors: string[];
}

export interface CardItemView {
  id: string;
  column: string;
  text: string;
  position: number;
  /** Joint items: the personal items it came from. Personal items: []. */
  sources: Source[];
  editable: boolean;
  version: number;
  updatedAt: string;
}

export interface PersonalCardView {
  memberId: string;
  memberName: string;
  actorId: string | null;
  actorName: string | null;
  items: CardItemView[];
}

export interface Party {
  /** "actor:<id>" for a partner organisation or initiative, "member:<id>" for someone acting for no actor. */
  party: string;
  name: string;
}

export interface ConsentView extends Party {
  consented: boolean;
  consentedAt: string | null;
  /** Who gave it, on behalf of the party. */
  consentedBy: string | null;
}

export interface VersionSummary {
  id: string;
  number: number;
  publishedAt: string;
  consented: number;
  parties: number;
}

export interface CardView {
  mode: CardMode;
  modeVersion: number;
  columns: ColumnGuide[];
  personal: PersonalCardView[];
  joint: CardItemView[];
  latestVersion: VersionSummary | null;
  /** True when the joint card differs from the latest published version: publish a new one to ask consent again. */
  changedSincePublished: boolean;
  versions: VersionSummary[];
  /** Your own party, for the consent button. */
  yourParty: Party;
}

export interface SnapshotItem {
  text: string;
  sources: Source[];
}

/** The immutable content of a published version, and what documents are made from. */
export interface CardSnapshot {
  number: number;
  publishedAt: string;
  publishedBy: string;
  network: { name: string; areaName: string; ambition: string; vision: string };
  mode: CardMode;
  columns: { key: string; title: string; prompt: string | null; items: SnapshotItem[] }[];
  parties: Party[];
  goals: { title: string; description: string; indicator: string; targetValue: string }[];
  leads: {
    name: string;
    partnerName: string | null;
    hoursPerWeek: number | null;
    mandate: string;
    supportedBy: string;
    paidBy: string;
    deputyName: string | null;
  }[];
  agreements: {
    kind: string;
    title: string;
    body: string;
    decisionRule: string | null;
    reviewOn: string | null;
    details: unknown;
  }[];
  actions: {
    title: string;
    ownerName: string | null;
    partnerName: string | null;
    goalTitle: string | null;
    dueOn: string | null;
    status: string;
    planYear: number;
  }[];
  /** Every kartrekker, also one without an appointment in leads; absent in versions published before it was kept. */
  kartrekkers?: { name: string; partnerName: string | null }[];
  /** The focus decision and wijkprofiel at publication; absent in older versions. */
  focus?: DocumentFacts['focus'];
  profile?: DocumentFacts['profile'];
}

export interface VersionView {
  id: string;
  number: number;
  publishedAt: string;
  snapshot: CardSnapshot;
  consents: ConsentView[];
  /** True when every party gave consent. */
  complete: boolean;
  isLatest: boolean;
}
