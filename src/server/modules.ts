/**
 * The one list of modules: every service is created here once and handed to the services that
 * need it, and every module registers its routes from here. A new module gets one line in
 * `createServices` (when it has a service) and one in `modules`.
 */
import type { App, Services } from '../core/registry.js';
import type { Deps, RouteContext } from '../modules/common/deps.js';
import * as auth from '../modules/auth/index.js';
import * as networks from '../modules/networks/index.js';
import * as members from '../modules/members/index.js';
import * as actors from '../modules/actors/index.js';
import * as live from '../modules/live/index.js';
import * as progress from '../modules/progress/index.js';
import * as feedback from '../modules/feedback/index.js';
import * as research from '../modules/research/index.js';
import * as cockpit from '../modules/cockpit/index.js';
import * as functions from '../modules/functions/index.js';
import * as suggestions from '../modules/suggestions/index.js';
import * as analysis from '../modules/analysis/index.js';
import * as relations from '../modules/relations/index.js';
import * as search from '../modules/search/index.js';
import * as audit from '../modules/audit/index.js';
import * as privacy from '../modules/privacy/index.js';
import * as exporting from '../modules/export/index.js';
import * as goals from '../modules/goals/index.js';
import * as cards from '../modules/cards/index.js';
import * as leads from '../modules/leads/index.js';
import * as agreements from '../modules/agreements/index.js';
import * as actions from '../modules/actions/index.js';
import * as documents from '../modules/documents/index.js';
import * as sessions from '../modules/sessions/index.js';
import * as profile from '../modules/profile/index.js';
import * as focus from '../modules/focus/index.js';
import * as exchange from '../modules/exchange/index.js';
import * as effects from '../modules/effects/index.js';
import * as representation from '../modules/representation/index.js';
import * as scan from '../modules/scan/index.js';
import * as relationCheck from '../modules/relationcheck/index.js';
import * as cases from '../modules/cases/index.js';
import * as continuity from '../modules/continuity/index.js';
import * as meetings from '../modules/meetings/index.js';
import * as results from '../modules/results/index.js';
import { createCalendarService } from '../jobs/calendar-feed.js';

/** In registration order (the order of the API docs). */
const modules: { register(app: App, ctx: RouteContext): Promise<void> }[] = [
  auth,
  networks,
  members,
  actors,
  live,
  progress,
  feedback,
  research,
  cockpit,
  functions,
  suggestions,
  analysis,
  relations,
  search,
  audit,
  privacy,
  exporting,
  goals,
  cards,
  leads,
  agreements,
  actions,
  documents,
  sessions,
  profile,
  focus,
  exchange,
  effects,
  representation,
  scan,
  relationCheck,
  cases,
  continuity,
  meetings,
  results,
];

/** Every service once, each handed to the services that use it; the type makes sure none is missing. */
export function createServices(deps: Deps): Services {
  const searchService = search.createSearchService(deps);
  const actorService = actors.createActorService(deps, { search: searchService });
  const relationService = relations.createRelationService(deps);
  const privacyService = privacy.createPrivacyService(deps);
  const memberService = members.createMemberService(deps, { privacy: privacyService });
  const cardService = cards.createCardService(deps);
  const goalService = goals.createGoalService(deps);
  const focusService = focus.createFocusService(deps);
  const agreementService = agreements.createAgreementService(deps);
  const progressService = progress.createProgressService(deps, { goals: goalService });
  const effectService = effects.createEffectService(deps, { agreements: agreementService });
  const scanService = scan.createScanService(deps);
  const actionService = actions.createActionService(deps);
  return {
    auth: auth.createAuthService(deps),
    networks: networks.createNetworkService(deps, { members: memberService }),
    members: memberService,
    actors: actorService,
    progress: progressService,
    feedback: feedback.createFeedbackService(deps),
    research: research.createResearchService(deps, {
      progress: progressService,
      scan: scanService,
      effects: effectService,
    }),
    cockpit: cockpit.createCockpitService(deps),
    functions: functions.createFunctionService(deps),
    suggestions: suggestions.createSuggestionService(deps),
    analysis: analysis.createAnalysisService(deps),
    relations: relationService,
    search: searchService,
    audit: audit.createAuditService(deps),
    privacy: privacyService,
    export: exporting.createExportService(deps, { search: searchService }),
    goals: goalService,
    cards: cardService,
    leads: leads.createLeadService(deps),
    agreements: agreementService,
    actions: actionService,
    calendar: createCalendarService(deps),
    documents: documents.createDocumentService(deps, { cards: cardService, effects: effectService }),
    sessions: sessions.createSessionService(deps, { cards: cardService, goals: goalService, focus: focusService }),
    profile: profile.createProfileService(deps),
    focus: focusService,
    exchange: exchange.createExchangeService(deps, {
      actors: actorService,
      relations: relationService,
      search: searchService,
    }),
    effects: effectService,
    representation: representation.createRepresentationService(deps),
    scan: scanService,
    relationCheck: relationCheck.createRelationCheckService(deps),
    cases: cases.createCaseService(deps, { effects: effectService }),
    continuity: continuity.createContinuityService(deps),
    meetings: meetings.createMeetingService(deps, { agreements: agreementService, actions: actionService }),
    results: results.createResultsService(deps),
  };
}

export async function registerModules(app: App, ctx: RouteContext): Promise<void> {
  for (const module of modules) await module.register(app, ctx);
}
