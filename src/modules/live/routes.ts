import type { App } from '../../core/registry.js';
import type { RouteContext } from '../common/deps.js';
import { requireUser } from '../../core/access.js';
import type { LiveEvent } from '../../core/events.js';
import type { ChangeEvent } from './schemas.js';
import { mayEndSignIn, openEventStream, signInCheck } from '../common/sse.js';
import { liveRepository } from './repository.js';

const REPLAY_OVERLAP = 50;

/**
 * One Server-Sent Events stream per browser, for all of the person's networks. A browser that
 * reconnects sends Last-Event-ID and first gets what it missed. The stream follows access: it
 * ends when the sign-in it was opened with ends, and drops a network the person leaves.
 */
export async function liveRoutes(app: App, { deps, services }: RouteContext) {
  const repo = liveRepository(deps.db);

  app.get(
    '/api/events',
    {
      config: { access: 'user' },
      schema: {
        tags: ['Live'],
        summary: 'Live wijzigingen (Server-Sent Events); hervat met Last-Event-ID',
        hide: false,
      },
    },
    async (req, reply) => {
      const user = requireUser(req.user);
      const header = req.headers['last-event-id'];
      const lastEventId = Number(Array.isArray(header) ? header[0] : header);
      const lastSeen = Number.isFinite(lastEventId) && lastEventId > 0 ? lastEventId : 0;
      const stillSignedIn = signInCheck(req, services.auth);
      let networks = new Set<string>();

      // Events of simultaneous writes can arrive out of id order (PostgreSQL NOTIFY), so skip only
      // what was really sent, not everything below the highest id.
      const sent = new Set<number>();
      const send = (stream: { send(id: number, event: string, data: unknown): void }, e: LiveEvent) => {
        if (sent.has(e.id)) return;
        sent.add(e.id);
        if (sent.size > 2000) sent.delete(sent.values().next().value!);
        stream.send(e.id, 'change', {
          type: e.type,
          networkId: e.networkId,
          entityId: e.entityId,
        } satisfies ChangeEvent);
      };

      openEventStream(req, reply, deps.live, {
        async start(stream) {
          networks = new Set(await repo.networksOf(user.id));
          if (lastSeen > 0) {
            // A little overlap: an event with a lower id may have arrived after the last one seen.
            // Replaying one twice only makes the browser fetch again.
            for (const e of await deps.live.since(Math.max(0, lastSeen - REPLAY_OVERLAP), [...networks], user.id))
              send(stream, e);
          } else {
            // A fresh stream starts at "now": tell the browser where that is, so it can resume later.
            stream.send(await repo.latestEventId(), 'ready', {});
          }
        },
        async event(e, stream) {
          if (mayEndSignIn(e, user.id) && !(await stillSignedIn())) return stream.end();
          // Joined, left, removed or a network deleted: which networks this person may hear of now.
          // While the database is out of reach no event can be written either, so the stream keeps the
          // networks it knew rather than ending (the browser would only reconnect into the same outage).
          if (e.userId === user.id || e.type === 'network.delete')
            networks = new Set(await repo.networksOf(user.id).catch(() => [...networks]));
          if (e.userId === user.id || (e.networkId !== null && networks.has(e.networkId))) send(stream, e);
        },
      });
    },
  );
}
