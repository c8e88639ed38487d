import type { AgreementService } from './service.js';
export { agreementRoutes as register } from './routes.js';
export { createAgreementService, type AgreementService } from './service.js';

declare module '../../core/registry.js' {
  interface Services {
    agreements: AgreementService;
  }
}
