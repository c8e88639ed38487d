/**
 * The audit log in plain sentences (issue 13): "Joke zette een antwoord uit de werksessie op de
 * gezamenlijke kaart". Every kind of entry the code writes (`recordChange`/`writeAudit` with an
 * entity and create/update/delete) has a sentence here in Dutch and English; changed fields are
 * shown by their label with readable values (names instead of ids, words instead of codes, no
 * JSON). The stored audit row is untouched: this only reads it.
 */
import { stepDefinition } from '../phases/steps.js';
import { PAYERS } from '../effects/starter-prices.js';

export type AuditLang = 'nl' | 'en';
export type AuditAction = 'create' | 'update' | 'delete';
type Text = Readonly<Record<AuditLang, string>>;

/** What a thing is called: "een partner" without its name, "partner" before its name. */
interface Noun {
  nl: readonly [plain: string, named: string];
  en: readonly [plain: string, named: string];
  /** The name is not put between quotes: a person's name, or one that brings its own. */
  bare?: boolean;
}

const n = (nl: [string, string], en: [string, string], bare = false): Noun => ({ nl, en, bare });

/** Every entity the code writes to the audit log; the test checks this against the sources. */
export const AUDIT_ENTITIES = {
  network: n(['het netwerk', 'netwerk'], ['the network', 'network']),
  member: n(['een lid', 'lid'], ['a member', 'member'], true),
  invitation: n(['een uitnodiging', 'uitnodiging'], ['an invitation', 'invitation']),
  actor: n(['een partner', 'partner'], ['a partner', 'partner']),
  relation: n(['een relatie', 'de relatie tussen'], ['a relation', 'the relation between'], true),
  snapshot: n(['een momentopname', 'momentopname'], ['a snapshot', 'snapshot']),
  function: n(['een functie in wie-is-wie', 'functie'], ['a function in who-is-who', 'function']),
  why_ladder: n(['een waaromladder', 'de waaromladder'], ['a why ladder', 'the why ladder']),
  network_term: n(['een eigen woord', 'eigen woord'], ['an own term', 'own term']),
  network_goal: n(['een doel', 'doel'], ['a goal', 'goal']),
  card_item: n(['een punt op de partnerschapskaart', 'punt'], ['an item on the partnership card', 'item']),
  card_settings: n(
    ['de vorm van de partnerschapskaart', 'de vorm van de partnerschapskaart'],
    ['the form of the partnership card', 'the form of the partnership card'],
  ),
  card_version: n(['een versie van de partnerschapskaart', 'versie'], ['a version of the partnership card', 'version']),
  card_consent: n(
    ['een akkoord op de partnerschapskaart', 'akkoord'],
    ['a consent to the partnership card', 'consent'],
  ),
  lead_appointment: n(
    ['de afspraken met een kartrekker', 'de afspraken met kartrekker'],
    ['the arrangements with a network lead', 'the arrangements with network lead'],
    true,
  ),
  agreement: n(['een afspraak', 'afspraak'], ['an agreement', 'agreement']),
  action: n(['een actie', 'actie'], ['an action', 'action']),
  work_session: n(['een werksessie', 'werksessie'], ['a working session', 'working session']),
  work_session_answer: n(
    ['een antwoord uit een werksessie', 'antwoord'],
    ['an answer from a working session', 'answer'],
  ),
  work_session_guest: n(
    ['een deelnemer aan een werksessie', 'deelnemer'],
    ['a participant in a working session', 'participant'],
  ),
  profile_region: n(['cijfers over een gebied', 'cijfers over'], ['figures about an area', 'figures about']),
  profile_indicator: n(
    ['een eigen cijfer in het wijkprofiel', 'cijfer'],
    ['an own figure in the neighbourhood profile', 'figure'],
  ),
  profile_entry: n(['een notitie in het wijkprofiel', 'notitie'], ['a note in the neighbourhood profile', 'note']),
  focus_candidate: n(
    ['een mogelijk focusthema', 'mogelijk focusthema'],
    ['a possible focus theme', 'possible focus theme'],
  ),
  focus_vote: n(['een stem over de focus', 'stem over'], ['a vote on the focus', 'vote on']),
  focus_decision: n(
    ['een besluit over de focus', 'besluit over de focus'],
    ['a decision on the focus', 'decision on the focus'],
  ),
  phase_step_mark: n(['een stap als niet van toepassing', 'stap'], ['a step as not applicable', 'step']),
  representation: n(
    ['een verzoek om namens een partner mee te doen', 'verzoek om namens'],
    ['a request to take part for a partner', 'request to take part for'],
  ),
  scan_round: n(
    ['een ronde van de samenwerkingsscan', 'scanronde'],
    ['a round of the collaboration scan', 'scan round'],
  ),
  relation_check_round: n(
    ['een ronde van de relatiecheck', 'relatiecheckronde'],
    ['a round of the relation check', 'relation check round'],
  ),
  price_item: n(['een prijs in de prijslijst', 'prijs van'], ['a price in the price list', 'price of']),
  effect_model: n(['een effectberekening', 'effectberekening'], ['an effect calculation', 'effect calculation']),
  effect_model_version: n(
    ['een versie van een effectberekening', 'versie van effectberekening'],
    ['a version of an effect calculation', 'version of effect calculation'],
  ),
  effect_settings: n(
    ['de instellingen van de effectberekening', 'de instellingen van de effectberekening'],
    ['the settings of the effect calculation', 'the settings of the effect calculation'],
  ),
  // Written by modules built alongside this one (cases, continuity, research, consent, meetings, results).
  effect_case: n(['een casus in de effectberekening', 'casus'], ['a case in the effect calculation', 'case']),
  continuity_item: n(['een punt over blijvend samenwerken', 'punt'], ['an item about lasting collaboration', 'item']),
  research_consent: n(
    ['de toestemming voor onderzoek', 'de toestemming voor onderzoek'],
    ['the consent to research', 'the consent to research'],
  ),
  consent_link: n(
    ['een persoonlijke link om akkoord te geven', 'link om akkoord te geven'],
    ['a personal link to give consent', 'link to give consent'],
  ),
  meeting: n(['een overleg', 'overleg'], ['a meeting', 'meeting']),
  meeting_decision: n(['een besluit in een overleg', 'besluit'], ['a decision in a meeting', 'decision']),
  results_page: n(['de resultatenpagina', 'de resultatenpagina'], ['the results page', 'the results page']),
  results_partner_name: n(
    ['een partnernaam op de resultatenpagina', 'partnernaam op de resultatenpagina'],
    ['a partner name on the results page', 'partner name on the results page'],
  ),
} as const satisfies Record<string, Noun>;

