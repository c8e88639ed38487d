import type { ExchangeService } from './service.js';
export { exchangeRoutes as register } from './routes.js';
export { createExchangeService, type ExchangeService } from './service.js';

declare module '../../core/registry.js' {
  interface Services {
    exchange: ExchangeService;
  }
}
