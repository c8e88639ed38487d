import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyContextConfig, type FastifySchema } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import type { Config } from '../config.js';
import { migrate, openDatabase, sqliteFileFor, type Database_ } from '../db/index.js';
import { authService } from '../modules/auth/service.js';
import { authRoutes } from '../modules/auth/routes.js';
import { networkService } from '../modules/networks/service.js';
import { networkRoutes } from '../modules/networks/routes.js';
import { memberService } from '../modules/members/service.js';
import { memberRoutes } from '../modules/members/routes.js';
import { actorService } from '../modules/actors/service.js';
import { actorRoutes } from '../modules/actors/routes.js';
import { liveRoutes } from '../modules/live/routes.js';
import { startRetention } from './retention.js';
import { progressService } from '../modules/progress/service.js';
import { progressRoutes } from '../modules/progress/routes.js';
import { functionService } from '../modules/functions/service.js';
import { functionRoutes } from '../modules/functions/routes.js';
import { suggestionService } from '../modules/suggestions/service.js';
import { suggestionRoutes } from '../modules/suggestions/routes.js';
import { analysisService } from '../modules/analysis/service.js';
import { analysisRoutes } from '../modules/analysis/routes.js';
import { relationService } from '../modules/relations/service.js';
import { relationRoutes } from '../modules/relations/routes.js';
import { searchService } from '../modules/search/service.js';
import { searchRoutes } from '../modules/search/routes.js';
import { auditService } from '../modules/audit/service.js';
import { auditRoutes } from '../modules/audit/routes.js';
import { privacyService } from '../modules/privacy/service.js';
import { privacyRoutes } from '../modules/privacy/routes.js';
import { exportService } from '../modules/export/service.js';
import { exportRoutes } from '../modules/export/routes.js';
import { vormgevenRoutes, vormgevenServices } from '../modules/vormgeven.js';
import { sessionService } from '../modules/sessions/service.js';
import { sessionRoutes } from '../modules/sessions/routes.js';
import { profileFocusRoutes, profileFocusServices } from '../modules/profile-focus.js';
import { registerAccessControl } from './auth-hook.js';
import { AppError, errorHandler, errors } from './errors.js';
import { LiveHub } from './live.js';
import { createMailer, type Mailer } from './mail.js';
import type { Deps } from './deps.js';
import type { App, Services } from './types.js';

export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('package.json not found');
    dir = up;
  }
  return dir;
}

export interface BuildOptions {
  /** Use this database instead of the one the configuration names (tests). */
  database?: Database_;
  mailer?: Mailer;
  logger?: boolean;
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
            serializers: {
              req: (req: { method: string; url: string; id: string }) => ({
                method: req.method,
                url: req.url.replace(/\/(uitnodiging|invitations)\/[^/?]+/, '/$1/…').split('?')[0],
                id: req.id,
              }),
            },
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

  const live = new LiveHub(database);
  await live.start();
  const deps: Deps = {
    config,
    database,
    db: database.db,
    dialect: database.dialect,
    live,
    mailer: options.mailer ?? createMailer(config),
    log: app.log,
  };
  const services: Services = {
    auth: authService(deps),
    networks: networkService(deps),
    members: memberService(deps),
    actors: actorService(deps),
    progress: progressService(deps),
    functions: functionService(deps),
    suggestions: suggestionService(deps),
    analysis: analysisService(deps),
    relations: relationService(deps),
    search: searchService(deps),
    audit: auditService(deps),
    privacy: privacyService(deps),
    export: exportService(deps),
    ...vormgevenServices(deps),
    sessions: sessionService(deps),
    ...profileFocusServices(deps),
  };
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
  registerAccessControl(app, ctx);

  await app.register(swagger, {
    openapi: {
      info: { title: 'Wijknet API', version: '1', description: 'De REST-API van Wijknet. Log in met een API-sleutel: Authorization: Bearer wk_…' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());

  app.get('/healthz', { config: { access: 'public' }, schema: { hide: true } }, async (_req, reply) => {
    try {
      await sql`select 1`.execute(deps.db);
      return { status: 'ok', database: deps.dialect };
    } catch {
      return reply.status(503).send({ status: 'unavailable' });
    }
  });

  // Retention (guests' data after 90 days, live events after a week), only in a listening server.
  let stopRetention = () => {};
  app.addHook('onListen', async () => {
    stopRetention = startRetention(ctx.deps);
  });
  app.addHook('onClose', async () => stopRetention());

  await authRoutes(app, ctx);
  await networkRoutes(app, ctx);
  await memberRoutes(app, ctx);
  await actorRoutes(app, ctx);
  await liveRoutes(app, ctx);
  await progressRoutes(app, ctx);
  await functionRoutes(app, ctx);
  await suggestionRoutes(app, ctx);
  await analysisRoutes(app, ctx);
  await relationRoutes(app, ctx);
  await searchRoutes(app, ctx);
  await auditRoutes(app, ctx);
  await privacyRoutes(app, ctx);
  await exportRoutes(app, ctx);
  await vormgevenRoutes(app, ctx);
  await sessionRoutes(app, ctx);
  await profileFocusRoutes(app, ctx);

  const webDir = config.webDir ?? path.join(packageRoot(), 'dist', 'web');
  const indexFile = path.join(webDir, 'index.html');
  const hasWeb = config.serveWeb && fs.existsSync(indexFile);
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: false,
      setHeaders: (res, file) => {
        if (file.includes(`${path.sep}assets${path.sep}`)) res.header('cache-control', 'public, max-age=31536000, immutable');
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
      return reply.header('cache-control', 'no-cache').type('text/html').send(html);
    }
    throw errors.notFound('error.noSuchAddress');
  });

  // Open live streams would keep the server from closing: end them first.
  app.addHook('preClose', async () => live.endStreams());
  app.addHook('onClose', async () => {
    await live.close();
    await database.close();
  });

  return { app, deps, services, routes };
}
