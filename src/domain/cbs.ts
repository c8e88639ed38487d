/**
 * Reading CBS "Kerncijfers wijken en buurten" (KWB) as CBS publishes it: the StatLine CSV
 * download and the OData v3 TypedDataSet JSON. Pure: bytes in, regions with figures out.
 *
 * CBS numbers its columns per year (AantalInwoners_5 in 2024 may be AantalInwoners_6 another
 * year), so columns are keyed by their base name with the `_<number>` suffix stripped. `.` marks
 * a missing or suppressed value; codes are padded with spaces and stay text (Amsterdam's
 * buurtcodes contain letters).
 */
import { CsvError, readCsv } from './csv.js';
import { IMPORT_LIMITS, tableProblem, type ImportLimits } from './import-limits.js';
import { DomainError, domainText, type DomainLang, type DomainMessageKey, type DomainParams } from './messages.js';

export type RegionLevel = 'gemeente' | 'wijk' | 'buurt';
export type FigureValue = number | string | null;

export interface CbsRegion {
  code: string;
  name: string;
  level: RegionLevel;
  /** GM code of the municipality the region lies in (its own code for a gemeente). */
  municipalityCode: string;
  /** Figures by base column name. */
  figures: Record<string, FigureValue>;
}

export interface CbsFile {
  format: 'csv' | 'odata';
  /** Table id such as 85984NED when the file names it. */
  tableId: string | null;
  /** Year from the Perioden column, the table id or the file name; null when nothing says. */
  year: number | null;
  regions: CbsRegion[];
}

export class CbsError extends DomainError {
  constructor(key: DomainMessageKey, params?: DomainParams) {
    super(key, params);
    this.name = 'CbsError';
  }
}

/** KWB table ids per year (CBS StatLine). */
export const KWB_TABLES: Record<string, number> = {
  '83765NED': 2017,
  '84286NED': 2018,
  '84583NED': 2019,
  '84799NED': 2020,
  '85039NED': 2021,
  '85318NED': 2022,
  '85618NED': 2023,
  '85984NED': 2024,
  '86165NED': 2025,
};

const CODE = /^(GM\d{4}|WK\d{6}|BU[0-9A-Z]{8})$/;

export const baseName = (column: string) => column.trim().replace(/_\d+$/, '');

export function regionLevel(code: string): RegionLevel {
  return code.startsWith('GM') ? 'gemeente' : code.startsWith('WK') ? 'wijk' : 'buurt';
}

export function municipalityOf(code: string): string {
  return `GM${code.slice(2, 6)}`;
}

/** A cell as a number when it is one (decimal point or comma), null when missing or suppressed, text otherwise. */
export function parseFigure(raw: unknown): FigureValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  const text = String(raw).trim();
  if (text === '' || text === '.' || text === '-' || text === '?' || text === 'x') return null;
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (/^-?\d+,\d+$/.test(text)) return Number(text.replace(',', '.'));
  return text;
}

function yearFrom(text: string | null | undefined): number | null {
  if (!text) return null;
  const m = /(?:^|\D)(20\d\d|19\d\d)(?:\D|$)/.exec(text);
  return m ? Number(m[1]) : null;
}

function tableIdFrom(text: string | null | undefined): string | null {
  const m = /\b(\d{5}NED)\b/i.exec(text ?? '');
  return m ? m[1].toUpperCase() : null;
}

function regionFrom(fields: Record<string, FigureValue>, raw: Record<string, unknown>): CbsRegion | null {
  const candidates = ['Codering', 'WijkenEnBuurten', 'RegioS', 'Regiocode']
    .map((k) => fields[k])
    .filter((v): v is string => typeof v === 'string')
    .map((v) => v.trim().toUpperCase());
  const code = candidates.find((c) => CODE.test(c));
  if (!code) return null;
  const level = regionLevel(code);
  const label = typeof raw.WijkenEnBuurten === 'string' ? raw.WijkenEnBuurten.trim() : '';
  const municipalityName = typeof fields.Gemeentenaam === 'string' ? fields.Gemeentenaam.trim() : '';
  const name = label && !CODE.test(label.toUpperCase()) ? label : level === 'gemeente' ? municipalityName : '';
  return { code, name, level, municipalityCode: municipalityOf(code), figures: fields };
}

