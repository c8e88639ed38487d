import { z } from 'zod';
import { schemaText } from '../../core/messages/index.js';
import { LIMITS, id, optionalText, requiredText, version } from '../common/schemas.js';
import { isoDate } from '../common/dates.js';
import { uploadedFile } from '../common/upload.js';

const regionCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^(GM\d{4}|WK\d{6}|BU[0-9A-Z]{8})$/, { error: schemaText('schema.regionCode') });
const year = z
  .int({ error: schemaText('schema.yearNeeded') })
  .min(1990, { error: schemaText('schema.yearFrom') })
  .max(2100, { error: schemaText('schema.yearTo') });

export const cbsPreview = uploadedFile;
/** Fetch from CBS open data: the network's region and gemeente, the newest table or this year's. */
export const cbsFetch = z
  .strictObject({
    year: z.int().min(2000).max(2100).optional(),
  })
  .nullish();
export const cbsImport = z.strictObject({
  ...uploadedFile.shape,
  /** The regions to keep; left out: the network's own region and its municipality. */
  regionCodes: z
    .array(regionCode)
    .min(1, { error: schemaText('schema.minOneArea') })
    .max(50, { error: schemaText('schema.maxAreas') })
    .optional(),
  /** The year of the figures, when the file does not say. */
  year: year.optional(),
});

export const profileQuery = z.strictObject({
  region: regionCode.optional(),
  year: z.coerce.number().pipe(year).optional(),
});

const indicatorFields = {
  name: requiredText(LIMITS.name),
  value: z.number({ error: schemaText('schema.number') }),
  unit: optionalText(LIMITS.tag).optional(),
  source: requiredText(LIMITS.name),
  measuredOn: isoDate,
  regionCode: regionCode.or(z.literal('')).optional(),
};
export const createIndicator = z.strictObject(indicatorFields);
export const updateIndicator = z.strictObject({
  name: indicatorFields.name.optional(),
  value: indicatorFields.value.optional(),
  unit: indicatorFields.unit,
  source: indicatorFields.source.optional(),
  measuredOn: isoDate.optional(),
  regionCode: indicatorFields.regionCode,
  version,
});
export const indicatorParams = z.strictObject({ networkId: id, indicatorId: id });

export const ENTRY_KINDS = ['need', 'note'] as const;
export const createEntry = z.strictObject({
  /** need: a question or need of residents; note: an interpretation note. */
  kind: z.enum(ENTRY_KINDS),
  text: requiredText(LIMITS.long),
  /** For a need: from whom or through which channel (bewonersavond, huisarts, enquête…). */
  source: optionalText(LIMITS.name).optional(),
  /** When it was heard or written down. */
  notedOn: isoDate.or(z.literal('')).optional(),
});
export const updateEntry = z.strictObject({
  text: requiredText(LIMITS.long).optional(),
  source: optionalText(LIMITS.name).optional(),
  notedOn: isoDate.or(z.literal('')).optional(),
  version,
});
export const entryParams = z.strictObject({ networkId: id, entryId: id });
export const regionParams = z.strictObject({ networkId: id, regionId: id });

export interface CbsPreviewRegion {
  code: string;
  name: string;
  level: string;
  municipalityCode: string;
  inhabitants: number | null;
  /** Proposed for import: the network's own region and its municipality. */
  suggested: boolean;
}

export interface CbsPreview {
  format: 'csv' | 'odata';
  tableId: string | null;
  year: number | null;
  columns: number;
  regions: CbsPreviewRegion[];
}

export interface StoredRegion {
  id: string;
  code: string;
  name: string;
  level: string;
  year: number;
  tableId: string;
  source: string;
  /** When the figures were fetched from CBS open data; null for an uploaded file. */
  fetchedAt: string | null;
}

export interface FigureRow {
  key: string;
  label: string;
  unit: string;
  area: number | string | null;
  municipality: number | string | null;
}

export interface IndicatorView {
  id: string;
  name: string;
  value: number;
  unit: string;
  source: string;
  measuredOn: string;
  regionCode: string;
  /** The user who added it; null for figures added before authors were kept. */
  createdBy: string | null;
  version: number;
}

export interface EntryView {
  id: string;
  kind: 'need' | 'note';
  text: string;
  source: string;
  notedOn: string;
  createdBy: string | null;
  version: number;
}

export interface ProfileView {
  regionCode: string | null;
  regions: StoredRegion[];
  area: StoredRegion | null;
  municipality: StoredRegion | null;
  figures: FigureRow[];
  comparison: {
    key: string;
    label: string;
    measure: 'share' | 'value';
    area: number;
    municipality: number;
    unit: string;
    direction: 'more' | 'less' | 'same';
    sentence: string;
  }[];
  licence: string;
  /** Whether this server fetches from CBS open data (CBS_ODATA_URL set); the file import always works. */
  cbsFetch: boolean;
  indicators: IndicatorView[];
  needs: EntryView[];
  notes: EntryView[];
}

/** The answer to a CBS import: the areas stored. */
export interface CbsImported {
  imported: StoredRegion[];
}

/** The answer to fetching from CBS open data: the areas stored, the table's title and its last update. */
export interface CbsFetched extends CbsImported {
  title: string;
  modified: string | null;
}
