import os from 'node:os';
import path from 'node:path';

export type SignupMode = 'open' | 'invite';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  signup: SignupMode;
  logLevel: string;
  /** Whether to believe X-Forwarded-* headers: only behind a proxy or load balancer you run. */
  trustProxy: boolean | number | string;
  /**
   * CBS open data (OData v3) base address for fetching Kerncijfers wijken en buurten; empty: the
   * server does not fetch (the file import stays).
   */
  cbsODataUrl: string;
  /** How long one request to CBS open data may take before the server gives up, in milliseconds. */
  cbsODataTimeoutMs: number;
  /** Mails a person may send through Wijknet per day (approaches, invitations, consent requests). */
  mailPerSenderDay: number;
  /** Such mails one network may send per day, whoever sends them. */
  mailPerNetworkDay: number;
  /** Worker threads for heavy work (WORKER_THREADS; default: the cores less one, at least 1). */
  workerThreads: number;
  /** Jobs that may wait for a worker before the server answers 503 (WORKER_QUEUE, default 32). */
  workerQueue: number;
  /** Default time budget of one heavy job in milliseconds (WORKER_TIMEOUT_MS, default 20000). */
  workerTimeoutMs: number;
  /** Set only by tests: skips the static web files when they are not built. */
  serveWeb: boolean;
  /** Set only by tests: where the built web app is (default: the package's dist/web). */
  webDir?: string;
  /**
   * Set only by tests (WIJKNET_EXPOSE_WORKER_ID=1): every answer says which process gave it
   * (X-Wijknet-Worker: its pid), so a test of `--workers N` can tell the workers apart.
   */
  exposeWorkerId?: boolean;
}

/** Reads the configuration from environment variables; every variable is listed in README.md. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  }
  const signup = (env.WIJKNET_SIGNUP ?? 'open') as SignupMode;
  if (signup !== 'open' && signup !== 'invite') {
    throw new Error(`WIJKNET_SIGNUP must be "open" or "invite", got "${env.WIJKNET_SIGNUP}"`);
  }
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, '');
  const cbsODataTimeoutMs = Number(env.CBS_ODATA_TIMEOUT_MS ?? 10_000);
  if (!Number.isInteger(cbsODataTimeoutMs) || cbsODataTimeoutMs < 1) {
    throw new Error(`CBS_ODATA_TIMEOUT_MS must be a number of milliseconds, got "${env.CBS_ODATA_TIMEOUT_MS}"`);
  }
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.WIJKNET_DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    publicUrl,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'Wijknet <no-reply@wijknet.local>',
    signup,
    logLevel: env.LOG_LEVEL ?? 'info',
    trustProxy: parseTrustProxy(env.WIJKNET_TRUST_PROXY),
    cbsODataUrl: (env.CBS_ODATA_URL ?? 'https://opendata.cbs.nl/ODataApi/odata').trim().replace(/\/+$/, ''),
    cbsODataTimeoutMs,
    mailPerSenderDay: positiveInt(env, 'WIJKNET_MAIL_PER_SENDER_DAY', 30),
    mailPerNetworkDay: positiveInt(env, 'WIJKNET_MAIL_PER_NETWORK_DAY', 100),
    workerThreads: positiveInt(env, 'WORKER_THREADS', Math.max(1, os.availableParallelism() - 1)),
    workerQueue: positiveInt(env, 'WORKER_QUEUE', 32, 0),
    workerTimeoutMs: positiveInt(env, 'WORKER_TIMEOUT_MS', 20_000),
    serveWeb: true,
    exposeWorkerId: env.WIJKNET_EXPOSE_WORKER_ID === '1',
  };
}

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} must be a whole number of at least ${min}, got "${raw}"`);
  }
  return value;
}

/**
 * WIJKNET_TRUST_PROXY: unset or "false" (default) trusts no forwarded headers, so nobody can fake
 * their IP address to dodge the per-IP limits; "true", a number of proxy hops, or addresses
 * (comma-separated) for a server behind a proxy or load balancer.
 */
function parseTrustProxy(value: string | undefined): boolean | number | string {
  if (!value || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}
