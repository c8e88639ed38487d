/** Tables of the phase "vormgeven" (migration 0003); the DB interface in schema.ts extends this. */
export interface WhyLadderTable {
  id: string;
  network_id: string;
  member_id: string;
  activity: string;
  steps: string;
  goal: string;
  target_groups: string;
  themes: string;
  health_dimensions: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface NetworkTermTable {
  id: string;
  network_id: string;
  kind: string;
  label: string;
  created_at: string;
}

export interface NetworkGoalTable {
  id: string;
  network_id: string;
  title: string;
  description: string;
  indicator: string;
  target_value: string;
  ladder_ids: string;
  position: number;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface CardSettingsTable {
  network_id: string;
  mode: string;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface CardItemTable {
  id: string;
  network_id: string;
  member_id: string | null;
  card_column: string;
  text: string;
  sources: string;
  position: number;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface CardVersionTable {
  id: string;
  network_id: string;
  number: number;
  snapshot: string;
  published_by: string | null;
  published_at: string;
}

export interface CardConsentTable {
  id: string;
  network_id: string;
  version_id: string;
  party: string;
  member_id: string | null;
  /** The person who gave it (every consent names its person). */
  user_name: string;
  consented_at: string;
  /** Migration 0020: how it was given (account, link, or recorded: email, paper, meeting). */
  method: string;
  /** The role of that person at the partner (recorded consent); '' otherwise. */
  given_by_role: string;
  /** The date consent was given elsewhere (YYYY-MM-DD), for recorded consent. */
  given_on: string | null;
  /** The kartrekker who recorded consent given elsewhere. */
  recorded_by: string | null;
}

export interface LeadAppointmentTable {
  id: string;
  network_id: string;
  member_id: string;
  hours_per_week: number | null;
  mandate: string;
  supported_by: string;
  paid_by: string;
  deputy_member_id: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface AgreementTable {
  id: string;
  network_id: string;
  kind: string;
  title: string;
  body: string;
  decision_rule: string | null;
  details: string;
  review_on: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface ActionTable {
  id: string;
  network_id: string;
  title: string;
  description: string;
  owner_member_id: string | null;
  actor_id: string | null;
  goal_id: string | null;
  due_on: string | null;
  status: string;
  plan_year: number;
  carried_from: string | null;
  /** The meeting the action was made in (migration 0014). */
  meeting_id: string | null;
  /** When its status became "klaar" (migration 0014); null while not finished. */
  done_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface CalendarFeedTable {
  user_id: string;
  secret_hash: string;
  created_at: string;
}

export interface ReminderSentTable {
  key: string;
  user_id: string;
  sent_at: string;
}

export interface VormgevenTables {
  why_ladders: WhyLadderTable;
  network_terms: NetworkTermTable;
  network_goals: NetworkGoalTable;
  card_settings: CardSettingsTable;
  card_items: CardItemTable;
  card_versions: CardVersionTable;
  card_consents: CardConsentTable;
  lead_appointments: LeadAppointmentTable;
  agreements: AgreementTable;
  actions: ActionTable;
  calendar_feeds: CalendarFeedTable;
  reminders_sent: ReminderSentTable;
}
