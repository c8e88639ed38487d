import type { CardService } from './service.js';
export { cardRoutes as register } from './routes.js';
export { createCardService, type CardService } from './service.js';

declare module '../../core/registry.js' {
  interface Services {
    cards: CardService;
  }
}
