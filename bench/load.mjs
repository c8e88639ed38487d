#!/usr/bin/env node
// The load model of issue #15: a municipality's Wijknet under a stated mix of requests, stepped up
// until one process no longer keeps p99 < 100 ms. On SQLite and PostgreSQL, one process each, and
// on PostgreSQL with `--workers 2` too (the scaling); CPU milliseconds per request type from
// single-type runs; afterwards every acknowledged write is looked up in the database. The
// baseline in the same run is a bare Fastify route (bench/baseline-server.mjs) under the same
// stepped load. 127.0.0.1 only; the stepping on each database is bounded to under 10 minutes.
//
//   node bench/load.mjs                       # everything (SQLite, PostgreSQL ×1, ×2)
//   ONLY=sqlite node bench/load.mjs           # one database
//   node bench/load.mjs --soak 600            # 10 min at 70% of the sustained rate (ONLY= picks
//                                             # the database, default PostgreSQL): RSS and lost writes
//
// Scale (BENCH_NETWORKS, BENCH_DIRECTORY to change): 10 networks of 100 members (10 of them active
// with their own API key), 100 partners, 200 relations and 40 actions each, and 20,000 directory
// actors — a fifth of the issue's municipality (50 networks, 5,000 users, 100,000 actors), because
// seeding that on this 2-core machine takes longer than the whole bench may. See docs/BENCHMARKS.md.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { ensureBuilt } from '../bin/build.js';
import {
  fmt,
  freePort,
  freshStore,
  mulberry32,
  postgresAvailable,
  root,
  seedingApp,
  startChild,
  startWijknet,
} from './lib.mjs';

ensureBuilt({ quiet: false });
const dist = (p) => pathToFileURL(path.join(root, 'dist', 'server', p)).href;

const NETWORKS = Number(process.env.BENCH_NETWORKS ?? 10);
const MEMBERS = 100;
const ACTIVE = 10;
const ACTORS = 100;
const RELATIONS = 200;
const ACTIONS = 40;
const DIRECTORY = Number(process.env.BENCH_DIRECTORY ?? 20_000);
const GUESTS = 60;
const STEP_SECONDS = Number(process.env.BENCH_STEP_SECONDS ?? 5);
const P99_TARGET = 100;
const RATES = [10, 25, 50, 75, 100, 150, 200, 300, 400, 500, 650, 800, 1000, 1300, 1700, 2200, 3000];
const CPU_RATE = 100;
const CPU_SECONDS = 3;
// Per database, from the end of its seeding: seeding the full municipality takes minutes by itself.
const BUDGET_MS = 9.5 * 60_000;
let started = Date.now();
const overBudget = () => Date.now() - started > BUDGET_MS;

const argv = process.argv.slice(2);
const soakIndex = argv.indexOf('--soak');
const SOAK_SECONDS = soakIndex >= 0 ? Number(argv[soakIndex + 1] ?? 600) : 0;
// `--rate R`: soak at R req/s instead of 70% of a sustained rate found first (for a busy machine
// where the ladder is set by others: give 70% of a rate measured when it was quieter).
const rateIndex = argv.indexOf('--rate');
const SOAK_RATE = rateIndex >= 0 ? Number(argv[rateIndex + 1]) : 0;

// ---------------------------------------------------------------------------------------------
// Data

const random = mulberry32(15);
const pick = (list) => list[Math.floor(random() * list.length)];
const DOMAINS = ['zorg', 'welzijn', 'wonen', 'gemeente', 'veiligheid', 'onderwijs', 'ondernemers', 'bewoners'];
const THEMES = [
  'eenzaamheid',
  'armoede',
  'dementie',
  'mantelzorg',
  'bewegen',
  'taal',
  'jeugd',
  'ontmoeten',
  'schulden',
];
const KINDS = ['Stichting', 'Buurthuis', 'Wijkteam', 'Huisartsenpraktijk', 'Bibliotheek', 'Sportclub', 'Voedselbank'];
const PLACES = ['Noord', 'Oost', 'Zuid', 'West', 'Centrum', 'Haven', 'Dorp', 'Veld', 'Hoven', 'Kerkbuurt'];
const WORDS = (
  'wij helpen bewoners buurt wijk samen activiteiten ondersteuning advies ouderen jongeren gezinnen thuis hulp zorg ' +
  'ontmoeting koffie inloop spreekuur begeleiding vrijwilligers cursus sport bewegen gezond koken tuin eenzaamheid ' +
  'mantelzorgers dementie schuldhulp formulieren digitale taalles huisarts wijkverpleging voedselbank jongerenwerk'
).split(' ');
const QUERIES = [
  'eenzaamheid',
  'mantelzorg',
  'dementie',
  'huisarts',
  'voedselbank',
  'sport bewegen',
  'taalles',
  'wijk',
];

