import type { SessionService } from './service.js';
export { sessionRoutes as register } from './routes.js';
export { createSessionService, type SessionService } from './service.js';

declare module '../../core/registry.js' {
  interface Services {
    sessions: SessionService;
  }
}
