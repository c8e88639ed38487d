#!/usr/bin/env node
// Times `wijknet analyse --json` on a random network of 2,000 actors and 12,000 relations against
// igraph's betweenness (C core) on the same graph, in the same run: the rounds alternate between
// the two, so both see the same load on a shared machine. Checks that both give the same
// betweenness. Loading the graph into igraph is not timed; the command is timed whole.
//
//   node bench/analyse.mjs                     # builds first when dist/ is older than the sources
//   BENCH_ROUNDS=9 node bench/analyse.mjs      # more rounds (default 5)
//   BENCH_NETWORKX=1 node bench/analyse.mjs    # also NetworkX, once (15–40 s on this machine)
//
// "As a new node process" is exactly what a user types: `node bin/wijknet.js analyse … --json`,
// with the build check, the command line and the output to a pipe; only a small module given with
// --import is added, to report the process's CPU time when it exits. `node -e 0` is timed in the
// same rounds: Node's own start, which differs a lot between machines (50–150 ms seen).
//
// Needs python3 with igraph (Debian: apt-get install -y python3-igraph); without it the igraph
// comparison is skipped with a message. BENCH_PYTHON picks the interpreter; otherwise the first of
// python3 and /usr/bin/python3 that has the module is used.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureBuilt } from '../bin/build.js';
import { mulberry32 } from './lib.mjs';

const ACTORS = 2000;
const RELATIONS = 12000;
const SEED = 42;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const DOMAINS = ['zorg', 'welzijn', 'wonen', 'gemeente', 'veiligheid', 'onderwijs', 'ondernemers', 'bewoners'];

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'wijknet-bench-analyse-'));

/** The command from dist/server, built first when it is missing or older than the sources. */
function loadCommand() {
  ensureBuilt({ quiet: false });
  return join(root, 'dist/server/cli/analyse.js');
}

