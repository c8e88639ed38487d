import type { DocumentService } from './service.js';
export { documentRoutes as register } from './routes.js';
export { createDocumentService, type DocumentService } from './service.js';

declare module '../../core/registry.js' {
  interface Services {
    documents: DocumentService;
  }
}
