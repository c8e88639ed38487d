/**
 * A small CSV reader for files that people export from Excel, LibreOffice or Google Sheets.
 *
 * Dutch Excel writes `;`-separated files in Windows-1252 unless the user picks "CSV UTF-8", so
 * both the delimiter and the encoding are detected instead of configured. Pure: it takes bytes,
 * so the browser and the CLI can share it.
 */

import { DomainError, type DomainMessageKey } from './messages.js';

export type CsvDelimiter = ';' | ',';
export type CsvEncoding = 'utf-8' | 'windows-1252';

export interface CsvRow {
  /** Record number as a spreadsheet shows it: the header is row 1, the first data row is row 2. */
  row: number;
  /** Line in the file where the record starts; differs from `row` after a field with a line break. */
  line: number;
  /** One entry per header column: missing trailing cells are `''`, extra cells are dropped. */
  fields: string[];
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  delimiter: CsvDelimiter;
  encoding: CsvEncoding;
}

export class CsvError extends DomainError {
  constructor(
    key: DomainMessageKey,
    readonly line: number,
  ) {
    super(key);
    this.name = 'CsvError';
  }
}

/**
 * Windows-1252 characters for bytes 0x80–0x9F (WHATWG encoding index); all other bytes map to
 * the same code point. Decoded by hand because Node 20.18.3 and later decode these bytes as
 * Latin-1 (nodejs/node#60888), which turns the euro sign and Word's curly quotes into control
 * characters.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const codes = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    codes[i] = b >= 0x80 && b < 0xa0 ? WINDOWS_1252_HIGH[b - 0x80] : b;
  }
  let text = '';
  // Chunks keep the argument list of fromCharCode well below engine limits.
  for (let i = 0; i < codes.length; i += 8192) text += String.fromCharCode(...codes.subarray(i, i + 8192));
  return text;
}

/** UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), otherwise Windows-1252. */
export function decodeCsvText(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Picks the delimiter that occurs most often in the header line, ignoring quoted text. */
export function detectDelimiter(text: string): CsvDelimiter {
  let semicolons = 0;
  let commas = 0;
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (ch === '\n' || ch === '\r') break;
    else if (ch === ';') semicolons++;
    else if (ch === ',') commas++;
  }
  return semicolons > commas ? ';' : ',';
}

interface RawRecord {
  line: number;
  fields: string[];
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/**
 * Splits the text into records of fields. A field is cut out of the text in one piece
 * (`slice`) rather than built up character by character: that made a string per character, and
 * for a file of 12,000 relations most of the reading time went to collecting them.
 */
function parseRecords(text: string, delimiter: CsvDelimiter): RawRecord[] {
  const separator = delimiter.charCodeAt(0);
  const records: RawRecord[] = [];
  let fields: string[] = [];
  // The current field is `field` (quoted parts and what came before them) + text[start .. i).
  let field = '';
  let start = 0;
  let inQuotes = false;
  let quoteLine = 0;
  let line = 1;
  let recordLine = 1;

  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inQuotes) {
      if (ch === QUOTE) {
        field += text.slice(start, i);
        if (text.charCodeAt(i + 1) === QUOTE) {
          field += '"';
          i++;
        } else {
          inQuotes = false;
        }
        start = i + 1;
      } else if (ch === CR || ch === LF) {
        // Line breaks inside a cell become `\n` whatever the file uses, so labels compare equal.
        field += `${text.slice(start, i)}\n`;
        if (ch === CR && text.charCodeAt(i + 1) === LF) i++;
        start = i + 1;
        line++;
      }
    } else if (ch === QUOTE && (field + text.slice(start, i)).trim() === '') {
      // Tolerate `a; "b"`: spaces before an opening quote are what hand-edited files often contain.
      field = '';
      inQuotes = true;
      quoteLine = line;
      start = i + 1;
    } else if (ch === separator) {
      fields.push(field + text.slice(start, i));
      field = '';
      start = i + 1;
    } else if (ch === CR || ch === LF) {
      fields.push(field + text.slice(start, i));
      records.push({ line: recordLine, fields });
      fields = [];
      field = '';
      if (ch === CR && text.charCodeAt(i + 1) === LF) i++;
      start = i + 1;
      line++;
      recordLine = line;
    }
  }
  if (inQuotes) {
    throw new CsvError('csv.openQuote', quoteLine);
  }
  field += text.slice(start);
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    records.push({ line: recordLine, fields });
  }
  return records;
}

/**
 * Reads a CSV file. The first record is the header; records whose cells are all empty (blank
 * lines, `;;;` rows that spreadsheets leave behind) are skipped but still count for row numbers.
 */
export function readCsv(bytes: Uint8Array): CsvTable {
  const { text, encoding } = decodeCsvText(bytes);
  const delimiter = detectDelimiter(text);
  const records = parseRecords(text, delimiter);
  const header = records.length > 0 ? records[0].fields : [];
  const rows: CsvRow[] = [];
  for (let r = 1; r < records.length; r++) {
    const { line, fields } = records[r];
    if (fields.every((f) => f.trim() === '')) continue;
    // Exactly one cell per header column (most rows have that already).
    if (fields.length !== header.length) {
      const given = fields.length;
      fields.length = header.length;
      fields.fill('', given);
    }
    rows.push({ row: r + 1, line, fields });
  }
  return { header, rows, delimiter, encoding };
}
