/**
 * The report for funders of one saved version of an effect model, as a neutral document model
 * (rendered to PDF like the other documents; the Excel file is made in xlsx.ts). Pure: the same
 * version and network data always give the same model. Plain Dutch a funder reads without help:
 * every assumption with its source, every figure with how it was computed.
 */
import type { CardSnapshot } from '../cards/schemas.js';
import type { EffectVersionReport } from '../effects/schemas.js';
import type { Block, Column, DocumentModel } from './model.js';
import { dutchDate } from './model.js';

export const FUNDER_REPORT_FORMATS = ['pdf', 'xlsx'] as const;
export type FunderReportFormat = (typeof FUNDER_REPORT_FORMATS)[number];

const whole = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const number = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
const twoDecimals = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 1 });

export const euro = (n: number) => {
  const r = Math.round(n);
  return `€ ${whole.format(r === 0 ? 0 : r)}`;
};
export const euroCents = (n: number) => `€ ${twoDecimals.format(n)}`;
export const ratio = (n: number | null) => (n === null ? 'geen (de kosten zijn € 0)' : twoDecimals.format(n));
export const pct = (n: number) => percent.format(n);

/** The assumptions of an outcome, in the order a funder reads them, with plain Dutch labels. */
export const OUTCOME_LABELS = {
  quantity: 'Aantal per jaar (hoeveelheid)',
  proxy: 'Waarde per eenheid per jaar (financiële proxy)',
  deadweight: 'Was ook zonder de aanpak gebeurd (deadweight)',
  displacement: 'Verschuift alleen naar elders (verplaatsing)',
  attribution: 'Komt door anderen (toerekening)',
  dropoff: 'Neemt elk jaar af met (drop-off)',
  duration: 'Aantal jaren dat het effect duurt',
} as const;
export type OutcomeLabelKey = keyof typeof OUTCOME_LABELS;
export const INPUT_LABELS = { amount: 'Bedrag', hours: 'Uren', rate: 'Tarief per uur' } as const;

const FRACTION_FIELDS = new Set(['deadweight', 'displacement', 'attribution', 'dropoff']);
export function formatValue(field: string, v: number): string {
  if (FRACTION_FIELDS.has(field)) return pct(v);
  if (field === 'proxy' || field === 'amount' || field === 'rate') return euroCents(v);
  if (field === 'duration') return `${whole.format(v)} jaar`;
  return number.format(v);
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);

/** Where an assumption comes from: the model's own source, else the linked price's, else said plainly. */
export function sourceOf(report: EffectVersionReport, item: 'inputs' | 'outcomes', index: number, field: string) {
  const stored = list(report.stored[item])[index] ?? {};
  const own = isObject(stored.sources) ? stored.sources[field] : undefined;
  if (typeof own === 'string' && own.trim()) return own.trim();
  if (item === 'outcomes' && field === 'proxy' && typeof stored.priceItemId === 'string') {
    const price = report.prices[stored.priceItemId];
    if (price) return `Prijslijst: ${price.item}${price.source ? ` (${price.source})` : ' (prijs zonder bron)'}`;
  }
  return 'Geen bron opgegeven';
}

const table = (columns: [string, number][], rows: string[][]): Block => ({
  kind: 'table',
  columns: columns.map(([header, weight]) => ({ header, weight })),
  rows,
});
const cols = (a: [string, number], b: [string, number], c: [string, number]): [Column, Column, Column] => [
  { header: a[0], weight: a[1] },
  { header: b[0], weight: b[1] },
  { header: c[0], weight: c[1] },
];
const h2 = (text: string): Block => ({ kind: 'heading', text });
const h3 = (text: string): Block => ({ kind: 'heading', text, level: 3 });
const p = (text: string, italic = false): Block => ({ kind: 'paragraph', text, italic });

function networkBlocks(network: CardSnapshot): Block[] {
  const blocks: Block[] = [h2('Wat het netwerk doet')];
  blocks.push(p(`${network.network.name} is een wijknetwerk in ${network.network.areaName}.`));
  if (network.network.ambition.trim()) blocks.push(h3('Ambitie'), p(network.network.ambition));
  if (network.network.vision.trim()) blocks.push(h3('Stip op de horizon'), p(network.network.vision));
  if (network.goals.length)
    blocks.push(
      h3('Doelen'),
      table(
        [
          ['Doel', 3],
          ['Zo meten we het', 3],
          ['Streefwaarde', 2],
        ],
        network.goals.map((g) => [g.title, g.indicator || '–', g.targetValue || '–']),
      ),
    );
  return blocks;
}