export type AuditEntity = keyof typeof AUDIT_ENTITIES;

/** One sentence per action: {who} and {what} (the noun, with the name when there is one). */
const VERBS: Record<AuditAction, Text> = {
  create: { nl: '{who} voegde {what} toe', en: '{who} added {what}' },
  update: { nl: '{who} paste {what} aan', en: '{who} changed {what}' },
  delete: { nl: '{who} haalde {what} weg', en: '{who} removed {what}' },
};

/**
 * Kinds that say more than "added/changed/removed". [without a name, with {name}]. A kind whose
 * plain text is null falls back to the general sentence when there is no name.
 */
const SPECIAL: Partial<Record<`${AuditEntity}.${AuditAction}`, Record<AuditLang, readonly [string | null, string]>>> = {
  'network.create': {
    nl: ['{who} startte het netwerk', '{who} startte het netwerk “{name}”'],
    en: ['{who} started the network', '{who} started the network “{name}”'],
  },
  'network.delete': {
    nl: ['{who} verwijderde het netwerk', '{who} verwijderde het netwerk “{name}”'],
    en: ['{who} deleted the network', '{who} deleted the network “{name}”'],
  },
  'member.create': {
    nl: ['{who} werd lid van het netwerk', '{who} werd lid van het netwerk'],
    en: ['{who} joined the network', '{who} joined the network'],
  },
  'member.update': {
    nl: ['{who} paste de rol of partner van een lid aan', '{who} paste de rol of partner van {name} aan'],
    en: ['{who} changed the role or partner of a member', '{who} changed the role or partner of {name}'],
  },
  'member.delete': {
    nl: ['{who} haalde een lid uit het netwerk', '{who} haalde {name} uit het netwerk'],
    en: ['{who} removed a member from the network', '{who} removed {name} from the network'],
  },
  'invitation.create': {
    nl: ['{who} nodigde iemand uit', '{who} nodigde iemand uit als {name}'],
    en: ['{who} invited someone', '{who} invited someone as {name}'],
  },
  'invitation.delete': {
    nl: ['{who} trok een uitnodiging in', '{who} trok een uitnodiging in'],
    en: ['{who} withdrew an invitation', '{who} withdrew an invitation'],
  },
  'snapshot.create': {
    nl: ['{who} maakte een momentopname van het netwerk', '{who} maakte een momentopname van het netwerk: “{name}”'],
    en: ['{who} took a snapshot of the network', '{who} took a snapshot of the network: “{name}”'],
  },
  'card_item.create': {
    nl: ['{who} zette een punt op de partnerschapskaart', '{who} zette “{name}” op de partnerschapskaart'],
    en: ['{who} put an item on the partnership card', '{who} put “{name}” on the partnership card'],
  },
  'card_item.update': {
    nl: ['{who} paste een punt op de partnerschapskaart aan', '{who} paste “{name}” op de partnerschapskaart aan'],
    en: ['{who} changed an item on the partnership card', '{who} changed “{name}” on the partnership card'],
  },
  'card_item.delete': {
    nl: ['{who} haalde een punt van de partnerschapskaart', '{who} haalde “{name}” van de partnerschapskaart'],
    en: ['{who} took an item off the partnership card', '{who} took “{name}” off the partnership card'],
  },
  'card_settings.update': {
    nl: [
      '{who} koos een andere vorm voor de partnerschapskaart',
      '{who} koos een andere vorm voor de partnerschapskaart',
    ],
    en: ['{who} chose another form for the partnership card', '{who} chose another form for the partnership card'],
  },
  'card_version.create': {
    nl: [
      '{who} legde een versie van de partnerschapskaart vast',
      '{who} legde versie {name} van de partnerschapskaart vast',
    ],
    en: ['{who} recorded a version of the partnership card', '{who} recorded version {name} of the partnership card'],
  },
  'card_consent.create': {
    nl: ['{who} gaf akkoord op de partnerschapskaart', '{who} gaf akkoord op de partnerschapskaart namens {name}'],
    en: ['{who} consented to the partnership card', '{who} consented to the partnership card for {name}'],
  },
  'card_consent.delete': {
    nl: [
      '{who} trok een akkoord op de partnerschapskaart in',
      '{who} trok het akkoord op de partnerschapskaart namens {name} in',
    ],
    en: [
      '{who} withdrew a consent to the partnership card',
      '{who} withdrew the consent to the partnership card for {name}',
    ],
  },
  'lead_appointment.create': {
    nl: ['{who} legde de afspraken met een kartrekker vast', '{who} legde de afspraken met kartrekker {name} vast'],
    en: [
      '{who} recorded the arrangements with a network lead',
      '{who} recorded the arrangements with network lead {name}',
    ],
  },
  'work_session.create': {
    nl: ['{who} maakte een werksessie', '{who} maakte de werksessie “{name}”'],
    en: ['{who} made a working session', '{who} made the working session “{name}”'],
  },
  'work_session_answer.update': {
    nl: ['{who} paste een antwoord uit de werksessie aan', '{who} zette een antwoord uit de werksessie op {name}'],
    en: ['{who} changed an answer from the working session', '{who} put an answer from the working session on {name}'],
  },
  'work_session_answer.delete': {
    nl: ['{who} haalde een antwoord uit de werksessie weg', '{who} haalde een antwoord uit de werksessie weg'],
    en: ['{who} removed an answer from the working session', '{who} removed an answer from the working session'],
  },
  'work_session_guest.delete': {
    nl: ['{who} haalde een deelnemer uit de werksessie', '{who} haalde een deelnemer uit de werksessie'],
    en: [
      '{who} removed a participant from the working session',
      '{who} removed a participant from the working session',
    ],
  },
  'focus_vote.create': {
    nl: ['{who} gaf punten aan een mogelijk focusthema', '{who} gaf punten aan het focusthema “{name}”'],
    en: ['{who} gave points to a possible focus theme', '{who} gave points to the focus theme “{name}”'],
  },
  'focus_vote.update': {
    nl: [
      '{who} veranderde de punten voor een mogelijk focusthema',
      '{who} veranderde de punten voor het focusthema “{name}”',
    ],
    en: [
      '{who} changed the points for a possible focus theme',
      '{who} changed the points for the focus theme “{name}”',
    ],
  },
  'focus_decision.create': {
    nl: ['{who} legde de keuze voor de focus vast', '{who} legde de focus vast: {name}'],
    en: ['{who} recorded the choice of focus', '{who} recorded the focus: {name}'],
  },
  'phase_step_mark.create': {
    nl: ['{who} zette een stap op niet van toepassing', '{who} zette de stap “{name}” op niet van toepassing'],
    en: ['{who} marked a step as not applicable', '{who} marked the step “{name}” as not applicable'],
  },
  'phase_step_mark.update': {
    nl: [
      '{who} paste de reden aan waarom een stap niet van toepassing is',
      '{who} paste de reden aan waarom de stap “{name}” niet van toepassing is',
    ],
    en: ['{who} changed why a step does not apply', '{who} changed why the step “{name}” does not apply'],
  },
  'phase_step_mark.delete': {
    nl: ['{who} zette een stap weer open', '{who} zette de stap “{name}” weer open'],
    en: ['{who} opened a step again', '{who} opened the step “{name}” again'],
  },
  'representation.create': {
    nl: ['{who} vroeg om namens een partner mee te doen', '{who} vroeg om namens {name} mee te doen'],
    en: ['{who} asked to take part for a partner', '{who} asked to take part for {name}'],
  },
  'representation.update': {
    nl: [
      '{who} besliste over een verzoek om namens een partner mee te doen',
      '{who} besliste over het verzoek om namens {name} mee te doen',
    ],
    en: [
      '{who} decided on a request to take part for a partner',
      '{who} decided on the request to take part for {name}',
    ],
  },
  'scan_round.create': {
    nl: ['{who} startte een ronde van de samenwerkingsscan', '{who} startte de scanronde “{name}”'],
    en: ['{who} started a round of the collaboration scan', '{who} started the scan round “{name}”'],
  },
  'relation_check_round.create': {
    nl: ['{who} startte een ronde van de relatiecheck', '{who} startte de relatiecheckronde “{name}”'],
    en: ['{who} started a round of the relation check', '{who} started the relation check round “{name}”'],
  },
  'effect_model_version.create': {
    nl: [
      '{who} bewaarde een versie van een effectberekening',
      '{who} bewaarde een versie van de effectberekening “{name}”',
    ],
    en: ['{who} saved a version of an effect calculation', '{who} saved a version of the effect calculation “{name}”'],
  },
};