/** Networks with members, partners, relations and actions through the services; the directory in bulk. */
async function seed(store) {
  const { indexTerms, deletionVariants, FILTER_FIELD, TYPO_MIN_LENGTH } = await import(dist('domain/search/text.js'));
  const { services, deps, app } = await seedingApp(store);
  const t0 = performance.now();
  const networks = [];
  try {
    const now = new Date().toISOString();
    for (let n = 0; n < NETWORKS; n++) {
      const lead = await services.auth.ensureUser(`kartrekker${n}@load.invalid`);
      await services.auth.updateMe(lead, { name: `Kartrekker ${n}` });
      const network = await services.networks.create(lead, {
        name: `Netwerk ${n}`,
        areaLevel: 'wijk',
        areaName: pick(PLACES),
      });
      const leadMember = await deps.db
        .selectFrom('members')
        .select('id')
        .where('network_id', '=', network.id)
        .where('user_id', '=', lead.id)
        .executeTakeFirstOrThrow();
      const ctx = {
        networkId: network.id,
        userId: lead.id,
        memberId: leadMember.id,
        role: 'kartrekker',
        actorId: null,
      };
      const tokens = [(await services.auth.createToken(lead.id, 'load')).token];
      for (let i = 1; i < MEMBERS; i++) {
        const u = await services.auth.ensureUser(`lid${n}-${i}@load.invalid`);
        await deps.db
          .insertInto('members')
          .values({
            id: `load-${n}-${i}`,
            network_id: network.id,
            user_id: u.id,
            role: i < ACTIVE ? 'partner' : 'meekijker',
            actor_id: null,
            created_at: now,
            updated_at: now,
            version: 1,
          })
          .execute();
        if (i < ACTIVE) tokens.push((await services.auth.createToken(u.id, 'load')).token);
      }
      const actors = [];
      for (let i = 0; i < ACTORS; i++) {
        const a = await services.actors.create(ctx, {
          kind: 'organisation',
          name: `${pick(KINDS)} ${pick(PLACES)} ${i}`,
          domain: pick(DOMAINS),
          themes: [pick(THEMES), pick(THEMES)].filter((t, k, all) => all.indexOf(t) === k),
          description: Array.from({ length: 12 }, () => pick(WORDS)).join(' '),
        });
        actors.push({ id: a.id, version: a.version });
      }
      const pairs = new Set();
      while (pairs.size < RELATIONS) {
        const [a, b] = [pick(actors).id, pick(actors).id].sort();
        if (a === b || pairs.has(`${a}|${b}`)) continue;
        pairs.add(`${a}|${b}`);
        await services.relations.create(ctx, {
          actorAId: a,
          actorBId: b,
          kind: 'overleg',
          quality: 1 + Math.floor(random() * 4),
        });
      }
      for (let i = 0; i < ACTIONS; i++) {
        await services.actions.create(ctx, {
          title: `Actie ${i}`,
          description: 'Samen oppakken.',
          actorId: pick(actors).id,
        });
      }
      networks.push({ id: network.id, tokens, actors });
    }
    const networksMs = performance.now() - t0;

    // The directory: actors of other networks, bulk-inserted with their search index (as bench/search.mjs).
    const t1 = performance.now();
    const homes = Array.from({ length: 40 }, (_, i) => ({
      id: randomUUID(),
      name: `Gidsnetwerk ${i}`,
      area_level: 'wijk',
      area_name: pick(PLACES),
      region_code: null,
      population: null,
      ambition: '',
      vision: '',
      focus_themes: '[]',
      created_by: null,
      created_at: now,
      updated_at: now,
      version: 1,
    }));
    await deps.db.insertInto('networks').values(homes).execute();
    for (let start = 0; start < DIRECTORY; start += 500) {
      const rows = [];
      for (let i = start; i < Math.min(DIRECTORY, start + 500); i++) {
        const home = pick(homes);
        rows.push({
          id: randomUUID(),
          home_network_id: home.id,
          kind: 'organisation',
          name: `${pick(KINDS)} ${pick(PLACES)} ${i}`,
          domain: pick(DOMAINS),
          themes: JSON.stringify([pick(THEMES)]),
          target_groups: JSON.stringify([]),
          health_dimensions: JSON.stringify([]),
          area: home.area_name,
          description: Array.from({ length: 10 + Math.floor(random() * 10) }, () => pick(WORDS)).join(' '),
          contact_email: null,
          contact_phone: null,
          website: null,
          kvk: null,
          agb: null,
          findable: random() < 0.7 ? 1 : 0,
          created_by: null,
          created_at: now,
          updated_at: now,
          version: 1,
        });
      }
      await deps.db.insertInto('actors').values(rows).execute();
      await deps.db
        .insertInto('network_actors')
        .values(rows.map((a) => ({ network_id: a.home_network_id, actor_id: a.id, status: 'partner', added_at: now })))
        .execute();
      const index = [];
      const variants = new Map();
      for (const a of rows) {
        const profile = {
          name: a.name,
          domain: a.domain,
          themes: JSON.parse(a.themes),
          targetGroups: [],
          healthDimensions: [],
          area: a.area,
          description: a.description,
        };
        for (const term of indexTerms(profile)) {
          index.push({ actor_id: a.id, ...term });
          if (term.field !== FILTER_FIELD && term.token.length >= TYPO_MIN_LENGTH - 1)
            for (const v of deletionVariants(term.token))
              variants.set(`${v}|${term.token}`, { variant: v, term: term.token });
        }
      }
      for (let i = 0; i < index.length; i += 2000)
        await deps.db
          .insertInto('search_index')
          .values(index.slice(i, i + 2000))
          .execute();
      const vs = [...variants.values()];
      for (let i = 0; i < vs.length; i += 2000)
        await deps.db
          .insertInto('search_variants')
          .values(vs.slice(i, i + 2000))
          .onConflict((oc) => oc.doNothing())
          .execute();
    }
    const directoryMs = performance.now() - t1;
    // A running PostgreSQL has been vacuumed and analysed by autovacuum; one just filled in bulk
    // has not, and autovacuum would then do it during the measurement (the first runs showed its
    // workers using a core between steps, and the ladder's figures halved from run to run).
    if (store.databaseUrl) {
      const { sql } = await import('kysely');
      await sql`VACUUM (ANALYZE)`.execute(deps.db);
      await sql`CHECKPOINT`.execute(deps.db).catch(() => undefined);
    }
    const overview = await app.inject({
      method: 'GET',
      url: `/api/networks/${networks[0].id}`,
      headers: { authorization: `Bearer ${networks[0].tokens[0]}` },
    });
    return { networks, networksMs, directoryMs, overview: overview.body };
  } finally {
    await app.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Client

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

function send(base, method, pathname, headers, body) {
  const url = new URL(pathname, base);
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method,
        agent,
        headers: {
          ...headers,
          ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
        },
        timeout: 10_000,
      },
      (res) => {
        const chunks = [];
        res.on('data', (d) => chunks.push(d));
        res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString() }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve({ status: 0, body: '' }));
    req.end(payload);
  });
}

