/** Tables of the public results page (migration 0017); the DB interface in schema.ts extends this. */
export interface ResultsPageTable {
  network_id: string;
  /** The unguessable part of the public address; null while the page is off. */
  token: string | null;
  /** JSON: which parts are shown ({ ambition, goals, done, effects }). */
  fields: string;
  model_id: string | null;
  model_version: number | null;
  indexable: number;
  published_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface ResultsPartnerNameTable {
  network_id: string;
  actor_id: string;
  by_representative: number;
  member_id: string | null;
  created_at: string;
}

export interface ResultsTables {
  results_pages: ResultsPageTable;
  results_partner_names: ResultsPartnerNameTable;
}
