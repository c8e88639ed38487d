import type { MemberService } from './service.js';
export { memberRoutes as register } from './routes.js';
export { createMemberService, type MemberService } from './service.js';

declare module '../../core/registry.js' {
  interface Services {
    members: MemberService;
  }
}
