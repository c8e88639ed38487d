import type { MeetingService } from './service.js';
export { meetingRoutes as register } from './routes.js';
export { createMeetingService, type MeetingService } from './service.js';

declare module '../../core/registry.js' {
  interface Services {
    meetings: MeetingService;
  }
}