function headlineBlocks(r: EffectVersionReport): Block[] {
  const res = r.result;
  const payback =
    res.paybackYear === null ? `niet binnen de ${res.horizon} jaar van het model` : `in jaar ${res.paybackYear}`;
  return [
    h2('De uitkomst in het kort'),
    p(
      res.ratio === null
        ? 'De investering is in geld € 0 (alleen onbetaalde uren), dus er is geen verhouding tussen opbrengst en kosten.'
        : `Elke euro die de partners investeren levert naar schatting ${euroCents(res.ratio)} op voor de samenleving.`,
    ),
    table(
      [
        ['Wat', 4],
        ['Uitkomst', 2],
        ['Hoe berekend', 5],
      ],
      [
        [
          'Investering (contante waarde)',
          euro(res.pvInputs),
          'Alle inzet in geld en uren × tarief, teruggerekend naar nu',
        ],
        [
          'Opbrengst (contante waarde)',
          euro(res.pvOutcomes),
          'De waarde van alle effecten over hun hele duur, teruggerekend naar nu',
        ],
        ['Verhouding opbrengst : investering', ratio(res.ratio), 'Opbrengst gedeeld door investering'],
        ['Netto waarde', euro(res.npv), 'Opbrengst min investering'],
        ['Terugverdiend', payback, 'Het eerste jaar waarin de opbrengst tot dan toe de investering tot dan toe haalt'],
        ['Discontovoet', pct(res.discountRate), 'Geld later is minder waard dan geld nu; hiermee rekenen we terug'],
      ],
    ),
    p(`${r.summary}`),
    ...r.warnings.map((w) => p(w, true)),
  ];
}

function inputBlocks(r: EffectVersionReport): Block[] {
  return [
    h2('Wat erin gaat: de investeringen'),
    p(
      'Per partij en per jaar: geld, of uren maal een uurtarief. Een investering telt aan het begin van haar jaar; jaar 1 is nu.',
      true,
    ),
    table(
      [
        ['Partij', 2.4],
        ['Jaar', 0.8],
        ['Wat', 2.4],
        ['Kosten', 1.5],
        ['Contante waarde', 1.6],
        ['Bron', 2.6],
      ],
      r.result.inputs.map((line, i) => {
        const input = r.model.inputs[i];
        const what =
          input.kind === 'hours'
            ? `${number.format(input.hours)} uur × ${euroCents(input.rate)}`
            : `Bedrag ${euroCents(input.amount)}`;
        const field = input.kind === 'hours' ? 'hours' : 'amount';
        return [
          line.stakeholder,
          String(line.year),
          what,
          euro(line.cost),
          euro(line.pv),
          sourceOf(r, 'inputs', i, field),
        ];
      }),
    ),
  ];
}

function outcomeBlocks(r: EffectVersionReport): Block[] {
  const blocks: Block[] = [
    h2('Wat het oplevert: de effecten en alle aannames'),
    p(
      'Per effect: elke aanname met de waarde waarmee we rekenen, de lage en hoge waarde voor de onzekerheid, en de bron. Een effect telt aan het eind van zijn jaar.',
      true,
    ),
  ];
  r.model.outcomes.forEach((o, i) => {
    const line = r.result.outcomes[i];
    const stored = list(r.stored.outcomes)[i] ?? {};
    // One effect stays together on a page: its heading, its assumptions and how its value follows.
    const group: Block[] = [];
    blocks.push({ kind: 'group', blocks: group });
    group.push(h3(`Effect ${i + 1}: ${o.name}`));
    const about: string[] = [];
    if (typeof stored.goalId === 'string' && r.goals[stored.goalId])
      about.push(`Hoort bij het doel: ${r.goals[stored.goalId]}.`);
    if (typeof stored.indicator === 'string' && stored.indicator.trim()) about.push(`Indicator: ${stored.indicator}.`);
    if (about.length) group.push(p(about.join(' ')));
    group.push(
      table(
        [
          ['Aanname', 3.2],
          ['Waarde', 1.4],
          ['Laag', 1.2],
          ['Hoog', 1.2],
          ['Bron', 3],
        ],
        (Object.keys(OUTCOME_LABELS) as OutcomeLabelKey[]).map((field) => [
          OUTCOME_LABELS[field],
          formatValue(field, o[field]),
          formatValue(field, o.low[field]),
          formatValue(field, o.high[field]),
          sourceOf(r, 'outcomes', i, field),
        ]),
      ),
    );
    group.push(
      p(
        `Waarde in jaar 1: ${euro(line.valueYear1)} (aantal × waarde × (1 − deadweight) × (1 − verplaatsing) × (1 − toerekening)). ` +
          `Contante waarde over ${o.duration} jaar: ${euro(line.pv)}. ` +
          `Baat voor: ${line.beneficiaries.map((b) => `${b.stakeholder} ${pct(b.share)} (${euro(b.benefit)})`).join(', ')}.`,
      ),
    );
  });
  return blocks;
}

