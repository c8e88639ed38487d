import type { EffectService } from './service.js';
export { effectRoutes as register } from './routes.js';
export { createEffectService, type EffectService } from './service.js';

declare module '../../core/registry.js' {
  interface Services {
    effects: EffectService;
  }
}
