#!/usr/bin/env node
// `npm run bench`: builds when needed, then runs every benchmark (or the ones named:
// `npm run bench -- overview sse`). Not part of `npm test` or CI; loads 127.0.0.1 only.
// Results and how to read them: docs/BENCHMARKS.md.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from '../bin/build.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const BENCHES = {
  overview: ['overview.mjs'],
  sse: ['sse.mjs'],
  startup: ['startup.mjs'],
  cli: ['cli.mjs'],
  size: ['size.mjs'],
  analyse: ['analyse.mjs'],
  search: ['--import', 'tsx', 'search.mjs'],
  map: ['--import', 'tsx', 'map.mjs'],
  sessions: ['sessions.mjs'],
  goals: ['--import', 'tsx', 'goals.mjs'],
  documents: ['--import', 'tsx', 'documents.mjs'],
  scan: ['--import', 'tsx', 'scan.mjs'],
  effects: ['--import', 'tsx', 'effects.mjs'],
  cockpit: ['cockpit.mjs'],
  import: ['import-healthz.mjs'],
  heavy: ['heavy-healthz.mjs'],
  load: ['load.mjs'],
};

ensureBuilt({ quiet: false });
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(BENCHES);
let failed = 0;
for (const name of wanted) {
  const args = BENCHES[name];
  if (!args) {
    process.stderr.write(`Onbekende benchmark: ${name}. Kies uit: ${Object.keys(BENCHES).join(', ')}\n`);
    process.exitCode = 2;
    continue;
  }
  const file = args.at(-1);
  if (!fs.existsSync(path.join(here, file))) continue;
  process.stdout.write(`\n== ${name} ==\n`);
  const r = spawnSync(process.execPath, [...args.slice(0, -1), path.join(here, file)], {
    stdio: 'inherit',
    cwd: path.join(here, '..'),
  });
  if (r.status !== 0) failed++;
}
if (failed) {
  process.stdout.write(`\n${failed} benchmark(s) haalden hun doel niet of faalden.\n`);
  process.exitCode = 1;
}
