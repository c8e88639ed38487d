#!/usr/bin/env node
// Issue #15: "/healthz and the overview keep p99 < 50 ms while four heavy jobs run at once", and
// "a full queue answers 503, never a hang". Starts the real server (`node bin/wijknet.js start`)
// on a fresh store seeded with one large network (2,000 partners, 12,000 relations, a snapshot,
// an effect model with ranges and a saved version, goals and actions) and an ordinary one (100
// partners). Then, over HTTP on 127.0.0.1:
//
//   1. warm-up: each heavy job once, alone (its time alone is the baseline of the job);
//   2. quiet: /healthz and the ordinary network's overview (GET /api/networks/:id) probed on a
//      fixed open-loop schedule (50 req/s each; latency counts from the scheduled moment, so a
//      stalled server shows), with nothing else running — the baseline in the same run;
//   3. heavy: the same probes while four heavy jobs run at once, each started again as soon as it
//      finishes: the large network's snapshot (analysed again on every GET), the funder report
//      PDF of the saved effect-model version (with the Monte Carlo), the Kumu XLSX export of the
//      large network and the plan van aanpak PDF (draft) of the large network;
//   4. full queue: the server again with WORKER_THREADS=1 and WORKER_QUEUE=2, and 16 Kumu exports
//      fired at once: the excess must get 503 with Retry-After quickly, the rest 200.
//
//   node bench/heavy-healthz.mjs                    # or: npm run bench -- heavy (SQLite)
//   ONLY=postgres node bench/heavy-healthz.mjs      # PostgreSQL (BENCH_DATABASE_URL); ONLY=all: both
//   BENCH_HEAVY_SECONDS=20 BENCH_QUIET_SECONDS=10 BENCH_PROBE_RATE=50   # the defaults
//   BENCH_JOBS=analysis,kumu node bench/heavy-healthz.mjs   # only some heavy jobs (which one stalls?)
//
// Fails (exit code 1) when a probe errors, a heavy job hangs (no answer within 30 s) or gets
// anything but 200 or 503-with-Retry-After, the full-queue check fails, or the target (p99 < 50 ms
// of both probes during the heavy jobs) is missed. About a minute per database. Figures:
// docs/BENCHMARKS.md.
import { fork } from 'node:child_process';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt } from '../bin/build.js';
import {
  benchEffectModel,
  fmt,
  freshStore,
  mulberry32,
  postgresAvailable,
  root,
  seedingApp,
  startWijknet,
} from './lib.mjs';
import { classify, get, HANG_MS } from './heavy-jobs.mjs';

ensureBuilt({ quiet: false });

const LARGE_ACTORS = 2_000;
const LARGE_RELATIONS = 12_000;
const SMALL_ACTORS = 100;
const QUIET_SECONDS = Number(process.env.BENCH_QUIET_SECONDS ?? 10);
const HEAVY_SECONDS = Number(process.env.BENCH_HEAVY_SECONDS ?? 20);
const PROBE_RATE = Number(process.env.BENCH_PROBE_RATE ?? 50);
const P99_TARGET = 50;
/** BENCH_JOBS=analysis,kumu runs only those heavy jobs (to see which one stalls the server); default all four. */
const JOBS = process.env.BENCH_JOBS?.split(',').map((x) => x.trim());
/**
 * A probe without an answer after this long is an error; a slow answer before that is latency,
 * and counts in the percentiles (a stalled server shows as a high p99, not as a few timeouts).
 */
const PROBE_TIMEOUT_MS = HANG_MS;
// The full-queue phase: a pool of one thread and a queue of two, and more jobs than that at once.
const QUEUE_THREADS = 1;
const QUEUE_LIMIT = 2;
const QUEUE_BURST = 16;
/** A 503 must come at least this fast: the server refuses at once, it does not wait for a worker. */
const BUSY_WITHIN_MS = 5_000;

// ---------------------------------------------------------------------------------------------
// Data

const DOMAINS = ['zorg', 'welzijn', 'wonen', 'gemeente', 'veiligheid', 'onderwijs', 'ondernemers', 'bewoners'];
const THEMES = ['eenzaamheid', 'armoede', 'dementie', 'mantelzorg', 'bewegen', 'taal', 'jeugd', 'ontmoeten'];

