#!/usr/bin/env node
// The kartrekker cockpit of a busy network (60 partners with their representatives and activity,
// 500 actions, 100 agreements, an open scan round, open representation requests, a card version
// with half the consents) must answer in under 100 ms (p95), on SQLite and PostgreSQL.
// Run: npm run bench -- cockpit (builds first). Each request goes through the whole app
// (app.inject: auth hook with an API token, membership, the one facts repository, the rules, the
// words), measured against GET /healthz (a database round trip) in the same run and process,
// alternating, since the shared machines are noisy. Sequential requests, so p95 is a latency.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { freshStore, postgresAvailable, root } from './lib.mjs';

const PARTNERS = 60;
const ACTIONS = 500;
const AGREEMENTS = 100;
const RUNS = Number(process.env.BENCH_RUNS ?? 300);
const LIMIT_MS = 100;

const dist = (p) => pathToFileURL(path.join(root, 'dist', 'server', p)).href;
const dayOffset = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const momentOffset = (days) => new Date(Date.now() + days * 86_400_000).toISOString();

async function seed(services, deps) {
  const lead = await services.auth.ensureUser('kartrekker@bench.invalid');
  await services.auth.updateMe(lead, { name: 'Kartrekker' });
  const network = await services.networks.create(lead, { name: 'Benchnetwerk', areaLevel: 'wijk', areaName: 'Bench' });
  const leadMember = await deps.db
    .selectFrom('members')
    .select('id')
    .where('network_id', '=', network.id)
    .where('user_id', '=', lead.id)
    .executeTakeFirstOrThrow();
  const ctx = { networkId: network.id, userId: lead.id, memberId: leadMember.id, role: 'kartrekker', actorId: null };
  const db = deps.db;
  const now = new Date().toISOString();
  const members = [];
  const actors = [];
  for (let i = 0; i < PARTNERS; i++) {
    const actor = await services.actors.create(ctx, {
      kind: 'organisation',
      name: `Partner ${String(i).padStart(2, '0')}`,
      domain: 'welzijn',
    });
    actors.push(actor.id);
    const user = await services.auth.ensureUser(`partner${i}@bench.invalid`);
    const id = `bench-m-${i}`;
    await db
      .insertInto('members')
      .values({
        id,
        network_id: network.id,
        user_id: user.id,
        role: 'partner',
        actor_id: actor.id,
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
    members.push({ id, userId: user.id });
  }
  // Partners joined long ago; each representative left 20 changes, a quarter of them long ago only.
  await db
    .updateTable('network_actors')
    .set({ added_at: momentOffset(-400) })
    .where('network_id', '=', network.id)
    .execute();
  const audit = [];
  members.forEach((m, i) => {
    for (let k = 0; k < 20; k++)
      audit.push({
        id: `bench-a-${i}-${k}`,
        network_id: network.id,
        user_id: m.userId,
        at: momentOffset(-(i % 4 === 0 ? 60 : 1) - k * 3),
        entity: 'action',
        entity_id: 'x',
        action: 'update',
        changes: '{}',
      });
  });
  for (let k = 0; k < audit.length; k += 200)
    await db
      .insertInto('audit_log')
      .values(audit.slice(k, k + 200))
      .execute();
  const statuses = ['open', 'bezig', 'klaar', 'vervallen'];
  const actions = Array.from({ length: ACTIONS }, (_, i) => ({
    id: `bench-act-${i}`,
    network_id: network.id,
    title: `Actie ${i}`,
    description: '',
    owner_member_id: members[i % members.length].id,
    actor_id: actors[i % actors.length],
    goal_id: null,
    due_on: i % 10 === 0 ? null : dayOffset((i % 120) - 60),
    status: statuses[i % 4],
    plan_year: new Date().getUTCFullYear(),
    carried_from: null,
    created_at: momentOffset(-200),
    updated_at: now,
    version: 1,
  }));
  for (let k = 0; k < actions.length; k += 100)
    await db
      .insertInto('actions')
      .values(actions.slice(k, k + 100))
      .execute();
  const agreements = Array.from({ length: AGREEMENTS }, (_, i) => ({
    id: `bench-ag-${i}`,
    network_id: network.id,
    kind: 'besluitvorming',
    title: `Afspraak ${i}`,
    body: '',
    decision_rule: null,
    details: '{}',
    review_on: i % 5 === 0 ? null : dayOffset((i % 60) - 30),
    created_at: now,
    updated_at: now,
    version: 1,
  }));
  await db.insertInto('agreements').values(agreements).execute();
  const round = await services.scan.open(ctx, { instrumentId: 'wijknet-samenwerkingsscan', closesOn: dayOffset(1) });
  for (let i = 0; i < 5; i++)
    await db
      .insertInto('representation_requests')
      .values({
        id: `bench-r-${i}`,
        network_id: network.id,
        member_id: leadMember.id,
        actor_id: actors[i],
        status: 'open',
        asked_at: momentOffset(-i),
        decided_at: null,
        decided_by: null,
        reason: '',
      })
      .execute();
  await db
    .insertInto('card_versions')
    .values({
      id: 'bench-v1',
      network_id: network.id,
      number: 1,
      snapshot: JSON.stringify({ parties: actors.map((a) => ({ party: `actor:${a}` })) }),
      published_by: null,
      published_at: momentOffset(-10),
    })
    .execute();
  await db
    .insertInto('card_consents')
    .values(
      actors.slice(0, PARTNERS / 2).map((a, i) => ({
        id: `bench-c-${i}`,
        network_id: network.id,
        version_id: 'bench-v1',
        party: `actor:${a}`,
        member_id: members[i].id,
        user_name: 'Partner',
        consented_at: now,
      })),
    )
    .execute();
  const token = (await services.auth.createToken(lead.id, 'bench')).token;
  return { networkId: network.id, token, roundId: round.id };
}

const stats = (times) => {
  const s = [...times].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], p95: s[Math.floor(s.length * 0.95)] };
};