function stakeholderBlocks(r: EffectVersionReport): Block[] {
  const res = r.result;
  const blocks: Block[] = [
    h2('Wie betaalt, wie heeft er baat bij'),
    p(r.summary),
    table(
      [
        ['Partij', 3],
        ['Investering', 2],
        ['Baat', 2],
        ['Saldo', 2],
      ],
      res.stakeholders.map((s) => [s.name, euro(s.investment), euro(s.benefit), euro(s.benefit - s.investment)]),
    ),
    {
      kind: 'bars',
      columns: cols(['Partij', 2.5], ['Investering (donker) en baat (licht)', 4], ['Bedragen', 2.5]),
      series: [
        { name: 'Investering', color: '#8b1f3f' },
        { name: 'Baat', color: '#7fc4a4' },
      ],
      rows: res.stakeholders.map((s) => ({
        label: s.name,
        values: [s.investment, s.benefit],
        text: `investeert ${euro(s.investment)}\nbaat ${euro(s.benefit)}`,
      })),
    },
    h2('Voorstel voor cofinanciering'),
    p(
      res.totalBenefit > 0
        ? `Wie meer baat heeft, draagt meer bij: elke partij betaalt van de totale investering (${euro(res.pvInputs)}) het deel dat past bij haar deel van de baat. Het netwerk kan dit voorstel aanpassen en als afspraak vastleggen.`
        : 'Er is (in geld uitgedrukt) geen baat, dus een verdeling naar baat kan niet. Spreek samen een andere verdeling af.',
    ),
  ];
  if (res.totalBenefit > 0)
    blocks.push(
      table(
        [
          ['Partij', 3],
          ['Deel van de baat', 2],
          ['Voorgestelde bijdrage', 2],
          ['Nu geïnvesteerd', 2],
        ],
        res.stakeholders.map((s) => [
          s.name,
          pct(s.proposedShare ?? 0),
          euro(s.proposedInvestment ?? 0),
          euro(s.investment),
        ]),
      ),
    );
  return blocks;
}

function uncertaintyBlocks(r: EffectVersionReport): Block[] {
  const u = r.uncertainty;
  const all = r.tornado.bars.filter((b) => b.ratioLow !== null && b.ratioHigh !== null);
  // The largest swings first; the full list is in the Excel file.
  const bars = all.slice(0, TORNADO_ROWS);
  const label = (b: (typeof bars)[number]) =>
    `${b.item === 'input' ? 'Investering' : 'Effect'} ${b.index + 1} (${b.name}): ${
      b.item === 'input'
        ? INPUT_LABELS[b.field as keyof typeof INPUT_LABELS]
        : OUTCOME_LABELS[b.field as OutcomeLabelKey]
    }`;
  const blocks: Block[] = [
    h2('Hoe zeker is dit?'),
    p(
      'Elke aanname heeft een lage en een hoge waarde. Hieronder zie je eerst welke aannames de verhouding het meest veranderen (een tornado), daarna wat er gebeurt als alle aannames tegelijk verschillen.',
      true,
    ),
    h3('Welke aanname telt het meest'),
  ];
  if (bars.length && r.tornado.baseRatio !== null) {
    blocks.push(
      p(
        `De streep is de verhouding met de gewone waarden: ${ratio(r.tornado.baseRatio)}. Elke balk loopt van de verhouding met de lage tot die met de hoge waarde.` +
          (all.length > bars.length
            ? ` Hier staan de ${bars.length} aannames die het meest uitmaken; alle ${all.length} staan op het blad "Onzekerheid" in het Excel-bestand.`
            : ''),
      ),
      {
        kind: 'ranges',
        columns: cols(['Aanname', 4], ['Verhouding', 3], ['Laag → hoog', 2]),
        base: r.tornado.baseRatio,
        rows: bars.map((b) => ({
          label: label(b),
          low: b.ratioLow!,
          high: b.ratioHigh!,
          text: `${ratio(b.ratioLow)} → ${ratio(b.ratioHigh)}`,
        })),
      },
    );
  } else blocks.push(p('Het model heeft geen aannames met een lage en hoge waarde.', true));
  blocks.push(
    h3('Alles tegelijk: de Monte Carlo-berekening'),
    p(
      `We rekenden het model ${whole.format(u.runs)} keer door. Elke keer kozen we voor elke aanname een waarde tussen laag en hoog (driehoeksverdeling, met de gewone waarde als meest waarschijnlijke). Het startgetal (seed) is ${u.seed}: met hetzelfde startgetal komt er altijd precies hetzelfde uit.`,
    ),
    table(
      [
        ['Wat', 5],
        ['Uitkomst', 2],
      ],
      [
        ['Kans dat de opbrengst groter is dan de investering (verhouding > 1)', pct(u.pRatioAbove1)],
        ['Verhouding bij 5% (laag scenario)', u.p05 === null ? '–' : ratio(u.p05)],
        ['Verhouding bij 50% (middelste uitkomst)', u.p50 === null ? '–' : ratio(u.p50)],
        ['Verhouding bij 95% (hoog scenario)', u.p95 === null ? '–' : ratio(u.p95)],
        ['Aantal berekeningen', whole.format(u.runs)],
        ['Startgetal (seed)', String(u.seed)],
      ],
    ),
  );
  return blocks;
}

