import type { SearchService } from './service.js';
export { searchRoutes as register } from './routes.js';
export { createSearchService, type SearchService } from './service.js';

declare module '../../core/registry.js' {
  interface Services {
    search: SearchService;
  }
}
