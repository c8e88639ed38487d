/**
 * Wijkprofiel, Focus kiezen and Kumu/GEXF import and export in one place for app assembly, so
 * src/server/app.ts and types.ts each need one line for them.
 */
import type { Deps } from '../server/deps.js';
import type { App, RouteContext } from '../server/types.js';
import { actorService } from './actors/service.js';
import { relationService } from './relations/service.js';
import { profileService } from './profile/service.js';
import { profileRoutes } from './profile/routes.js';
import { focusService } from './focus/service.js';
import { focusRoutes } from './focus/routes.js';
import { exchangeService } from './exchange/service.js';
import { exchangeRoutes } from './exchange/routes.js';

export function profileFocusServices(deps: Deps) {
  return {
    profile: profileService(deps),
    focus: focusService(deps),
    exchange: exchangeService(deps, actorService(deps), relationService(deps)),
  };
}

export type ProfileFocusServices = ReturnType<typeof profileFocusServices>;

export async function profileFocusRoutes(app: App, ctx: RouteContext) {
  await profileRoutes(app, ctx);
  await focusRoutes(app, ctx);
  await exchangeRoutes(app, ctx);
}
