/** Tables of the neighbourhood profile and the focus choice (migration 0005); the DB interface in schema.ts extends this. */
export interface ProfileRegionTable {
  id: string;
  network_id: string;
  /** CBS region code as text: GM####, WK######, BU######## (letters allowed). */
  region_code: string;
  region_name: string;
  /** gemeente, wijk or buurt. */
  region_level: string;
  year: number;
  /** CBS table id such as 85984NED, or '' when unknown. */
  table_id: string;
  /** Figures by CBS base name (suffix stripped): JSON object of number | string | null. */
  figures: string;
  file_name: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface ProfileIndicatorTable {
  id: string;
  network_id: string;
  name: string;
  /** A number, stored as text so both databases keep it exactly. */
  value: string;
  unit: string;
  source: string;
  /** ISO date (yyyy-mm-dd) the figure applies to. */
  measured_on: string;
  region_code: string;
  created_at: string;
  updated_at: string;
  /** Who added it (migration 0009): the owner rule lets only them or a kartrekker change it. */
  created_by: string | null;
  version: number;
}

export interface ProfileNoteTable {
  id: string;
  network_id: string;
  /** need: a residents' question or need; note: an interpretation note. */
  kind: string;
  text: string;
  /** For a need: from whom or through which channel. */
  source: string;
  /** ISO date, or '' when not given. */
  noted_on: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface FocusCandidateTable {
  id: string;
  network_id: string;
  theme: string;
  description: string;
  proposed_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface FocusVoteTable {
  id: string;
  network_id: string;
  candidate_id: string;
  member_id: string;
  stakeholder_group: string;
  score: number;
  created_at: string;
  updated_at: string;
}

export interface FocusDecisionTable {
  id: string;
  network_id: string;
  themes: string;
  reasons: string;
  decided_by: string | null;
  created_at: string;
}

export interface ProfileTables {
  profile_regions: ProfileRegionTable;
  profile_indicators: ProfileIndicatorTable;
  profile_notes: ProfileNoteTable;
  focus_candidates: FocusCandidateTable;
  focus_votes: FocusVoteTable;
  focus_decisions: FocusDecisionTable;
}
