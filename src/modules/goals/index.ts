import type { GoalService } from './service.js';
export { goalRoutes as register } from './routes.js';
export { createGoalService, type GoalService } from './service.js';

declare module '../../core/registry.js' {
  interface Services {
    goals: GoalService;
  }
}
