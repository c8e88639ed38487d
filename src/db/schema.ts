import type { Generated } from 'kysely';
import type { VormgevenTables } from './schema-vormgeven.js';
import type { SessionTables } from './schema-sessions.js';
import type { ProfileTables } from './schema-profile.js';
import type { VerankerenTables } from './schema-verankeren.js';
import type { ResultsTables } from './schema-results.js';
import type { ScanTables } from './schema-scan.js';
import type { FeedbackTables } from './schema-feedback.js';
import type { ResearchTables } from './schema-research.js';
import type { CockpitTables } from './schema-cockpit.js';
import type { CasesContinuityTables } from './schema-cases.js';
import type { MeetingTables } from './schema-meetings.js';
import type { ConsentTables } from './schema-consent.js';

/**
 * The database as Kysely sees it. Portable types only: text ids, ISO-8601 text timestamps,
 * 0/1 integers for booleans and JSON stored as text, so one migration set serves SQLite and
 * PostgreSQL.
 */
export interface UserTable {
  id: string;
  email: string;
  name: string;
  is_admin: number;
  locale: string;
  reminders: number;
  created_at: string;
  deleted_at: string | null;
  /** 0018_names: what someone does ("wijkverpleegkundige") and where; both may stay empty. */
  job_title: Generated<string>;
  organisation: Generated<string>;
  /** 1: made by signing up after 0018, so the name is asked before anything else. */
  name_required: Generated<number>;
  /** When someone without a name was asked for it (and may have skipped it). */
  name_asked_at: Generated<string | null>;
}

export interface LoginChallengeTable {
  id: string;
  email: string;
  token_hash: string;
  code_hash: string;
  expires_at: string;
  used_at: string | null;
  failed_attempts: number;
  created_at: string;
}

export interface AuthSessionTable {
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface ApiTokenTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface NetworkTable {
  id: string;
  name: string;
  area_level: string;
  area_name: string;
  region_code: string | null;
  population: number | null;
  ambition: string;
  vision: string;
  focus_themes: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface MemberTable {
  id: string;
  network_id: string;
  user_id: string;
  role: string;
  actor_id: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface InvitationTable {
  id: string;
  network_id: string;
  email: string | null;
  role: string;
  token_hash: string;
  created_by: string | null;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  revoked_at: string | null;
}

export interface ActorTable {
  id: string;
  home_network_id: string;
  kind: string;
  name: string;
  domain: string;
  themes: string;
  target_groups: string;
  health_dimensions: string;
  area: string;
  description: string;
  contact_email: string | null;
  contact_phone: string | null;
  website: string | null;
  kvk: string | null;
  agb: string | null;
  findable: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface NetworkActorTable {
  network_id: string;
  actor_id: string;
  status: string;
  added_at: string;
}

export interface RelationTable {
  id: string;
  network_id: string;
  actor_a_id: string;
  actor_b_id: string;
  kind: string;
  frequency: string;
  quality: number | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface EventTable {
  id: Generated<number>;
  network_id: string | null;
  user_id: string | null;
  type: string;
  entity_id: string | null;
  created_at: string;
}

export interface AuditTable {
  id: string;
  network_id: string | null;
  user_id: string | null;
  at: string;
  entity: string;
  entity_id: string;
  action: string;
  changes: string;
}

export interface RateLimitTable {
  key: string;
  window_start: number;
  count: number;
}

/** Phase "verkennen" (migration 0002). */
export interface SearchIndexTable {
  actor_id: string;
  field: number;
  token: string;
  stem: string;
}

export interface SearchVariantTable {
  variant: string;
  term: string;
}

export interface NetworkSnapshotTable {
  id: string;
  network_id: string;
  label: string;
  taken_on: string;
  data: string;
  created_by: string | null;
  created_at: string;
}

export interface NetworkFunctionTable {
  id: string;
  network_id: string;
  name: string;
  search_query: string;
  actor_ids: string;
  position: number;
  removed_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

/** Migration 0010: every mail waits here until it is sent (or given up on). */
export interface MailOutboxTable {
  id: string;
  to_address: string;
  subject: string;
  text: string;
  html: string | null;
  kind: string;
  status: 'queued' | 'sent' | 'failed';
  attempts: number;
  next_attempt_at: string;
  /** What went wrong on the last attempt: a code and the server's reply, addresses removed. */
  last_error: string | null;
  /** Sign-in mails: after this moment the mail is useless and is marked failed instead of sent. */
  valid_until: string | null;
  created_at: string;
  sent_at: string | null;
}

/** A member's request to act for a partner (migration 0009); members.actor_id is the confirmed fact. */
export interface RepresentationRequestTable {
  id: string;
  network_id: string;
  member_id: string;
  actor_id: string;
  status: string;
  asked_at: string;
  decided_at: string | null;
  decided_by: string | null;
  reason: string;
}

/** "Niet van toepassing" for a phase step, with the reason (migration 0011). */
export interface PhaseStepMarkTable {
  id: string;
  network_id: string;
  step_id: string;
  reason: string;
  member_id: string | null;
  created_at: string;
}

// One table group per line, so that branches adding groups merge without conflict.
// prettier-ignore
export interface DB extends
  VormgevenTables,
  SessionTables,
  ProfileTables,
  VerankerenTables,
  ScanTables,
  FeedbackTables,
  ResearchTables,
  CockpitTables,
  CasesContinuityTables,
  MeetingTables,
  ResultsTables,
  ConsentTables {
  representation_requests: RepresentationRequestTable;
  users: UserTable;
  login_challenges: LoginChallengeTable;
  auth_sessions: AuthSessionTable;
  api_tokens: ApiTokenTable;
  networks: NetworkTable;
  members: MemberTable;
  invitations: InvitationTable;
  actors: ActorTable;
  network_actors: NetworkActorTable;
  relations: RelationTable;
  events: EventTable;
  audit_log: AuditTable;
  rate_limits: RateLimitTable;
  search_index: SearchIndexTable;
  search_variants: SearchVariantTable;
  network_snapshots: NetworkSnapshotTable;
  network_functions: NetworkFunctionTable;
  mail_outbox: MailOutboxTable;
  phase_step_marks: PhaseStepMarkTable;
}