function writeNetwork() {
  const random = mulberry32(SEED);
  const label = (i) => `Actor ${String(i + 1).padStart(4, '0')}`;
  const actors = ['Label;Type;Domein'];
  for (let i = 0; i < ACTORS; i++)
    actors.push(`${label(i)};organisatie;${DOMAINS[Math.floor(random() * DOMAINS.length)]}`);
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
const ms = (x) => `${Math.round(x).toLocaleString('en')} ms`;
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

// Both sides stay loaded between rounds: igraph waits for a line on stdin, runs betweenness
// once and answers with its wall and CPU time, so the rounds can alternate with the command.
const IGRAPH = `
import csv, json, sys, time
import igraph
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    names = [row['Label'] for row in csv.DictReader(f, delimiter=';')]
index = {name: i for i, name in enumerate(names)}
with open(sys.argv[2], newline='', encoding='utf-8') as f:
    edges = [(index[row['From']], index[row['To']]) for row in csv.DictReader(f, delimiter=';')]
g = igraph.Graph(n=len(names), edges=edges)
n = g.vcount()
print(json.dumps({'version': igraph.__version__}), flush=True)
for line in sys.stdin:
    wall, cpu = time.perf_counter(), time.process_time()
    values = g.betweenness(directed=False)
    answer = {'wall': (time.perf_counter() - wall) * 1000, 'cpu': (time.process_time() - cpu) * 1000}
    if line.strip() == 'values':
        # igraph counts each unordered pair once; the product divides by (n - 1)(n - 2) / 2.
        answer['betweenness'] = {name: 2 * b / ((n - 1) * (n - 2)) for name, b in zip(names, values)}
    print(json.dumps(answer), flush=True)
`;

const NETWORKX = `
import csv, json, sys, time
import networkx as nx
g = nx.Graph()
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    g.add_nodes_from(row['Label'] for row in csv.DictReader(f, delimiter=';'))
with open(sys.argv[2], newline='', encoding='utf-8') as f:
    g.add_edges_from((row['From'], row['To']) for row in csv.DictReader(f, delimiter=';'))
wall, cpu = time.perf_counter(), time.process_time()
betweenness = nx.betweenness_centrality(g, normalized=True)
print(json.dumps({'version': nx.__version__, 'wall': (time.perf_counter() - wall) * 1000,
                  'cpu': (time.process_time() - cpu) * 1000, 'betweenness': betweenness}))
`;

// A fresh process per run, as a user runs the command; it reports its own CPU time (all threads).
// Given with --import to the command's process: reports its CPU time when it exits.
const CPU_REPORTER = `process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write('BENCH_CPU ' + (user + system) / 1000 + '\\n');
});
`;

function findPython(module) {
  const candidates = process.env.BENCH_PYTHON ? [process.env.BENCH_PYTHON] : ['python3', '/usr/bin/python3'];
  return candidates.find((python) => spawnSync(python, ['-c', `import ${module}`], { stdio: 'ignore' }).status === 0);
}

async function startIgraph(actorsPath, relationsPath) {
  const python = findPython('igraph');
  if (!python) return undefined;
  const child = spawn(python, ['-c', IGRAPH, actorsPath, relationsPath], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => {
    const { value, done } = await lines.next();
    if (done) throw new Error('igraph stopte onverwacht');
    return JSON.parse(value);
  };
  const { version } = await next();
  return {
    python,
    version,
    run: async (what = 'run') => {
      child.stdin.write(`${what}\n`);
      return next();
    },
    stop: () => child.stdin.end(),
  };
}

async function runInProcess(analyseCommand, args) {
  let output = '';
  const cpu = process.cpuUsage();
  const start = performance.now();
  const code = await analyseCommand(args, { stdout: (s) => (output += s), stderr: (s) => process.stderr.write(s) });
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  if (code !== 0) throw new Error(`analyseCommand gaf exitcode ${code}`);
  return { wall, cpu: (used.user + used.system) / 1000, output };
}

function runProcess(reporterPath, args) {
  const start = performance.now();
  const r = spawnSync(
    process.execPath,
    ['--import', pathToFileURL(reporterPath).href, join(root, 'bin/wijknet.js'), 'analyse', ...args],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const wall = performance.now() - start;
  if (r.status !== 0) throw new Error(`wijknet analyse gaf exitcode ${r.status}: ${r.stderr}`);
  return { wall, cpu: Number(/BENCH_CPU (\S+)/.exec(r.stderr)?.[1]) };
}

/** Node's own start and exit, nothing loaded: the part of a new process no command can avoid. */
function runEmptyNode() {
  const start = performance.now();
  const r = spawnSync(process.execPath, ['-e', '0']);
  if (r.status !== 0) throw new Error(`node -e 0 gaf exitcode ${r.status}`);
  return performance.now() - start;
}

/** The benchmark graph as the command builds it, for timing betweenness alone on one and on all threads. */
async function betweennessOnly(file, actorsPath, relationsPath) {
  const url = (p) => pathToFileURL(join(dirname(file), p)).href;
  const { prepareReading } = await import(url('../domain/network/reading.js'));
  const { betweenness } = await import(url('../domain/network/betweenness.js'));
  const { parallelBetweenness, freeThreads, cpuSample, busyElsewhere } = await import(url('parallel-betweenness.js'));
  const since = cpuSample();
  await new Promise((resolve) => setTimeout(resolve, 200));
  console.log(
    `Cores busy with other processes: ${busyElsewhere(since).toFixed(2)} (200 ms sample); threads the command would use now: ${freeThreads(undefined, busyElsewhere(since))} of ${availableParallelism()}`,
  );
  const rows = (path) =>
    readFileSync(path, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(';'));
  const actors = rows(actorsPath).map(([label, , domain]) => ({ id: label, name: label, domain }));
  const relations = rows(relationsPath).map(([from, to]) => ({ from, to }));
  const { graph } = prepareReading(actors, relations);
  const one = betweenness(graph);
  const all = await parallelBetweenness(graph, { threads: availableParallelism() });
  const same = Buffer.from(one.buffer).equals(Buffer.from(all.buffer));
  console.log(
    `Betweenness on ${availableParallelism()} threads identical to one thread, bit for bit: ${same ? 'yes' : 'NO'}`,
  );
  if (!same) process.exitCode = 1;
  const time = async (fn) => {
    const cpu = process.cpuUsage();
    const start = performance.now();
    await fn();
    const wall = performance.now() - start;
    const used = process.cpuUsage(cpu);
    return { wall, cpu: (used.user + used.system) / 1000 };
  };
  return {
    single: () => time(() => betweenness(graph)),
    parallel: () => time(() => parallelBetweenness(graph, { threads: availableParallelism() })),
  };
}

function largestDifference(ours, theirs) {
  let largest = 0;
  for (const { id, betweenness } of ours.centrality) largest = Math.max(largest, Math.abs(betweenness - theirs[id]));
  return largest;
}

const row = (name, runs) =>
  `${name}: ${ms(median(runs.map((r) => r.wall)))} wall, ${ms(median(runs.map((r) => r.cpu)))} CPU  (wall per run: ${runs.map((r) => ms(r.wall)).join(', ')})`;

let igraph;
try {
  const file = loadCommand();
  const { analyseCommand } = await import(pathToFileURL(file).href);
  const { actorsPath, relationsPath } = writeNetwork();
  const reporterPath = join(work, 'cpu-reporter.mjs');
  writeFileSync(reporterPath, CPU_REPORTER);
  const args = ['--actors', actorsPath, '--relations', relationsPath, '--json'];

  igraph = await startIgraph(actorsPath, relationsPath);
  if (!igraph) {
    console.log(
      'igraph ontbreekt: de vergelijking met igraph wordt overgeslagen. Installeer het met: apt-get install -y python3-igraph',
    );
  }
  const loadBefore = load();
  const only = await betweennessOnly(file, actorsPath, relationsPath);
  const singleRuns = [];
  const parallelRuns = [];
  const inProcess = [];
  const processes = [];
  const emptyNodes = [];
  const igraphRuns = [];
  let ours;
  // One untimed round first: the JIT, the file cache and igraph's first call all warm up.
  await runInProcess(analyseCommand, args);
  await igraph?.run();
  for (let round = 0; round < ROUNDS; round++) {
    const last = round === ROUNDS - 1;
    if (igraph) igraphRuns.push(await igraph.run(last ? 'values' : 'run'));
    const run = await runInProcess(analyseCommand, args);
    inProcess.push(run);
    if (last) ours = JSON.parse(run.output);
    processes.push(runProcess(reporterPath, args));
    emptyNodes.push(runEmptyNode());
    singleRuns.push(await only.single());
    parallelRuns.push(await only.parallel());
  }
  const loadAfter = load();

  console.log(`Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'onbekend'})`);
  console.log(`Load average (1, 5, 15 min): ${loadBefore} before, ${loadAfter} after`);
  const r = ours.reading;
  console.log(
    `Graph: ${r.actors} actors, ${r.relations} relations, ${r.parts} part(s), ${r.groups.length} groups (seed ${SEED}); median of ${ROUNDS} alternating rounds`,
  );
  console.log(row('wijknet analyse --json, whole command in this process', inProcess));
  console.log(row('node bin/wijknet.js analyse --json, as a new process (what a user runs)', processes));
  console.log(
    `node -e 0 (Node's own start, in every new process): ${ms(median(emptyNodes))} wall  (wall per run: ${emptyNodes.map(ms).join(', ')})`,
  );
  console.log(row(`betweenness only, one thread`, singleRuns));
  console.log(row(`betweenness only, ${availableParallelism()} threads (parallel-betweenness.ts)`, parallelRuns));
  if (igraph) {
    const values = igraphRuns.at(-1).betweenness;
    console.log(row(`igraph ${igraph.version} (${igraph.python}) Graph.betweenness() only`, igraphRuns));
    const theirs = median(igraphRuns.map((x) => x.wall));
    console.log(
      `Ratio igraph / command: ${(theirs / median(inProcess.map((x) => x.wall))).toFixed(2)}x in this process, ${(theirs / median(processes.map((x) => x.wall))).toFixed(2)}x as a new process (target: ≥ 1)`,
    );
    console.log(`Largest betweenness difference with igraph: ${largestDifference(ours, values).toExponential(2)}`);
  }

  if (process.env.BENCH_NETWORKX) {
    const python = findPython('networkx');
    if (!python) {
      console.log('NetworkX ontbreekt: installeer het met apt-get install -y python3-networkx');
    } else {
      const nx = JSON.parse(
        execFileSync(python, ['-c', NETWORKX, actorsPath, relationsPath], {
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        }),
      );
      console.log(`NetworkX ${nx.version} betweenness_centrality only, once: ${ms(nx.wall)} wall, ${ms(nx.cpu)} CPU`);
      console.log(
        `Largest betweenness difference with NetworkX: ${largestDifference(ours, nx.betweenness).toExponential(2)}`,
      );
    }
  }
} finally {
  igraph?.stop();
  rmSync(work, { recursive: true, force: true });
}
