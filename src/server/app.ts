import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyContextConfig, type FastifySchema } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import type { Config } from '../core/config.js';
import { migrate, openDatabase, sqliteFileFor, type Database_ } from '../db/index.js';
import { startRetention } from '../jobs/retention.js';
import { startReminderTimer } from '../jobs/reminders.js';
import { startScanReminderTimer } from '../jobs/scan-reminders.js';
import { startCockpitDigestTimer } from '../jobs/cockpit-digest.js';
import { startResearchProgressTimer } from '../jobs/research-progress.js';
import { createMailQueue, startMailOutbox, withMailPolicy } from '../jobs/mail-outbox.js';
import { registerAccessControl } from './auth-hook.js';
import { createServices, registerModules } from './modules.js';
import { AppError, errors } from '../core/errors.js';
import { DATABASE_RETRY_AFTER_SECONDS, STORAGE_RETRY_AFTER_SECONDS, errorHandler, storageFault } from './errors.js';
import { requestForLog } from './log-redaction.js';
import { LiveHub } from './live.js';
import { createWorkerPool } from './worker-pool.js';
import { createMailer } from './mail.js';
import type { Mailer } from '../core/mail.js';
import type { Deps } from '../modules/common/deps.js';
import type { App, Services } from '../core/registry.js';

export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('package.json not found');
    dir = up;
  }
  return dir;
}

class ProbeDone extends Error {}

/**
 * Whether SQLite can write now: a row a few pages long is written and rolled back, in a Kysely
 * transaction so it never mixes with a request's. A full disk (or a max_page_count reached), a
 * read-only file or an I/O error shows here, not only at the next person's save.
 */
async function sqliteWriteProbe(deps: Deps): Promise<ReturnType<typeof storageFault>> {
  try {
    await deps.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('rate_limits')
        .values({ key: `healthz:${'x'.repeat(8000)}`, window_start: -1, count: 0 })
        .execute();
      throw new ProbeDone();
    });
  } catch (err) {
    if (err instanceof ProbeDone) return undefined;
    const fault = storageFault(err);
    if (fault) return fault;
    throw err;
  }
  return undefined;
}

/** How old the last write probe may be when /healthz answers from it during a long write. */
const PROBE_REUSE_MS = 30_000;

/**
 * /healthz on SQLite. SQLite has one connection, and a transaction holds it to the end: a large
 * import keeps it for seconds (in slices, with the event loop free between them). A probe that
 * queued behind it would make /healthz slow exactly while the app works fine. So while the
 * connection is in a transaction, the probe does not queue: `select 1` runs on the reader
 * thread's own connection (WAL: readers never wait for the writer), which shows the file can be
 * opened and read; for writing it answers with the last write probe, if that is at most 30 s
 * old. That stays honest: the probe exists to see a full disk, a read-only file or an I/O error;
 * a running write meets such a fault itself (and the save answers 503), and the next probe after
 * it ends writes again. A transaction that holds the connection longer than 30 s is not normal:
 * then the probe queues behind it as before, and a stuck writer shows as a slow /healthz.
 */
function createSqliteHealth(deps: Deps) {
  let last: { at: number; fault: ReturnType<typeof storageFault> } | undefined;
  return async (): Promise<ReturnType<typeof storageFault>> => {
    const busy = deps.database.sqlite?.inTransaction === true;
    if (busy && last && Date.now() - last.at <= PROBE_REUSE_MS) {
      await deps.database.readMany(deps.db.selectNoFrom(sql<number>`1`.as('one')));
      return last.fault;
    }
    await sql`select 1`.execute(deps.db);
    const fault = await sqliteWriteProbe(deps);
    last = { at: Date.now(), fault };
    return fault;
  };
}

export interface BuildOptions {
  /** Use this database instead of the one the configuration names (tests). */
  database?: Database_;
  mailer?: Mailer;
  logger?: boolean;
  /** Write the log here instead of stdout (a test that reads the whole log). */
  logStream?: { write(line: string): void };
  /** A module with more worker tasks (tests: tasks that crash or loop). */
  workerTasks?: URL;
}

export interface RegisteredRoute {
  method: string;
  url: string;
  access: NonNullable<FastifyContextConfig['access']>;
  schema: FastifySchema | undefined;
}

export interface Built {
  app: App;
  deps: Deps;
  services: Services;
  /** Every route Fastify registered, as its onRoute hook saw it (the access-matrix test reads this). */
  routes: RegisteredRoute[];
}

