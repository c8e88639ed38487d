import type { App } from '../../core/registry.js';
import type { RouteContext } from '../common/deps.js';
import { requireUser } from '../../core/access.js';
import type { LiveEvent } from '../../core/events.js';
import { liveRepository } from './repository.js';

const HEARTBEAT_MS = 25_000;
const REPLAY_OVERLAP = 50;

/**
 * One Server-Sent Events stream per browser, for all of the person's networks. A browser that
 * reconnects sends Last-Event-ID and first gets what it missed.
 */
export async function liveRoutes(app: App, { deps }: RouteContext) {
  const repo = liveRepository(deps.db);

  app.get('/api/events', {
    config: { access: 'user' },
    schema: { tags: ['Live'], summary: 'Live wijzigingen (Server-Sent Events); hervat met Last-Event-ID', hide: false },
  }, async (req, reply) => {
    const user = requireUser(req.user);
    const header = req.headers['last-event-id'];
    const lastEventId = Number(Array.isArray(header) ? header[0] : header);
    let networks = new Set(await repo.networksOf(user.id));
    let lastSent = Number.isFinite(lastEventId) && lastEventId > 0 ? lastEventId : 0;
    let backlogDone = false;
    const queue: LiveEvent[] = [];

    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.write('retry: 3000\n\n');

    const relevant = (e: LiveEvent) => e.userId === user.id || (e.networkId !== null && networks.has(e.networkId));
    // Events of simultaneous writes can arrive out of id order (PostgreSQL NOTIFY), so skip only
    // what was really sent, not everything below the highest id.
    const sent = new Set<number>();
    const send = (e: LiveEvent) => {
      if (sent.has(e.id)) return;
      sent.add(e.id);
      if (sent.size > 2000) sent.delete(sent.values().next().value!);
      lastSent = Math.max(lastSent, e.id);
      res.write(`id: ${e.id}\nevent: change\ndata: ${JSON.stringify({ type: e.type, networkId: e.networkId, entityId: e.entityId })}\n\n`);
    };
    const deliver = async (e: LiveEvent) => {
      // While the database is out of reach the stream keeps the networks it knew.
      if (e.userId === user.id) networks = new Set(await repo.networksOf(user.id).catch(() => [...networks]));
      if (relevant(e)) send(e);
    };

    const unsubscribe = deps.live.subscribe((e) => {
      if (!backlogDone) queue.push(e);
      else void deliver(e);
    });
    const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
    const stopOnClose = deps.live.onClose(() => {
      res.write('retry: 2000\n\n');
      res.end();
    });
    req.raw.on('close', () => {
      unsubscribe();
      stopOnClose();
      clearInterval(heartbeat);
    });

    if (lastSent > 0) {
      // A little overlap: an event with a lower id may have arrived after the last one seen.
      // Replaying one twice only makes the browser fetch again.
      for (const e of await deps.live.since(Math.max(0, lastSent - REPLAY_OVERLAP), [...networks], user.id)) send(e);
    } else {
      // A fresh stream starts at "now": tell the browser where that is, so it can resume later.
      lastSent = await repo.latestEventId();
      res.write(`id: ${lastSent}\nevent: ready\ndata: {}\n\n`);
    }
    backlogDone = true;
    for (const e of queue.splice(0)) await deliver(e);
  });
}
