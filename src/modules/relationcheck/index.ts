import type { RelationCheckService } from './service.js';
export { relationCheckRoutes as register } from './routes.js';
export { createRelationCheckService, raterActorOf, type RelationCheckService } from './service.js';

declare module '../../core/registry.js' {
  interface Services {
    relationCheck: RelationCheckService;
  }
}