export async function buildApp(config: Config, options: BuildOptions = {}): Promise<Built> {
  const database =
    options.database ?? (await openDatabase({ url: config.databaseUrl ?? sqliteFileFor(config.dataDir) }));
  await migrate(database);

  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: config.logLevel,
            // No personal data or secrets in logs: no cookies, tokens, or query strings with tokens.
            redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
            serializers: { req: requestForLog },
            ...(options.logStream ? { stream: options.logStream } : {}),
          },
    // Fastify accepts a hop count too, although its types do not say so.
    trustProxy: config.trustProxy as boolean | string,
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
    // Errors the router raises before any route runs (too-long or broken addresses) get our shape too.
    frameworkErrors: (error, req, reply) => errorHandler(error, req, reply),
  }).withTypeProvider<ZodTypeProvider>() as unknown as App;

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  // Only JSON bodies: a form post from another site cannot reach our handlers.
  app.removeContentTypeParser('text/plain');

  // A connection that breaks is replaced by the pool; say so once per break, without the query.
  database.onConnectionError = (err) =>
    app.log.warn({ code: (err as { code?: string }).code, message: err.message }, 'database connection lost');
  const live = new LiveHub(database);
  await live.start();
  // Every mail waits in the outbox table; a listening server sends it (startMailOutbox below).
  const mailQueue = createMailQueue(database.db);
  const pool = createWorkerPool({
    size: config.workerThreads,
    queueLimit: config.workerQueue,
    timeoutMs: config.workerTimeoutMs,
    extraTasks: options.workerTasks,
    // What went wrong, never the job's input (an uploaded file may hold personal data).
    onEvent: (e) => app.log.warn({ task: e.task, reason: e.message }, `worker ${e.kind}`),
  });
  const deps: Deps = {
    config,
    database,
    db: database.db,
    dialect: database.dialect,
    live,
    mailer: withMailPolicy(database.db, config.publicUrl, options.mailer ?? mailQueue),
    log: app.log,
    pool,
  };
  const services = createServices(deps);
  const ctx = { deps, services };

  // Web files and the API docs are public by design; every /api route declares its own rule.
  const routes: RegisteredRoute[] = [];
  app.addHook('onRoute', (route) => {
    const isApiDocs = route.url.startsWith('/api/docs');
    if (!route.config?.access && (isApiDocs || !route.url.startsWith('/api/'))) {
      route.config = { ...(route.config ?? {}), access: 'public' } as typeof route.config;
    }
    const access = route.config?.access;
    if (access) {
      for (const method of [route.method].flat()) routes.push({ method, url: route.url, access, schema: route.schema });
    }
  });

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: config.publicUrl.startsWith('https://') ? [] : null,
      },
    },
    hsts: config.publicUrl.startsWith('https://'),
  });
  if (config.exposeWorkerId) {
    // On the raw response, so streams that write their own head (SSE) carry it too.
    app.addHook('onRequest', async (_req, reply) => void reply.raw.setHeader('x-wijknet-worker', String(process.pid)));
  }
  registerAccessControl(app, ctx);

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Wijknet API',
        version: '1',
        description: 'De REST-API van Wijknet. Log in met een API-sleutel: Authorization: Bearer wk_…',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());

  const sqliteHealth = deps.dialect === 'sqlite' ? createSqliteHealth(deps) : undefined;
  app.get('/healthz', { config: { access: 'public' }, schema: { hide: true } }, async (_req, reply) => {
    try {
      if (sqliteHealth) {
        const storage = await sqliteHealth();
        if (storage) {
          reply.header('retry-after', String(STORAGE_RETRY_AFTER_SECONDS));
          return reply.status(503).send({ status: 'unavailable', database: deps.dialect, storage });
        }
      } else {
        await sql`select 1`.execute(deps.db);
      }
      return { status: 'ok', database: deps.dialect };
    } catch {
      reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
      return reply.status(503).send({ status: 'unavailable', database: 'unreachable' });
    }
  });

  // Background jobs run only in a listening server (tests never listen); `wijknet reminders`
  // runs the reminders once by hand.
  let stopJobs: (() => void)[] = [];
  app.addHook('onListen', async () => {
    stopJobs = [
      startRetention(deps),
      startReminderTimer(deps),
      startScanReminderTimer(deps),
      startCockpitDigestTimer(deps),
      startResearchProgressTimer(deps, services.research),
    ];
    if (!options.mailer) stopJobs.push(startMailOutbox(deps, mailQueue, createMailer(config)));
  });
  app.addHook('onClose', async () => {
    for (const stop of stopJobs) stop();
  });

  await registerModules(app, ctx);

  const webDir = config.webDir ?? path.join(packageRoot(), 'dist', 'web');
  const indexFile = path.join(webDir, 'index.html');
  const hasWeb = config.serveWeb && fs.existsSync(indexFile);
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: false,
      setHeaders: (res, file) => {
        if (file.includes(`${path.sep}assets${path.sep}`))
          res.header('cache-control', 'public, max-age=31536000, immutable');
      },
    });
  }

  app.setNotFoundHandler(async (req, reply) => {
    if ((req.method === 'GET' || req.method === 'HEAD') && !req.url.startsWith('/api/') && hasWeb) {
      // The web app routes itself: every page address serves the same index.html. Read before
      // sending, so a build that disappeared under a running server gets a clean answer, not a
      // broken stream.
      let html: Buffer;
      try {
        html = await fs.promises.readFile(indexFile);
      } catch (err) {
        if (!['ENOENT', 'ENOTDIR'].includes((err as NodeJS.ErrnoException).code ?? '')) throw err;
        req.log.error({ file: indexFile }, 'web app missing');
        throw new AppError(500, 'web_missing', 'error.webMissing');
      }
      // A public results page: search engines stay away unless its network chose otherwise, and its
      // address (a key) is not passed on to other sites.
      if (req.url.startsWith('/resultaten/')) {
        reply.header('referrer-policy', 'no-referrer');
        if (!(await services.results.indexable(req.url.split(/[/?#]/)[2] ?? '')))
          reply.header('x-robots-tag', 'noindex, nofollow');
      }
      return reply.header('cache-control', 'no-cache').type('text/html').send(html);
    }
    throw errors.notFound('error.noSuchAddress');
  });

  // Open live streams would keep the server from closing: end them first.
  app.addHook('preClose', async () => live.endStreams());
  app.addHook('onClose', async () => {
    await pool.close();
    await live.close();
    await database.close();
  });

  return { app, deps, services, routes };
}
