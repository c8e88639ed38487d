import type { DB } from '../../db/schema.js';

/**
 * Which stored tables make up a network, for the network export (`tables` section) and
 * `wijknet import`. One declarative list: for every table how its rows belong to a network, what
 * each column holds (so values are checked on import and come out the same from SQLite and
 * PostgreSQL), which columns name a person (users.id, matched by e-mail on import), which point
 * at other rows of the same export, and which hold secrets (never exported; import draws fresh
 * ones, so old links, feeds and codes never work in the new installation).
 *
 * The list is in foreign-key order: import inserts the tables in this order. A test
 * (`export.test.ts`) checks the list against the real database — every table is either here, in
 * SECTION_TABLES or in NOT_NETWORK_DATA; every column is declared; every foreign key to users is a
 * person column and every other foreign key an owner or `ref` to a table earlier in the list.
 */

/**
 * How a value is stored and exported. text: a string. json: JSON kept as text (checked to parse on
 * import). int / real: a number (PostgreSQL may hand some numbers over as strings; the export
 * always writes numbers). flag: stored 0/1 on both databases, exported as true/false.
 */
export type ColumnKind = 'text' | 'json' | 'int' | 'real' | 'flag';

/**
 * A table whose row ids an exported row may point at: members, actors, or a table earlier in the
 * list (the completeness test checks the order).
 */
export type RefTarget = keyof DB;

export interface ColumnSpec {
  kind: ColumnKind;
  nullable?: true;
  /**
   * Holds a users.id. Import maps it to the person with the same e-mail address among the
   * exported members. Someone who is not a member of the export (they left, or deleted their
   * account) becomes null; where the column cannot be null the row is left out.
   */
  user?: true;
  /** Holds the id of a row exported with this network; import refuses anything else. */
  ref?: RefTarget;
  /**
   * A secret or its hash: never exported. hash: import stores the hash of a fresh random secret
   * nobody knows. joinCode: a werksessie join code; an open session gets a fresh code, an ended
   * one none.
   */
  secret?: 'hash' | 'joinCode';
}

/** How a table's rows belong to a network. */
export type Owner =
  /** A `network_id` column. */
  | { network: 'network_id' }
  /** A column holding the id of an exported row of a table earlier in the list. */
  | { parent: keyof DB; column: string }
  /**
   * reminders_sent: the key is `<kind>:<id of a row of that table>:<date>:<user id>`, e.g.
   * `action:<action id>:2027-02-01:<user id>`. Import rewrites the user id in the key as well.
   */
  | { keyPrefixes: Record<string, keyof DB> };

type Columns<T extends keyof DB> = { [C in keyof DB[T] & string]-?: ColumnSpec };

interface Spec<T extends keyof DB> {
  table: T;
  owner: Owner;
  /** The primary key: rows are exported in this order and must be unique in a file. */
  key: (keyof DB[T] & string)[];
  /** Every column of the table (the type makes the compiler check this against schema.ts). */
  columns: Columns<T>;
  /** Dutch name of the rows, for the import summary. */
  label: string;
  /**
   * A row whose key this installation already holds is kept as it is instead of refusing the
   * import: rows that outlive their network (no foreign key), so deleting a network and importing
   * it again works.
   */
  keepExisting?: true;
}

export interface TableSpec {
  table: NetworkTableName;
  owner: Owner;
  key: string[];
  columns: Record<string, ColumnSpec>;
  label: string;
  keepExisting?: true;
}

const text: ColumnSpec = { kind: 'text' };
const optText: ColumnSpec = { kind: 'text', nullable: true };
const json: ColumnSpec = { kind: 'json' };
const int: ColumnSpec = { kind: 'int' };
const optReal: ColumnSpec = { kind: 'real', nullable: true };
const real: ColumnSpec = { kind: 'real' };
const optInt: ColumnSpec = { kind: 'int', nullable: true };
const flag: ColumnSpec = { kind: 'flag' };
const user: ColumnSpec = { kind: 'text', user: true };
const optUser: ColumnSpec = { kind: 'text', nullable: true, user: true };
const ref = (target: RefTarget): ColumnSpec => ({ kind: 'text', ref: target });
const optRef = (target: RefTarget): ColumnSpec => ({ kind: 'text', nullable: true, ref: target });
const byNetwork: Owner = { network: 'network_id' };
const editable = { created_at: text, updated_at: text, version: int } as const;

