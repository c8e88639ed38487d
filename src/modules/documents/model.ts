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

/** One column of a table: the same description serves the PDF and the Word file, so both show the same columns. */
export interface Column {
  header: string;
  /** Relative width: the renderers share out the printable width in these proportions. */
  weight: number;
}

export type Block =
  | { kind: 'heading'; text: string; level?: 2 | 3 }
  | { kind: 'paragraph'; text: string; italic?: boolean }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; columns: Column[]; rows: string[][] }
  /**
   * A simple horizontal bar chart: per row one bar per series (0 to the largest value), with the
   * figures as text beside it, so the chart never stands without its numbers.
   */
  | { kind: 'bars'; columns: [Column, Column, Column]; series: { name: string; color: string }[]; rows: BarRow[] }
  /**
   * Blocks that stay together on one page (a heading with its short table): for sections that
   * repeat many times, where moving headings one by one would make the PDF slow to lay out.
   */
  | { kind: 'group'; blocks: Block[] }
  /** A tornado: per row a bar from low to high on one scale, with a line at the base value. */
  | { kind: 'ranges'; columns: [Column, Column, Column]; base: number; rows: RangeRow[] };

export interface BarRow {
  label: string;
  values: number[];
  text: string;
}

export interface RangeRow {
  label: string;
  low: number;
  high: number;
  text: string;
}

