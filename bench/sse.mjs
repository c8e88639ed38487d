#!/usr/bin/env node
// 500 Server-Sent Events clients on one network (BENCH_SSE_CLIENTS to change); one change made
// through the API must reach all of them. Reports p50/p95/max of change → arrival over several
// changes. Target: p95 < 200 ms. On SQLite, and on PostgreSQL (LISTEN/NOTIFY) when available.
import http from 'node:http';
import { fmt, freshStore, postgresAvailable, seedNetwork, startWijknet } from './lib.mjs';

const CLIENTS = Number(process.env.BENCH_SSE_CLIENTS ?? 500);
const CHANGES = 10;

function openStream(baseUrl, token, onEvent) {
  return new Promise((resolve, reject) => {
    const req = http.get(
      `${baseUrl}/api/events`,
      { headers: { authorization: `Bearer ${token}` }, agent: false },
      (res) => {
        if (res.statusCode !== 200) return reject(new Error(`SSE ${res.statusCode}`));
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => {
          buffer += chunk;
          let cut;
          while ((cut = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, cut);
            buffer = buffer.slice(cut + 2);
            const event = /^event: (.+)$/m.exec(block)?.[1];
            if (event === 'ready') resolve(req);
            else if (event === 'change') onEvent(performance.now(), /^data: (.+)$/m.exec(block)?.[1] ?? '');
          }
        });
      },
    );
    req.on('error', reject);
  });
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

export async function benchSse(dialects) {
  const rows = [];
  for (const dialect of dialects) {
    const store = await freshStore(dialect);
    let server;
    const streams = [];
    try {
      const { networkId, token } = await seedNetwork(store, { actors: 5, members: 2 });
      server = await startWijknet(store, { LOG_LEVEL: 'warn' });
      // Every change event with its arrival time; the event can come in before the API's answer.
      let seen = [];
      const onEvent = (t, data) => seen.push({ t, data });
      for (let i = 0; i < CLIENTS; i += 50) {
        streams.push(
          ...(await Promise.all(
            Array.from({ length: Math.min(50, CLIENTS - i) }, () => openStream(server.baseUrl, token, onEvent)),
          )),
        );
      }
      const latencies = [];
      const missing = [];
      for (let c = 0; c < CHANGES; c++) {
        seen = [];
        const sentAt = performance.now();
        const res = await fetch(`${server.baseUrl}/api/networks/${networkId}/actors`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ kind: 'organisation', name: `Nieuwe partner ${c}`, domain: 'zorg' }),
        });
        const { id } = await res.json();
        const arrivals = () => seen.filter((e) => e.data.includes(id)).map((e) => e.t);
        const deadline = performance.now() + 5000;
        while (arrivals().length < CLIENTS && performance.now() < deadline) await new Promise((r) => setTimeout(r, 5));
        const got = arrivals();
        missing.push(CLIENTS - got.length);
        for (const t of got) latencies.push(t - sentAt);
        await new Promise((r) => setTimeout(r, 200));
      }
      latencies.sort((a, b) => a - b);
      const row = {
        dialect,
        clients: CLIENTS,
        p50: pct(latencies, 50),
        p95: pct(latencies, 95),
        max: latencies.at(-1),
        missed: missing.reduce((a, b) => a + b, 0),
      };
      row.ok = row.p95 < 200 && row.missed === 0;
      rows.push(row);
      process.stdout.write(
        `sse ${dialect}: ${CLIENTS} streams, ${CHANGES} changes · p50 ${fmt(row.p50, 1)} ms, p95 ${fmt(row.p95, 1)} ms, max ${fmt(row.max, 1)} ms · ` +
          `${row.missed} gemist · ${row.ok ? 'doel gehaald' : 'DOEL NIET GEHAALD'} (p95 < 200 ms)\n`,
      );
    } finally {
      for (const s of streams) s.destroy();
      await server?.stop();
      await store.drop();
    }
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dialects = ['sqlite', ...((await postgresAvailable()) ? ['postgres'] : [])];
  const rows = await benchSse(dialects);
  process.exitCode = rows.every((r) => r.ok) ? 0 : 1;
}
