import type { ContinuityService } from './service.js';
export { continuityRoutes as register } from './routes.js';
export { createContinuityService, type ContinuityService } from './service.js';

declare module '../../core/registry.js' {
  interface Services {
    continuity: ContinuityService;
  }
}