function openStream(base, pathname, headers, counter) {
  const url = new URL(pathname, base);
  const req = http.get({ host: url.hostname, port: url.port, path: url.pathname, agent: false, headers }, (res) => {
    res.on('data', (d) => (counter.events += (d.toString().match(/^event: /gm) ?? []).length));
  });
  req.on('error', () => undefined);
  return () => req.destroy();
}

/** What a test run remembers of the writes the server acknowledged, to look them up afterwards. */
function ledger() {
  return { actors: new Map(), actions: new Set(), answers: new Set(), conflicts: 0 };
}

/** The request mix: weight, and a function making one request of that type. */
function mix(world, acked) {
  const net = () => pick(world.networks);
  const auth = (n) => ({ authorization: `Bearer ${pick(n.tokens)}` });
  return {
    overview: {
      weight: 20,
      run: (b) => {
        const n = net();
        return send(b, 'GET', `/api/networks/${n.id}`, auth(n));
      },
    },
    map: {
      weight: 10,
      run: async (b) => {
        const n = net();
        const [x, y] = await Promise.all([
          send(b, 'GET', `/api/networks/${n.id}/analysis`, auth(n)),
          send(b, 'GET', `/api/networks/${n.id}/relations`, auth(n)),
        ]);
        return x.status !== 200 ? x : y;
      },
    },
    card: {
      weight: 10,
      run: (b) => {
        const n = net();
        return send(b, 'GET', `/api/networks/${n.id}/card`, auth(n));
      },
    },
    actions: {
      weight: 15,
      run: (b) => {
        const n = net();
        return send(b, 'GET', `/api/networks/${n.id}/actions`, auth(n));
      },
    },
    partner: {
      weight: 10,
      run: (b) => {
        const n = net();
        return send(b, 'GET', `/api/networks/${n.id}/actors/${pick(n.actors).id}`, auth(n));
      },
    },
    search: {
      weight: 10,
      run: (b) => {
        const n = net();
        return send(b, 'GET', `/api/directory?q=${encodeURIComponent(pick(QUERIES))}`, auth(n));
      },
    },
    edit: {
      weight: 15,
      // One in ten edits is made with an old version, as a second tab would: it must get 409.
      run: async (b) => {
        const n = net();
        const actor = pick(n.actors);
        const stale = actor.version > 1 && random() < 0.1;
        const description = `Bijgewerkt ${randomUUID()}`;
        const res = await send(b, 'PATCH', `/api/networks/${n.id}/actors/${actor.id}`, auth(n), {
          description,
          version: stale ? actor.version - 1 : actor.version,
        });
        if (res.status === 200) {
          const v = JSON.parse(res.body).version;
          actor.version = Math.max(actor.version, v);
          const seen = acked.actors.get(actor.id);
          if (!seen || seen.version < v) acked.actors.set(actor.id, { version: v, description });
        } else if (res.status === 409) {
          acked.conflicts++;
          const fresh = await send(b, 'GET', `/api/networks/${n.id}/actors/${actor.id}`, auth(n));
          if (fresh.status === 200) actor.version = Math.max(actor.version, JSON.parse(fresh.body).version);
          return { status: 200, body: '' };
        }
        return res;
      },
    },
    newAction: {
      weight: 5,
      run: async (b) => {
        const n = net();
        const res = await send(b, 'POST', `/api/networks/${n.id}/actions`, auth(n), {
          title: `Nieuw ${randomUUID().slice(0, 8)}`,
        });
        if (res.status === 201) acked.actions.add(JSON.parse(res.body).id);
        return res;
      },
    },
    answer: {
      weight: 5,
      run: async (b) => {
        const res = await send(
          b,
          'POST',
          '/api/sessie/answers',
          { 'x-guest-token': pick(world.guests) },
          { text: `Idee ${randomUUID().slice(0, 8)}` },
        );
        if (res.status === 201) acked.answers.add(JSON.parse(res.body).id);
        // A phone that reached the session's cap of answers per guest is told so (409): not an error.
        return res.status === 409 ? { status: 201 } : res;
      },
    },
  };
}

