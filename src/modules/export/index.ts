import type { ExportService } from './service.js';
export { exportRoutes as register } from './routes.js';
export { createExportService, type ExportService } from './service.js';

declare module '../../core/registry.js' {
  interface Services {
    export: ExportService;
  }
}
