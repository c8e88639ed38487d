/**
 * Plain Dutch summary (B1, "je" form) of a programme calculation, for `wijknet effects`
 * without --json and for anyone who reads the figures without the formulas.
 */

import type { EffectResult, EffectWarning } from './calculate.js';
import type { MonteCarloResult, Tornado } from './uncertainty.js';

const whole = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const twoDecimals = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 0 });
const precisePercent = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 2 });

/** € 1.234 (whole euros; never "€ -0"). */
export function euro(n: number): string {
  const rounded = Math.round(n);
  return `€ ${whole.format(rounded === 0 ? 0 : rounded)}`;
}

export function ratioText(n: number): string {
  return twoDecimals.format(n);
}

function largest<T>(items: readonly T[], value: (t: T) => number): T | undefined {
  let best: T | undefined;
  for (const item of items) if (value(item) > 0 && (best === undefined || value(item) > value(best))) best = item;
  return best;
}

/** "De gemeente investeert … en … heeft er het meeste baat bij", from the stakeholder table. */
export function whoPaysWhoBenefits(result: EffectResult): string {
  const payer = largest(result.stakeholders, (s) => s.investment);
  const winner = largest(result.stakeholders, (s) => s.benefit);
  const investors = result.stakeholders.filter((s) => s.investment > 0).length;
  const pays = payer
    ? investors === 1
      ? `${payer.name} investeert ${euro(payer.investment)}`
      : `${payer.name} investeert het meest: ${euro(payer.investment)} van de ${euro(result.pvInputs)}`
    : 'Niemand investeert geld';
  if (!winner) return `${pays}. Niemand heeft er (in geld uitgedrukt) baat bij.`;
  if (winner.name === payer?.name) return `${pays} en heeft er zelf ook het meeste baat bij.`;
  return `${pays} en ${winner.name} heeft er het meeste baat bij.`;
}

export function describeWarning(warning: EffectWarning): string {
  switch (warning.code) {
    case 'ratio-without-cost':
      return 'De investeringen zijn samen € 0 waard (bijvoorbeeld alleen uren zonder uurtarief). Daarom is er geen verhouding: delen door 0 kan niet. Geef de uren een uurtarief als je ze wilt meetellen.';
    case 'shares-without-benefit':
      return `De effecten zijn samen ${euro(warning.totalBenefit)} waard. Daarom is er geen voorstel om de investering te verdelen naar baat: dat kan alleen als er baat is.`;
  }
}

function table(rows: string[][], rightAligned: readonly boolean[]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  return rows.map((row) =>
    `  ${row.map((cell, c) => (rightAligned[c] ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('   ')}`.trimEnd(),
  );
}

/** At most this many assumptions are named in the summary; the app shows the whole tornado. */
const MAX_TORNADO_BARS = 3;

const FIELD_NAMES: Record<string, string> = {
  amount: 'bedrag',
  hours: 'uren',
  rate: 'uurtarief',
  quantity: 'aantal',
  proxy: 'waarde per eenheid',
  deadweight: 'deel dat toch al gebeurd was',
  displacement: 'deel dat alleen verschoof',
  attribution: 'deel door anderen',
  dropoff: 'afname per jaar',
  duration: 'aantal jaren',
};

const plain = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

function tornadoLines(t: Tornado): string[] {
  const bars = t.bars.filter((b) => b.swing !== null && b.swing > 0).slice(0, MAX_TORNADO_BARS);
  if (bars.length === 0) return [];
  return [
    '',
    'Welke aannames tellen het zwaarst (de verhouding als alleen die aanname op laag of hoog staat):',
    ...bars.map(
      (b) =>
        `  ${b.name}, ${FIELD_NAMES[b.field]} (${plain.format(b.low)} tot ${plain.format(b.high)}): ${ratioText(b.ratioLow!)} tot ${ratioText(b.ratioHigh!)}`,
    ),
  ];
}

export function describeEffects(result: EffectResult, uncertainty?: MonteCarloResult, sensitivity?: Tornado): string {
  const lines: string[] = [];
  lines.push(`Effectberekening met een disconteringsvoet van ${precisePercent.format(result.discountRate)}`);
  lines.push('');
  const figures = [
    ['Investeringen (contante waarde)', euro(result.pvInputs)],
    ['Opbrengsten (contante waarde)', euro(result.pvOutcomes)],
    ['Netto maatschappelijke waarde', euro(result.npv)],
    [
      'Verhouding',
      result.ratio === null
        ? 'geen (de investeringen zijn € 0 waard)'
        : `${ratioText(result.ratio)}: elke euro levert € ${ratioText(result.ratio)} op`,
    ],
    [
      'Terugverdiend',
      result.paybackYear === null
        ? `niet binnen de looptijd van ${whole.format(result.horizon)} jaar`
        : `in jaar ${whole.format(result.paybackYear)}`,
    ],
  ];
  lines.push(...table(figures, [false, false]));
  lines.push('');
  lines.push(whoPaysWhoBenefits(result));
  lines.push('');
  lines.push('Wie betaalt, wie wint (contante waarde):');
  lines.push(
    ...table(
      [
        ['partij', 'investering', 'baat', 'voorstel'],
        ...result.stakeholders.map((s) => [
          s.name,
          euro(s.investment),
          euro(s.benefit),
          s.proposedShare === null ? '–' : `${percent.format(s.proposedShare)} (${euro(s.proposedInvestment ?? 0)})`,
        ]),
      ],
      [false, true, true, true],
    ),
  );
  lines.push('  Voorstel: ieder betaalt een deel van de investering naar de baat die hij heeft.');
  if (result.outcomes.length > 0) {
    lines.push('');
    lines.push('Effecten (contante waarde):');
    lines.push(
      ...table(
        result.outcomes.map((o) => [o.name, euro(o.pv)]),
        [false, true],
      ),
    );
  }
  if (sensitivity) lines.push(...tornadoLines(sensitivity));
  if (uncertainty) {
    lines.push('');
    lines.push(
      `Onzekerheid (${whole.format(uncertainty.runs)} keer doorgerekend met willekeurige waarden, seed ${uncertainty.seed}):`,
    );
    lines.push(`  De kans dat de verhouding boven 1 ligt, is ${percent.format(uncertainty.pRatioAbove1)}.`);
    if (uncertainty.p05 !== null && uncertainty.p50 !== null && uncertainty.p95 !== null) {
      lines.push(
        `  In 90% van de keren ligt de verhouding tussen ${ratioText(uncertainty.p05)} en ${ratioText(uncertainty.p95)}; de middelste waarde is ${ratioText(uncertainty.p50)}.`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
