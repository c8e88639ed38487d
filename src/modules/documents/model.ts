/**
 * The plan van aanpak and the samenwerkingsovereenkomst as a neutral document model, made from
 * a published card version (or from current data, as a draft). Renderers turn it into PDF and
 * Word. Pure: the same snapshot and consents always give the same model.
 */
import type { CardSnapshot, ConsentView } from '../cards/schemas.js';
import { AGREEMENT_KIND_LABELS, DECISION_RULE_LABELS, type AgreementDetails } from '../agreements/schemas.js';
import { ACTION_STATUS_LABELS } from '../actions/schemas.js';

export const DOCUMENT_KINDS = ['plan-van-aanpak', 'samenwerkingsovereenkomst'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DOCUMENT_FILES = DOCUMENT_KINDS.flatMap((k) => [`${k}.pdf`, `${k}.docx`] as const);

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; italic?: boolean }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] };

export interface DocumentModel {
  title: string;
  subtitle: string;
  /** "Versie 2 van 29 november 2026" or "CONCEPT – nog niet vastgelegd". */
  status: string;
  draft: boolean;
  /** The fixed creation date written into the file: the publication moment of the version. */
  createdAt: Date;
  blocks: Block[];
}

export const dutchDate = (iso: string) =>
  new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
const euro = (n: number) => `€ ${n.toLocaleString('nl-NL', { minimumFractionDigits: 0, maximumFractionDigits: 2 })}`;
const hours = (n: number) => `${n.toLocaleString('nl-NL')} uur per week`;

function consentBlocks(consents: ConsentView[], draft: boolean): Block[] {
  if (draft) return [{ kind: 'heading', text: 'Akkoord' }, { kind: 'paragraph', text: 'Dit is een concept. Partners geven akkoord op een vastgelegde versie.', italic: true }];
  return [
    { kind: 'heading', text: 'Akkoord van de partners' },
    {
      kind: 'table',
      header: ['Partner', 'Akkoord', 'Door', 'Datum'],
      rows: consents.map((c) => [c.name, c.consented ? 'Ja' : 'Nog niet', c.consentedBy ?? '', c.consentedAt ? dutchDate(c.consentedAt) : '']),
    },
  ];
}

function cardBlocks(s: CardSnapshot, only?: string[]): Block[] {
  const out: Block[] = [];
  for (const c of s.columns) {
    if (only && !only.includes(c.key)) continue;
    out.push({ kind: 'paragraph', text: c.prompt ? `${c.title} — ${c.prompt}` : c.title });
    out.push(c.items.length ? { kind: 'list', items: c.items.map((i) => i.text) } : { kind: 'paragraph', text: 'Nog niets ingevuld.', italic: true });
  }
  return out;
}

function goalBlocks(s: CardSnapshot): Block[] {
  return [
    { kind: 'heading', text: 'Stip op de horizon' },
    { kind: 'paragraph', text: s.network.vision || 'Nog niet vastgelegd.', italic: !s.network.vision },
    { kind: 'heading', text: 'Doelen' },
    s.goals.length
      ? { kind: 'table', header: ['Doel', 'Indicator', 'Streefwaarde'], rows: s.goals.map((g) => [g.title + (g.description ? `\n${g.description}` : ''), g.indicator, g.targetValue]) }
      : { kind: 'paragraph', text: 'Nog geen doelen vastgelegd.', italic: true },
  ];
}

function leadBlocks(s: CardSnapshot): Block[] {
  return [
    { kind: 'heading', text: 'Kartrekker' },
    s.leads.length
      ? {
          kind: 'table',
          header: ['Kartrekker', 'Tijd', 'Mandaat', 'Steun', 'Betaald door', 'Vervanger'],
          rows: s.leads.map((l) => [
            l.partnerName ? `${l.name} (${l.partnerName})` : l.name,
            l.hoursPerWeek === null ? 'Nog niet afgesproken' : hours(l.hoursPerWeek),
            l.mandate,
            l.supportedBy,
            l.paidBy,
            l.deputyName ?? 'Geen',
          ]),
        }
      : { kind: 'paragraph', text: 'Nog geen kartrekker aangesteld.', italic: true },
  ];
}