/** Field labels. A field without a label is not shown (ids, dates of writing, positions, stored JSON of the app itself). */
const FIELDS: Record<string, Text> = {
  name: { nl: 'Naam', en: 'Name' },
  title: { nl: 'Titel', en: 'Title' },
  label: { nl: 'Naam', en: 'Name' },
  text: { nl: 'Tekst', en: 'Text' },
  description: { nl: 'Beschrijving', en: 'Description' },
  kind: { nl: 'Soort', en: 'Kind' },
  domain: { nl: 'Domein', en: 'Domain' },
  themes: { nl: 'Thema’s', en: 'Themes' },
  target_groups: { nl: 'Doelgroepen', en: 'Target groups' },
  health_dimensions: { nl: 'Dimensies van positieve gezondheid', en: 'Dimensions of positive health' },
  area: { nl: 'Gebied', en: 'Area' },
  status: { nl: 'Stand', en: 'Status' },
  findable: { nl: 'Vindbaar voor andere netwerken', en: 'Findable for other networks' },
  website: { nl: 'Website', en: 'Website' },
  contact_phone: { nl: 'Telefoon', en: 'Phone' },
  kvk: { nl: 'KvK-nummer', en: 'Chamber of Commerce number' },
  agb: { nl: 'AGB-code', en: 'AGB code' },
  role: { nl: 'Rol', en: 'Role' },
  actor_id: { nl: 'Partner', en: 'Partner' },
  owner_member_id: { nl: 'Trekker', en: 'Owner' },
  goal_id: { nl: 'Doel', en: 'Goal' },
  due_on: { nl: 'Klaar op', en: 'Due on' },
  plan_year: { nl: 'Jaar', en: 'Year' },
  frequency: { nl: 'Hoe vaak', en: 'How often' },
  quality: { nl: 'Kwaliteit', en: 'Quality' },
  card_column: { nl: 'Kolom', en: 'Column' },
  mode: { nl: 'Vorm', en: 'Form' },
  number: { nl: 'Versie', en: 'Version' },
  party: { nl: 'Namens', en: 'For' },
  hours_per_week: { nl: 'Uren per week', en: 'Hours per week' },
  deputy_member_id: { nl: 'Vervanger', en: 'Deputy' },
  mandate: { nl: 'Mandaat', en: 'Mandate' },
  supported_by: { nl: 'Steun van', en: 'Supported by' },
  paid_by: { nl: 'Betaald door', en: 'Paid by' },
  body: { nl: 'Afspraak', en: 'Agreement' },
  decision_rule: { nl: 'Zo besluiten we', en: 'How we decide' },
  review_on: { nl: 'Opnieuw bekijken op', en: 'Review on' },
  details: { nl: 'Uitwerking', en: 'Details' },
  ambition: { nl: 'Ambitie', en: 'Ambition' },
  vision: { nl: 'Stip op de horizon', en: 'Vision' },
  area_name: { nl: 'Gebied', en: 'Area' },
  area_level: { nl: 'Soort gebied', en: 'Kind of area' },
  region_code: { nl: 'CBS-gebiedscode', en: 'CBS area code' },
  population: { nl: 'Inwoners', en: 'Residents' },
  focus_themes: { nl: 'Focusthema’s', en: 'Focus themes' },
  activity: { nl: 'Activiteit', en: 'Activity' },
  goal: { nl: 'Doel', en: 'Goal' },
  steps: { nl: 'Stappen', en: 'Steps' },
  indicator: { nl: 'Waaraan zie je het', en: 'Indicator' },
  target_value: { nl: 'Streefwaarde', en: 'Target' },
  ladder_ids: { nl: 'Waaromladders', en: 'Why ladders' },
  actor_ids: { nl: 'Partners', en: 'Partners' },
  card_sources: { nl: 'Herkomst', en: 'Origin' },
  sources: { nl: 'Herkomst', en: 'Origin' },
  entry_open: { nl: 'Meedoen kan', en: 'Joining is open' },
  results: { nl: 'Uitkomst', en: 'Results' },
  accepted_as: { nl: 'Overgenomen in', en: 'Taken into' },
  theme: { nl: 'Thema', en: 'Theme' },
  reasons: { nl: 'Waarom', en: 'Why' },
  bewoners: { nl: 'Punten van bewoners', en: 'Points from residents' },
  professionals: { nl: 'Punten van professionals', en: 'Points from professionals' },
  gemeente: { nl: 'Punten van de gemeente', en: 'Points from the municipality' },
  reason: { nl: 'Reden', en: 'Reason' },
  closes_on: { nl: 'Sluit op', en: 'Closes on' },
  closed_at: { nl: 'Gesloten op', en: 'Closed on' },
  invited: { nl: 'Uitgenodigd', en: 'Invited' },
  taken_on: { nl: 'Datum', en: 'Date' },
  value: { nl: 'Waarde', en: 'Value' },
  unit: { nl: 'Eenheid', en: 'Unit' },
  source: { nl: 'Bron', en: 'Source' },
  measured_on: { nl: 'Gemeten op', en: 'Measured on' },
  noted_on: { nl: 'Datum', en: 'Date' },
  region_name: { nl: 'Gebied', en: 'Area' },
  region_level: { nl: 'Soort gebied', en: 'Kind of area' },
  year: { nl: 'Jaar', en: 'Year' },
  item: { nl: 'Wat', en: 'What' },
  price: { nl: 'Prijs', en: 'Price' },
  price_year: { nl: 'Prijspeil', en: 'Price level' },
  payer: { nl: 'Wie betaalt', en: 'Who pays' },
  source_title: { nl: 'Bron', en: 'Source' },
  source_publisher: { nl: 'Uitgever van de bron', en: 'Publisher of the source' },
  source_year: { nl: 'Jaar van de bron', en: 'Year of the source' },
  source_url: { nl: 'Adres van de bron', en: 'Address of the source' },
  note: { nl: 'Toelichting', en: 'Note' },
  model: { nl: 'Berekening', en: 'Calculation' },
  index_year: { nl: 'Prijspeil', en: 'Price level' },
};

