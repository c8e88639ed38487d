/** Tables of research mode (migration 0022); the DB interface in schema.ts extends this. */
export interface ResearcherTable {
  user_id: string;
  salt: string;
  created_at: string;
}

export interface ResearchConsentTable {
  network_id: string;
  enabled: number;
  allow_texts: number;
  since: string | null;
  changed_at: string;
  changed_by: string | null;
  version: number;
}

export interface ResearchProgressTable {
  network_id: string;
  month: string;
  phase: string;
  done: number;
  applicable: number;
  recorded_at: string;
}

export interface ResearchTables {
  researchers: ResearcherTable;
  research_consents: ResearchConsentTable;
  research_progress: ResearchProgressTable;
}