export async function benchCockpit(dialects) {
  const { loadConfig } = await import(dist('core/config.js'));
  const { buildApp } = await import(dist('server/app.js'));
  const rows = [];
  for (const dialect of dialects) {
    const store = await freshStore(dialect);
    try {
      const config = {
        ...loadConfig({}),
        dataDir: store.dataDir,
        databaseUrl: store.databaseUrl || undefined,
        serveWeb: false,
        logLevel: 'silent',
      };
      const { app, services, deps } = await buildApp(config, {
        logger: false,
        mailer: { send: async () => undefined },
      });
      try {
        const { networkId, token } = await seed(services, deps);
        const headers = { authorization: `Bearer ${token}` };
        const cockpit = () => app.inject({ method: 'GET', url: `/api/networks/${networkId}/cockpit`, headers });
        const healthz = () => app.inject({ method: 'GET', url: '/healthz' });
        const first = await cockpit();
        if (first.statusCode !== 200) throw new Error(`cockpit ${first.statusCode}: ${first.body}`);
        const items = JSON.parse(first.body).items.length;
        for (let w = 0; w < 20; w++) {
          await cockpit();
          await healthz();
        }
        const ours = [];
        const base = [];
        for (let r = 0; r < RUNS; r++) {
          let t0 = performance.now();
          const res = await cockpit();
          ours.push(performance.now() - t0);
          if (res.statusCode !== 200) throw new Error(`cockpit ${res.statusCode}`);
          t0 = performance.now();
          await healthz();
          base.push(performance.now() - t0);
        }
        const o = stats(ours);
        const b = stats(base);
        const ok = o.p95 < LIMIT_MS;
        rows.push({ dialect, ok, o, b, items });
        const f = (n) => n.toFixed(1);
        process.stdout.write(
          `cockpit ${dialect}: ${PARTNERS} partners, ${ACTIONS} actions, ${AGREEMENTS} agreements → ${items} items · ` +
            `median ${f(o.median)} ms, p95 ${f(o.p95)} ms (limit ${LIMIT_MS} ms) ${ok ? 'OK' : 'TE TRAAG'} · ` +
            `baseline /healthz median ${f(b.median)} ms, p95 ${f(b.p95)} ms · ratio p95 ${(o.p95 / b.p95).toFixed(1)}×\n`,
        );
      } finally {
        await app.close();
      }
    } finally {
      await store.drop();
    }
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dialects = ['sqlite', ...((await postgresAvailable()) ? ['postgres'] : [])];
  const rows = await benchCockpit(dialects);
  process.exitCode = rows.every((r) => r.ok) ? 0 : 1;
}