function collect(rows: Record<string, unknown>[]): CbsRegion[] {
  const regions: CbsRegion[] = [];
  const seen = new Set<string>();
  for (const raw of rows) {
    const fields: Record<string, FigureValue> = {};
    const byBase: Record<string, unknown> = {};
    for (const [column, value] of Object.entries(raw)) {
      const base = baseName(column);
      if (base === 'ID' || base === '' || base.startsWith('odata.')) continue;
      byBase[base] = value;
      fields[base] =
        typeof value === 'string' &&
        ['Codering', 'WijkenEnBuurten', 'Gemeentenaam', 'SoortRegio', 'Perioden'].includes(base)
          ? value.trim()
          : parseFigure(value);
    }
    const region = regionFrom(fields, byBase);
    if (!region || seen.has(region.code)) continue;
    seen.add(region.code);
    regions.push(region);
  }
  return regions;
}

function periodYear(regions: CbsRegion[]): number | null {
  for (const r of regions) {
    const p = r.figures.Perioden;
    if (typeof p === 'string') return yearFrom(p);
  }
  return null;
}

function finish(format: CbsFile['format'], regions: CbsRegion[], tableId: string | null, fileName: string): CbsFile {
  if (regions.length === 0) {
    throw new CbsError('cbs.noRegions');
  }
  const year = periodYear(regions) ?? (tableId ? (KWB_TABLES[tableId] ?? null) : null) ?? yearFrom(fileName);
  for (const r of regions) delete r.figures.Perioden;
  return { format, tableId, year, regions };
}

function checkLimits(problem: ReturnType<typeof tableProblem>): void {
  if (problem) throw new CbsError(problem.key, problem.params);
}

/**
 * Reads a StatLine CSV download or an OData v3 TypedDataSet JSON. Throws CbsError with a Dutch
 * message, also when the file breaks one of the import limits (rows, columns, cell length).
 */
export function readCbs(bytes: Uint8Array, fileName = '', limits: ImportLimits = IMPORT_LIMITS): CbsFile {
  let start = 0;
  while (
    start < bytes.length &&
    (bytes[start] === 0x20 ||
      bytes[start] === 0x0a ||
      bytes[start] === 0x0d ||
      bytes[start] === 0x09 ||
      bytes[start] === 0xef ||
      bytes[start] === 0xbb ||
      bytes[start] === 0xbf)
  )
    start++;
  if (bytes[start] === 0x7b /* { */) return readOData(bytes, fileName, limits);
  let table;
  try {
    table = readCsv(bytes);
  } catch (err) {
    if (err instanceof CsvError)
      throw new CbsError('cbs.csvUnreadable', { line: err.line, problem: { key: err.key, params: err.params } });
    throw err;
  }
  checkLimits(tableProblem(fileName || 'Het bestand', table.header, table.rows, limits));
  const header = table.header.map((h) => h.trim());
  const bases = header.map(baseName);
  if (!bases.some((b) => b === 'WijkenEnBuurten' || b === 'Codering')) {
    throw new CbsError('cbs.noCodeColumn');
  }
  const rows = table.rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r.fields[i]])));
  return finish('csv', collect(rows), tableIdFrom(fileName), fileName);
}

/**
 * Rows of an OData TypedDataSet (a file, or an answer of CBS's OData API) as a CbsFile. Both the
 * v3 annotation (`odata.metadata`) and the v4 one (`@odata.context`) name the table.
 */
