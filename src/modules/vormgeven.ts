/**
 * The phase "vormgeven" in one place for app assembly: its services and its routes, so
 * src/server/app.ts and types.ts each need one line for the whole phase.
 */
import type { Deps } from '../server/deps.js';
import type { App, RouteContext } from '../server/types.js';
import { goalService } from './goals/service.js';
import { goalRoutes } from './goals/routes.js';
import { cardService } from './cards/service.js';
import { cardRoutes } from './cards/routes.js';
import { leadService } from './leads/service.js';
import { leadRoutes } from './leads/routes.js';
import { agreementService } from './agreements/service.js';
import { agreementRoutes } from './agreements/routes.js';
import { actionService } from './actions/service.js';
import { actionRoutes } from './actions/routes.js';
import { calendarService } from './actions/calendar.js';
import { startReminderTimer } from './actions/reminders.js';
import { documentService } from './documents/service.js';
import { documentRoutes } from './documents/routes.js';

export function vormgevenServices(deps: Deps) {
  const cards = cardService(deps);
  return {
    goals: goalService(deps),
    cards,
    documents: documentService(deps, cards),
    leads: leadService(deps),
    agreements: agreementService(deps),
    actions: actionService(deps),
    calendar: calendarService(deps),
  };
}

export type VormgevenServices = ReturnType<typeof vormgevenServices>;

export async function vormgevenRoutes(app: App, ctx: RouteContext) {
  await goalRoutes(app, ctx);
  await cardRoutes(app, ctx);
  await leadRoutes(app, ctx);
  await agreementRoutes(app, ctx);
  await actionRoutes(app, ctx);
  await documentRoutes(app, ctx);
  // Reminders run inside a listening server process (not in tests, which never listen);
  // `wijknet reminders` runs them once by hand.
  let stopReminders = () => {};
  app.addHook('onListen', async () => {
    stopReminders = startReminderTimer(ctx.deps);
  });
  app.addHook('onClose', async () => stopReminders());
}
