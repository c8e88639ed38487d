/**
 * Kumu-compatible spreadsheets: an "Elements" sheet (Label, Type, more columns) and a
 * "Connections" sheet (From, To, Type), as one XLSX or as two CSV files; and GEXF 1.3 for Gephi.
 * Reading gives plain rows with spreadsheet row numbers; checking them is the service's work.
 */
import type ExcelJS from 'exceljs';
import { CsvError, readCsv } from '../../domain/csv.js';
import { fromDomain, msg, render, type MessageRef } from '../../core/messages/index.js';
import { normalise } from '../../domain/search/text.js';
import type { DomainText } from '../../domain/messages.js';
import {
  IMPORT_LIMITS,
  cellTooLong,
  tableProblem,
  tooManyColumns,
  tooManyRows,
  type ImportLimits,
} from '../../domain/import-limits.js';

export interface SheetRow {
  /** Row number as the spreadsheet shows it (header = 1). */
  row: number;
  /** Cells by normalised column name (lower case, no accents or punctuation: "Thema's" → "themas"). */
  cells: Record<string, string>;
}

export interface Sheet {
  /** Where the rows came from, as the user knows it: 'werkblad Elements' or the CSV file name. */
  source: string;
  columns: string[];
  rows: SheetRow[];
}

export interface KumuInput {
  elements: Sheet;
  connections: Sheet | null;
}

export class KumuError extends Error {
  constructor(readonly text: MessageRef) {
    super(render('nl', text));
    this.name = 'KumuError';
  }
}

export const columnKey = (name: string) => normalise(name.trim()).replace(/[^a-z0-9]/g, '');

const isZip = (b: Uint8Array) => b.length > 3 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** exceljs is loaded on the first spreadsheet, not when the app starts: it is the slowest of our libraries to import. */
async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: exceljs } = await import('exceljs');
  return new exceljs.Workbook();
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('hyperlink' in value) return String(value.hyperlink);
    if ('error' in value) return '';
  }
  return String(value);
}

const overLimit = (problem: DomainText) =>
  new KumuError(fromDomain({ key: problem.key, params: problem.params ?? {} }));

function sheetFromXlsx(ws: ExcelJS.Worksheet, source: string, limits: ImportLimits): Sheet {
  // Counted before any cell is read: rows with something in them, the header included.
  const dataRows = Math.max(0, ws.actualRowCount - 1);
  if (dataRows > limits.rows) throw overLimit(tooManyRows(source, dataRows, limits.rows));
  if (ws.actualColumnCount > limits.columns)
    throw overLimit(tooManyColumns(source, ws.actualColumnCount, limits.columns));
  const header: string[] = [];
  ws.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
    header[col - 1] = cellText(cell.value).trim();
  });
  if (header.length > limits.columns) throw overLimit(tooManyColumns(source, header.length, limits.columns));
  const long = header.findIndex((h) => h !== undefined && h.length > limits.cellLength);
  if (long >= 0) throw overLimit(cellTooLong(source, 1, String(long + 1), header[long].length, limits.cellLength));
  const rows: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (r, rowNumber) => {
    if (rowNumber === 1) return;
    const cells: Record<string, string> = {};
    let filled = false;
    header.forEach((name, i) => {
      if (!name) return;
      const cell = r.getCell(i + 1);
      const text = cellText(cell.value).trim();
      if (text.length > limits.cellLength)
        throw overLimit(cellTooLong(source, rowNumber, name, text.length, limits.cellLength));
      if (text) filled = true;
      cells[columnKey(name)] = text;
    });
    if (filled) rows.push({ row: rowNumber, cells });
  });
  return { source, columns: header.filter(Boolean), rows };
}

