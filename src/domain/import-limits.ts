/**
 * Limits of every imported file (Kumu spreadsheets, CSV, CBS files), checked on the worker thread
 * that reads the file. Above them a file is refused whole, with a message that names the limit:
 * a table this large is not a neighbourhood network, and reading it would cost everyone time.
 * The size of the file itself is limited by the upload schema (MAX_FILE_BYTES), the time of
 * reading it by the worker pool's time budget (WORKER_TIMEOUT_MS, 20 s).
 */
import type { DomainText } from './messages.js';

export interface ImportLimits {
  /** Data rows per sheet or file (the header not counted). */
  rows: number;
  columns: number;
  /** Characters in one cell. */
  cellLength: number;
}

export const IMPORT_LIMITS: ImportLimits = { rows: 20_000, columns: 200, cellLength: 2_000 };

export const tooManyRows = (source: string, rows: number, limit: number): DomainText => ({
  key: 'import.tooManyRows',
  params: { source, rows, limit },
});

export const tooManyColumns = (source: string, columns: number, limit: number): DomainText => ({
  key: 'import.tooManyColumns',
  params: { source, columns, limit },
});

export const cellTooLong = (
  source: string,
  row: number,
  column: string,
  length: number,
  limit: number,
): DomainText => ({
  key: 'import.cellTooLong',
  params: { source, row, column, length, limit },
});

/**
 * The first limit a table breaks, or null. `rows` holds the cells of each data row with its row
 * number as a spreadsheet shows it (header = 1).
 */
export function tableProblem(
  source: string,
  header: readonly string[],
  rows: readonly { row: number; fields: readonly string[] }[],
  limits: ImportLimits = IMPORT_LIMITS,
): DomainText | null {
  if (rows.length > limits.rows) return tooManyRows(source, rows.length, limits.rows);
  if (header.length > limits.columns) return tooManyColumns(source, header.length, limits.columns);
  const headerTooLong = header.findIndex((h) => h.length > limits.cellLength);
  if (headerTooLong >= 0)
    return cellTooLong(source, 1, `${headerTooLong + 1}`, header[headerTooLong].length, limits.cellLength);
  for (const r of rows) {
    for (let i = 0; i < r.fields.length; i++) {
      const length = r.fields[i]?.length ?? 0;
      if (length > limits.cellLength)
        return cellTooLong(source, r.row, header[i] || `${i + 1}`, length, limits.cellLength);
    }
  }
  return null;
}