const percentile = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : 0;

/**
 * Open-loop load: requests start on a fixed schedule whatever the answers do, and latency counts
 * from the scheduled moment, so a server that falls behind shows it (no coordinated omission).
 */
async function drive(base, rate, seconds, types) {
  const total = types.reduce((s, t) => s + t.weight, 0);
  const choose = () => {
    let r = random() * total;
    for (const t of types) if ((r -= t.weight) < 0) return t;
    return types[types.length - 1];
  };
  const latencies = [];
  const perType = new Map();
  let failed = 0;
  let issued = 0;
  const inflight = new Set();
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  while (performance.now() < end) {
    // Request i is due at i / rate seconds: request 0 at once.
    const due = Math.min(Math.floor(((performance.now() - t0) / 1000) * rate) + 1, Math.ceil(seconds * rate));
    while (issued < due) {
      const scheduled = t0 + (issued / rate) * 1000;
      issued++;
      const t = choose();
      const p = t.run(base).then((res) => {
        const ms = performance.now() - scheduled;
        latencies.push(ms);
        if (!perType.has(t.name)) perType.set(t.name, []);
        perType.get(t.name).push(ms);
        if (!res.status || res.status >= 400) failed++;
      });
      inflight.add(p);
      void p.finally(() => inflight.delete(p));
    }
    // Sleep until the next request is due (a fixed 5 ms tick added up to 5 ms to every latency).
    const next = t0 + (issued / rate) * 1000;
    await new Promise((r) => setTimeout(r, Math.max(0, Math.min(end, next) - performance.now())));
  }
  await Promise.all(inflight);
  const elapsed = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  const types_ = {};
  for (const [name, l] of perType) {
    l.sort((a, b) => a - b);
    types_[name] = { n: l.length, p50: percentile(l, 50), p99: percentile(l, 99) };
  }
  return {
    rate,
    done: latencies.length,
    achieved: latencies.length / elapsed,
    failed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    types: types_,
  };
}