export function readODataRows(record: Record<string, unknown>, fileName = ''): CbsFile {
  const value = record.value;
  if (!Array.isArray(value)) {
    throw new CbsError('cbs.noValueList');
  }
  const annotation = record['odata.metadata'] ?? record['@odata.context'];
  const metadata = typeof annotation === 'string' ? annotation : '';
  const rows = value.filter(
    (v): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v),
  );
  return finish('odata', collect(rows), tableIdFrom(metadata) ?? tableIdFrom(fileName), fileName);
}

function readOData(bytes: Uint8Array, fileName: string, limits: ImportLimits): CbsFile {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''));
  } catch {
    throw new CbsError('cbs.jsonUnreadable');
  }
  const record = (data ?? {}) as Record<string, unknown>;
  // A file is held to the import limits (rows, columns, cell length) before it is read.
  if (Array.isArray(record.value)) {
    const rows = record.value.filter(
      (v): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v),
    );
    const columns = [...new Set(rows.slice(0, 10).flatMap((r) => Object.keys(r)))];
    checkLimits(
      tableProblem(
        fileName || 'Het bestand',
        columns,
        rows.map((r, i) => ({
          row: i + 2,
          fields: columns.map((c) => (typeof r[c] === 'string' ? (r[c] as string) : '')),
        })),
        limits,
      ),
    );
  }
  return readODataRows(record, fileName);
}

/** The key figures shown in the profile, in order, with a Dutch label and unit. */
export interface KeyFigure {
  key: string;
  label: string;
  unit: string;
  /** The same in English, for the English UI. */
  en: { label: string; unit: string };
  /** For counts of people or households: what to divide by to compare areas of different size. */
  shareOf?: string;
}

export const KEY_FIGURES: KeyFigure[] = [
  { key: 'AantalInwoners', label: 'Inwoners', unit: 'aantal', en: { label: 'Inhabitants', unit: 'count' } },
  {
    key: 'k_0Tot15Jaar',
    label: 'Kinderen tot 15 jaar',
    unit: 'aantal',
    en: { label: 'Children under 15', unit: 'count' },
    shareOf: 'AantalInwoners',
  },
  {
    key: 'k_15Tot25Jaar',
    label: 'Jongeren van 15 tot 25 jaar',
    unit: 'aantal',
    en: { label: 'Young people from 15 to 25', unit: 'count' },
    shareOf: 'AantalInwoners',
  },
  {
    key: 'k_25Tot45Jaar',
    label: 'Inwoners van 25 tot 45 jaar',
    unit: 'aantal',
    en: { label: 'Inhabitants from 25 to 45', unit: 'count' },
    shareOf: 'AantalInwoners',
  },
  {
    key: 'k_45Tot65Jaar',
    label: 'Inwoners van 45 tot 65 jaar',
    unit: 'aantal',
    en: { label: 'Inhabitants from 45 to 65', unit: 'count' },
    shareOf: 'AantalInwoners',
  },
  {
    key: 'k_65JaarOfOuder',
    label: '65-plussers',
    unit: 'aantal',
    en: { label: 'People aged 65 or over', unit: 'count' },
    shareOf: 'AantalInwoners',
  },
  { key: 'HuishoudensTotaal', label: 'Huishoudens', unit: 'aantal', en: { label: 'Households', unit: 'count' } },
  {
    key: 'Eenpersoonshuishoudens',
    label: 'Eenpersoonshuishoudens',
    unit: 'aantal',
    en: { label: 'One-person households', unit: 'count' },
    shareOf: 'HuishoudensTotaal',
  },
  {
    key: 'HuishoudensMetKinderen',
    label: 'Huishoudens met kinderen',
    unit: 'aantal',
    en: { label: 'Households with children', unit: 'count' },
    shareOf: 'HuishoudensTotaal',
  },
  {
    key: 'GemiddeldeHuishoudensgrootte',
    label: 'Gemiddelde grootte van een huishouden',
    unit: 'personen',
    en: { label: 'Average household size', unit: 'persons' },
  },
  {
    key: 'Bevolkingsdichtheid',
    label: 'Inwoners per km² land',
    unit: 'per km²',
    en: { label: 'Inhabitants per km² of land', unit: 'per km²' },
  },
  { key: 'Woningvoorraad', label: 'Woningen', unit: 'aantal', en: { label: 'Homes', unit: 'count' } },
  {
    key: 'GemiddeldeWOZWaardeVanWoningen',
    label: 'Gemiddelde WOZ-waarde van een woning',
    unit: '× € 1.000',
    en: { label: 'Average WOZ value of a home', unit: '× € 1,000' },
  },
  { key: 'Koopwoningen', label: 'Koopwoningen', unit: '%', en: { label: 'Owner-occupied homes', unit: '%' } },
  { key: 'HuurwoningenTotaal', label: 'Huurwoningen', unit: '%', en: { label: 'Rented homes', unit: '%' } },
  {
    key: 'GemiddeldInkomenPerInwoner',
    label: 'Gemiddeld inkomen per inwoner',
    unit: '× € 1.000',
    en: { label: 'Average income per inhabitant', unit: '× € 1,000' },
  },
  {
    key: 'PersonenPerSoortUitkeringBijstand',
    label: 'Mensen met een bijstandsuitkering',
    unit: 'aantal',
    en: { label: 'People on social assistance', unit: 'count' },
    shareOf: 'AantalInwoners',
  },
  {
    key: 'PersonenPerSoortUitkeringAOW',
    label: 'Mensen met AOW',
    unit: 'aantal',
    en: { label: 'People with a state pension (AOW)', unit: 'count' },
    shareOf: 'AantalInwoners',
  },
  {
    key: 'JongerenMetJeugdzorgInNatura',
    label: 'Jongeren met jeugdzorg',
    unit: '%',
    en: { label: 'Young people in youth care', unit: '%' },
  },
  {
    key: 'WmoClientenRelatief',
    label: 'Mensen met Wmo-ondersteuning',
    unit: 'per 1.000 inwoners',
    en: { label: 'People with Wmo support', unit: 'per 1,000 inhabitants' },
  },
];

