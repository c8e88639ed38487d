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
    serveWeb: true,
    exposeWorkerId: env.WIJKNET_EXPOSE_WORKER_ID === '1',
  };
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
