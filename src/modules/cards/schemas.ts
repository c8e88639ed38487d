import { z } from 'zod';
import { schemaText } from '../../core/messages/index.js';
import type { DocumentFacts } from './facts.js';
import { CARD_COLUMNS, CARD_MODES, type CardMode, type ColumnGuide } from '../../domain/card.js';
import { LIMITS, id, optionalText, requiredText, version } from '../common/schemas.js';
import { isoDate } from '../common/dates.js';

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

/**
 * How a consent was given: account (a member, online in Wijknet), link (the partner's contact,
 * online through a personal link), or given elsewhere and recorded by a kartrekker: email,
 * paper (signed), meeting.
 */
export const CONSENT_METHODS = ['account', 'link', 'email', 'paper', 'meeting'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];
export const RECORDED_METHODS = ['email', 'paper', 'meeting'] as const;
export type RecordedMethod = (typeof RECORDED_METHODS)[number];

/** The state of the latest personal consent link of a party for a version. */
export interface ConsentLinkState {
  status: 'open' | 'expired' | 'declined' | 'agreed';
  sentAt: string;
  expiresAt: string;
  /** Who answered (the name they gave), and for a decline the reason. */
  answeredBy: string | null;
  reason: string;
}

export interface ConsentView extends Party {
  /** The consent's id (to take back one that was recorded or given through a link). */
  consentId: string | null;
  consented: boolean;
  consentedAt: string | null;
  /** The person who gave it, on behalf of the party. */
  consentedBy: string | null;
  method: ConsentMethod | null;
  /** Their role at the partner (recorded consent, or given with a link). */
  byRole: string | null;
  /** The date consent was given elsewhere (recorded consent). */
  givenOn: string | null;
  /** The kartrekker who recorded consent given elsewhere. */
  recordedBy: string | null;
  /** The latest personal link sent for this version, if any. */
  link: ConsentLinkState | null;
  /**
   * For a partner (actor): whether "Vraag akkoord" can mail its contact: ok, none (no address),
   * unconfirmed (a changed address that its owner has not confirmed yet). null for a member party.
   */
  contact: 'ok' | 'none' | 'unconfirmed' | null;
}

/** "Vraag akkoord": mail the partner's contact a personal link to this version. */
export const askConsentBody = z.strictObject({ actorId: id });

/** Consent given outside Wijknet, recorded by a kartrekker. Every consent names its person. */
export const recordConsentBody = z.strictObject({
  party: z.string().regex(/^(actor|member):[A-Za-z0-9_-]{1,64}$/, { error: schemaText('schema.reference') }),
  name: requiredText(LIMITS.name),
  role: optionalText(LIMITS.name).optional(),
  date: isoDate,
  how: z.enum(RECORDED_METHODS, { error: schemaText('schema.consentHow') }),
});

export const consentParams = z.strictObject({ networkId: id, versionId: id, consentId: id });

export const consentTokenParams = z.strictObject({ token: z.string().min(20).max(200) });

/** The answer through a personal link: agree or decline (with a reason), and who answers. */
export const consentAnswerBody = z.strictObject({
  answer: z.enum(['agree', 'decline'], { error: schemaText('schema.consentAnswer') }),
  name: requiredText(LIMITS.name),
  role: optionalText(LIMITS.name).optional(),
  reason: optionalText(LIMITS.short).optional(),
});

/** What a personal consent link shows: the exact version, or why it no longer works. */
export interface ConsentLinkView {
  status: 'open' | 'used' | 'expired' | 'outdated';
  networkName: string;
  partnerName: string;
  versionNumber: number;
  publishedAt: string;
  expiresAt: string;
  /** The version's content (only while the link is open). */
  snapshot: Pick<CardSnapshot, 'mode' | 'columns' | 'network' | 'goals' | 'leads' | 'agreements'> | null;
  /** How it was answered (when used). */
  answer: 'agree' | 'decline' | null;
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