function sheetFromCsv(bytes: Uint8Array, fileName: string, limits: ImportLimits): Sheet {
  let table;
  try {
    table = readCsv(bytes);
  } catch (err) {
    if (err instanceof CsvError)
      throw new KumuError(
        msg('kumu.csvUnreadable', { file: fileName, line: err.line, problem: { key: err.key, params: err.params } }),
      );
    throw err;
  }
  const problem = tableProblem(fileName, table.header, table.rows, limits);
  if (problem) throw overLimit(problem);
  const keys = table.header.map(columnKey);
  return {
    source: fileName,
    columns: table.header.map((h) => h.trim()),
    rows: table.rows.map((r) => ({
      row: r.row,
      cells: Object.fromEntries(keys.map((k, i) => [k, unguardCell((r.fields[i] ?? '').trim())])),
    })),
  };
}

const hasColumns = (sheet: Sheet, ...names: string[]) =>
  names.every((n) => sheet.columns.some((c) => columnKey(c) === n));

/**
 * One XLSX with Elements (and Connections), or one or two CSV files told apart by their columns.
 * Runs on a worker thread (task `kumu.read`); a file over one of the limits is refused whole.
 */
export async function readKumu(
  files: { fileName: string; bytes: Uint8Array }[],
  limits: ImportLimits = IMPORT_LIMITS,
): Promise<KumuInput> {
  const xlsx = files.filter((f) => isZip(f.bytes));
  if (xlsx.length > 0) {
    if (files.length > 1) throw new KumuError('kumu.oneOrTwo');
    const wb = await newWorkbook();
    try {
      await wb.xlsx.load(Buffer.from(xlsx[0].bytes) as unknown as ArrayBuffer);
    } catch {
      throw new KumuError(msg('kumu.xlsxUnreadable', { file: xlsx[0].fileName }));
    }
    const find = (name: string) => wb.worksheets.find((w) => columnKey(w.name) === name);
    const elements = find('elements') ?? find('elementen') ?? find('partners');
    if (!elements) throw new KumuError(msg('kumu.noElementsSheet', { file: xlsx[0].fileName }));
    const connections = find('connections') ?? find('verbindingen') ?? find('relaties');
    return {
      elements: sheetFromXlsx(elements, `werkblad ${elements.name}`, limits),
      connections: connections ? sheetFromXlsx(connections, `werkblad ${connections.name}`, limits) : null,
    };
  }
  let elements: Sheet | null = null;
  let connections: Sheet | null = null;
  for (const f of files) {
    const sheet = sheetFromCsv(f.bytes, f.fileName, limits);
    if (hasColumns(sheet, 'from', 'to') || hasColumns(sheet, 'van', 'naar')) {
      if (connections) throw new KumuError('kumu.twoConnections');
      connections = sheet;
    } else if (hasColumns(sheet, 'label') || hasColumns(sheet, 'naam') || hasColumns(sheet, 'name')) {
      if (elements) throw new KumuError('kumu.twoElements');
      elements = sheet;
    } else {
      throw new KumuError(msg('kumu.noHeader', { file: f.fileName }));
    }
  }
  if (!elements) throw new KumuError('kumu.elementsMissing');
  return { elements, connections };
}

export interface ExportActor {
  label: string;
  type: string;
  domain: string;
  themes: string[];
  targetGroups: string[];
  healthDimensions: string[];
  area: string;
  description: string;
  email: string;
  phone: string;
  website: string;
  kvk: string;
  agb: string;
  status: string;
}

export interface ExportRelation {
  from: string;
  to: string;
  type: string;
  frequency: string;
  quality: number | null;
}

export const ELEMENT_COLUMNS = [
  'Label',
  'Type',
  'Domein',
  "Thema's",
  'Doelgroepen',
  'Dimensies',
  'Gebied',
  'Description',
  'E-mail',
  'Telefoon',
  'Website',
  'KvK',
  'AGB',
  'Status',
] as const;
export const CONNECTION_COLUMNS = ['From', 'To', 'Type', 'Frequentie', 'Kwaliteit'] as const;

/** Kumu writes several values in one cell separated by "|". */
const multi = (values: string[]) => values.join(' | ');

export const elementCells = (a: ExportActor): string[] => [
  a.label,
  a.type,
  a.domain,
  multi(a.themes),
  multi(a.targetGroups),
  multi(a.healthDimensions),
  a.area,
  a.description,
  a.email,
  a.phone,
  a.website,
  a.kvk,
  a.agb,
  a.status,
];
export const connectionCells = (r: ExportRelation): string[] => [
  r.from,
  r.to,
  r.type,
  r.frequency,
  r.quality === null ? '' : String(r.quality),
];

