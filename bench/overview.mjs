#!/usr/bin/env node
// GET /api/networks/:id (a network with 200 partners and 50 members), authenticated with an API
// token, against a bare Fastify route answering the same JSON from memory, on SQLite and
// PostgreSQL. 50 connections, 10 s each (BENCH_SECONDS to change), 127.0.0.1 only.
// Target: real ≥ 40% of the baseline's requests/s, and p99 < 50 ms.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { fmt, freePort, freshStore, postgresAvailable, root, seedNetwork, startChild, startWijknet } from './lib.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;

async function load(url, headers) {
  // A short warm-up (JIT, connection pools, SQLite page cache), then the measured run.
  await autocannon({ url, headers, connections: CONNECTIONS, duration: 2 });
  const r = await autocannon({ url, headers, connections: CONNECTIONS, duration: SECONDS });
  if (r.non2xx || r.errors) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 };
}

export async function benchOverview(dialects) {
  const rows = [];
  for (const dialect of dialects) {
    const store = await freshStore(dialect);
    try {
      const { networkId, token, overview } = await seedNetwork(store);
      const file = path.join(os.tmpdir(), `wijknet-overview-${process.pid}.json`);
      fs.writeFileSync(file, JSON.stringify(overview));
      const bytes = Buffer.byteLength(JSON.stringify(overview));

      const port = await freePort();
      const baseline = await startChild(
        [path.join(root, 'bench', 'baseline-server.mjs'), String(port), file],
        {},
        `http://127.0.0.1:${port}/healthz`,
      );
      const base = await load(`http://127.0.0.1:${port}/api/networks/${networkId}`, {});
      await baseline.stop();

      const server = await startWijknet(store, { LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info' });
      const real = await load(`${server.baseUrl}/api/networks/${networkId}`, { authorization: `Bearer ${token}` });
      await server.stop();
      fs.rmSync(file, { force: true });

      const ratio = real.rps / base.rps;
      rows.push({ dialect, bytes, base, real, ratio, ok: ratio >= 0.4 && real.p99 < 50 });
      process.stdout.write(
        `overview ${dialect}: baseline ${fmt(base.rps)} req/s (p99 ${base.p99} ms) · Wijknet ${fmt(real.rps)} req/s (p50 ${real.p50} ms, p99 ${real.p99} ms) · ` +
          `ratio ${fmt(ratio * 100)}% · ${fmt(bytes / 1024, 1)} KB per answer · ${ratio >= 0.4 && real.p99 < 50 ? 'doel gehaald' : 'DOEL NIET GEHAALD'} (≥ 40%, p99 < 50 ms)\n`,
      );
    } finally {
      await store.drop();
    }
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dialects = ['sqlite', ...((await postgresAvailable()) ? ['postgres'] : [])];
  const rows = await benchOverview(dialects);
  process.exitCode = rows.every((r) => r.ok) ? 0 : 1;
}
