import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AuthService } from '../modules/auth/service.js';
import type { networkService } from '../modules/networks/service.js';
import type { memberService } from '../modules/members/service.js';
import type { actorService } from '../modules/actors/service.js';
import type { progressService } from '../modules/progress/service.js';
import type { functionService } from '../modules/functions/service.js';
import type { suggestionService } from '../modules/suggestions/service.js';
import type { analysisService } from '../modules/analysis/service.js';
import type { relationService } from '../modules/relations/service.js';
import type { searchService } from '../modules/search/service.js';
import type { auditService } from '../modules/audit/service.js';
import type { privacyService } from '../modules/privacy/service.js';
import type { exportService } from '../modules/export/service.js';
import type { Deps } from './deps.js';
import type { VormgevenServices } from '../modules/vormgeven.js';
import type { SessionService } from '../modules/sessions/service.js';
import type { ProfileFocusServices } from '../modules/profile-focus.js';

export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

export interface Services extends VormgevenServices, ProfileFocusServices {
  auth: AuthService;
  networks: ReturnType<typeof networkService>;
  members: ReturnType<typeof memberService>;
  actors: ReturnType<typeof actorService>;
  progress: ReturnType<typeof progressService>;
  functions: ReturnType<typeof functionService>;
  suggestions: ReturnType<typeof suggestionService>;
  analysis: ReturnType<typeof analysisService>;
  relations: ReturnType<typeof relationService>;
  search: ReturnType<typeof searchService>;
  audit: ReturnType<typeof auditService>;
  privacy: ReturnType<typeof privacyService>;
  export: ReturnType<typeof exportService>;
  sessions: SessionService;
}

export interface RouteContext {
  deps: Deps;
  services: Services;
}