function agreementBlocks(s: CardSnapshot): Block[] {
  const out: Block[] = [{ kind: 'heading', text: 'Afspraken' }];
  if (!s.agreements.length) return [...out, { kind: 'paragraph', text: 'Nog geen afspraken vastgelegd.', italic: true }];
  for (const a of s.agreements) {
    out.push({ kind: 'paragraph', text: `${AGREEMENT_KIND_LABELS[a.kind] ?? a.kind}: ${a.title}` });
    if (a.decisionRule) out.push({ kind: 'paragraph', text: `Beslisregel: ${DECISION_RULE_LABELS[a.decisionRule] ?? a.decisionRule}` });
    if (a.body) out.push({ kind: 'paragraph', text: a.body });
    const d = (a.details ?? {}) as AgreementDetails;
    if (d.responsibilities?.length) {
      out.push({ kind: 'table', header: ['Waarover', 'Beslist', 'Doet', 'Denkt mee', 'Hoort het'], rows: d.responsibilities.map((r) => [r.subject, r.decides ?? '', r.does ?? '', r.consulted ?? '', r.informed ?? '']) });
    }
    if (d.contributions?.length) {
      out.push({ kind: 'table', header: ['Partner', 'Bijdrage', 'In natura'], rows: d.contributions.map((c) => [c.party, c.amount == null ? '' : euro(c.amount), c.inKind ?? '']) });
    }
    if (d.pooledBudget) {
      out.push({ kind: 'paragraph', text: `Gezamenlijk budget: ${d.pooledBudget.amount == null ? 'bedrag nog niet bekend' : euro(d.pooledBudget.amount)}${d.pooledBudget.rules ? `. ${d.pooledBudget.rules}` : ''}` });
    }
    if (a.reviewOn) out.push({ kind: 'paragraph', text: `Evalueren op ${dutchDate(a.reviewOn)}.`, italic: true });
  }
  return out;
}

function actionBlocks(s: CardSnapshot): Block[] {
  return [
    { kind: 'heading', text: 'Actieplan' },
    s.actions.length
      ? {
          kind: 'table',
          header: ['Actie', 'Wie', 'Partner', 'Doel', 'Klaar op', 'Status', 'Jaar'],
          rows: s.actions.map((a) => [a.title, a.ownerName ?? '', a.partnerName ?? '', a.goalTitle ?? '', a.dueOn ? dutchDate(a.dueOn) : '', ACTION_STATUS_LABELS[a.status] ?? a.status, String(a.planYear)]),
        }
      : { kind: 'paragraph', text: 'Nog geen acties.', italic: true },
  ];
}

export function buildDocument(kind: DocumentKind, s: CardSnapshot, consents: ConsentView[], draft: boolean, createdAt: Date): DocumentModel {
  const status = draft ? 'CONCEPT – nog niet vastgelegd, zonder akkoord van de partners' : `Versie ${s.number} van ${dutchDate(s.publishedAt)}`;
  const subtitle = `${s.network.name} · ${s.network.areaName}`;
  const parties: Block[] = [{ kind: 'heading', text: 'Partners' }, s.parties.length ? { kind: 'list', items: s.parties.map((p) => p.name) } : { kind: 'paragraph', text: 'Nog geen partners.', italic: true }];
  const blocks: Block[] =
    kind === 'plan-van-aanpak'
      ? [
          ...(s.network.ambition ? [{ kind: 'heading', text: 'Ambitie' } as Block, { kind: 'paragraph', text: s.network.ambition } as Block] : []),
          ...goalBlocks(s),
          ...parties,
          { kind: 'heading', text: 'Partnerschapskaart' },
          ...cardBlocks(s),
          ...leadBlocks(s),
          ...actionBlocks(s),
          ...consentBlocks(consents, draft),
        ]
      : [
          { kind: 'paragraph', text: `De partners hieronder werken samen in ${s.network.name}. In deze overeenkomst staat wat ze samen willen bereiken en welke afspraken ze daarover maken.` },
          ...parties,
          ...goalBlocks(s),
          { kind: 'heading', text: 'Wanneer is de samenwerking geslaagd?' },
          ...cardBlocks(s, ['waarden']),
          ...agreementBlocks(s),
          ...leadBlocks(s),
          ...consentBlocks(consents, draft),
        ];
  return { title: kind === 'plan-van-aanpak' ? 'Plan van aanpak' : 'Samenwerkingsovereenkomst', subtitle, status, draft, createdAt, blocks };
}