/** Fields whose value is a person or partner named elsewhere in the sentence: not repeated. */
const NOT_REPEATED: Partial<Record<AuditEntity, string[]>> = {
  card_consent: ['party'],
  representation: ['actor_id'],
  member: [],
};

const yesNo: Record<AuditLang, [string, string]> = { nl: ['ja', 'nee'], en: ['yes', 'no'] };
const BOOLEAN_FIELDS = new Set(['findable', 'entry_open']);
const DATE_FIELDS = new Set(['due_on', 'review_on', 'closes_on', 'closed_at', 'taken_on', 'measured_on', 'noted_on']);

/** Words for the codes the app stores. Keys: "field" or "entity.field". */
const CODES: Record<string, Record<string, Text>> = {
  role: {
    kartrekker: { nl: 'kartrekker', en: 'network lead' },
    partner: { nl: 'partner', en: 'partner' },
    meekijker: { nl: 'meekijker', en: 'observer' },
  },
  'actor.kind': {
    organisation: { nl: 'organisatie', en: 'organisation' },
    initiative: { nl: 'bewonersinitiatief', en: 'residents’ initiative' },
    person: { nl: 'persoon', en: 'person' },
  },
  'actor.status': {
    partner: { nl: 'partner', en: 'partner' },
    approached: { nl: 'benaderd', en: 'approached' },
  },
  'action.status': {
    open: { nl: 'nog niet begonnen', en: 'not started' },
    bezig: { nl: 'bezig', en: 'in progress' },
    klaar: { nl: 'klaar', en: 'done' },
    vervallen: { nl: 'vervallen', en: 'dropped' },
  },
  'representation.status': {
    open: { nl: 'wacht op een besluit', en: 'waiting for a decision' },
    confirmed: { nl: 'bevestigd', en: 'confirmed' },
    refused: { nl: 'geweigerd', en: 'refused' },
  },
  'work_session.status': {
    open: { nl: 'bezig', en: 'running' },
    ended: { nl: 'afgelopen', en: 'ended' },
  },
  'work_session.kind': {
    card: { nl: 'partnerschapskaart', en: 'partnership card' },
    ladder: { nl: 'waaromladder', en: 'why ladder' },
    ideas: { nl: 'ideeën', en: 'ideas' },
    vote: { nl: 'stemmen', en: 'voting' },
  },
  'agreement.kind': {
    besluitvorming: { nl: 'hoe we besluiten', en: 'how we decide' },
    verantwoordelijkheden: { nl: 'wie wat doet', en: 'who does what' },
    geld: { nl: 'geld', en: 'money' },
    borging: { nl: 'blijvend maken', en: 'making it last' },
    overig: { nl: 'overig', en: 'other' },
  },
  decision_rule: {
    consent: { nl: 'instemming (niemand heeft overwegend bezwaar)', en: 'consent (nobody has a serious objection)' },
    meerderheid: { nl: 'meerderheid', en: 'majority' },
    'kartrekker-na-overleg': { nl: 'de kartrekker na overleg', en: 'the network lead after consultation' },
    anders: { nl: 'anders', en: 'other' },
  },
  'network_term.kind': {
    targetGroup: { nl: 'doelgroep', en: 'target group' },
    theme: { nl: 'thema', en: 'theme' },
  },
  'profile_entry.kind': {
    need: { nl: 'vraag of behoefte', en: 'question or need' },
    note: { nl: 'notitie', en: 'note' },
  },
  card_column: {
    waarden: { nl: 'waarden', en: 'values' },
    relaties: { nl: 'relaties', en: 'relations' },
    handelen: { nl: 'handelen', en: 'acting' },
    voorwaarden: { nl: 'voorwaarden', en: 'conditions' },
    acties: { nl: 'acties', en: 'actions' },
  },
  mode: {
    full: { nl: 'de hele kaart', en: 'the full card' },
    short: { nl: 'de korte kaart', en: 'the short card' },
  },
  accepted_as: {
    card_item: { nl: 'de gezamenlijke kaart', en: 'the joint card' },
    focus_candidate: { nl: 'de lijst met mogelijke focusthema’s', en: 'the list of possible focus themes' },
    idea: { nl: 'de lijst met ideeën', en: 'the list of ideas' },
    why_ladder: { nl: 'een waaromladder', en: 'a why ladder' },
  },
  area_level: {
    gemeente: { nl: 'gemeente', en: 'municipality' },
    wijk: { nl: 'wijk', en: 'district' },
    buurt: { nl: 'buurt', en: 'neighbourhood' },
  },
  domain: {
    zorg: { nl: 'zorg', en: 'care' },
    welzijn: { nl: 'welzijn', en: 'welfare' },
    wonen: { nl: 'wonen', en: 'housing' },
    gemeente: { nl: 'gemeente', en: 'municipality' },
    veiligheid: { nl: 'veiligheid', en: 'safety' },
    onderwijs: { nl: 'onderwijs', en: 'education' },
    ondernemers: { nl: 'ondernemers', en: 'businesses' },
    bewoners: { nl: 'bewoners', en: 'residents' },
    overig: { nl: 'overig', en: 'other' },
  },
  health_dimensions: {
    lichaamsfuncties: { nl: 'lichaamsfuncties', en: 'bodily functions' },
    'mentaal-welbevinden': { nl: 'mentaal welbevinden', en: 'mental well-being' },
    zingeving: { nl: 'zingeving', en: 'meaningfulness' },
    'kwaliteit-van-leven': { nl: 'kwaliteit van leven', en: 'quality of life' },
    meedoen: { nl: 'meedoen', en: 'participation' },
    'dagelijks-functioneren': { nl: 'dagelijks functioneren', en: 'daily functioning' },
  },
  payer: Object.fromEntries(Object.entries(PAYERS).map(([k, v]) => [k, { nl: v.nl, en: v.en }])),
};
CODES.region_level = CODES.area_level;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REFERENCE = /^(actor|member|user):(.+)$/;

