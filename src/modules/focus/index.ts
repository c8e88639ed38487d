import type { FocusService } from './service.js';
export { focusRoutes as register } from './routes.js';
export { createFocusService, type FocusService } from './service.js';

declare module '../../core/registry.js' {
  interface Services {
    focus: FocusService;
  }
}
