import type { ActionService } from './service.js';
export { actionRoutes as register } from './routes.js';
export { createActionService, type ActionService } from './service.js';

declare module '../../core/registry.js' {
  interface Services {
    actions: ActionService;
  }
}
