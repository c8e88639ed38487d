import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AuthService } from '../modules/auth/service.js';
import type { networkService } from '../modules/networks/service.js';
import type { memberService } from '../modules/members/service.js';
import type { actorService } from '../modules/actors/service.js';
import type { Deps } from './deps.js';

export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

export interface Services {
  auth: AuthService;
  networks: ReturnType<typeof networkService>;
  members: ReturnType<typeof memberService>;
  actors: ReturnType<typeof actorService>;
}

export interface RouteContext {
  deps: Deps;
  services: Services;
}