export interface Comparison {
  key: string;
  label: string;
  /** The measure compared: a share in percent, or the figure itself. */
  measure: 'share' | 'value';
  area: number;
  municipality: number;
  unit: string;
  /** more/less: at least 10% above or below the municipality; same: closer than that. */
  direction: 'more' | 'less' | 'same';
  sentence: string;
}

const oneDecimal = (lang: DomainLang, n: number) =>
  n.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 });

/** Words for the comparison sentences: what is counted, as it reads after "meer" or "minder". */
const COMPARE_WORDS: Record<
  string,
  { more: string; en: string; own?: 'density' | 'woz' | 'income' | 'householdSize'; housing?: boolean }
> = {
  k_0Tot15Jaar: { more: 'kinderen tot 15 jaar', en: 'children under 15' },
  k_15Tot25Jaar: { more: 'jongeren van 15 tot 25 jaar', en: 'young people from 15 to 25' },
  k_25Tot45Jaar: { more: 'mensen van 25 tot 45 jaar', en: 'people from 25 to 45' },
  k_45Tot65Jaar: { more: 'mensen van 45 tot 65 jaar', en: 'people from 45 to 65' },
  k_65JaarOfOuder: { more: '65-plussers', en: 'people aged 65 or over' },
  Eenpersoonshuishoudens: {
    more: 'mensen alleen (eenpersoonshuishoudens)',
    en: 'people alone (one-person households)',
  },
  HuishoudensMetKinderen: { more: 'gezinnen met kinderen', en: 'families with children' },
  PersonenPerSoortUitkeringBijstand: { more: 'mensen met een bijstandsuitkering', en: 'people on social assistance' },
  PersonenPerSoortUitkeringAOW: { more: 'mensen met AOW', en: 'people with a state pension (AOW)' },
  Bevolkingsdichtheid: { more: 'inwoners per km²', en: 'inhabitants per km²', own: 'density' },
  GemiddeldeWOZWaardeVanWoningen: { more: 'de gemiddelde WOZ-waarde', en: 'the average WOZ value', own: 'woz' },
  GemiddeldInkomenPerInwoner: { more: 'het gemiddelde inkomen', en: 'the average income', own: 'income' },
  Koopwoningen: { more: 'koopwoningen', en: 'owner-occupied homes', housing: true },
  HuurwoningenTotaal: { more: 'huurwoningen', en: 'rented homes', housing: true },
  JongerenMetJeugdzorgInNatura: { more: 'jongeren met jeugdzorg', en: 'young people in youth care' },
  WmoClientenRelatief: { more: 'mensen met Wmo-ondersteuning', en: 'people with Wmo support' },
  GemiddeldeHuishoudensgrootte: {
    more: 'de gemiddelde grootte van een huishouden',
    en: 'the average size of a household',
    own: 'householdSize',
  },
};