/** Steps the rate up until p99 ≥ 100 ms, errors, or the rate is not reached; returns the highest that held. */
/**
 * Steps the rate up until p99 ≥ 100 ms, errors, or the rate is not reached; returns the highest
 * that held. On a shared machine one step can miss by a stall of another process: a step over
 * the target is run once more, and only two misses in a row end the ladder.
 */
async function ladder(label, base, types, pid, postgres = false) {
  let best = null;
  const steps = [];
  for (const rate of RATES) {
    if (overBudget()) break;
    let r;
    let ok = false;
    for (let attempt = 0; attempt < 2 && !ok; attempt++) {
      const cpu0 = cpuMsOf(pid);
      const pg0 = postgres ? postgresCpuMs() : 0;
      r = await drive(base, rate, STEP_SECONDS, types);
      // How busy the server was: CPU ms per second of the step (1000 = one core fully used).
      r.serverCpuPerSecond = (cpuMsOf(pid) - cpu0) / STEP_SECONDS;
      if (postgres) r.postgresCpuPerSecond = (postgresCpuMs() - pg0) / STEP_SECONDS;
      ok = r.p99 < P99_TARGET && r.failed <= r.done * 0.001 && r.achieved >= rate * 0.95;
      steps.push(r);
      process.stdout.write(
        `  ${label} ${fmt(rate)} req/s: p50 ${fmt(r.p50, 1)} ms, p99 ${fmt(r.p99, 1)} ms, ${r.failed} errors, server CPU ${fmt(r.serverCpuPerSecond / 10)}% of a core${postgres ? `, PostgreSQL ${fmt(r.postgresCpuPerSecond / 10)}%` : ''}${ok ? '' : attempt ? '  ← over' : '  (again)'}\n`,
      );
    }
    if (!ok) break;
    best = r;
  }
  return { best, steps };
}

function cpuMsOf(pid) {
  // utime + stime of the process and, for a cluster primary, of its workers (clock ticks of 10 ms).
  const pids = [pid];
  try {
    pids.push(
      ...fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number),
    );
  } catch {
    // no children file: one process
  }
  let ticks = 0;
  for (const p of pids) {
    try {
      const stat = fs.readFileSync(`/proc/${p}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone
    }
  }
  return ticks * 10;
}

/**
 * CPU ms used so far by every PostgreSQL process on this machine (its backends, writer,
 * checkpointer…), for the database's share of a request. A backend that exits takes its count
 * with it, so this undercounts when connections come and go (the pools keep theirs open).
 */
function postgresCpuMs() {
  let ticks = 0;
  for (const p of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(p)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${p}/stat`, 'utf8');
      if (!stat.includes('(postgres)')) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone
    }
  }
  return ticks * 10;
}

function rssMbOf(pid) {
  const pids = [pid];
  try {
    pids.push(
      ...fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number),
    );
  } catch {
    // one process
  }
  let kb = 0;
  for (const p of pids) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // gone
    }
  }
  return kb / 1024;
}

async function startServer(store, workers) {
  const child = await startWijknet(store, { LOG_LEVEL: 'warn' }, workers > 1 ? ['--workers', String(workers)] : []);
  children.add(child.proc);
  if (workers > 1) {
    // Every worker listens before the load starts.
    for (
      let i = 0;
      i < 200 &&
      fs
        .readFileSync(`/proc/${child.proc.pid}/task/${child.proc.pid}/children`, 'utf8')
        .trim()
        .split(/\s+/)
        .filter(Boolean).length < workers;
      i++
    )
      await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 1500));
  }
  return child;
}

