/**
 * CBS open data: the addresses and answers of CBS's OData v3 API (opendata.cbs.nl/ODataApi) for
 * one network's regions in the table Kerncijfers wijken en buurten. Pure: the module fetches,
 * this builds the addresses and reads what came back into the same CbsFile as the file import,
 * with the region names CBS gives in the WijkenEnBuurten dimension.
 *
 * Per table: `TypedDataSet` (the figures, one row per region, keys padded with spaces),
 * `WijkenEnBuurten` (Key and Title of each region) and `TableInfos` (Title, Period, Modified).
 */
import { CbsError, KWB_TABLES, readODataRows, regionLevel, type CbsFile } from './cbs.js';

/** KWB tables, newest first, as [tableId, year]. */
export const KWB_NEWEST_FIRST: [string, number][] = Object.entries(KWB_TABLES).sort((a, b) => b[1] - a[1]);

export const kwbTableOf = (year: number): string | null => KWB_NEWEST_FIRST.find(([, y]) => y === year)?.[0] ?? null;

/** An OData string literal: single quotes doubled. */
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** The three addresses for these region codes (GM, WK or BU) in one table. */
export function kwbODataUrls(base: string, tableId: string, codes: readonly string[]) {
  const root = `${base.replace(/\/+$/, '')}/${encodeURIComponent(tableId)}`;
  const filter = (field: string) =>
    encodeURIComponent(codes.map((c) => `startswith(${field},${literal(c)})`).join(' or '));
  return {
    data: `${root}/TypedDataSet?$format=json&$filter=${filter('WijkenEnBuurten')}`,
    names: `${root}/WijkenEnBuurten?$format=json&$filter=${filter('Key')}`,
    info: `${root}/TableInfos?$format=json`,
  };
}

export interface KwbFetched extends CbsFile {
  /** The table's title as CBS gives it ("Kerncijfers wijken en buurten 2024"). */
  title: string;
  /** When CBS last changed the table (YYYY-MM-DD), when it says. */
  modified: string | null;
}

const valueList = (answer: unknown): Record<string, unknown>[] => {
  const v = (answer as { value?: unknown } | null)?.value;
  return Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null) : [];
};
const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/**
 * Reads the three answers: figures from TypedDataSet, names from the dimension (a wijk's own
 * name instead of its code; a gemeente's from Gemeentenaam when the dimension lacks it), the
 * title and date from TableInfos. Only the asked codes are kept.
 */
export function readKwbOData(
  answers: { data: unknown; names: unknown; info: unknown },
  tableId: string,
  codes: readonly string[],
): KwbFetched {
  if (!answers.data || typeof answers.data !== 'object') throw new CbsError('cbs.noValueList');
  const file = readODataRows(answers.data as Record<string, unknown>, tableId);
  const names = new Map(
    valueList(answers.names).map((d) => [text(d.Key).toUpperCase(), text(d.Title)] as [string, string]),
  );
  const wanted = new Set(codes.map((c) => c.toUpperCase()));
  const regions = file.regions
    .filter((r) => wanted.has(r.code))
    .map((r) => ({ ...r, name: names.get(r.code) || r.name, level: regionLevel(r.code) }));
  if (regions.length === 0) throw new CbsError('cbs.noRegions');
  const info = valueList(answers.info)[0] ?? {};
  const modified = /^\d{4}-\d{2}-\d{2}/.exec(text(info.Modified))?.[0] ?? null;
  const year = file.year ?? KWB_TABLES[tableId] ?? null;
  return {
    ...file,
    tableId: file.tableId ?? tableId,
    year,
    regions,
    title: text(info.Title) || `Kerncijfers wijken en buurten${year ? ` ${year}` : ''}`,
    modified,
  };
}
