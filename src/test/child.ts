import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const entry = path.join(root, 'src', 'test', 'cli-entry.ts');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface Child {
  proc: ChildProcess;
  output: { stdout: string; stderr: string };
  exited: Promise<Exit>;
}

/** Runs `wijknet <args>` from the sources in a child process. */
export function runCli(args: string[], env: NodeJS.ProcessEnv): Child {
  const proc = spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'test', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  proc.stdout!.on('data', (d: Buffer) => void (output.stdout += d.toString()));
  proc.stderr!.on('data', (d: Buffer) => void (output.stderr += d.toString()));
  const exited = new Promise<Exit>((resolve) => proc.on('exit', (code, signal) => resolve({ code, signal })));
  return { proc, output, exited };
}

/** Runs a command to its end and returns what it printed. */
export async function cli(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = runCli(args, env);
  const { code } = await child.exited;
  return { code, ...child.output };
}

export interface Server extends Child {
  baseUrl: string;
}

/** Starts `wijknet start` (or `args`, e.g. with `--workers 2`) and waits until /healthz answers 200. */
export async function startServer(env: NodeJS.ProcessEnv, timeoutMs = 30_000, args = ['start']): Promise<Server> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = runCli(args, { HOST: '127.0.0.1', PORT: String(port), PUBLIC_URL: baseUrl, ...env });
  const deadline = Date.now() + timeoutMs;
  let exit: Exit | null = null;
  void child.exited.then((e) => (exit = e));
  for (;;) {
    if (exit)
      throw new Error(`server exited early (${JSON.stringify(exit)}): ${child.output.stderr}${child.output.stdout}`);
    try {
      const res = await fetch(`${baseUrl}/healthz`);
      if (res.status === 200) return { ...child, baseUrl };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.proc.kill('SIGKILL');
      throw new Error(`server did not become healthy: ${child.output.stderr}${child.output.stdout}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A fresh PostgreSQL database next to the test database (the CLI has no schema option). */
export async function freshPostgresDatabase(
  baseUrl: string,
  prefix: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