/** A werksessie of network 0 with 60 phones joined; their streams and a fifth of the active users' streams open. */
/** The werksessie's 60 phones join once per database: a second run (--workers 2) would hit the per-address join limit. */
async function joinGuests(base, seeded) {
  const lead = { authorization: `Bearer ${seeded.networks[0].tokens[0]}` };
  const session = JSON.parse(
    (
      await send(base, 'POST', `/api/networks/${seeded.networks[0].id}/sessions`, lead, {
        kind: 'ideas',
        moderated: false,
        allowAnonymous: true,
      })
    ).body,
  );
  const guests = [];
  for (let i = 0; i < GUESTS; i++) {
    const joined = await send(base, 'POST', '/api/sessie/join', {}, { code: session.code, name: `Telefoon ${i}` });
    if (joined.status !== 201 && joined.status !== 200) throw new Error(`join ${joined.status}: ${joined.body}`);
    guests.push(JSON.parse(joined.body).token);
  }
  return guests;
}

async function openWorld(base, seeded) {
  seeded.guests ??= await joinGuests(base, seeded);
  const guests = seeded.guests;
  const counter = { events: 0 };
  const closers = [];
  for (const g of guests) closers.push(openStream(base, '/api/sessie/events', { 'x-guest-token': g }, counter));
  const active = seeded.networks.flatMap((n) => n.tokens);
  for (let i = 0; i < active.length; i += 5)
    closers.push(openStream(base, '/api/events', { authorization: `Bearer ${active[i]}` }, counter));
  return {
    networks: seeded.networks,
    guests,
    counter,
    streams: closers.length,
    close: () => closers.forEach((c) => c()),
  };
}

async function verify(store, acked) {
  const { openDatabase, sqliteFileFor } = await import(dist('db/index.js'));
  const database = await openDatabase({ url: store.databaseUrl || sqliteFileFor(store.dataDir) });
  try {
    let lost = 0;
    const ids = [...acked.actors.keys()];
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await database.db
        .selectFrom('actors')
        .select(['id', 'version', 'description'])
        .where('id', 'in', ids.slice(i, i + 500))
        .execute();
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const id of ids.slice(i, i + 500)) {
        const want = acked.actors.get(id);
        const row = byId.get(id);
        if (
          !row ||
          Number(row.version) < want.version ||
          (Number(row.version) === want.version && row.description !== want.description)
        )
          lost++;
      }
    }
    const check = async (table, set) => {
      const all = [...set];
      let found = 0;
      for (let i = 0; i < all.length; i += 500)
        found += (
          await database.db
            .selectFrom(table)
            .select('id')
            .where('id', 'in', all.slice(i, i + 500))
            .execute()
        ).length;
      return all.length - found;
    };
    lost += await check('actions', acked.actions);
    lost += await check('session_answers', acked.answers);
    // How big the data is, for the capacity plan (PostgreSQL: the whole database, with indexes).
    let sizeMb = null;
    if (store.databaseUrl) {
      const { sql } = await import('kysely');
      const row = await sql`select pg_database_size(current_database()) as size`.execute(database.db);
      sizeMb = Number(row.rows[0].size) / 1024 / 1024;
    } else {
      sizeMb = fs.statSync(sqliteFileFor(store.dataDir)).size / 1024 / 1024;
    }
    return { lost, writes: acked.actors.size + acked.actions.size + acked.answers.size, sizeMb };
  } finally {
    await database.close();
  }
}

// ---------------------------------------------------------------------------------------------

async function baseline(seeded) {
  const file = path.join(os.tmpdir(), `wijknet-load-${process.pid}.json`);
  fs.writeFileSync(file, seeded.overview);
  const port = await freePort();
  const child = await startChild(
    [path.join(root, 'bench', 'baseline-server.mjs'), String(port), file],
    {},
    `http://127.0.0.1:${port}/healthz`,
  );
  children.add(child.proc);
  try {
    const id = seeded.networks[0].id;
    const types = [{ name: 'overview', weight: 1, run: (b) => send(b, 'GET', `/api/networks/${id}`, {}) }];
    const { best } = await ladder('baseline (bare Fastify)', `http://127.0.0.1:${port}`, types, child.proc.pid);
    const idle0 = cpuMsOf(child.proc.pid);
    await new Promise((r) => setTimeout(r, 2000));
    const idle = (cpuMsOf(child.proc.pid) - idle0) / 2;
    const cpu0 = cpuMsOf(child.proc.pid);
    const r = await drive(`http://127.0.0.1:${port}`, CPU_RATE, CPU_SECONDS, types);
    return { best, cpuMs: Math.max(0, cpuMsOf(child.proc.pid) - cpu0 - idle * CPU_SECONDS) / r.done };
  } finally {
    await child.stop();
    fs.rmSync(file, { force: true });
  }
}