/** Names the caller found for ids in the entries (partners, members, goals). */
export type NameLookup = ReadonlyMap<string, string>;

export interface AuditEntryInput {
  entity: string;
  entityId: string;
  action: string;
  /** The person's name; null for a change by the system; `deleted` when the account is gone. */
  who: { name: string; deleted: boolean } | null;
  changes: Record<string, { before: unknown; after: unknown }>;
}

export interface AuditDetail {
  label: string;
  before: string | null;
  after: string | null;
}

export interface AuditReading {
  sentence: string;
  details: AuditDetail[];
}

const WHO: Record<'system' | 'deleted' | 'nameless', Text> = {
  system: { nl: 'Wijknet', en: 'Wijknet' },
  deleted: { nl: 'Een verwijderde gebruiker', en: 'A deleted user' },
  nameless: { nl: 'Een lid zonder naam', en: 'A member without a name' },
};
const GONE: Text = { nl: 'iets dat er niet meer is', en: 'something no longer there' };
const CHANGED: Text = { nl: 'aangepast', en: 'changed' };
const OTHER_ENTRY: Text = { nl: '{who} paste iets aan in het netwerk', en: '{who} changed something in the network' };

const isEntity = (e: string): e is AuditEntity => Object.prototype.hasOwnProperty.call(AUDIT_ENTITIES, e);
const isAction = (a: string): a is AuditAction => a === 'create' || a === 'update' || a === 'delete';

