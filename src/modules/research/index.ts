import type { ResearchService } from './service.js';
export { researchRoutes as register } from './routes.js';
export { createResearchService, type ResearchService } from './service.js';

declare module '../../core/registry.js' {
  interface Services {
    research: ResearchService;
  }
}