/** The store being used, dropped also when the bench is interrupted. */
let current = null;
/** Servers this bench started, stopped also when it is interrupted. */
const children = new Set();
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    for (const c of children) c.kill('SIGTERM');
    void (current?.drop() ?? Promise.resolve()).finally(() => process.exit(130));
  });

async function runDialect(dialect, workersList, results) {
  const store = await freshStore(dialect);
  current = store;
  try {
    process.stdout.write(`\n${dialect}: seeding ${NETWORKS} networks and ${fmt(DIRECTORY)} directory actors…\n`);
    const seeded = await seed(store);
    started = Date.now();
    process.stdout.write(
      `  seeded in ${fmt(seeded.networksMs / 1000, 1)} s (networks) + ${fmt(seeded.directoryMs / 1000, 1)} s (directory)\n`,
    );
    if (!results.baseline && !SOAK_SECONDS) results.baseline = await baseline(seeded);
    for (const workers of workersList) {
      if (overBudget()) break;
      const server = await startServer(store, workers);
      const acked = ledger();
      let world;
      try {
        world = await openWorld(server.baseUrl, seeded);
        const types = Object.entries(mix(world, acked)).map(([name, t]) => ({ name, ...t }));
        const label = `${dialect} ×${workers}`;
        const cpu = {};
        if (workers === 1) {
          // What the process (and PostgreSQL) use with nobody asking (timers, stream pings, GC),
          // taken off each type's figure; after a second's pause, so the streams' start is not in it.
          await new Promise((r) => setTimeout(r, 1000));
          const postgres = dialect === 'postgres';
          const pgIdle0 = postgres ? postgresCpuMs() : 0;
          const idle0 = cpuMsOf(server.proc.pid);
          await new Promise((r) => setTimeout(r, 2000));
          cpu.idlePerSecond = (cpuMsOf(server.proc.pid) - idle0) / 2;
          const pgIdle = postgres ? (postgresCpuMs() - pgIdle0) / 2 : 0;
          for (const t of types) {
            const before = cpuMsOf(server.proc.pid);
            const pgBefore = postgres ? postgresCpuMs() : 0;
            const r = await drive(server.baseUrl, CPU_RATE, CPU_SECONDS, [{ ...t, weight: 1 }]);
            cpu[t.name] = Math.max(0, cpuMsOf(server.proc.pid) - before - cpu.idlePerSecond * CPU_SECONDS) / r.done;
            if (postgres)
              (cpu.postgres ??= {})[t.name] = Math.max(0, postgresCpuMs() - pgBefore - pgIdle * CPU_SECONDS) / r.done;
          }
          process.stdout.write(
            `  ${label} CPU ms per request: ${types.map((t) => `${t.name} ${fmt(cpu[t.name], 2)}`).join(', ')} (idle: ${fmt(cpu.idlePerSecond)} ms/s taken off)\n`,
          );
          if (postgres)
            process.stdout.write(
              `  ${label} PostgreSQL's CPU ms per request: ${types.map((t) => `${t.name} ${fmt(cpu.postgres[t.name], 2)}`).join(', ')}\n`,
            );
        }
        // Every process warm before anything counts (code compiled, connections open, caches
        // filled): with one process the CPU runs above did that; two fresh processes answered
        // their first step at 10 req/s with a p99 of 130-480 ms, which was start-up, not load.
        if (workers > 1) await drive(server.baseUrl, 25, 10, types);
        const { best, steps } = SOAK_RATE
          ? { best: null, steps: [] }
          : await ladder(label, server.baseUrl, types, server.proc.pid, dialect === 'postgres');
        let soak = null;
        if (SOAK_SECONDS && (SOAK_RATE || best))
          soak = await runSoak(server, SOAK_RATE || Math.round(best.rate * 0.7), types);
        world.close();
        await server.stop();
        const check = await verify(store, acked);
        results.runs.push({
          dialect,
          workers,
          best,
          steps,
          cpu,
          check,
          conflicts: acked.conflicts,
          streams: world.streams,
          events: world.counter.events,
          soak,
        });
        process.stdout.write(
          `  ${label}: sustained ${best ? `${fmt(best.rate)} req/s (p99 ${fmt(best.p99, 1)} ms)` : 'less than the first step'} · ` +
            `${world.streams} streams open, ${fmt(world.counter.events)} events received · ${acked.conflicts} expected 409s · ` +
            `${check.lost} of ${fmt(check.writes)} acknowledged writes missing · database ${fmt(check.sizeMb)} MB\n`,
        );
      } finally {
        world?.close();
        await server.stop();
      }
    }
  } finally {
    current = null;
    await store.drop();
  }
}