/** The PDF shows this many tornado bars; the Excel file has every one. */
export const TORNADO_ROWS = 20;

const METHOD: Block[] = [
  h2('Hoe is dit berekend?'),
  {
    kind: 'list',
    items: [
      'Waarde in jaar 1 = aantal × waarde per eenheid × (1 − deadweight) × (1 − verplaatsing) × (1 − toerekening).',
      'Waarde in jaar t = waarde in jaar 1 × (1 − drop-off) tot de macht (t − 1).',
      'Contante waarde van een effect = de som over de jaren van waarde in jaar t ÷ (1 + discontovoet) tot de macht t.',
      'Contante waarde van een investering = bedrag ÷ (1 + discontovoet) tot de macht (jaar − 1).',
      'Verhouding = opbrengst ÷ investering; netto waarde = opbrengst − investering.',
      'De baat van een partij is haar aandeel in elk effect; haar investering is de contante waarde van wat zij inbrengt.',
      'In het Excel-bestand bij dit rapport staan dezelfde berekeningen als formules. Verander een aanname op het blad "Aannames" en de uitkomst rekent mee.',
    ],
  },
];

/** Rows of a long table that stay with its heading; the rest follows as a table with the same columns. */
const ROWS_WITH_HEADING = 4;

/** The first rows of a long table, list or chart (to keep with its heading), and the rest. */
function split(b: Block): [Block, Block | null] {
  const n = ROWS_WITH_HEADING;
  if (b.kind === 'table' && b.rows.length > 2 * n)
    return [
      { ...b, rows: b.rows.slice(0, n) },
      { ...b, rows: b.rows.slice(n) },
    ];
  if ((b.kind === 'bars' || b.kind === 'ranges') && b.rows.length > 2 * n)
    return [{ ...b, rows: b.rows.slice(0, n) } as Block, { ...b, rows: b.rows.slice(n) } as Block];
  if (b.kind === 'list' && b.items.length > 2 * n)
    return [
      { ...b, items: b.items.slice(0, n) },
      { ...b, items: b.items.slice(n) },
    ];
  return [b, null];
}

/**
 * Every heading goes into one unbreakable group with what introduces it and the start of what
 * follows, so no heading ends a page. The renderer then needs no page-break check of its own, which
 * pdfmake makes for every node against every other one (slow for a report of 50 effects).
 */
export function keepHeadingsWithContent(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i].kind !== 'heading') {
      out.push(blocks[i]);
      continue;
    }
    const group: Block[] = [blocks[i]];
    while (
      blocks[i + 1]?.kind === 'heading' ||
      (blocks[i + 1]?.kind === 'paragraph' &&
        blocks[i + 2]?.kind !== 'heading' &&
        blocks[i + 1] &&
        (blocks[i + 1] as { italic?: boolean }).italic)
    )
      group.push(blocks[++i]);
    const next = blocks[i + 1];
    let rest: Block | null = null;
    if (next && next.kind !== 'heading' && next.kind !== 'group') {
      i++;
      [group[group.length], rest] = split(next);
    }
    out.push({ kind: 'group', blocks: group });
    if (rest) out.push(rest);
  }
  return out;
}

export function buildFunderReport(network: CardSnapshot, r: EffectVersionReport): DocumentModel {
  return {
    title: 'Rapport voor financiers',
    subtitle: `${network.network.name} – ${r.name}`,
    status: `Versie ${r.number} van het model, vastgelegd op ${dutchDate(r.createdAt)}`,
    draft: false,
    createdAt: new Date(r.createdAt),
    blocks: keepHeadingsWithContent([
      ...networkBlocks(network),
      ...headlineBlocks(r),
      ...inputBlocks(r),
      ...outcomeBlocks(r),
      ...stakeholderBlocks(r),
      ...uncertaintyBlocks(r),
      ...METHOD,
    ]),
  };
}
