import type { ProgressService } from './service.js';
export { progressRoutes as register } from './routes.js';
export { createProgressService, type ProgressService } from './service.js';

declare module '../../core/registry.js' {
  interface Services {
    progress: ProgressService;
  }
}
