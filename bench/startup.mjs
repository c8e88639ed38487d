#!/usr/bin/env node
// Cold start: `npm start` (node bin/wijknet.js start, compiled JavaScript already built) until the
// first 200 on /healthz, on an empty data directory (migrations run) and on an existing one.
// Median of 5 each. Target: < 2 s.
import path from 'node:path';
import { ensureBuilt } from '../bin/build.js';
import { fmt, freePort, freshStore, root, startChild } from './lib.mjs';

const RUNS = 5;

export async function benchStartup() {
  const rows = [];
  const store = await freshStore('sqlite');
  try {
    for (const kind of ['lege map (migraties)', 'bestaande database']) {
      const times = [];
      for (let i = 0; i < RUNS; i++) {
        const dir = kind.startsWith('lege') ? (await freshStore('sqlite')).dataDir : store.dataDir;
        // Measure a start, not a build: in a tree where sources change, bring dist/ up to date first.
        ensureBuilt({ quiet: true });
        const port = await freePort();
        const child = await startChild(
          [path.join(root, 'bin', 'wijknet.js'), 'start'],
          { WIJKNET_DATA_DIR: dir, DATABASE_URL: '', HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn' },
          `http://127.0.0.1:${port}/healthz`,
        );
        times.push(child.readyMs);
        await child.stop();
      }
      times.sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)];
      rows.push({ kind, median, ok: median < 2000 });
      process.stdout.write(
        `startup ${kind}: mediaan ${fmt(median)} ms (${times.map((t) => fmt(t)).join(', ')}) · ${median < 2000 ? 'doel gehaald' : 'DOEL NIET GEHAALD'} (< 2 s)\n`,
      );
    }
  } finally {
    await store.drop();
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await benchStartup();
  process.exitCode = rows.every((r) => r.ok) ? 0 : 1;
}
