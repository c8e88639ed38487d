import type { ResultsService } from './service.js';
export { resultsRoutes as register } from './routes.js';
export { createResultsService, type ResultsService } from './service.js';

declare module '../../core/registry.js' {
  interface Services {
    results: ResultsService;
  }
}
