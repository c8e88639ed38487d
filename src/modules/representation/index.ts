import type { RepresentationService } from './service.js';
export { representationRoutes as register } from './routes.js';
export { createRepresentationService, type RepresentationService } from './service.js';

declare module '../../core/registry.js' {
  interface Services {
    representation: RepresentationService;
  }
}
