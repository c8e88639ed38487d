import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import pg from 'pg';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { loadConfig, type Config } from '../core/config.js';
import { fakeCbsUrl } from './fake-cbs.js';
import { openDatabase, type Dialect } from '../db/index.js';
import { buildApp, type Built } from '../server/app.js';
import type { Mail, Mailer } from '../core/mail.js';
import { type MemberContext, type SessionUser, SESSION_COOKIE } from '../core/access.js';
import type { Role } from '../domain/vocabulary.js';

export { dialects, onSqlite } from './dialects.js';

export const ORIGIN = 'http://localhost:3000';

export interface TestApp extends Built {
  mails: Mail[];
  config: Config;
  /** Same as app.inject, with our Origin header on state-changing requests, as a browser sends. */
  request(options: InjectOptions & { cookie?: string; token?: string }): Promise<LightMyRequestResponse>;
  /**
   * Signs in (signing up when new) as a person does. Someone who signs up gives a name: by default
   * the part of the address before the @ (what people were called before names were asked);
   * `{ name: '' }` leaves it unasked, for the tests of that question.
   */
  signIn(email: string, options?: { name?: string }): Promise<{ cookie: string; user: SessionUser }>;
  lastMailTo(email: string): Mail | undefined;
  close(): Promise<void>;
}

/**
 * `outbox: true` keeps the app's own mail queue (the outbox table) instead of the fake mailer that
 * collects mails in `mails`: for the tests of the queue itself. `logStream`: the app logs there (at
 * `overrides.logLevel`) instead of not at all.
 */
export async function createTestApp(
  dialect: Dialect,
  overrides: Partial<Config> = {},
  options: { outbox?: boolean; logStream?: { write(line: string): void }; workerTasks?: URL } = {},
): Promise<TestApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wijknet-test-'));
  const config: Config = {
    ...loadConfig({}),
    dataDir,
    publicUrl: ORIGIN,
    serveWeb: false,
    logLevel: 'silent',
    // Tests never reach the internet: CBS open data is a local stand-in (tests of the fetch start their own).
    cbsODataUrl: await fakeCbsUrl(),
    ...overrides,
  };
  let schema: string | undefined;
  // overrides.databaseUrl: the fault tests reach PostgreSQL through a proxy they can cut.
  const url = dialect === 'postgres' ? (overrides.databaseUrl ?? process.env.TEST_DATABASE_URL!) : ':memory:';
  if (dialect === 'postgres') schema = `t_${randomBytes(6).toString('hex')}`;
  const database = await openDatabase({ url, schema });
  const mails: Mail[] = [];
  const mailer: Mailer = { send: async (m) => void mails.push(m) };
  const built = await buildTolerantOfOtherRuns(
    () =>
      buildApp(
        { ...config, databaseUrl: dialect === 'postgres' ? url : undefined },
        {
          database,
          ...(options.outbox ? {} : { mailer }),
          logger: options.logStream !== undefined,
          logStream: options.logStream,
          workerTasks: options.workerTasks,
        },
      ),
    schema,
  );

  const request: TestApp['request'] = (options) => {
    const { cookie, token, ...rest } = options;
    const headers: Record<string, string> = { ...(rest.headers as Record<string, string> | undefined) };
    if (cookie) headers.cookie = `${SESSION_COOKIE}=${cookie}`;
    if (token) headers.authorization = `Bearer ${token}`;
    if (rest.method && !['GET', 'HEAD'].includes(String(rest.method)) && !('origin' in headers))
      headers.origin = ORIGIN;
    return built.app.inject({ ...rest, headers });
  };

  const lastMailTo = (email: string) => [...mails].reverse().find((m) => m.to === email);

  return {
    ...built,
    mails,
    config,
    request,
    lastMailTo,
    async signIn(email, options = {}) {
      const requested = await request({ method: 'POST', url: '/api/auth/request', payload: { email } });
      if (requested.statusCode !== 202) throw new Error(`sign-in request failed: ${requested.body}`);
      const code = /inlogcode voor Wijknet: (\d{6})/.exec(lastMailTo(email)?.subject ?? '')?.[1];
      if (!code) throw new Error('no code mailed');
      const verified = await request({ method: 'POST', url: '/api/auth/verify', payload: { email, code } });
      if (verified.statusCode !== 200) throw new Error(`verify failed: ${verified.body}`);
      const cookie = verified.cookies.find((c) => c.name === SESSION_COOKIE)!.value;
      const name = options.name ?? email.split('@')[0];
      if (name)
        await built.deps.db
          .updateTable('users')
          .set({ name })
          .where('email', '=', email)
          .where('name', '=', '')
          .execute();
      return { cookie, user: (await built.services.auth.userFromSession(cookie))! };
    },
    async close() {
      await built.app.close();
      if (schema) {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await client.end();
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * buildApp migrates first, and Kysely's migrator lists the tables of every schema in the database.
 * When another test run (another worker, another engineer) drops its schema during that listing,
 * PostgreSQL answers "schema … does not exist" (3F000) about a schema that is not ours. Nothing
 * was built yet then, so trying again is safe; an error about our own schema is real and thrown.
 */
async function buildTolerantOfOtherRuns(build: () => Promise<Built>, schema: string | undefined): Promise<Built> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await build();
    } catch (err) {
      const otherSchemaGone =
        schema && (err as { code?: string }).code === '3F000' && !String((err as Error).message).includes(schema);
      if (!otherSchemaGone || attempt === 3) throw err;
    }
  }
}

/** A member context as the access check would build it, for calling services directly in set-up. */
export async function memberContext(t: TestApp, networkId: string, userId: string): Promise<MemberContext> {
  const m = await t.deps.db
    .selectFrom('members')
    .selectAll()
    .where('network_id', '=', networkId)
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return { networkId, userId, memberId: m.id, role: m.role as Role, actorId: m.actor_id };
}

/** Adds a person to a network directly (set-up only; the invitation flow has its own tests). */
export async function addMember(t: TestApp, networkId: string, userId: string, role: Role): Promise<string> {
  const id = `m-${randomBytes(8).toString('hex')}`;
  const now = new Date().toISOString();
  await t.deps.db
    .insertInto('members')
    .values({
      id,
      network_id: networkId,
      user_id: userId,
      role,
      actor_id: null,
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();
  return id;
}
