import type { AuthService } from './service.js';
export { authRoutes as register } from './routes.js';
export { createAuthService, type AuthService } from './service.js';

declare module '../../core/registry.js' {
  interface Services {
    auth: AuthService;
  }
}
