import type { Kysely } from 'kysely';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.js';
import type { Database_, Dialect } from '../db/index.js';
import type { DB } from '../db/schema.js';
import type { LiveHub } from './live.js';
import type { Mailer } from './mail.js';

/** What services need from the outside world, handed in once when the app is built. */
export interface Deps {
  config: Config;
  database: Database_;
  db: Kysely<DB>;
  dialect: Dialect;
  live: LiveHub;
  mailer: Mailer;
  log: FastifyBaseLogger;
}
