import type { SuggestionService } from './service.js';
export { suggestionRoutes as register } from './routes.js';
export { createSuggestionService, type SuggestionService } from './service.js';

declare module '../../core/registry.js' {
  interface Services {
    suggestions: SuggestionService;
  }
}
