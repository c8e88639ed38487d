import type { CockpitService } from './service.js';
export { cockpitRoutes as register } from './routes.js';
export { createCockpitService, type CockpitService } from './service.js';

declare module '../../core/registry.js' {
  interface Services {
    cockpit: CockpitService;
  }
}
