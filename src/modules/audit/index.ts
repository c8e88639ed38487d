import type { AuditService } from './service.js';
export { auditRoutes as register } from './routes.js';
export { createAuditService, type AuditService } from './service.js';

declare module '../../core/registry.js' {
  interface Services {
    audit: AuditService;
  }
}