const spec = <T extends keyof DB>(s: Spec<T>) => s;

const LIST = [
  // 0002 verkennen
  spec({
    table: 'network_snapshots',
    owner: byNetwork,
    key: ['id'],
    label: 'momentopnamen',
    columns: {
      id: text,
      network_id: text,
      label: text,
      taken_on: text,
      data: json,
      created_by: optUser,
      created_at: text,
    },
  }),
  spec({
    table: 'network_functions',
    owner: byNetwork,
    key: ['id'],
    label: 'functies (wie-is-wie)',
    // actor_ids: ids of the network's actors, exported in `actors`.
    columns: {
      id: text,
      network_id: text,
      name: text,
      search_query: text,
      actor_ids: json,
      position: int,
      removed_at: optText,
      ...editable,
    },
  }),
  // 0003 vormgeven
  spec({
    table: 'why_ladders',
    owner: byNetwork,
    key: ['id'],
    label: 'waaromladders',
    columns: {
      id: text,
      network_id: text,
      member_id: ref('members'),
      activity: text,
      steps: json,
      goal: text,
      target_groups: json,
      themes: json,
      health_dimensions: json,
      ...editable,
    },
  }),
  spec({
    table: 'network_terms',
    owner: byNetwork,
    key: ['id'],
    label: "eigen doelgroepen en thema's",
    columns: { id: text, network_id: text, kind: text, label: text, created_at: text },
  }),
  spec({
    table: 'network_goals',
    owner: byNetwork,
    key: ['id'],
    label: 'doelen',
    columns: {
      id: text,
      network_id: text,
      title: text,
      description: text,
      indicator: text,
      target_value: text,
      ladder_ids: json,
      position: int,
      ...editable,
    },
  }),
  spec({
    table: 'card_settings',
    owner: byNetwork,
    key: ['network_id'],
    label: 'kaartinstelling',
    columns: { network_id: text, mode: text, ...editable },
  }),
  spec({
    table: 'card_items',
    owner: byNetwork,
    key: ['id'],
    label: 'kaartonderdelen',
    columns: {
      id: text,
      network_id: text,
      member_id: optRef('members'),
      card_column: text,
      text,
      sources: json,
      position: int,
      ...editable,
    },
  }),
  spec({
    table: 'card_versions',
    owner: byNetwork,
    key: ['id'],
    label: 'gepubliceerde kaarten',
    columns: { id: text, network_id: text, number: int, snapshot: json, published_by: optUser, published_at: text },
  }),
  spec({
    table: 'card_consents',
    owner: byNetwork,
    key: ['id'],
    label: 'instemmingen',
    // member_id (no foreign key) and party are history: the member may have left since.
    columns: {
      id: text,
      network_id: text,
      version_id: ref('card_versions'),
      party: text,
      member_id: optText,
      user_name: text,
      consented_at: text,
      method: text,
      given_by_role: text,
      given_on: optText,
      recorded_by: optUser,
    },
  }),
  // 0020 consent: personal consent links (the secret stays behind; an import draws a fresh one,
  // so an open link from before the move no longer works) and their answers.
  spec({
    table: 'consent_links',
    owner: byNetwork,
    key: ['id'],
    label: 'akkoordlinks voor partners zonder account',
    columns: {
      id: text,
      network_id: text,
      version_id: ref('card_versions'),
      actor_id: ref('actors'),
      email: text,
      token_hash: { kind: 'text', secret: 'hash' },
      sent_by: optUser,
      created_at: text,
      expires_at: text,
      used_at: optText,
      answer: optText,
      answer_name: optText,
      reason: text,
    },
  }),
  spec({
    table: 'lead_appointments',
    owner: byNetwork,
    key: ['id'],
    label: 'aanstellingen van kartrekkers',
    columns: {
      id: text,
      network_id: text,
      member_id: ref('members'),
      hours_per_week: optReal,
      mandate: text,
      supported_by: text,
      paid_by: text,
      deputy_member_id: optRef('members'),
      ...editable,
    },
  }),
  spec({
    table: 'agreements',
    owner: byNetwork,
    key: ['id'],
    label: 'afspraken',
    columns: {
      id: text,
      network_id: text,
      kind: text,
      title: text,
      body: text,
      decision_rule: optText,
      details: json,
      review_on: optText,
      ...editable,
    },
  }),
  // 0014 bijeenkomsten: before actions, which point at the meeting they were made in.
  spec({
    table: 'meetings',
    owner: byNetwork,
    key: ['id'],
    label: 'bijeenkomsten',
    // agenda: items linked to goals and agreements of this export; present_members/present_actors:
    // ids of the exported members and actors.
    columns: {
      id: text,
      network_id: text,
      title: text,
      day: text,
      start_time: text,
      end_time: optText,
      starts_at: text,
      ends_at: optText,
      place: optText,
      video_url: optText,
      agenda: json,
      notes: text,
      present_members: json,
      present_actors: json,
      planner_member_id: optRef('members'),
      invited_at: optText,
      cancelled_at: optText,
      ...editable,
    },
  }),
  spec({
    table: 'meeting_decisions',
    owner: byNetwork,
    key: ['id'],
    label: 'besluiten van bijeenkomsten',
    // decider_actor_ids: ids of the exported actors.
    columns: {
      id: text,
      network_id: text,
      meeting_id: ref('meetings'),
      text: text,
      decider_actor_ids: json,
      review_on: optText,
      agreement_id: optRef('agreements'),
      recorder_member_id: optRef('members'),
      created_at: text,
    },
  }),
  spec({
    table: 'actions',
    owner: byNetwork,
    key: ['id'],
    label: 'acties',
    // carried_from: the id of last year's action (history, no foreign key).
    columns: {
      id: text,
      network_id: text,
      title: text,
      description: text,
      owner_member_id: optRef('members'),
      actor_id: optRef('actors'),
      goal_id: optRef('network_goals'),
      due_on: optText,
      status: text,
      plan_year: int,
      carried_from: optText,
      meeting_id: optRef('meetings'),
      done_at: optText,
      ...editable,
    },
  }),
  // Which reminders were sent, so a move to another installation does not send them again.
  spec({
    table: 'reminders_sent',
    owner: { keyPrefixes: { action: 'actions', review: 'agreements' } },
    key: ['key'],
    label: 'verstuurde herinneringen',
    keepExisting: true,
    columns: { key: text, user_id: user, sent_at: text },
  }),
  // 0004 werksessies: guests are not users; their answers and votes hang off the session.
  spec({
    table: 'work_sessions',
    owner: byNetwork,
    key: ['id'],
    label: 'werksessies',
    columns: {
      id: text,
      network_id: text,
      kind: text,
      card_column: optText,
      title: text,
      questions: json,
      options: json,
      moderated: flag,
      allow_anonymous: flag,
      entry_open: flag,
      code: { kind: 'text', nullable: true, secret: 'joinCode' },
      status: text,
      results: json,
      created_by: optUser,
      created_at: text,
      updated_at: text,
      ended_at: optText,
      version: int,
    },
  }),
  spec({
    table: 'session_guests',
    owner: { parent: 'work_sessions', column: 'session_id' },
    key: ['id'],
    label: 'gasten van werksessies',
    columns: { id: text, session_id: text, name: text, token_hash: { kind: 'text', secret: 'hash' }, created_at: text },
  }),
  spec({
    table: 'session_answers',
    owner: { parent: 'work_sessions', column: 'session_id' },
    key: ['id'],
    label: 'antwoorden in werksessies',
    // merged_into, accepted_id: ids of other rows, kept as history (no foreign key).
    columns: {
      id: text,
      session_id: text,
      guest_id: optRef('session_guests'),
      author_name: text,
      question_index: int,
      text,
      status: text,
      group_label: text,
      merged_into: optText,
      merged_from: json,
      accepted_as: text,
      accepted_id: optText,
      accepted_at: optText,
      created_at: text,
      updated_at: text,
      version: int,
    },
  }),
  spec({
    table: 'session_votes',
    owner: { parent: 'work_sessions', column: 'session_id' },
    key: ['session_id', 'guest_id'],
    label: 'stemmen in werksessies',
    columns: { session_id: text, guest_id: ref('session_guests'), option_index: int, created_at: text },
  }),
  // 0005 wijkprofiel en focus
  spec({
    table: 'profile_regions',
    owner: byNetwork,
    key: ['id'],
    label: 'CBS-gebieden',
    columns: {
      id: text,
      network_id: text,
      region_code: text,
      region_name: text,
      region_level: text,
      year: int,
      table_id: text,
      figures: json,
      file_name: text,
      ...editable,
    },
  }),
  spec({
    table: 'profile_indicators',
    owner: byNetwork,
    key: ['id'],
    label: 'eigen cijfers',
    columns: {
      id: text,
      network_id: text,
      name: text,
      value: text,
      unit: text,
      source: text,
      measured_on: text,
      region_code: text,
      created_by: optUser,
      ...editable,
    },
  }),
  spec({
    table: 'profile_notes',
    owner: byNetwork,
    key: ['id'],
    label: 'vragen van bewoners en notities',
    columns: {
      id: text,
      network_id: text,
      kind: text,
      text,
      source: text,
      noted_on: text,
      created_by: optUser,
      ...editable,
    },
  }),
  spec({
    table: 'focus_candidates',
    owner: byNetwork,
    key: ['id'],
    label: "focusthema's",
    columns: { id: text, network_id: text, theme: text, description: text, proposed_by: optUser, ...editable },
  }),
  spec({
    table: 'focus_votes',
    owner: byNetwork,
    key: ['id'],
    label: 'draagvlakscores',
    columns: {
      id: text,
      network_id: text,
      candidate_id: ref('focus_candidates'),
      member_id: ref('members'),
      stakeholder_group: text,
      score: int,
      created_at: text,
      updated_at: text,
    },
  }),
  spec({
    table: 'focus_decisions',
    owner: byNetwork,
    key: ['id'],
    label: 'focusbesluiten',
    columns: { id: text, network_id: text, themes: json, reasons: text, decided_by: optUser, created_at: text },
  }),
  // 0008 verankeren
  spec({
    table: 'effect_settings',
    owner: byNetwork,
    key: ['network_id'],
    label: 'indexinstelling van de prijslijst',
    columns: { network_id: text, index_year: int, index_rates: json, index_source: text, ...editable },
  }),
  spec({
    table: 'price_items',
    owner: byNetwork,
    key: ['id'],
    label: 'prijzen (maatschappelijke prijslijst)',
    columns: {
      id: text,
      network_id: text,
      item: text,
      unit: text,
      price: optReal,
      payer: text,
      source_title: text,
      source_publisher: text,
      source_year: optInt,
      source_url: optText,
      price_year: optInt,
      note: optText,
      starter_key: optText,
      ...editable,
    },
  }),
  // model: JSON that may hold ids of the network's goals and price items (goalId, priceItemId).
  spec({
    table: 'effect_models',
    owner: byNetwork,
    key: ['id'],
    label: 'effectmodellen',
    columns: { id: text, network_id: text, name: text, model: json, ...editable },
  }),
  spec({
    table: 'effect_model_versions',
    owner: byNetwork,
    key: ['id'],
    label: 'vastgelegde versies van effectmodellen',
    columns: {
      id: text,
      network_id: text,
      model_id: ref('effect_models'),
      number: int,
      snapshot: json,
      created_by: optUser,
      created_at: text,
    },
  }),
  // 0016 casusmethode and borging
  spec({
    table: 'effect_cases',
    owner: byNetwork,
    key: ['id'],
    label: 'casussen (casusmethode)',
    columns: { id: text, network_id: text, name: text, resident: text, residents: int, ...editable },
  }),
  spec({
    table: 'effect_case_lines',
    owner: byNetwork,
    key: ['id'],
    label: 'regels van casussen',
    columns: {
      id: text,
      network_id: text,
      case_id: ref('effect_cases'),
      timeline: text,
      position: int,
      label: text,
      kind: text,
      year: int,
      month: optInt,
      price_item_id: optRef('price_items'),
      own_price: optReal,
      note: text,
      quantity: real,
      payer: optText,
    },
  }),
  spec({
    table: 'continuity_items',
    owner: byNetwork,
    key: ['id'],
    label: 'punten van de checklist voor borging',
    columns: {
      id: text,
      network_id: text,
      starter_key: optText,
      title: text,
      description: text,
      status: text,
      reason: text,
      owner_member_id: optRef('members'),
      owner_actor_id: optRef('actors'),
      due_on: optText,
      position: int,
      removed_at: optText,
      ...editable,
    },
  }),
  // 0017 resultatenpagina. The link is a key: never exported; an imported page that was on gets a
  // fresh link nobody knows, so a kartrekker switches it off and on again to share a new one.
  spec({
    table: 'results_pages',
    owner: byNetwork,
    key: ['network_id'],
    label: 'openbare resultatenpagina',
    columns: {
      network_id: text,
      token: { kind: 'text', nullable: true, secret: 'hash' },
      fields: json,
      model_id: optText, // may name a model removed since; the page then shows no figures
      model_version: optInt,
      indexable: flag,
      published_at: optText,
      ...editable,
    },
  }),
  spec({
    table: 'results_partner_names',
    owner: byNetwork,
    key: ['network_id', 'actor_id'],
    label: 'partners die met naam op de resultatenpagina staan',
    columns: {
      network_id: text,
      actor_id: ref('actors'),
      by_representative: flag,
      member_id: optRef('members'),
      created_at: text,
    },
  }),
  spec({
    table: 'representation_requests',
    owner: byNetwork,
    key: ['id'],
    label: 'verzoeken om namens een partner mee te doen',
    columns: {
      id: text,
      network_id: text,
      member_id: ref('members'),
      actor_id: ref('actors'),
      status: text,
      asked_at: text,
      decided_at: optText,
      decided_by: optUser,
      reason: text,
    },
  }),
  // 0007 samenwerkingsscan
  spec({
    table: 'scan_rounds',
    owner: byNetwork,
    key: ['id'],
    label: 'scanrondes',
    columns: {
      id: text,
      network_id: text,
      label: text,
      instrument_id: text,
      instrument_version: text,
      definition: json,
      definition_en: json,
      disabled_items: json,
      mode: text,
      session_id: optRef('work_sessions'),
      closes_on: text,
      closed_at: optText,
      reminded_at: optText,
      live_index: optInt,
      ...editable,
    },
  }),
  // The answers without any link to people (the table has none); who was invited and who
  // answered stays behind (scan_invitations in NOT_NETWORK_DATA), so an import restores the
  // results, not who answered.
  spec({
    table: 'scan_responses',
    owner: byNetwork,
    key: ['id'],
    label: 'scanantwoorden (anoniem)',
    columns: {
      id: text,
      network_id: text,
      round_id: ref('scan_rounds'),
      answers: json,
      // A live round's phone key (hashed, wiped at closing): never exported.
      live_key: { kind: 'text', nullable: true, secret: 'hash' },
    },
  }),
  spec({
    table: 'relation_check_rounds',
    owner: byNetwork,
    key: ['id'],
    label: 'rondes van de relatiecheck',
    columns: { id: text, network_id: text, label: text, closes_on: text, closed_at: optText, ...editable },
  }),
  spec({
    table: 'phase_step_marks',
    owner: byNetwork,
    key: ['id'],
    label: 'stappen die niet van toepassing zijn',
    columns: {
      id: text,
      network_id: text,
      step_id: text,
      reason: text,
      member_id: optRef('members'),
      created_at: text,
    },
  }),
] as const;

