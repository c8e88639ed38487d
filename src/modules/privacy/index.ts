import type { PrivacyService } from './service.js';
export { privacyRoutes as register } from './routes.js';
export { createPrivacyService, type PrivacyService } from './service.js';

declare module '../../core/registry.js' {
  interface Services {
    privacy: PrivacyService;
  }
}