export async function writeXlsx(actors: ExportActor[], relations: ExportRelation[]): Promise<Buffer> {
  const wb = await newWorkbook();
  wb.creator = 'Wijknet';
  const elements = wb.addWorksheet('Elements');
  elements.addRow([...ELEMENT_COLUMNS]);
  // Text format keeps KvK and AGB numbers with their leading zeros.
  for (const a of actors) elements.addRow(elementCells(a));
  elements.getColumn(12).numFmt = '@';
  elements.getColumn(13).numFmt = '@';
  const connections = wb.addWorksheet('Connections');
  connections.addRow([...CONNECTION_COLUMNS]);
  for (const r of relations)
    connections.addRow(connectionCells(r).map((v, i) => (i === 4 && v !== '' ? Number(v) : v)));
  for (const ws of [elements, connections]) ws.getRow(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * A cell that starts with =, +, - or @ would run as a formula in Excel: it gets an apostrophe in
 * front, which reading a CSV back (`unguardCell`) takes off again.
 */
const FORMULA_START = /^[=+\-@]/;
const guardCell = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);
const unguardCell = (value: string) =>
  value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;

function csvField(raw: string, delimiter: string): string {
  const value = guardCell(raw);
  return /["\r\n]/.test(value) || value.includes(delimiter) || value !== value.trim()
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

/** UTF-8 with a byte-order mark and CRLF, so Dutch Excel opens it with the right characters. */
export function writeCsv(header: readonly string[], rows: string[][], delimiter: ';' | ','): Buffer {
  const lines = [header, ...rows].map((r) => r.map((v) => csvField(v, delimiter)).join(delimiter));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

const xml = (s: string) =>
  s
    // Characters XML 1.0 does not allow at all.
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** GEXF 1.3 for Gephi: undirected edges, nodes with their domain and kind, edges with kind, frequency and quality. */
export function writeGexf(
  networkName: string,
  actors: (ExportActor & { id: string })[],
  relations: (ExportRelation & { id: string; fromId: string; toId: string })[],
  date: string,
): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${xml(date)}">`,
    '    <creator>Wijknet</creator>',
    `    <description>${xml(networkName)}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="undirected" mode="static">',
    '    <attributes class="node">',
    '      <attribute id="domain" title="domein" type="string"/>',
    '      <attribute id="kind" title="soort" type="string"/>',
    '      <attribute id="themes" title="thema\'s" type="string"/>',
    '    </attributes>',
    '    <attributes class="edge">',
    '      <attribute id="kind" title="soort samenwerking" type="string"/>',
    '      <attribute id="frequency" title="frequentie" type="string"/>',
    '      <attribute id="quality" title="kwaliteit" type="integer"/>',
    '    </attributes>',
    '    <nodes>',
  ];
  for (const a of actors) {
    out.push(`      <node id="${xml(a.id)}" label="${xml(a.label)}">`);
    out.push('        <attvalues>');
    out.push(`          <attvalue for="domain" value="${xml(a.domain)}"/>`);
    out.push(`          <attvalue for="kind" value="${xml(a.type)}"/>`);
    out.push(`          <attvalue for="themes" value="${xml(multi(a.themes))}"/>`);
    out.push('        </attvalues>');
    out.push('      </node>');
  }
  out.push('    </nodes>', '    <edges>');
  for (const r of relations) {
    out.push(`      <edge id="${xml(r.id)}" source="${xml(r.fromId)}" target="${xml(r.toId)}">`);
    out.push('        <attvalues>');
    out.push(`          <attvalue for="kind" value="${xml(r.type)}"/>`);
    out.push(`          <attvalue for="frequency" value="${xml(r.frequency)}"/>`);
    if (r.quality !== null) out.push(`          <attvalue for="quality" value="${r.quality}"/>`);
    out.push('        </attvalues>');
    out.push('      </edge>');
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