/**
 * Seeds through the app's services (as bench/load.mjs); the large network's partners and relations
 * in bulk, with the random graph of bench/analyse.mjs (seed 42: 2,000 actors, 12,000 relations).
 */
async function seed(store) {
  const { services, deps, app } = await seedingApp(store);
  try {
    const lead = await services.auth.ensureUser('kartrekker@heavy.invalid');
    await services.auth.updateMe(lead, { name: 'Kartrekker' });
    const contextOf = async (network) => {
      const member = await deps.db
        .selectFrom('members')
        .select('id')
        .where('network_id', '=', network.id)
        .where('user_id', '=', lead.id)
        .executeTakeFirstOrThrow();
      return { networkId: network.id, userId: lead.id, memberId: member.id, role: 'kartrekker', actorId: null };
    };

    // The ordinary network, whose overview is probed.
    const small = await services.networks.create(lead, {
      name: 'Wijknetwerk Noord',
      areaLevel: 'wijk',
      areaName: 'Noord',
    });
    const smallCtx = await contextOf(small);
    for (let i = 0; i < SMALL_ACTORS; i++)
      await services.actors.create(smallCtx, {
        kind: 'organisation',
        name: `Partner ${String(i).padStart(3, '0')}`,
        domain: DOMAINS[i % DOMAINS.length],
        themes: [THEMES[i % THEMES.length]],
        description: 'Een partner in de wijk.',
      });

    // The large network.
    const large = await services.networks.create(lead, {
      name: 'Gemeente breed',
      areaLevel: 'gemeente',
      areaName: 'Stad',
    });
    const largeCtx = await contextOf(large);
    const now = new Date().toISOString();
    const random = mulberry32(42);
    const actorIds = [];
    for (let start = 0; start < LARGE_ACTORS; start += 500) {
      const rows = [];
      for (let i = start; i < Math.min(LARGE_ACTORS, start + 500); i++) {
        rows.push({
          id: `heavy-a-${String(i).padStart(4, '0')}`,
          home_network_id: large.id,
          kind: 'organisation',
          name: `Actor ${String(i + 1).padStart(4, '0')}`,
          domain: DOMAINS[Math.floor(random() * DOMAINS.length)],
          themes: JSON.stringify([THEMES[i % THEMES.length]]),
          target_groups: JSON.stringify([]),
          health_dimensions: JSON.stringify([]),
          area: 'Stad',
          description: 'Een partner in de gemeente.',
          contact_email: null,
          contact_phone: null,
          website: null,
          kvk: null,
          agb: null,
          findable: 0,
          created_by: null,
          created_at: now,
          updated_at: now,
          version: 1,
        });
      }
      await deps.db.insertInto('actors').values(rows).execute();
      await deps.db
        .insertInto('network_actors')
        .values(rows.map((a) => ({ network_id: large.id, actor_id: a.id, status: 'partner', added_at: now })))
        .execute();
      actorIds.push(...rows.map((r) => r.id));
    }
    const seen = new Set();
    const relations = [];
    while (relations.length < LARGE_RELATIONS) {
      const a = Math.floor(random() * LARGE_ACTORS);
      const b = Math.floor(random() * LARGE_ACTORS);
      const key = a < b ? a * LARGE_ACTORS + b : b * LARGE_ACTORS + a;
      if (a === b || seen.has(key)) continue;
      seen.add(key);
      relations.push({
        id: `heavy-r-${relations.length}`,
        network_id: large.id,
        actor_a_id: actorIds[Math.min(a, b)],
        actor_b_id: actorIds[Math.max(a, b)],
        kind: 'overleg',
        frequency: '',
        quality: 1 + (relations.length % 4),
        created_at: now,
        updated_at: now,
        version: 1,
      });
    }
    for (let i = 0; i < relations.length; i += 1000)
      await deps.db
        .insertInto('relations')
        .values(relations.slice(i, i + 1000))
        .execute();

    // What the plan van aanpak and the funder report are made of.
    for (let i = 0; i < 8; i++)
      await services.goals.createGoal(largeCtx, {
        title: `Doel ${i + 1}: minder eenzaamheid in de buurt`,
        description: 'Bewoners kennen elkaar en weten de weg naar hulp.',
        indicator: 'Aantal deelnemers',
        targetValue: String(30 + i),
      });
    for (let i = 0; i < 60; i++)
      await services.actions.create(largeCtx, {
        title: `Actie ${i + 1}`,
        description: 'Samen oppakken met de partners uit de wijk.',
        actorId: actorIds[i * 7],
      });
    const snapshot = await services.analysis.createSnapshot(largeCtx, { label: 'Nulmeting' });
    const model = await services.effects.createModel(
      largeCtx,
      { name: 'Effecten van de aanpak', model: benchEffectModel() },
      'nl',
    );
    const version = await services.effects.saveVersion(largeCtx, model.id);
    const token = (await services.auth.createToken(lead.id, 'heavy')).token;
    return { small: small.id, large: large.id, snapshot: snapshot.id, model: model.id, version: version.number, token };
  } finally {
    await app.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Client

const probeAgent = new http.Agent({ keepAlive: true, maxSockets: 256 });
const heavyAgent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** One GET; resolves with status, the Retry-After header, the body and the time, or status 0 on an error or timeout. */
const percentile = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] : NaN;
const stats = (latencies) => {
  const s = [...latencies].sort((a, b) => a - b);
  return { n: s.length, p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99), max: s.at(-1) ?? NaN };
};
const median = (xs) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );

