import type { ScanService } from './service.js';
export { scanRoutes as register } from './routes.js';
export { createScanService, type ScanService } from './service.js';

declare module '../../core/registry.js' {
  interface Services {
    scan: ScanService;
  }
}
