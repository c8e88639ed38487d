/** Tables of the samenwerkingsscan (migration 0007); the DB interface in schema.ts extends this. */
export interface ScanRoundTable {
  id: string;
  network_id: string;
  /** "T0", "T1", … unique per network. */
  label: string;
  instrument_id: string;
  instrument_version: string;
  /** The instrument's Dutch JSON, frozen when the round opened. */
  definition: string;
  /** The English version, frozen beside it. */
  definition_en: string;
  /** JSON list of item ids switched off for this round. */
  disabled_items: string;
  /** links | session */
  mode: string;
  session_id: string | null;
  /** The last day answers are taken (YYYY-MM-DD). */
  closes_on: string;
  /** Set when a kartrekker closes the round; a round past its date is closed too. */
  closed_at: string | null;
  reminded_at: string | null;
  /** Live rounds (0024): index of the question the big screen shows now. */
  live_index?: number | null;
  created_at: string;
  updated_at: string;
  version: number;
}

/** Who may answer and whether they did; deliberately no answer time and no link to an answer. */
export interface ScanInvitationTable {
  id: string;
  network_id: string;
  round_id: string;
  member_id: string | null;
  /** A partner's contact without an account. */
  actor_id: string | null;
  email: string;
  token_hash: string;
  answered: number;
  created_at: string;
}

/** One respondent's answers; no person, no time. Read only through the scorer. */
export interface ScanResponseTable {
  id: string;
  network_id: string;
  round_id: string;
  /** JSON `{itemId: value}`. */
  answers: string;
  /** Live rounds (0024): hash of the key only the answering phone holds; wiped when the round closes. */
  live_key?: string | null;
}

export interface RelationCheckRoundTable {
  id: string;
  network_id: string;
  label: string;
  closes_on: string;
  closed_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

/** One partner's rating of another in a round (trust: reliable, open, committed; value: influence, resources, involvement; 1–4). */
export interface RelationRatingTable {
  id: string;
  network_id: string;
  round_id: string;
  rater_actor_id: string;
  rated_actor_id: string;
  reliable: number;
  open: number;
  committed: number;
  influence: number;
  resources: number;
  involvement: number;
}

export interface ScanTables {
  relation_check_rounds: RelationCheckRoundTable;
  relation_ratings: RelationRatingTable;
  scan_rounds: ScanRoundTable;
  scan_invitations: ScanInvitationTable;
  scan_responses: ScanResponseTable;
}