const table = (columns: [string, number][], rows: string[][]): Block => ({
  kind: 'table',
  columns: columns.map(([header, weight]) => ({ header, weight })),
  rows,
});
const missing = (text: string): Block => ({ kind: 'paragraph', text, italic: true });

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
  new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso).toLocaleDateString('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  });
const euro = (n: number) => `€ ${n.toLocaleString('nl-NL', { minimumFractionDigits: 0, maximumFractionDigits: 2 })}`;
const hours = (n: number) => `${n.toLocaleString('nl-NL')} uur per week`;

/** How consent was given, as the documents say it: online is kept apart from consent given elsewhere. */
const HOW: Record<NonNullable<ConsentView['method']>, string> = {
  account: 'Online in Wijknet',
  link: 'Online via persoonlijke link',
  email: 'Buiten Wijknet: per e-mail',
  paper: 'Buiten Wijknet: op papier ondertekend',
  meeting: 'Buiten Wijknet: in een overleg',
};

/**
 * How a partner gave consent: who (with their role), how and when. Consent given elsewhere says
 * who recorded it and carries the date it was given; a "niet akkoord" through a link shows with
 * its reason.
 */
function consentRow(c: ConsentView): string[] {
  if (!c.consented) {
    if (c.link?.status === 'declined')
      return [c.name, 'Niet akkoord', c.link.answeredBy ?? '', `Reden: ${c.link.reason}`, ''];
    return [c.name, 'Nog niet', '', '', ''];
  }
  const by = [c.consentedBy ?? '', c.byRole ? `(${c.byRole})` : ''].filter(Boolean).join(' ');
  const how = c.method ? HOW[c.method] : HOW.account;
  const recorded = c.recordedBy ? `${how}; vastgelegd door ${c.recordedBy}` : how;
  const when = c.givenOn ?? c.consentedAt;
  return [c.name, 'Ja', by, recorded, when ? dutchDate(when) : ''];
}

function consentBlocks(consents: ConsentView[], draft: boolean): Block[] {
  if (draft)
    return [
      { kind: 'heading', text: 'Akkoord' },
      missing('Dit is een concept. Partners geven akkoord op een vastgelegde versie.'),
    ];
  const open = consents.filter((c) => !c.consented).length;
  return [
    { kind: 'heading', text: 'Akkoord van de partners' },
    consents.length
      ? table(
          [
            ['Partner', 3],
            ['Akkoord', 1.2],
            ['Door', 2.2],
            ['Hoe', 1.8],
            ['Datum', 1.8],
          ],
          consents.map(consentRow),
        )
      : missing('Deze versie heeft nog geen partners die akkoord kunnen geven.'),
    ...(open
      ? [
          missing(
            open === 1
              ? 'Eén partner heeft nog geen akkoord gegeven.'
              : `${open} partners hebben nog geen akkoord gegeven.`,
          ),
        ]
      : []),
  ];
}

function cardBlocks(s: CardSnapshot, only?: string[]): Block[] {
  const out: Block[] = [];
  for (const c of s.columns) {
    if (only && !only.includes(c.key)) continue;
    out.push({ kind: 'heading', level: 3, text: c.title });
    if (c.prompt) out.push({ kind: 'paragraph', text: c.prompt, italic: true });
    out.push(c.items.length ? { kind: 'list', items: c.items.map((i) => i.text) } : missing('Nog niets ingevuld.'));
  }
  return out;
}

function goalBlocks(s: CardSnapshot): Block[] {
  return [
    { kind: 'heading', text: 'Stip op de horizon' },
    s.network.vision ? { kind: 'paragraph', text: s.network.vision } : missing('Nog niet vastgelegd.'),
    { kind: 'heading', text: 'Doelen' },
    s.goals.length
      ? table(
          [
            ['Doel', 3],
            ['Indicator', 2],
            ['Streefwaarde', 1.2],
          ],
          s.goals.map((g) => [
            g.title + (g.description ? `\n${g.description}` : ''),
            g.indicator || 'Nog geen indicator',
            g.targetValue || 'Nog geen streefwaarde',
          ]),
        )
      : missing('Nog geen doelen vastgelegd.'),
  ];
}

function focusBlocks(s: CardSnapshot): Block[] {
  const out: Block[] = [{ kind: 'heading', text: 'Focus' }];
  if (s.focus === undefined)
    return [
      ...out,
      missing(
        'Deze versie is vastgelegd voordat de focus in het plan kwam. Leg een nieuwe versie vast om de focus te tonen.',
      ),
    ];
  if (!s.focus)
    return [...out, missing('Jullie hebben nog geen focus gekozen. Kies samen een of meer thema’s bij Focus kiezen.')];
  return [
    ...out,
    { kind: 'paragraph', text: `Gekozen op ${dutchDate(s.focus.decidedOn)}:` },
    { kind: 'list', items: s.focus.themes },
    s.focus.reasons
      ? { kind: 'paragraph', text: `Waarom: ${s.focus.reasons}` }
      : missing('De redenen voor deze keuze zijn niet opgeschreven.'),
  ];
}

function profileBlocks(s: CardSnapshot): Block[] {
  const out: Block[] = [{ kind: 'heading', text: 'Wijkprofiel' }];
  const p = s.profile;
  if (!p)
    return [
      ...out,
      missing(
        'Deze versie is vastgelegd voordat het wijkprofiel in het plan kwam. Leg een nieuwe versie vast om het te tonen.',
      ),
    ];
  if (p.area) {
    out.push({
      kind: 'paragraph',
      text: `Cijfers van ${p.area.name} (${p.area.code}) uit ${p.area.year}, bron: CBS, Kerncijfers wijken en buurten.`,
    });
    if (p.figures.length) {
      out.push(
        table(
          [
            ['Cijfer', 3],
            [p.area.name, 1.5],
            [p.area.municipality ? `Gemeente ${p.area.municipality}` : 'Gemeente', 1.5],
          ],
          p.figures.map((f) => [f.label, f.area, f.municipality || 'Niet bekend']),
        ),
      );
    }
  } else {
    out.push(missing('Er zijn nog geen CBS-cijfers in het wijkprofiel gezet.'));
  }
  if (p.indicators.length) {
    out.push({ kind: 'heading', level: 3, text: 'Eigen cijfers' });
    out.push(
      table(
        [
          ['Cijfer', 3],
          ['Waarde', 1.5],
          ['Bron', 2],
          ['Gemeten op', 1.5],
        ],
        p.indicators.map((i) => [i.name, i.value, i.source, i.measuredOn ? dutchDate(i.measuredOn) : '']),
      ),
    );
  }
  out.push({ kind: 'heading', level: 3, text: 'Wat bewoners vragen of nodig hebben' });
  out.push(
    p.needs.length
      ? { kind: 'list', items: p.needs }
      : missing('Nog geen vragen of behoeften van bewoners opgeschreven.'),
  );
  if (p.notes.length)
    out.push({ kind: 'heading', level: 3, text: 'Wat we eruit halen' }, { kind: 'list', items: p.notes });
  return out;
}

function leadBlocks(s: CardSnapshot): Block[] {
  const out: Block[] = [{ kind: 'heading', text: 'Kartrekker' }];
  // Versions from before kartrekkers were kept on their own only know the appointed ones.
  const kartrekkers = s.kartrekkers ?? s.leads.map((l) => ({ name: l.name, partnerName: l.partnerName }));
  if (!kartrekkers.length) {
    // An older version may leave out a kartrekker who had no appointment yet: do not claim there was none.
    return [
      ...out,
      missing(
        s.kartrekkers
          ? 'Er is nog geen kartrekker. Kies samen wie het netwerk trekt.'
          : 'In deze versie staat geen kartrekker met afspraken.',
      ),
    ];
  }
  for (const k of kartrekkers) {
    const l = s.leads.find((x) => x.name === k.name);
    const who = k.partnerName ? `${k.name} (${k.partnerName})` : k.name;
    if (!l) {
      out.push(
        { kind: 'paragraph', text: who },
        missing('Er is een kartrekker, maar nog zonder afspraken over uren, mandaat, steun en vervanging.'),
      );
      continue;
    }
    out.push(
      table(
        [
          ['Kartrekker', 1],
          [who, 3],
        ],
        [
          ['Tijd', l.hoursPerWeek === null ? 'Er is een kartrekker, maar nog zonder uren.' : hours(l.hoursPerWeek)],
          ['Mandaat', l.mandate || 'Nog niet afgesproken'],
          ['Steun', l.supportedBy || 'Nog niet afgesproken'],
          ['Betaald door', l.paidBy || 'Nog niet afgesproken'],
          ['Vervanger', l.deputyName ?? 'Nog geen vervanger'],
        ],
      ),
    );
  }
  return out;
}

const KIND_ORDER = ['besluitvorming', 'verantwoordelijkheden', 'geld', 'borging', 'overig'];
const MISSING_KIND: Record<string, string> = {
  besluitvorming: 'Nog geen afspraak over hoe jullie besluiten.',
  verantwoordelijkheden: 'Nog geen afspraak over wie wat doet.',
  geld: 'Nog geen afspraak over geld.',
  borging: 'Nog geen afspraak over wat er na de projectperiode gebeurt.',
};

/** One agreement, with only the details that belong to its kind: a budget only under Geld, a decision rule only under Hoe we besluiten. */
function agreementBlock(a: CardSnapshot['agreements'][number]): Block[] {
  const out: Block[] = [{ kind: 'paragraph', text: a.title }];
  const d = (a.details ?? {}) as AgreementDetails;
  if (a.kind === 'besluitvorming') {
    out.push(
      a.decisionRule
        ? { kind: 'paragraph', text: `Beslisregel: ${DECISION_RULE_LABELS[a.decisionRule] ?? a.decisionRule}` }
        : missing('De beslisregel is nog niet gekozen.'),
    );
  }
  if (a.body) out.push({ kind: 'paragraph', text: a.body });
  if (a.kind === 'verantwoordelijkheden' && d.responsibilities?.length) {
    out.push(
      table(
        [
          ['Waarover', 2],
          ['Beslist', 1.5],
          ['Doet', 1.5],
          ['Denkt mee', 1.5],
          ['Hoort het', 1.5],
        ],
        d.responsibilities.map((r) => [r.subject, r.decides ?? '', r.does ?? '', r.consulted ?? '', r.informed ?? '']),
      ),
    );
  }
  if (a.kind === 'geld') {
    if (d.contributions?.length) {
      out.push(
        table(
          [
            ['Partner', 3],
            ['Bijdrage', 1.3],
            ['In natura', 2.5],
          ],
          d.contributions.map((c) => [
            c.party,
            c.amount == null ? 'Bedrag nog niet bekend' : euro(c.amount),
            c.inKind ?? '',
          ]),
        ),
      );
    }
    const b = d.pooledBudget;
    if (b && (b.amount != null || b.rules)) {
      out.push({
        kind: 'paragraph',
        text: `Gezamenlijk budget: ${b.amount == null ? 'het bedrag is nog niet bekend' : euro(b.amount)}.${b.rules ? ` ${b.rules}` : ''}`,
      });
    }
  }
  if (a.reviewOn) out.push({ kind: 'paragraph', text: `Evalueren op ${dutchDate(a.reviewOn)}.`, italic: true });
  return out;
}

function agreementBlocks(s: CardSnapshot): Block[] {
  const out: Block[] = [{ kind: 'heading', text: 'Afspraken' }];
  if (!s.agreements.length) return [...out, missing('Nog geen afspraken vastgelegd.')];
  const kinds = [...KIND_ORDER, ...new Set(s.agreements.map((a) => a.kind).filter((k) => !KIND_ORDER.includes(k)))];
  for (const kind of kinds) {
    const mine = s.agreements.filter((a) => a.kind === kind);
    if (!mine.length && !MISSING_KIND[kind]) continue;
    out.push({ kind: 'heading', level: 3, text: AGREEMENT_KIND_LABELS[kind] ?? kind });
    if (!mine.length) out.push(missing(MISSING_KIND[kind]));
    for (const a of mine) out.push(...agreementBlock(a));
  }
  return out;
}

function actionBlocks(s: CardSnapshot): Block[] {
  return [
    { kind: 'heading', text: 'Actieplan' },
    s.actions.length
      ? table(
          [
            ['Actie', 3],
            ['Wie', 2.2],
            ['Doel', 2.2],
            ['Klaar op', 1.5],
            ['Status', 1.1],
            ['Jaar', 0.8],
          ],
          s.actions.map((a) => [
            a.title,
            [a.ownerName, a.partnerName].filter(Boolean).join('\n') || 'Nog niemand',
            a.goalTitle ?? '',
            a.dueOn ? dutchDate(a.dueOn) : '',
            ACTION_STATUS_LABELS[a.status] ?? a.status,
            String(a.planYear),
          ]),
        )
      : missing('Nog geen acties.'),
  ];
}

export function buildDocument(
  kind: DocumentKind,
  s: CardSnapshot,
  consents: ConsentView[],
  draft: boolean,
  createdAt: Date,
): DocumentModel {
  const status = draft
    ? 'CONCEPT – nog niet vastgelegd, zonder akkoord van de partners'
    : `Versie ${s.number} van ${dutchDate(s.publishedAt)}`;
  const subtitle = `${s.network.name} · ${s.network.areaName}`;
  const parties: Block[] = [
    { kind: 'heading', text: 'Partners' },
    s.parties.length ? { kind: 'list', items: s.parties.map((p) => p.name) } : missing('Nog geen partners.'),
  ];
  const blocks: Block[] =
    kind === 'plan-van-aanpak'
      ? [
          { kind: 'heading', text: 'Ambitie' },
          s.network.ambition
            ? { kind: 'paragraph', text: s.network.ambition }
            : missing('De ambitie is nog niet opgeschreven.'),
          ...profileBlocks(s),
          ...focusBlocks(s),
          ...goalBlocks(s),
          ...parties,
          { kind: 'heading', text: 'Partnerschapskaart' },
          ...cardBlocks(s),
          ...leadBlocks(s),
          ...agreementBlocks(s),
          ...actionBlocks(s),
          ...consentBlocks(consents, draft),
        ]
      : [
          {
            kind: 'paragraph',
            text: `De partners hieronder werken samen in ${s.network.name}. In deze overeenkomst staat wat ze samen willen bereiken en welke afspraken ze daarover maken.`,
          },
          ...parties,
          ...goalBlocks(s),
          { kind: 'heading', text: 'Wanneer is de samenwerking geslaagd?' },
          ...cardBlocks(s, ['waarden']),
          ...agreementBlocks(s),
          ...leadBlocks(s),
          ...consentBlocks(consents, draft),
        ];
  return {
    title: kind === 'plan-van-aanpak' ? 'Plan van aanpak' : 'Samenwerkingsovereenkomst',
    subtitle,
    status,
    draft,
    createdAt,
    blocks,
  };
}
