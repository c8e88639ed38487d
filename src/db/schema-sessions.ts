/** Tables of the live working session (werksessie, migration 0004); the DB interface in schema.ts extends this. */
export interface WorkSessionTable {
  id: string;
  network_id: string;
  /** card | ladder | ideas | vote */
  kind: string;
  /** The card column, for kind card. */
  card_column: string | null;
  title: string;
  /** JSON list of question texts. */
  questions: string;
  /** JSON list of vote options, for kind vote. */
  options: string;
  moderated: number;
  allow_anonymous: number;
  /** 0 once the moderator closed entry: no new guests. */
  entry_open: number;
  /** The join code while the session is open; null once it ended (codes expire with the session). */
  code: string | null;
  /** open | ended */
  status: string;
  /** Vote counts at the end (JSON), for kind vote: the stored result. */
  results: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  ended_at: string | null;
  version: number;
}

export interface SessionGuestTable {
  id: string;
  session_id: string;
  /** Empty for a guest who joined anonymously. */
  name: string;
  token_hash: string;
  created_at: string;
}

export interface SessionAnswerTable {
  id: string;
  session_id: string;
  /** Null for an answer the kartrekker typed in for someone without a phone. */
  guest_id: string | null;
  author_name: string;
  question_index: number;
  text: string;
  /** pending | approved | hidden | rejected | merged */
  status: string;
  group_label: string;
  merged_into: string | null;
  /** JSON list of answer ids this answer merges. */
  merged_from: string;
  /** What the kartrekker accepted it as: card_item | why_ladder | idea; empty when not accepted. */
  accepted_as: string;
  accepted_id: string | null;
  accepted_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface SessionVoteTable {
  session_id: string;
  guest_id: string;
  option_index: number;
  created_at: string;
}

export interface SessionTables {
  work_sessions: WorkSessionTable;
  session_guests: SessionGuestTable;
  session_answers: SessionAnswerTable;
  session_votes: SessionVoteTable;
}
