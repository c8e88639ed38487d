import type { ActorService } from './service.js';
export { actorRoutes as register } from './routes.js';
export { createActorService, type ActorService } from './service.js';

declare module '../../core/registry.js' {
  interface Services {
    actors: ActorService;
  }
}
