import type { CaseService } from './service.js';
export { caseRoutes as register } from './routes.js';
export { createCaseService, type CaseService } from './service.js';

declare module '../../core/registry.js' {
  interface Services {
    cases: CaseService;
  }
}
