import type { FeedbackService } from './service.js';
export { feedbackRoutes as register } from './routes.js';
export { createFeedbackService, type FeedbackService } from './service.js';

declare module '../../core/registry.js' {
  interface Services {
    feedback: FeedbackService;
  }
}