async function runSoak(server, rate, types) {
  process.stdout.write(
    `  soak: ${SOAK_SECONDS} s at ${rate} req/s (${SOAK_RATE ? 'given with --rate' : '70% of the sustained rate'})…\n`,
  );
  const samples = [];
  const sampler = setInterval(() => samples.push({ t: (Date.now() - t0) / 1000, rss: rssMbOf(server.proc.pid) }), 5000);
  const t0 = Date.now();
  const chunks = [];
  for (let s = 0; s < SOAK_SECONDS; s += 60)
    chunks.push(await drive(server.baseUrl, rate, Math.min(60, SOAK_SECONDS - s), types));
  clearInterval(sampler);
  const afterMinute = samples.find((x) => x.t >= 60) ?? samples[0];
  const last = samples[samples.length - 1];
  const growth = (last.rss - afterMinute.rss) / afterMinute.rss;
  const p99 = Math.max(...chunks.map((c) => c.p99));
  const failed = chunks.reduce((s, c) => s + c.failed, 0);
  process.stdout.write(
    `  soak: RSS ${fmt(afterMinute.rss, 1)} MB after minute 1, ${fmt(last.rss, 1)} MB at the end (${fmt(growth * 100, 1)}%, target < 10%) · worst minute p99 ${fmt(p99, 1)} ms · ${failed} errors\n`,
  );
  return { rate, rssAfterMinute: afterMinute.rss, rssEnd: last.rss, growth, p99, failed };
}

const results = { runs: [], baseline: null };
const pg = await postgresAvailable();
const only = process.env.ONLY;
if (SOAK_SECONDS) {
  const dialect = only ?? (pg ? 'postgres' : 'sqlite');
  await runDialect(dialect, [1], results);
} else {
  if (!only || only === 'sqlite') await runDialect('sqlite', [1], results);
  if ((!only || only === 'postgres') && pg) await runDialect('postgres', [1, 2], results);
  else if (!pg) process.stdout.write('PostgreSQL is not reachable (BENCH_DATABASE_URL): skipped.\n');
}

process.stdout.write(
  `\nScale: ${NETWORKS} networks × (${MEMBERS} members, ${ACTIVE} active, ${ACTORS} partners, ${RELATIONS} relations, ${ACTIONS} actions), ` +
    `${fmt(DIRECTORY)} directory actors, a werksessie with ${GUESTS} phones; steps of ${STEP_SECONDS} s; ${os.cpus().length} cores, load generator on the same machine.\n`,
);
if (results.baseline?.best)
  process.stdout.write(
    `baseline bare Fastify: ${fmt(results.baseline.best.rate)} req/s at p99 ${fmt(results.baseline.best.p99, 1)} ms, ${fmt(results.baseline.cpuMs, 3)} CPU ms per request\n`,
  );
const pg1 = results.runs.find((r) => r.dialect === 'postgres' && r.workers === 1)?.best?.rate;
for (const r of results.runs) {
  const ratio = results.baseline?.best && r.best ? r.best.rate / results.baseline.best.rate : null;
  process.stdout.write(
    `${r.dialect} ×${r.workers}: ${r.best ? fmt(r.best.rate) : '<' + RATES[0]} req/s sustained` +
      `${ratio ? ` (${fmt(ratio * 100)}% of the baseline's)` : ''}` +
      `${r.workers > 1 && pg1 && r.best ? `, ${fmt(r.best.rate / pg1, 2)}× one process` : ''}` +
      ` · lost writes ${r.check.lost}\n`,
  );
}
const lost = results.runs.reduce((s, r) => s + r.check.lost, 0);
if (process.env.BENCH_JSON) fs.writeFileSync(process.env.BENCH_JSON, JSON.stringify(results, null, 2));
process.exitCode =
  lost === 0 &&
  results.runs.every((r) => (r.best || r.soak) && (!r.soak || (r.soak.growth < 0.1 && r.soak.failed === 0)))
    ? 0
    : 1;
