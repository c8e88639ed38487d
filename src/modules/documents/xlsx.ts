/**
 * The funder report as an Excel workbook with live formulas: every assumption on the sheet
 * "Aannames", every figure on "Berekening", "Per partij" and "Uitkomst" an Excel formula that
 * refers to them, so a funder can change an assumption and see the ratio change. Each formula
 * also carries its value as computed by Wijknet's own calculation (the cached result), so the file
 * reads right in a viewer that does not recalculate. Byte-stable: fixed dates in the workbook and
 * in the zip.
 */
import type ExcelJS from 'exceljs';
import type { EffectVersionReport } from '../effects/schemas.js';
import { INPUT_LABELS, OUTCOME_LABELS, type OutcomeLabelKey, sourceOf } from './funder-report.js';
import { dutchDate } from './model.js';

type Value = string | number;
const EURO = '"€" #,##0.00';
const EURO_WHOLE = '"€" #,##0';
const PERCENT = '0.0%';
const FACTOR = '0.0000';

/** Column letter of a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

const OUTCOME_COLUMNS: OutcomeLabelKey[] = [
  'quantity',
  'proxy',
  'deadweight',
  'displacement',
  'attribution',
  'dropoff',
  'duration',
];

export async function renderFunderXlsx(networkName: string, r: EffectVersionReport): Promise<Buffer> {
  const [{ default: exceljs }, { default: JSZip }] = await Promise.all([import('exceljs'), import('jszip')]);
  const created = new Date(r.createdAt);
  const wb = new exceljs.Workbook();
  wb.creator = 'Wijknet';
  wb.lastModifiedBy = 'Wijknet';
  wb.created = created;
  wb.modified = created;
  wb.calcProperties.fullCalcOnLoad = true;

  const res = r.result;
  const nI = r.model.inputs.length;
  const nO = r.model.outcomes.length;
  // Enough year columns for the longest duration a funder may try within the ranges.
  const years = Math.max(res.horizon, ...r.model.outcomes.map((o) => o.high.duration), 1);

  const formula = (ws: ExcelJS.Worksheet, ref: string, f: string, result: Value, fmt?: string) => {
    const cell = ws.getCell(ref);
    cell.value = { formula: f, result } as ExcelJS.CellFormulaValue;
    if (fmt) cell.numFmt = fmt;
  };
  const put = (ws: ExcelJS.Worksheet, ref: string, v: Value | null, fmt?: string) => {
    const cell = ws.getCell(ref);
    cell.value = v;
    if (fmt) cell.numFmt = fmt;
  };
  const header = (ws: ExcelJS.Worksheet, row: number, titles: string[]) => {
    titles.forEach((t, i) => {
      const cell = ws.getCell(row, i + 1);
      cell.value = t;
      cell.font = { bold: true };
    });
  };
  const title = (ws: ExcelJS.Worksheet, text: string) => {
    const cell = ws.getCell('A1');
    cell.value = text;
    cell.font = { bold: true, size: 14 };
  };

  // ---- Toelichting -------------------------------------------------------------------------
  const intro = wb.addWorksheet('Toelichting');
  title(intro, `Rapport voor financiers – ${networkName} – ${r.name}`);
  [
    `Versie ${r.number} van het model, vastgelegd op ${dutchDate(r.createdAt)}. Gemaakt met Wijknet.`,
    '',
    'Zo werkt dit bestand:',
    '1. Op het blad "Aannames" staan alle aannames: de investeringen, de effecten en wie er baat bij heeft.',
    '2. De bladen "Berekening", "Per partij" en "Uitkomst" rekenen met formules die naar die aannames verwijzen.',
    '3. Verander een aanname (bijvoorbeeld de drop-off of de discontovoet) en de verhouding en de netto waarde rekenen mee.',
    '4. Het blad "Onzekerheid" toont de lage en hoge waarden en de Monte Carlo-uitkomst zoals Wijknet ze berekende; die rekent Excel niet opnieuw uit.',
    '',
    `Een effect kan hier tot ${years} jaar duren; voor langer voeg je op "Berekening" kolommen voor de extra jaren toe.`,
    'Fracties (deadweight, verplaatsing, toerekening, drop-off, aandelen) zijn getallen van 0 tot 1 (0,25 = 25%).',
  ].forEach((line, i) => put(intro, `A${i + 3}`, line));
  intro.getColumn(1).width = 120;

  // ---- Aannames ----------------------------------------------------------------------------
  const a = wb.addWorksheet('Aannames');
  title(a, 'Aannames');
  put(a, 'A2', 'Verander hier een aanname: de andere bladen rekenen mee.');
  put(a, 'A4', 'Discontovoet');
  put(a, 'B4', res.discountRate, '0.00%');
  const RATE = 'Aannames!$B$4';

  const iHead = 6;
  const iFirst = iHead + 1;
  put(a, `A${iHead - 1}`, 'Investeringen (een bedrag, of uren × tarief)');
  a.getCell(`A${iHead - 1}`).font = { bold: true };
  header(a, iHead, ['Nr', 'Partij', 'Jaar', 'Bedrag (€)', 'Uren', 'Tarief per uur (€)', 'Bron']);
  r.model.inputs.forEach((input, i) => {
    const row = iFirst + i;
    put(a, `A${row}`, i + 1);
    put(a, `B${row}`, input.stakeholder);
    put(a, `C${row}`, input.year);
    if (input.kind === 'money') put(a, `D${row}`, input.amount, EURO);
    else {
      put(a, `E${row}`, input.hours);
      put(a, `F${row}`, input.rate, EURO);
    }
    put(a, `G${row}`, sourceOf(r, 'inputs', i, input.kind === 'money' ? 'amount' : 'hours'));
  });

  const oHead = iFirst + nI + 2;
  const oFirst = oHead + 1;
  put(a, `A${oHead - 1}`, 'Effecten');
  a.getCell(`A${oHead - 1}`).font = { bold: true };
  header(a, oHead, ['Nr', 'Effect', ...OUTCOME_COLUMNS.map((f) => OUTCOME_LABELS[f]), 'Bronnen']);
  // Columns C..I hold quantity, proxy, deadweight, displacement, attribution, drop-off, duration.
  const oCol = (f: OutcomeLabelKey) => columnLetter(3 + OUTCOME_COLUMNS.indexOf(f));
  r.model.outcomes.forEach((o, i) => {
    const row = oFirst + i;
    put(a, `A${row}`, i + 1);
    put(a, `B${row}`, o.name);
    for (const f of OUTCOME_COLUMNS)
      put(
        a,
        `${oCol(f)}${row}`,
        o[f],
        f === 'proxy' ? EURO : f === 'quantity' || f === 'duration' ? undefined : PERCENT,
      );
    put(a, `J${row}`, OUTCOME_COLUMNS.map((f) => `${OUTCOME_LABELS[f]}: ${sourceOf(r, 'outcomes', i, f)}`).join('\n'));
  });

  const benefits = res.outcomes.flatMap((line, i) => line.beneficiaries.map((b) => ({ outcome: i, ...b })));
  const bHead = oFirst + nO + 2;
  const bFirst = bHead + 1;
  put(a, `A${bHead - 1}`, 'Wie heeft er baat bij (aandelen per effect tellen op tot 100%)');
  a.getCell(`A${bHead - 1}`).font = { bold: true };
  header(a, bHead, ['Effect nr', 'Effect', 'Partij', 'Aandeel']);
  benefits.forEach((b, k) => {
    const row = bFirst + k;
    put(a, `A${row}`, b.outcome + 1);
    put(a, `B${row}`, r.model.outcomes[b.outcome].name);
    put(a, `C${row}`, b.stakeholder);
    put(a, `D${row}`, b.share, PERCENT);
  });
  a.getColumn(1).width = 12;
  a.getColumn(2).width = 30;
  for (let c = 3; c <= 9; c++) a.getColumn(c).width = 16;
  a.getColumn(10).width = 60;

  // ---- Berekening --------------------------------------------------------------------------
  const c = wb.addWorksheet('Berekening');
  title(c, 'Berekening (formules)');
  const ciHead = 3;
  const ciFirst = ciHead + 1;
  const ciLast = ciFirst + nI - 1;
  header(c, ciHead, ['Nr', 'Partij', 'Jaar', 'Kosten', 'Disconteringsfactor', 'Contante waarde']);
  res.inputs.forEach((line, i) => {
    const row = ciFirst + i;
    const src = iFirst + i;
    put(c, `A${row}`, i + 1);
    formula(c, `B${row}`, `Aannames!B${src}`, line.stakeholder);
    formula(c, `C${row}`, `Aannames!C${src}`, line.year);
    formula(
      c,
      `D${row}`,
      `IF(ISNUMBER(Aannames!E${src}),Aannames!E${src}*Aannames!F${src},Aannames!D${src})`,
      line.cost,
      EURO,
    );
    formula(c, `E${row}`, `1/(1+${RATE})^(C${row}-1)`, line.discountFactor, FACTOR);
    formula(c, `F${row}`, `D${row}*E${row}`, line.pv, EURO);
  });
  const ciTotal = ciLast + 1;
  put(c, `B${ciTotal}`, 'Totaal investering');
  c.getCell(`B${ciTotal}`).font = { bold: true };
  formula(c, `F${ciTotal}`, `SUM(F${ciFirst}:F${ciLast})`, res.pvInputs, EURO);

  const coHead = ciTotal + 2;
  const coFirst = coHead + 1;
  const coLast = coFirst + nO - 1;
  const yearCol = (t: number) => columnLetter(3 + t); // year 1 in D
  const pvCol = columnLetter(4 + years);
  header(c, coHead, [
    'Nr',
    'Effect',
    'Waarde jaar 1',
    ...Array.from({ length: years }, (_, t) => `Jaar ${t + 1} (contante waarde)`),
    'Contante waarde',
  ]);
  res.outcomes.forEach((line, i) => {
    const row = coFirst + i;
    const src = oFirst + i;
    const ref = (f: OutcomeLabelKey) => `Aannames!${oCol(f)}${src}`;
    put(c, `A${row}`, i + 1);
    formula(c, `B${row}`, `Aannames!B${src}`, line.name);
    formula(
      c,
      `C${row}`,
      `${ref('quantity')}*${ref('proxy')}*(1-${ref('deadweight')})*(1-${ref('displacement')})*(1-${ref('attribution')})`,
      line.valueYear1,
      EURO,
    );
    for (let t = 1; t <= years; t++)
      formula(
        c,
        `${yearCol(t)}${row}`,
        `IF(${t}<=${ref('duration')},C${row}*(1-${ref('dropoff')})^(${t}-1)/(1+${RATE})^${t},0)`,
        line.years[t - 1]?.pv ?? 0,
        EURO,
      );
    formula(c, `${pvCol}${row}`, `SUM(${yearCol(1)}${row}:${yearCol(years)}${row})`, line.pv, EURO);
  });
  const coTotal = coLast + 1;
  put(c, `B${coTotal}`, 'Totaal opbrengst');
  c.getCell(`B${coTotal}`).font = { bold: true };
  formula(c, `${pvCol}${coTotal}`, `SUM(${pvCol}${coFirst}:${pvCol}${coLast})`, res.pvOutcomes, EURO);

  // Per year, for the payback year.
  const cyHead = coTotal + 2;
  header(c, cyHead, ['', 'Per jaar', '', ...Array.from({ length: years }, (_, t) => `Jaar ${t + 1}`)]);
  const yIn = cyHead + 1;
  const yOut = cyHead + 2;
  const yCumIn = cyHead + 3;
  const yCumOut = cyHead + 4;
  const yBack = cyHead + 5;
  put(c, `B${yIn}`, 'Investering dit jaar (contante waarde)');
  put(c, `B${yOut}`, 'Opbrengst dit jaar (contante waarde)');
  put(c, `B${yCumIn}`, 'Investering tot en met dit jaar');
  put(c, `B${yCumOut}`, 'Opbrengst tot en met dit jaar');
  put(c, `B${yBack}`, 'Terugverdiend in dit jaar?');
  let cumIn = 0;
  let cumOut = 0;
  for (let t = 1; t <= years; t++) {
    const col = yearCol(t);
    const y = res.years[t - 1];
    const inT = y?.inputs ?? 0;
    const outT = y?.outcomes ?? 0;
    cumIn = y?.cumulativeInputs ?? cumIn;
    cumOut = y?.cumulativeOutcomes ?? cumOut;
    formula(c, `${col}${yIn}`, `SUMIF($C$${ciFirst}:$C$${ciLast},${t},$F$${ciFirst}:$F$${ciLast})`, inT, EURO);
    formula(c, `${col}${yOut}`, `SUM(${col}${coFirst}:${col}${coLast})`, outT, EURO);
    formula(c, `${col}${yCumIn}`, t === 1 ? `${col}${yIn}` : `${yearCol(t - 1)}${yCumIn}+${col}${yIn}`, cumIn, EURO);
    formula(
      c,
      `${col}${yCumOut}`,
      t === 1 ? `${col}${yOut}` : `${yearCol(t - 1)}${yCumOut}+${col}${yOut}`,
      cumOut,
      EURO,
    );
    formula(c, `${col}${yBack}`, `IF(${col}${yCumOut}>=${col}${yCumIn},${t},"")`, cumOut >= cumIn ? t : '');
  }

  // Benefit per beneficiary line: its share of the outcome's present value.
  const cbHead = yBack + 2;
  const cbFirst = cbHead + 1;
  const cbLast = cbFirst + benefits.length - 1;
  header(c, cbHead, ['Effect nr', 'Partij', 'Aandeel', 'Baat']);
  benefits.forEach((b, k) => {
    const row = cbFirst + k;
    const src = bFirst + k;
    formula(c, `A${row}`, `Aannames!A${src}`, b.outcome + 1);
    formula(c, `B${row}`, `Aannames!C${src}`, b.stakeholder);
    formula(c, `C${row}`, `Aannames!D${src}`, b.share, PERCENT);
    formula(c, `D${row}`, `C${row}*${pvCol}${coFirst + b.outcome}`, b.benefit, EURO);
  });
  c.getColumn(2).width = 36;
  for (let col = 3; col <= 4 + years; col++) c.getColumn(col).width = 16;

  // ---- Uitkomst ----------------------------------------------------------------------------
  const u = wb.addWorksheet('Uitkomst');
  title(u, 'Uitkomst');
  const PV_IN = `Berekening!F${ciTotal}`;
  const PV_OUT = `Berekening!${pvCol}${coTotal}`;
  put(u, 'A3', 'Investering (contante waarde)');
  formula(u, 'B3', PV_IN, res.pvInputs, EURO_WHOLE);
  put(u, 'A4', 'Opbrengst (contante waarde)');
  formula(u, 'B4', PV_OUT, res.pvOutcomes, EURO_WHOLE);
  put(u, 'A5', 'Verhouding opbrengst : investering');
  formula(u, 'B5', 'IF(B3=0,"geen",B4/B3)', res.ratio ?? 'geen', '0.00');
  put(u, 'A6', 'Netto waarde');
  formula(u, 'B6', 'B4-B3', res.npv, EURO_WHOLE);
  put(u, 'A7', 'Terugverdiend in jaar');
  const backRange = `Berekening!${yearCol(1)}${yBack}:${yearCol(years)}${yBack}`;
  formula(u, 'B7', `IF(COUNT(${backRange})=0,"geen",MIN(${backRange}))`, res.paybackYear ?? 'geen');
  put(u, 'A8', 'Discontovoet');
  formula(u, 'B8', RATE, res.discountRate, '0.00%');
  u.getColumn(1).width = 40;
  u.getColumn(2).width = 18;

  // ---- Per partij --------------------------------------------------------------------------
  const s = wb.addWorksheet('Per partij');
  title(s, 'Wie betaalt, wie heeft er baat bij, en het voorstel voor cofinanciering');
  header(s, 3, ['Partij', 'Investering', 'Baat', 'Deel van de baat', 'Voorgestelde bijdrage']);
  const sFirst = 4;
  const sLast = sFirst + res.stakeholders.length - 1;
  const sTotal = sLast + 1;
  res.stakeholders.forEach((st, k) => {
    const row = sFirst + k;
    put(s, `A${row}`, st.name);
    formula(
      s,
      `B${row}`,
      `SUMIF(Berekening!$B$${ciFirst}:$B$${ciLast},A${row},Berekening!$F$${ciFirst}:$F$${ciLast})`,
      st.investment,
      EURO_WHOLE,
    );
    formula(
      s,
      `C${row}`,
      `SUMIF(Berekening!$B$${cbFirst}:$B$${cbLast},A${row},Berekening!$D$${cbFirst}:$D$${cbLast})`,
      st.benefit,
      EURO_WHOLE,
    );
    formula(s, `D${row}`, `IF($C$${sTotal}>0,C${row}/$C$${sTotal},"")`, st.proposedShare ?? '', PERCENT);
    formula(s, `E${row}`, `IF($C$${sTotal}>0,D${row}*Uitkomst!$B$3,"")`, st.proposedInvestment ?? '', EURO_WHOLE);
  });
  put(s, `A${sTotal}`, 'Totaal');
  s.getCell(`A${sTotal}`).font = { bold: true };
  formula(
    s,
    `B${sTotal}`,
    `SUM(B${sFirst}:B${sLast})`,
    res.stakeholders.reduce((x, st) => x + st.investment, 0),
    EURO_WHOLE,
  );
  formula(s, `C${sTotal}`, `SUM(C${sFirst}:C${sLast})`, res.totalBenefit, EURO_WHOLE);
  s.getColumn(1).width = 30;
  for (let col = 2; col <= 5; col++) s.getColumn(col).width = 20;

  // ---- Onzekerheid (values as Wijknet computed them) -----------------------------------------
  const o = wb.addWorksheet('Onzekerheid');
  title(o, 'Onzekerheid (berekend door Wijknet; Excel rekent dit niet opnieuw uit)');
  const mc = r.uncertainty;
  const rows: [string, Value | null, string?][] = [
    ['Aantal berekeningen (Monte Carlo)', mc.runs],
    ['Startgetal (seed)', mc.seed],
    ['Kans dat de verhouding groter is dan 1', mc.pRatioAbove1, PERCENT],
    ['Verhouding bij 5%', mc.p05, '0.00'],
    ['Verhouding bij 50%', mc.p50, '0.00'],
    ['Verhouding bij 95%', mc.p95, '0.00'],
  ];
  rows.forEach(([label, v, fmt], i) => {
    put(o, `A${i + 3}`, label);
    put(o, `B${i + 3}`, v ?? 'geen', fmt);
  });
  const tHead = rows.length + 4;
  header(o, tHead, ['Aanname', 'Laag', 'Gewoon', 'Hoog', 'Verhouding bij laag', 'Verhouding bij hoog']);
  r.tornado.bars.forEach((b, k) => {
    const row = tHead + 1 + k;
    const label =
      b.item === 'input'
        ? INPUT_LABELS[b.field as keyof typeof INPUT_LABELS]
        : OUTCOME_LABELS[b.field as OutcomeLabelKey];
    put(o, `A${row}`, `${b.item === 'input' ? 'Investering' : 'Effect'} ${b.index + 1} (${b.name}): ${label}`);
    put(o, `B${row}`, b.low);
    put(o, `C${row}`, b.base);
    put(o, `D${row}`, b.high);
    put(o, `E${row}`, b.ratioLow ?? 'geen', '0.00');
    put(o, `F${row}`, b.ratioHigh ?? 'geen', '0.00');
  });
  o.getColumn(1).width = 70;
  for (let col = 2; col <= 6; col++) o.getColumn(col).width = 18;

  const raw = Buffer.from(await wb.xlsx.writeBuffer());
  // exceljs stamps the zip entries with the current time: write them again with the version's date.
  const zip = await JSZip.loadAsync(raw);
  const out = new JSZip();
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name];
    if (entry.dir) continue;
    out.file(name, await entry.async('uint8array'), { date: created, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
}
