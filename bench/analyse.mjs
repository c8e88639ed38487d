#!/usr/bin/env node
// Times `wijknet analyse --json` on a random network of 2,000 actors and 12,000 relations against
// NetworkX betweenness_centrality on the same graph (the slowest measure, and the one NetworkX
// users would reach for), and checks that both give the same betweenness.
//
//   npm run build && node bench/analyse.mjs
//
// Needs python3 with networkx (Debian: apt-get install -y python3-networkx). Without a fresh
// dist/server build, the analyse files are compiled with tsc into a temp dir first.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ACTORS = 2000;
const RELATIONS = 12000;
const SEED = 42;
const COMMAND_RUNS = 5;
const NETWORKX_RUNS = 3;
const DOMAINS = ['zorg', 'welzijn', 'wonen', 'gemeente', 'veiligheid', 'onderwijs', 'ondernemers', 'bewoners'];

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'wijknet-bench-analyse-'));

function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function newestSource() {
  const files = [join(root, 'src/cli/analyse.ts'), join(root, 'src/domain/csv.ts')];
  const network = join(root, 'src/domain/network');
  for (const name of readdirSync(network)) if (name.endsWith('.ts')) files.push(join(network, name));
  return Math.max(...files.map((f) => statSync(f).mtimeMs));
}

/** Uses dist/server when it is at least as new as the sources; otherwise compiles them itself. */
async function loadCommand() {
  const built = join(root, 'dist/server/cli/analyse.js');
  if (existsSync(built) && statSync(built).mtimeMs >= newestSource()) {
    return { analyseCommand: (await import(pathToFileURL(built).href)).analyseCommand, from: 'dist/server' };
  }
  console.log('dist/server/cli/analyse.js is missing or older than its sources; compiling them with tsc…');
  const out = join(work, 'build');
  execFileSync(
    join(root, 'node_modules/.bin/tsc'),
    ['--outDir', out, '--rootDir', join(root, 'src'), '--module', 'NodeNext', '--moduleResolution', 'NodeNext',
      '--target', 'ES2022', '--strict', '--skipLibCheck', '--types', 'node', join(root, 'src/cli/analyse.ts')],
    { cwd: root, stdio: 'inherit' },
  );
  // The compiled files are ES modules, but outside the project no package.json says so.
  writeFileSync(join(out, 'package.json'), '{"type": "module"}');
  return { analyseCommand: (await import(pathToFileURL(join(out, 'cli/analyse.js')).href)).analyseCommand, from: 'tsc into a temp dir' };
}

function writeNetwork() {
  const random = mulberry32(SEED);
  const label = (i) => `Actor ${String(i + 1).padStart(4, '0')}`;
  const actors = ['Label;Type;Domein'];
  for (let i = 0; i < ACTORS; i++) actors.push(`${label(i)};organisatie;${DOMAINS[Math.floor(random() * DOMAINS.length)]}`);
  const relations = ['From;To'];
  const seen = new Set();
  while (relations.length - 1 < RELATIONS) {
    const a = Math.floor(random() * ACTORS);
    const b = Math.floor(random() * ACTORS);
    const key = a < b ? a * ACTORS + b : b * ACTORS + a;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    relations.push(`${label(a)};${label(b)}`);
  }
  const actorsPath = join(work, 'actors.csv');
  const relationsPath = join(work, 'relations.csv');
  writeFileSync(actorsPath, `${actors.join('\n')}\n`);
  writeFileSync(relationsPath, `${relations.join('\n')}\n`);
  return { actorsPath, relationsPath };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;

const NETWORKX = `
import csv, json, sys, time
import networkx as nx
g = nx.Graph()
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    g.add_nodes_from(row['Label'] for row in csv.DictReader(f, delimiter=';'))
with open(sys.argv[2], newline='', encoding='utf-8') as f:
    g.add_edges_from((row['From'], row['To']) for row in csv.DictReader(f, delimiter=';'))
times = []
for _ in range(int(sys.argv[3])):
    start = time.perf_counter()
    betweenness = nx.betweenness_centrality(g, normalized=True)
    times.append((time.perf_counter() - start) * 1000)
print(json.dumps({'version': nx.__version__, 'times': times, 'betweenness': betweenness}))
`;

try {
  const { analyseCommand, from } = await loadCommand();
  const { actorsPath, relationsPath } = writeNetwork();

  const commandTimes = [];
  let output = '';
  for (let run = 0; run < COMMAND_RUNS; run++) {
    output = '';
    const start = performance.now();
    const code = await analyseCommand(['--actors', actorsPath, '--relations', relationsPath, '--json'], {
      stdout: (s) => (output += s),
      stderr: (s) => process.stderr.write(s),
    });
    commandTimes.push(performance.now() - start);
    if (code !== 0) throw new Error(`analyseCommand gaf exitcode ${code}`);
  }
  const ours = JSON.parse(output);

  let reference;
  try {
    reference = JSON.parse(
      execFileSync('python3', ['-c', NETWORKX, actorsPath, relationsPath, String(NETWORKX_RUNS)], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      }),
    );
  } catch (error) {
    console.error('NetworkX draaien lukte niet. Installeer het met: apt-get install -y python3-networkx');
    throw error;
  }
  let largestDifference = 0;
  for (const { name, betweenness } of ours.centrality) {
    largestDifference = Math.max(largestDifference, Math.abs(betweenness - reference.betweenness[name]));
  }

  const ourMedian = median(commandTimes);
  const theirMedian = median(reference.times);
  console.log(`Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'onbekend'}); analyse loaded from ${from}`);
  console.log(`Graph: ${ours.actors} actors, ${ours.relations} relations, ${ours.components} component(s), ${ours.communities.length} communities (seed ${SEED})`);
  console.log(`wijknet analyse --json, whole command, median of ${COMMAND_RUNS}: ${ms(ourMedian)}  (runs: ${commandTimes.map(ms).join(', ')})`);
  console.log(`NetworkX ${reference.version} betweenness_centrality only, median of ${NETWORKX_RUNS}: ${ms(theirMedian)}  (runs: ${reference.times.map(ms).join(', ')})`);
  console.log(`Ratio: ${(theirMedian / ourMedian).toFixed(1)}x faster`);
  console.log(`Largest betweenness difference with NetworkX: ${largestDifference.toExponential(2)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