/**
 * Open-loop probe (as bench/load.mjs `drive`): request i is due at i / rate seconds whatever the
 * answers do, and its latency counts from that moment, so a blocked event loop shows in full.
 */
async function probe(base, pathname, headers, seconds) {
  const latencies = [];
  const failures = [];
  const inflight = new Set();
  const total = Math.ceil(seconds * PROBE_RATE);
  let issued = 0;
  const t0 = performance.now();
  while (issued < total) {
    const due = Math.min(Math.floor(((performance.now() - t0) / 1000) * PROBE_RATE) + 1, total);
    while (issued < due) {
      const scheduled = t0 + (issued / PROBE_RATE) * 1000;
      issued++;
      const p = get(base, pathname, headers, probeAgent, PROBE_TIMEOUT_MS).then((res) => {
        latencies.push(performance.now() - scheduled);
        if (res.status !== 200) failures.push(res.status || res.error);
      });
      inflight.add(p);
      void p.finally(() => inflight.delete(p));
    }
    // Sleep until the next probe is due.
    const next = t0 + (issued / PROBE_RATE) * 1000;
    if (issued < total) await new Promise((r) => setTimeout(r, Math.max(0, next - performance.now())));
  }
  await Promise.all(inflight);
  return { ...stats(latencies), failures };
}

/** The four heavy jobs: a GET each (what a good answer starts with: bench/heavy-jobs.mjs). */
function heavyJobs(seeded) {
  const n = `/api/networks/${seeded.large}`;
  return [
    {
      name: 'analysis',
      label: 'analyse (momentopname, 2.000/12.000)',
      path: `${n}/snapshots/${seeded.snapshot}`,
    },
    {
      name: 'funder',
      label: 'rapport financiers PDF (Monte Carlo)',
      path: `${n}/effect-models/${seeded.model}/versions/${seeded.version}/funder-report/pdf`,
    },
    {
      name: 'kumu',
      label: 'Kumu XLSX-export (2.000/12.000)',
      path: `${n}/exchange/kumu.xlsx`,
    },
    {
      name: 'plan',
      label: 'plan van aanpak PDF (concept)',
      path: `${n}/documents/plan-van-aanpak.pdf`,
    },
  ];
}

/**
 * The heavy jobs' loops, in a child process of their own (bench/heavy-jobs.mjs): reading their
 * megabytes of answers here would delay the probes' own event loop and be counted as the server's.
 */
function runLoops(base, headers, jobs, seconds) {
  const child = fork(path.join(root, 'bench', 'heavy-jobs.mjs'), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`the heavy jobs' process ended with code ${code}`)));
    child.send({ base, headers, jobs: jobs.map(({ name, path: p }) => ({ name, path: p })), seconds });
  });
}

// ---------------------------------------------------------------------------------------------

/** Servers this bench started and the store in use, cleaned up also when the bench is interrupted. */
const servers = new Set();
let current = null;
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    for (const s of servers) s.proc.kill('SIGTERM');
    void (current?.drop() ?? Promise.resolve()).finally(() => process.exit(130));
  });

async function start(store, env = {}) {
  const server = await startWijknet(store, { LOG_LEVEL: 'warn', ...env });
  servers.add(server);
  return server;
}

