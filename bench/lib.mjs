// Shared helpers for the benchmarks: a fresh data directory or PostgreSQL database, a seeded
// network, and the real server started as a child process exactly as `npm start` starts it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => pathToFileURL(path.join(root, 'dist', 'server', p)).href;

export const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export async function postgresAvailable() {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 1000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** A fresh place for the data: a temp dir (SQLite) or a new PostgreSQL database. */
export async function freshStore(dialect) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wijknet-bench-'));
  if (dialect === 'sqlite')
    return { dataDir, databaseUrl: '', drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
  const name = `wijknet_bench_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return {
    dataDir,
    databaseUrl: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The built app on `store`, without listening and without mail, for seeding through its
 * services (and `deps.db` for bulk inserts). Close it with `app.close()`.
 */
export async function seedingApp(store) {
  const { loadConfig } = await import(dist('core/config.js'));
  const { buildApp } = await import(dist('server/app.js'));
  const config = {
    ...loadConfig({}),
    dataDir: store.dataDir,
    databaseUrl: store.databaseUrl || undefined,
    serveWeb: false,
    logLevel: 'silent',
  };
  return buildApp(config, { logger: false, mailer: { send: async () => undefined } });
}

/**
 * A network with `actors` partners and `members` members (one kartrekker), and an API token of
 * the kartrekker. Returns the overview JSON as the API gives it, for the baseline server.
 */
export async function seedNetwork(store, { actors = 200, members = 50 } = {}) {
  const { app, services, deps } = await seedingApp(store);
  try {
    const lead = await services.auth.ensureUser('kartrekker@bench.invalid');
    await services.auth.updateMe(lead, { name: 'Kartrekker' });
    const network = await services.networks.create(lead, {
      name: 'Benchnetwerk',
      areaLevel: 'wijk',
      areaName: 'Bench',
    });
    const now = new Date().toISOString();
    for (let i = 1; i < members; i++) {
      const u = await services.auth.ensureUser(`lid${i}@bench.invalid`);
      await deps.db
        .insertInto('members')
        .values({
          id: `bench-m-${i}`,
          network_id: network.id,
          user_id: u.id,
          role: i % 3 === 0 ? 'partner' : 'meekijker',
          actor_id: null,
          created_at: now,
          updated_at: now,
          version: 1,
        })
        .execute();
    }
    const ctx = { networkId: network.id, userId: lead.id, memberId: '', role: 'kartrekker', actorId: null };
    const domains = ['zorg', 'welzijn', 'wonen', 'gemeente', 'veiligheid', 'onderwijs', 'ondernemers', 'bewoners'];
    for (let i = 0; i < actors; i++) {
      await services.actors.create(ctx, {
        kind: 'organisation',
        name: `Partner ${String(i).padStart(3, '0')}`,
        domain: domains[i % domains.length],
        themes: ['eenzaamheid', 'ontmoeten'],
        description: 'Een partner in de wijk.',
      });
    }
    const token = (await services.auth.createToken(lead.id, 'bench')).token;
    const res = await app.inject({
      method: 'GET',
      url: `/api/networks/${network.id}`,
      headers: { authorization: `Bearer ${token}` },
    });
    if (res.statusCode !== 200) throw new Error(`overview ${res.statusCode}: ${res.body}`);
    return { networkId: network.id, token, overview: JSON.parse(res.body) };
  } finally {
    await app.close();
  }
}

/** Starts a Node script as a child process and waits for `readyUrl` to answer 200. */
export async function startChild(args, env, readyUrl, timeoutMs = 30_000) {
  const started = performance.now();
  const proc = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  proc.stderr.on('data', (d) => (stderr += d));
  // BENCH_SERVER_STDERR=1: the server's own warnings and errors appear in the bench's output.
  if (process.env.BENCH_SERVER_STDERR) proc.stderr.pipe(process.stderr);
  const exited = new Promise((resolve) => proc.on('exit', (code, signal) => resolve({ code, signal })));
  let gone = false;
  void exited.then(() => (gone = true));
  for (;;) {
    if (gone) throw new Error(`${args.join(' ')} exited early: ${stderr}`);
    try {
      const res = await fetch(readyUrl);
      if (res.status === 200) break;
    } catch {
      // not yet
    }
    if (performance.now() - started > timeoutMs) {
      proc.kill('SIGKILL');
      throw new Error(`${args.join(' ')} did not start: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  const readyMs = performance.now() - started;
  return {
    proc,
    readyMs,
    async stop() {
      if (!gone) proc.kill('SIGTERM');
      return exited;
    },
  };
}

/**
 * The real server: `node bin/wijknet.js start`, as `npm start` runs it; `args` after `start` (such
 * as `--workers 2`). BENCH_SERVER_NODE_ARGS goes to node before the script, for example
 * `--cpu-prof --cpu-prof-dir=/tmp/prof` to see where a slow run's time went (NODE_OPTIONS refuses it).
 */
export async function startWijknet(store, env = {}, args = [], timeoutMs = 60_000) {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = await startChild(
    [...nodeArgs, path.join(root, 'bin', 'wijknet.js'), 'start', ...args],
    {
      WIJKNET_DATA_DIR: store.dataDir,
      DATABASE_URL: store.databaseUrl,
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: baseUrl,
      SMTP_URL: '',
      ...env,
    },
    `${baseUrl}/healthz`,
    timeoutMs,
  );
  return { ...child, baseUrl };
}

/** mulberry32: the seeded random numbers of src/domain/random.ts, for data that must be the same every run. */
export function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An effect model in the file format with `outcomes` outcomes and five inputs, nearly every value
 * with a range, so its Monte Carlo draws a lot (bench/effects.mjs, bench/heavy-healthz.mjs).
 */
export function benchEffectModel(outcomes = 50) {
  const inputs = [
    { stakeholder: 'Gemeente', year: 1, amount: 120_000, low: { amount: 100_000 }, high: { amount: 150_000 } },
    { stakeholder: 'Gemeente', year: 2, amount: 80_000, low: { amount: 60_000 }, high: { amount: 100_000 } },
    { stakeholder: 'Woningcorporatie', year: 1, amount: 30_000, low: { amount: 25_000 }, high: { amount: 40_000 } },
    {
      stakeholder: 'Welzijn',
      year: 1,
      hours: 1500,
      rate: 65,
      low: { hours: 1200, rate: 55 },
      high: { hours: 2000, rate: 75 },
    },
    { stakeholder: 'Bewoners', year: 2, hours: 3000, rate: 0 },
  ];
  const payers = ['Gemeente', 'Zorgverzekeraar', 'Woningcorporatie', 'Bewoners'];
  const list = Array.from({ length: outcomes }, (_, i) => ({
    name: `Effect ${i + 1}`,
    quantity: 10 + i,
    proxy: 200 + 37 * i,
    deadweight: 0.2,
    displacement: 0.1,
    attribution: 0.3,
    dropoff: 0.25,
    duration: 1 + (i % 5),
    beneficiaries: { [payers[i % 4]]: 0.6, [payers[(i + 1) % 4]]: 0.4 },
    low: {
      quantity: 5 + i,
      proxy: 100 + 30 * i,
      deadweight: 0.1,
      displacement: 0,
      attribution: 0.2,
      dropoff: 0.1,
      duration: 1,
    },
    high: {
      quantity: 20 + i,
      proxy: 300 + 45 * i,
      deadweight: 0.4,
      displacement: 0.2,
      attribution: 0.5,
      dropoff: 0.5,
      duration: 2 + (i % 5) * 2,
    },
  }));
  return { discountRate: 0.0225, inputs, outcomes: list };
}

export const fmt = (n, digits = 0) =>
  Number(n).toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
