import type { NetworkService } from './service.js';
export { networkRoutes as register } from './routes.js';
export { createNetworkService, type NetworkService } from './service.js';

declare module '../../core/registry.js' {
  interface Services {
    networks: NetworkService;
  }
}
