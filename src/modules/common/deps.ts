import type { Kysely } from 'kysely';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../core/config.js';
import type { Database_, Dialect } from '../../db/index.js';
import type { DB } from '../../db/schema.js';
import type { Live } from '../../core/events.js';
import type { Mailer } from '../../core/mail.js';
import type { Services } from '../../core/registry.js';
import type { WorkerPool } from '../../core/worker-pool.js';

/** What services need from the outside world, handed in once when the app is built. */
export interface Deps {
  config: Config;
  database: Database_;
  db: Kysely<DB>;
  dialect: Dialect;
  live: Live;
  mailer: Mailer;
  log: FastifyBaseLogger;
  /** Worker threads for heavy work (parsing imports); never block the event loop with it. */
  pool: WorkerPool;
}

/** What a module's routes get: the outside world and every service, each created once. */
export interface RouteContext {
  deps: Deps;
  services: Services;
}