/** Stored JSON text of a list ('["a","b"]') is read as the list. */
function parsed(v: unknown): unknown {
  if (typeof v === 'string' && /^\s*[[{]/.test(v)) {
    try {
      return JSON.parse(v) as unknown;
    } catch {
      return v;
    }
  }
  return v;
}

function dateText(v: string, lang: AuditLang): string {
  const d = new Date(v.length === 10 ? `${v}T12:00:00Z` : v);
  if (Number.isNaN(d.getTime())) return v;
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(d);
}

/** One value as words: names for ids, words for codes, lists joined, no JSON. Null when empty. */
export function readableValue(
  entity: string,
  field: string,
  value: unknown,
  lang: AuditLang,
  names: NameLookup,
): string | null {
  const v = parsed(value);
  if (v === null || v === undefined || v === '') return null;
  if (Array.isArray(v)) {
    const parts = v.map((x) => readableValue(entity, field, x, lang, names)).filter((x): x is string => x !== null);
    return parts.length ? parts.join(', ') : null;
  }
  if (typeof v === 'object') return CHANGED[lang];
  if (BOOLEAN_FIELDS.has(field) || typeof v === 'boolean') {
    const on = v === true || v === 1 || v === '1';
    return yesNo[lang][on ? 0 : 1];
  }
  if (typeof v === 'number') return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB').format(v);
  const s = String(v);
  const codes = CODES[`${entity}.${field}`] ?? CODES[field];
  if (codes && Object.prototype.hasOwnProperty.call(codes, s)) return codes[s][lang];
  const ref = REFERENCE.exec(s);
  if (ref) return names.get(ref[2]) ?? GONE[lang];
  if (UUID.test(s) || /^m-[0-9a-f]+$/.test(s)) return names.get(s) ?? GONE[lang];
  if (DATE_FIELDS.has(field)) return dateText(s, lang);
  return s;
}

/** The name the sentence uses for the thing: its name, title or text, or a person's or partner's name. */
function thingName(entity: AuditEntity, entityId: string, input: AuditEntryInput, lang: AuditLang, names: NameLookup) {
  const value = (field: string) => {
    const c = input.changes[field];
    if (!c) return null;
    return readableValue(entity, field, c.after ?? c.before, lang, names);
  };
  switch (entity) {
    case 'member':
      return names.get(entityId) ?? null;
    case 'lead_appointment':
      return value('member_id') ?? names.get(entityId) ?? null;
    case 'invitation':
      return value('role');
    case 'relation': {
      const a = value('a_name') ?? value('actor_a_id');
      const b = value('b_name') ?? value('actor_b_id');
      return a && b && a !== GONE[lang] && b !== GONE[lang] ? `“${a}” ${lang === 'nl' ? 'en' : 'and'} “${b}”` : null;
    }
    case 'card_consent':
      return value('party');
    case 'representation':
      return value('actor_id');
    case 'card_version':
    case 'effect_model_version':
      return entity === 'card_version' ? value('number') : (value('name') ?? null);
    case 'work_session_answer':
      return value('accepted_as');
    case 'focus_decision':
      return value('themes');
    case 'focus_vote':
      return names.get(entityId) ?? null;
    case 'phase_step_mark': {
      const id = input.changes.stepId?.after ?? input.changes.stepId?.before;
      const step = typeof id === 'string' ? stepDefinition(id) : undefined;
      return step ? step.label[lang] : null;
    }
    case 'profile_region':
      return value('region_name') ?? value('region_code');
    case 'price_item':
      return value('item');
    default:
      for (const f of ['name', 'title', 'label', 'theme', 'text', 'activity', 'item']) {
        const v = value(f);
        if (v) return v.length > 80 ? `${v.slice(0, 79)}…` : v;
      }
      return names.get(entityId) ?? null;
  }
}

/** Fields that are the thing's name in the sentence already, or hold its parts: not listed again. */
const IN_SENTENCE: Partial<Record<AuditEntity, string[]>> = {
  relation: ['a_name', 'b_name', 'actor_a_id', 'actor_b_id', 'a_domain', 'b_domain'],
  work_session_answer: ['accepted_as'],
  invitation: ['role', 'email'],
  phase_step_mark: ['stepId'],
  focus_decision: ['themes'],
};

function fill(text: string, vars: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
}

/** Reads one audit entry as a sentence with readable details, in Dutch or English. */
export function readAuditEntry(input: AuditEntryInput, lang: AuditLang, names: NameLookup = new Map()): AuditReading {
  const who = input.who
    ? input.who.deleted
      ? WHO.deleted[lang]
      : input.who.name.trim() || WHO.nameless[lang]
    : WHO.system[lang];
  if (!isEntity(input.entity) || !isAction(input.action)) {
    return { sentence: `${fill(OTHER_ENTRY[lang], { who })}.`, details: [] };
  }
  const entity = input.entity;
  const action = input.action;
  const noun: Noun = AUDIT_ENTITIES[entity];
  const name = thingName(entity, input.entityId, input, lang, names);
  const special = SPECIAL[`${entity}.${action}`]?.[lang];
  let sentence: string;
  if (special && (name ? special[1] : special[0])) {
    sentence = fill(name ? special[1] : special[0]!, { who, name: name ?? '' });
  } else {
    const [plain, named] = noun[lang];
    const what = name ? (noun.bare ? `${named} ${name}` : `${named} “${name}”`) : plain;
    sentence = fill(VERBS[action][lang], { who, what });
  }

  const skip = new Set([...(IN_SENTENCE[entity] ?? []), ...(NOT_REPEATED[entity] ?? [])]);
  const details: AuditDetail[] = [];
  if (action !== 'delete') {
    for (const [field, change] of Object.entries(input.changes)) {
      const label = FIELDS[field];
      if (!label || skip.has(field)) continue;
      const before = action === 'create' ? null : readableValue(entity, field, change.before, lang, names);
      const after = readableValue(entity, field, change.after, lang, names);
      if (before === null && after === null) continue;
      if (before === after && before !== CHANGED[lang]) continue;
      details.push({ label: label[lang], before, after });
    }
  }
  return { sentence: `${sentence}.`, details: details.slice(0, 8) };
}

/** The entity labels for the page's filter (plural words, "Partners", "Acties"). */
export const AUDIT_ENTITY_FILTER: Record<AuditEntity, Text> = Object.fromEntries(
  (Object.keys(AUDIT_ENTITIES) as AuditEntity[]).map((e) => {
    const [plain] = AUDIT_ENTITIES[e].nl;
    const [plainEn] = AUDIT_ENTITIES[e].en;
    const strip = (s: string) => s.replace(/^(een|de|het|a|an|the) /, '');
    const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
    return [e, { nl: cap(strip(plain)), en: cap(strip(plainEn)) }];
  }),
) as Record<AuditEntity, Text>;
