import type { FastifyReply, FastifyRequest } from 'fastify';
import type { LiveEvent, Live } from '../../core/events.js';
import type { SessionUser } from '../../core/access.js';
import { SESSION_COOKIE } from '../../core/access.js';
import type { Services } from '../../core/registry.js';

const HEARTBEAT_MS = 25_000;

export interface EventStream {
  send(id: number, event: string, data: unknown): void;
  /** Ends the stream for good: the browser reconnects and is checked afresh. */
  end(): void;
  readonly ended: boolean;
}

/**
 * A Server-Sent Events stream that follows access. `start` runs first (replay or the `ready`
 * mark); every live event then goes through `event` one at a time, in arrival order, so an event
 * that takes access away (sign-out, a role change, a removed guest) is checked before any event
 * after it is sent. A handler that throws ends the stream: when in doubt, the client reconnects
 * and is checked like a new one.
 */
export function openEventStream(
  req: FastifyRequest,
  reply: FastifyReply,
  live: Live,
  handlers: {
    start(stream: EventStream): Promise<void>;
    event(e: LiveEvent, stream: EventStream): Promise<void> | void;
  },
): EventStream {
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  res.write('retry: 3000\n\n');

  let ended = false;
  const stream: EventStream = {
    get ended() {
      return ended;
    },
    send(id, event, data) {
      if (!ended) res.write(`id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    end() {
      if (ended) return;
      cleanup();
      res.end();
    },
  };

  let chain: Promise<void> = Promise.resolve();
  const run = (fn: () => Promise<void> | void) => {
    chain = chain.then(() => (ended ? undefined : fn())).catch(() => stream.end());
  };
  const unsubscribe = live.subscribe((e) => run(() => handlers.event(e, stream)));
  const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
  const stopOnClose = live.onClose(() => {
    res.write('retry: 2000\n\n');
    stream.end();
  });
  function cleanup() {
    ended = true;
    unsubscribe();
    stopOnClose();
    clearInterval(heartbeat);
  }
  req.raw.on('close', cleanup);
  run(() => handlers.start(stream));
  return stream;
}

/** Events after which a person's sign-in may be gone: read it again from the secret. */
const SIGN_IN_EVENTS = new Set(['session.delete', 'token.revoke', 'user.delete']);
export const mayEndSignIn = (e: LiveEvent, userId: string) => e.userId === userId && SIGN_IN_EVENTS.has(e.type);

/**
 * Whether the cookie or API token this stream was opened with still signs in the same person.
 * Read from the database, not the request cache, since the event that prompts it is what empties
 * that cache.
 */
export function signInCheck(req: FastifyRequest, auth: Services['auth']): () => Promise<boolean> {
  const userId = req.user?.id;
  const authorization = req.headers.authorization;
  const token = req.authVia === 'token' && authorization ? authorization.slice(7).trim() : null;
  const secret = req.authVia === 'cookie' ? req.cookies[SESSION_COOKIE] : undefined;
  return async () => {
    let user: SessionUser | null = null;
    if (token) user = await auth.userFromToken(token);
    else if (secret) user = await auth.userFromSession(secret);
    return user !== null && user.id === userId;
  };
}