const num = (v: FigureValue | undefined): number | null => (typeof v === 'number' ? v : null);

/**
 * Compares an area with its municipality in plain words, one sentence per indicator: people
 * "wonen" (65-plussers), homes "zijn" (koopwoningen), and averages and densities have sentences
 * of their own (people live closer together, homes are worth more). Counts become shares first
 * (65-plussers per 100 inwoners), so a small wijk and a large gemeente compare fairly. Within 10%
 * of each other counts as "ongeveer even". With the area's name ("Presikhaaf") the sentences use it.
 */
export function compareRegions(
  area: Record<string, FigureValue>,
  municipality: Record<string, FigureValue>,
  areaLevel: RegionLevel,
  lang: DomainLang = 'nl',
  areaName = '',
): Comparison[] {
  const place =
    areaName.trim() ||
    domainText(lang, areaLevel === 'buurt' ? 'region.buurt' : areaLevel === 'wijk' ? 'region.wijk' : 'region.area');
  const out: Comparison[] = [];
  for (const f of KEY_FIGURES) {
    const words = COMPARE_WORDS[f.key];
    if (!words) continue;
    let a = num(area[f.key]);
    let m = num(municipality[f.key]);
    let measure: Comparison['measure'] = 'value';
    let unit = f.unit;
    if (f.shareOf) {
      const aBase = num(area[f.shareOf]);
      const mBase = num(municipality[f.shareOf]);
      if (a === null || m === null || !aBase || !mBase) continue;
      a = (100 * a) / aBase;
      m = (100 * m) / mBase;
      measure = 'share';
      unit = '%';
    }
    if (a === null || m === null) continue;
    const ratio = m === 0 ? (a === 0 ? 1 : Infinity) : a / m;
    const pct = unit === '%' ? '%' : '';
    const shown = domainText(lang, 'region.shown', {
      area: `${oneDecimal(lang, a)}${pct}`,
      municipality: `${oneDecimal(lang, m)}${pct}`,
    });
    const what = lang === 'nl' ? words.more : words.en;
    const Place = place[0].toUpperCase() + place.slice(1);
    const direction = ratio > 1.1 ? 'more' : ratio < 0.9 ? 'less' : 'same';
    const key: DomainMessageKey = words.own
      ? `figure.${words.own}.${direction}`
      : words.housing
        ? ratio > 1.1
          ? 'region.moreAre'
          : ratio < 0.9
            ? 'region.fewerAre'
            : 'region.sameAre'
        : ratio > 1.1
          ? 'region.moreLive'
          : ratio < 0.9
            ? 'region.fewerLive'
            : 'region.sameLive';
    const sentence = domainText(lang, key, { place, Place, what, shown });
    out.push({
      key: f.key,
      label: lang === 'nl' ? f.label : f.en.label,
      measure,
      area: a,
      municipality: m,
      unit,
      direction,
      sentence,
    });
  }
  return out;
}
