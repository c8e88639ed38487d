import type { RelationService } from './service.js';
export { relationRoutes as register } from './routes.js';
export { createRelationService, type RelationService } from './service.js';

declare module '../../core/registry.js' {
  interface Services {
    relations: RelationService;
  }
}