async function stop(server) {
  servers.delete(server);
  await server.stop();
}

const line = (label, s) =>
  `    ${label.padEnd(28)} p50 ${fmt(s.p50, 1).padStart(6)} · p95 ${fmt(s.p95, 1).padStart(6)} · p99 ${fmt(s.p99, 1).padStart(7)} · max ${fmt(s.max, 1).padStart(7)} ms (${s.n} keer${s.failures.length ? `, ${s.failures.length} FOUT: ${[...new Set(s.failures)].join(', ')}` : ''})\n`;

async function runDialect(dialect) {
  const store = await freshStore(dialect);
  current = store;
  const problems = [];
  try {
    process.stdout.write(
      `\n${dialect}: seeding a network of ${fmt(LARGE_ACTORS)} partners / ${fmt(LARGE_RELATIONS)} relations and one of ${SMALL_ACTORS}…\n`,
    );
    const t0 = performance.now();
    const seeded = await seed(store);
    process.stdout.write(`  seeded in ${fmt((performance.now() - t0) / 1000, 1)} s\n`);
    const headers = { authorization: `Bearer ${seeded.token}` };
    const jobs = heavyJobs(seeded).filter((j) => !JOBS || JOBS.includes(j.name));
    const overviewPath = `/api/networks/${seeded.small}`;

    // 1–3: warm-up, quiet, heavy.
    let server = await start(store);
    const alone = {};
    try {
      for (const job of jobs) {
        const res = await get(server.baseUrl, job.path, headers, heavyAgent, HANG_MS);
        const kind = classify(job, res);
        if (kind !== 'ok')
          throw new Error(`${job.name} alone: ${kind} ${res.status} ${res.body?.toString().slice(0, 300)}`);
        alone[job.name] = { ms: res.ms, kb: res.body.length / 1024 };
      }
      process.stdout.write(
        `  alone (warm-up, once each): ${jobs.map((j) => `${j.name} ${fmt(alone[j.name].ms)} ms (${fmt(alone[j.name].kb)} kB)`).join(', ')}\n`,
      );

      const [quietHealth, quietOverview] = await Promise.all([
        probe(server.baseUrl, '/healthz', {}, QUIET_SECONDS),
        probe(server.baseUrl, overviewPath, headers, QUIET_SECONDS),
      ]);
      process.stdout.write(`  quiet, ${QUIET_SECONDS} s at ${PROBE_RATE} req/s each:\n`);
      process.stdout.write(line('/healthz', quietHealth));
      process.stdout.write(line('overview (100 partners)', quietOverview));

      const loops = runLoops(server.baseUrl, headers, jobs, HEAVY_SECONDS);
      const [heavyHealth, heavyOverview] = await Promise.all([
        probe(server.baseUrl, '/healthz', {}, HEAVY_SECONDS),
        probe(server.baseUrl, overviewPath, headers, HEAVY_SECONDS),
      ]);
      const done = await loops;
      process.stdout.write(`  four heavy jobs at once, ${HEAVY_SECONDS} s, probes at ${PROBE_RATE} req/s each:\n`);
      process.stdout.write(line('/healthz', heavyHealth));
      process.stdout.write(line('overview (100 partners)', heavyOverview));
      for (const [i, job] of jobs.entries()) {
        const d = done[i];
        process.stdout.write(
          `    ${job.label.padEnd(40)} ${String(d.ok.length).padStart(3)} done, median ${fmt(median(d.ok))} ms (alone ${fmt(alone[job.name].ms)} ms) · ` +
            `${d.busy} × 503${d.busyWithoutRetryAfter ? `, ${d.busyWithoutRetryAfter} × 503 ZONDER Retry-After` : ''}` +
            `${d.hang ? `, ${d.hang} HANGEN (> ${HANG_MS / 1000} s)` : ''}${d.error.length ? `, ${d.error.length} FOUT: ${d.error[0]}` : ''}\n`,
        );
        if (d.hang) problems.push(`${job.name}: ${d.hang} hung`);
        if (d.error.length) problems.push(`${job.name}: ${d.error.length} errors`);
        if (d.busyWithoutRetryAfter) problems.push(`${job.name}: 503 without Retry-After`);
        if (!d.ok.length) problems.push(`${job.name}: none completed`);
      }
      for (const [name, s] of [
        ['/healthz quiet', quietHealth],
        ['overview quiet', quietOverview],
        ['/healthz heavy', heavyHealth],
        ['overview heavy', heavyOverview],
      ])
        if (s.failures.length) problems.push(`${name}: ${s.failures.length} probe errors`);
      const met = heavyHealth.p99 < P99_TARGET && heavyOverview.p99 < P99_TARGET;
      process.stdout.write(
        `  target p99 < ${P99_TARGET} ms during heavy work: /healthz ${fmt(heavyHealth.p99, 1)} ms, overview ${fmt(heavyOverview.p99, 1)} ms · ${met ? 'doel gehaald' : 'DOEL NIET GEHAALD'}\n`,
      );
      if (!met) problems.push('target p99 < 50 ms not met');
    } finally {
      await stop(server);
    }

    // 4: full queue.
    server = await start(store, { WORKER_THREADS: String(QUEUE_THREADS), WORKER_QUEUE: String(QUEUE_LIMIT) });
    try {
      const kumu = heavyJobs(seeded).find((j) => j.name === 'kumu');
      const answers = await Promise.all(
        Array.from({ length: QUEUE_BURST }, () => get(server.baseUrl, kumu.path, headers, heavyAgent, HANG_MS)),
      );
      const kinds = answers.map((res) => classify(kumu, res));
      const count = (k) => kinds.filter((x) => x === k).length;
      const busyMs = answers.filter((_, i) => kinds[i] === 'busy').map((r) => r.ms);
      const okMs = answers.filter((_, i) => kinds[i] === 'ok').map((r) => r.ms);
      const capacity = QUEUE_THREADS + QUEUE_LIMIT;
      const firstBusy = answers.find((r) => r.status === 503);
      let message = '';
      try {
        message = JSON.parse(firstBusy?.body?.toString() ?? '{}').error?.message ?? '';
      } catch {
        // not JSON
      }
      const ok =
        count('ok') >= capacity &&
        count('busy') >= 1 &&
        count('ok') + count('busy') === QUEUE_BURST &&
        busyMs.every((ms) => ms < BUSY_WITHIN_MS);
      process.stdout.write(
        `  full queue (WORKER_THREADS=${QUEUE_THREADS}, WORKER_QUEUE=${QUEUE_LIMIT}, ${QUEUE_BURST} Kumu exports at once): ` +
          `${count('ok')} × 200 (max ${okMs.length ? fmt(Math.max(...okMs)) : '–'} ms), ${count('busy')} × 503 with Retry-After ${firstBusy?.retryAfter ?? '–'} s ` +
          `(slowest after ${fmt(Math.max(0, ...busyMs))} ms, limit ${fmt(BUSY_WITHIN_MS)} ms; ` +
          `${Math.max(0, ...busyMs) < Math.min(...okMs) ? 'all before the first export was done' : 'some after the first export was done'})` +
          `${count('busyWithoutRetryAfter') ? `, ${count('busyWithoutRetryAfter')} × 503 ZONDER Retry-After` : ''}` +
          `${count('hang') ? `, ${count('hang')} HANGEN` : ''}${count('error') ? `, ${count('error')} FOUT` : ''} · ` +
          `${ok ? 'goed' : 'FOUT'}${message ? ` · "${message}"` : ''}\n`,
      );
      if (!ok) problems.push('full queue check failed');
    } finally {
      await stop(server);
    }
  } finally {
    current = null;
    await store.drop();
  }
  return problems;
}

const only = process.env.ONLY ?? 'sqlite';
const dialects = [];
if (only === 'sqlite' || only === 'all') dialects.push('sqlite');
if (only === 'postgres' || only === 'all') {
  if (await postgresAvailable()) dialects.push('postgres');
  else process.stdout.write('PostgreSQL is not reachable (BENCH_DATABASE_URL): skipped.\n');
}
const problems = [];
for (const dialect of dialects) problems.push(...(await runDialect(dialect)).map((p) => `${dialect}: ${p}`));
process.stdout.write(
  `\n${os.cpus().length} cores, load average ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}, load generator on the same machine.\n`,
);
if (problems.length) process.stdout.write(`Niet goed: ${problems.join('; ')}\n`);
probeAgent.destroy();
heavyAgent.destroy();
process.exitCode = problems.length || !dialects.length ? 1 : 0;
