import type { ProfileService } from './service.js';
export { profileRoutes as register } from './routes.js';
export { createProfileService, type ProfileService } from './service.js';

declare module '../../core/registry.js' {
  interface Services {
    profile: ProfileService;
  }
}
