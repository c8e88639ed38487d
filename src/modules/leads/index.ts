import type { LeadService } from './service.js';
export { leadRoutes as register } from './routes.js';
export { createLeadService, type LeadService } from './service.js';

declare module '../../core/registry.js' {
  interface Services {
    leads: LeadService;
  }
}
