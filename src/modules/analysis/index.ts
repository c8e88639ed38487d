import type { AnalysisService } from './service.js';
export { analysisRoutes as register } from './routes.js';
export { createAnalysisService, type AnalysisService } from './service.js';

declare module '../../core/registry.js' {
  interface Services {
    analysis: AnalysisService;
  }
}
