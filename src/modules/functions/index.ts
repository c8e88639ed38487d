import type { FunctionService } from './service.js';
export { functionRoutes as register } from './routes.js';
export { createFunctionService, type FunctionService } from './service.js';

declare module '../../core/registry.js' {
  interface Services {
    functions: FunctionService;
  }
}
