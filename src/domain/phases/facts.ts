/**
 * What the phase-progress registry looks at: one plain object of counts and flags per network.
 * The progress repository counts them; the registry only reads them, so every rule is a pure
 * function that a test can feed by hand. Counts of tables that do not exist yet are 0 (false)
 * until their issue lands.
 */
export interface NetworkFacts {
  // Verkennen
  /** network_actors with status "partner". */
  partners: number;
  relations: number;
  /** network_snapshots. */
  snapshots: number;
  /** network_functions (not removed) with at least one partner linked. */
  functionsLinked: number;
  /** CBS regions imported into the profile (profile_regions). */
  figures: number;
  /** The network's own indicators (profile_indicators). */
  indicators: number;
  /** Residents' questions and needs (profile_notes of kind "need"). */
  needs: number;
  focusCandidates: number;
  focusDecisions: number;
  /** networks.focus_themes. */
  focusThemes: readonly string[];

  // Vormgeven
  /** Distinct partners (actor, or member acting for none) with a why ladder. */
  partnersWithLadder: number;
  /** Groups of partners sharing an underlying goal in the goal comparison. */
  sharedGoalGroups: number;
  /** A stip op de horizon (network vision) is written. */
  vision: boolean;
  goals: number;
  goalsWithIndicator: number;
  /** The latest partnership-card version, or null when none was recorded. */
  latestCard: { number: number; parties: number; consented: number } | null;
  leads: number;
  /** Leads with no (or zero) hours per week. */
  leadsWithoutHours: number;
  leadsWithoutDeputy: number;
  agreements: number;
  /** Actions whose plan year is the current year (the caller's clock decides "current"). */
  actionsThisYear: number;

  // Verdiepen
  /** Scan rounds closed with results (at least 3 answers). */
  scanRoundsHeld: number;
  scanRoundsOpen: number;
  /** Relatiecheck rounds closed. */
  relationChecksHeld: number;
  meetings: number;
  meetingsWithDecisions: number;
  /** How many of the six positive-health dimensions the goals, ladders and actions touch. */
  healthDimensionsCovered: number;
  agreementsWithReview: number;
  /** Agreements whose review date has passed (same clock as actionsThisYear). */
  agreementsPastReview: number;

  // Verankeren
  priceItems: number;
  /** Price items without a price ("not yet verified — fill in"). */
  pricesMissing: number;
  effectCases: number;
  effectModels: number;
  effectModelVersions: number;
  /** Agreements of kind "geld" (where a co-funding split lands). */
  moneyAgreements: number;
  continuityItems: number;
  /** Continuity items still "open" (busy, done and not applicable count as looked at). */
  continuityOpen: number;
  resultsPageOn: boolean;
}

/** A network with nothing in it: the base for tests and for the repository to fill. */
export function emptyFacts(): NetworkFacts {
  return {
    partners: 0,
    relations: 0,
    snapshots: 0,
    functionsLinked: 0,
    figures: 0,
    indicators: 0,
    needs: 0,
    focusCandidates: 0,
    focusDecisions: 0,
    focusThemes: [],
    partnersWithLadder: 0,
    sharedGoalGroups: 0,
    vision: false,
    goals: 0,
    goalsWithIndicator: 0,
    latestCard: null,
    leads: 0,
    leadsWithoutHours: 0,
    leadsWithoutDeputy: 0,
    agreements: 0,
    actionsThisYear: 0,
    scanRoundsHeld: 0,
    scanRoundsOpen: 0,
    relationChecksHeld: 0,
    meetings: 0,
    meetingsWithDecisions: 0,
    healthDimensionsCovered: 0,
    agreementsWithReview: 0,
    agreementsPastReview: 0,
    priceItems: 0,
    pricesMissing: 0,
    effectCases: 0,
    effectModels: 0,
    effectModelVersions: 0,
    moneyAgreements: 0,
    continuityItems: 0,
    continuityOpen: 0,
    resultsPageOn: false,
  };
}
