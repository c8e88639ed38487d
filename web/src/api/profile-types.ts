/** Shapes of the Wijkprofiel, Focus and Import/export answers (see src/modules/{profile,focus,exchange}/schemas.ts). */
export interface StoredRegion {
  id: string;
  code: string;
  name: string;
  level: string;
  year: number;
  tableId: string;
  source: string;
}

export interface ProfileView {
  regionCode: string | null;
  regions: StoredRegion[];
  area: StoredRegion | null;
  municipality: StoredRegion | null;
  figures: { key: string; label: string; unit: string; area: number | string | null; municipality: number | string | null }[];
  comparison: { key: string; label: string; measure: 'share' | 'value'; area: number; municipality: number; unit: string; direction: 'more' | 'less' | 'same'; sentence: string }[];
  licence: string;
  indicators: { id: string; name: string; value: number; unit: string; source: string; measuredOn: string; regionCode: string; version: number }[];
  needs: ProfileEntry[];
  notes: ProfileEntry[];
}

export interface ProfileEntry {
  id: string;
  kind: 'need' | 'note';
  text: string;
  source: string;
  notedOn: string;
  version: number;
}

export interface CbsPreview {
  format: 'csv' | 'odata';
  tableId: string | null;
  year: number | null;
  columns: number;
  regions: { code: string; name: string; level: string; municipalityCode: string; inhabitants: number | null; suggested: boolean }[];
}

export type StakeholderGroup = 'bewoners' | 'professionals' | 'gemeente' | 'financiers';

export interface FocusView {
  groups: StakeholderGroup[];
  candidates: {
    id: string;
    theme: string;
    description: string;
    proposedBy: string | null;
    results: { group: StakeholderGroup; count: number; mean: number | null; label: string | null }[];
    myScores: Partial<Record<StakeholderGroup, number>>;
    voters: number;
    chosen: boolean;
  }[];
  focusThemes: string[];
  decision: { id: string; themes: string[]; reasons: string; decidedBy: string | null; createdAt: string } | null;
}

export interface ImportPreview {
  source: { elements: string; connections: string | null };
  actors: { rows: number; new: number; existing: number; newLabels: string[]; existingLabels: string[] };
  relations: { rows: number; new: number; existing: number; repeated: number };
  problems: { source: string; row: number; message: string }[];
}

export interface ImportResult {
  actorsCreated: number;
  actorsExisting: number;
  relationsCreated: number;
  relationsExisting: number;
  skippedRows: number;
}