export type NetworkTableName = (typeof LIST)[number]['table'];

/** The tables of the `tables` section, in the order import inserts them. */
export const NETWORK_TABLES: readonly TableSpec[] = LIST as unknown as readonly TableSpec[];

export const networkTable = (name: string): TableSpec | undefined => NETWORK_TABLES.find((t) => t.table === name);

/** Tables exported in the documented camelCase sections (network, members, actors, …). */
export const SECTION_TABLES = [
  'networks',
  'members',
  'actors',
  'network_actors',
  'relations',
  'invitations',
  'audit_log',
] as const;

/**
 * Tables that are deliberately not part of a network export. A new table must be added either to
 * the list above or here, with the reason; the completeness test fails until then.
 */
export const NOT_NETWORK_DATA: Readonly<Record<string, string>> = {
  // People: exported per member as name and e-mail address; accounts are made or matched on import.
  users: 'personen, per lid meegenomen als naam en e-mailadres',
  // Sign-in secrets and sessions of this installation.
  login_challenges: 'inlogverzoeken (geheim)',
  auth_sessions: 'inlogsessies (geheim)',
  api_tokens: 'API-sleutels (geheim)',
  // One address per person across all their networks, and nothing but a secret: whoever uses a
  // calendar feed makes a new address in the new installation.
  calendar_feeds: 'agenda-adres per persoon (alleen een geheim)',
  // Live-update bookkeeping of this installation (events) and request counters.
  events: 'live-updates van deze installatie',
  rate_limits: 'tellers tegen misbruik',
  // Mail of this installation waiting to go out (or just sent); not part of any network.
  mail_outbox: 'uitgaande mail van deze installatie',
  // Mail hygiene of this installation: who wants no more mail, and the links that say so.
  mail_suppressions: 'adressen die geen mail meer willen via Wijknet',
  mail_optout_links: 'links om geen mail meer te krijgen (geheim)',
  // A secret link to confirm a changed contact address; the address itself goes with the actor.
  contact_confirmations: 'bevestiging van een gewijzigd contactadres (geheime link)',
  // Derived from the actors; rebuilt by import.
  search_index: 'zoekindex (wordt opnieuw opgebouwd)',
  search_variants: 'zoekindex (wordt opnieuw opgebouwd)',
  // Kysely's migration bookkeeping.
  kysely_migration: 'migraties',
  kysely_migration_lock: 'migraties',
  // Who was invited to a scan round and whether they answered: personal links (secrets) and a
  // list of people that sits beside the anonymous answers; the answers go, this stays.
  scan_invitations: 'wie voor een scanronde is uitgenodigd en of ze antwoordden (persoonlijke links)',
  // Each row is one partner's rating of another: a pair's rating is never shown anywhere, so it
  // does not leave the installation either (the results are recomputed, not exported).
  relation_ratings: 'beoordelingen in de relatiecheck (per paar partners, nooit zichtbaar)',
  // The kartrekker's weekly digest: a personal setting, this installation's send log and the
  // secrets behind unsubscribe links; none of it is the network's own data.
  digest_optouts: 'wie de wekelijkse cockpitmail heeft uitgezet (persoonlijke instelling)',
  tool_feedback: 'hoe nuttig leden de hulpmiddelen vonden: feedback over Wijknet zelf, niet over de samenwerking',
  sus_responses: 'antwoorden op de vragenlijst over het gebruik van Wijknet (SUS), per persoon',
  usage_counts: 'tellingen van het gebruik van Wijknet per week, voor deze installatie',
  researchers: 'onderzoekers van deze installatie (geen netwerkgegevens)',
  research_progress: 'de voortgang per maand voor onderzoekers van deze installatie',
  research_consents:
    'toestemming voor onderzoek geldt voor de onderzoekers van deze installatie; na een import opnieuw geven',
  digest_sends: 'welke wekelijkse cockpitmail al is verstuurd',
  digest_unsubscribe_links: 'afmeldlinks van de wekelijkse cockpitmail (geheim)',
};
