#!/usr/bin/env node
// Start time of the `wijknet` command: `wijknet --help` and `wijknet analyse` on a network of 30
// actors, each the whole process (node bin/wijknet.js, compiled JavaScript already built), against
// `node -e 0` measured in the same run. Median of 5 each, runs interleaved so that a busy moment on
// a shared machine hits all alike. Targets: --help < 150 ms, analyse < 250 ms. Also shown: how long
// importing the compiled app (dist/server/server/app.js) takes, what every server start and every
// test that builds the app pays first.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt } from '../bin/build.js';
import { fmt, root } from './lib.mjs';

const RUNS = 5;
const ACTORS = 30;
const DOMAINS = ['zorg', 'welzijn', 'wonen', 'gemeente', 'veiligheid', 'onderwijs'];

/** 30 actors in six domains; a ring plus a chord every fifth actor, so there are groups and brokers. */
function writeNetwork(dir) {
  const label = (i) => `Actor ${String(i + 1).padStart(2, '0')}`;
  const actors = ['Label;Type;Domein'];
  for (let i = 0; i < ACTORS; i++) actors.push(`${label(i)};organisatie;${DOMAINS[i % DOMAINS.length]}`);
  const relations = ['From;To'];
  for (let i = 0; i < ACTORS; i++) relations.push(`${label(i)};${label((i + 1) % ACTORS)}`);
  for (let i = 0; i < ACTORS; i += 5) relations.push(`${label(i)};${label((i + 12) % ACTORS)}`);
  const actorsPath = path.join(dir, 'actoren.csv');
  const relationsPath = path.join(dir, 'relaties.csv');
  fs.writeFileSync(actorsPath, `${actors.join('\n')}\n`);
  fs.writeFileSync(relationsPath, `${relations.join('\n')}\n`);
  return { actorsPath, relationsPath };
}

function timeRun(args) {
  const started = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} gaf exitcode ${r.status}: ${r.stderr}`);
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export function benchCli() {
  ensureBuilt({ quiet: true });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wijknet-bench-cli-'));
  try {
    const { actorsPath, relationsPath } = writeNetwork(dir);
    const wijknet = path.join(root, 'bin', 'wijknet.js');
    const app = pathToFileURL(path.join(root, 'dist', 'server', 'server', 'app.js')).href;
    const cases = [
      { name: 'node -e 0', args: ['-e', '0'] },
      { name: 'wijknet --help', args: [wijknet, '--help'], target: 150 },
      {
        name: `wijknet analyse (${ACTORS} actoren)`,
        args: [wijknet, 'analyse', '--actors', actorsPath, '--relations', relationsPath],
        target: 250,
      },
      { name: 'import van de app (dist)', args: ['--input-type=module', '-e', `await import(${JSON.stringify(app)})`] },
    ];
    // One warm-up round so the first case does not pay for a cold file cache alone.
    for (const c of cases) timeRun(c.args);
    const times = cases.map(() => []);
    for (let run = 0; run < RUNS; run++) cases.forEach((c, i) => times[i].push(timeRun(c.args)));
    const baseline = median(times[0]);
    const rows = cases.map((c, i) => ({ ...c, median: median(times[i]), runs: times[i] }));
    process.stdout.write(
      `Node ${process.version}, ${os.cpus().length} cores, load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}\n`,
    );
    for (const r of rows) {
      const verdict = r.target
        ? ` · ${r.median < r.target ? 'doel gehaald' : 'DOEL NIET GEHAALD'} (< ${r.target} ms)`
        : '';
      const ratio = r === rows[0] ? '' : ` · ${(r.median / baseline).toFixed(1)}× node -e 0`;
      process.stdout.write(
        `${r.name}: mediaan ${fmt(r.median)} ms (${r.runs.map((t) => fmt(t)).join(', ')})${ratio}${verdict}\n`,
      );
    }
    return rows;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = benchCli();
  process.exitCode = rows.every((r) => !r.target || r.median < r.target) ? 0 : 1;
}
