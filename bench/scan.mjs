// Scan scoring: a round of 500 respondents × 40 items must score in under 50 ms (p95).
// Run: node --import tsx bench/scan.mjs (or npm run bench -- scan). Prints min, median and p95
// against a plain-loop baseline doing the same arithmetic on arrays, measured in the same run,
// since the shared machines are noisy; and, for information, the whole `wijknet scan score` command.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scoreRound } from '../src/domain/scan/score.ts';
import { scanCommand } from '../src/cli/scan.ts';

const RESPONDENTS = 500;
const DIMENSIONS = 8;
const ITEMS_PER_DIMENSION = 5;
const RUNS = 200;
const LIMIT_MS = 50;

const definition = {
  id: 'bench',
  name: 'Benchscan',
  version: 1,
  scale: { min: 1, max: 5, labels: {} },
  dimensions: Array.from({ length: DIMENSIONS }, (_, d) => ({
    id: `d${d}`,
    name: `Dimensie ${d}`,
    items: Array.from({ length: ITEMS_PER_DIMENSION }, (_, i) => ({
      id: `d${d}i${i}`,
      text: 'Vraag',
      ...(i === 2 ? { reverse: true } : {}),
    })),
  })),
};
const itemIds = definition.dimensions.flatMap((d) => d.items.map((i) => i.id));

function round(seed) {
  let x = seed;
  const rnd = (n) => ((x = (x * 1103515245 + 12345) % 2 ** 31), x % n);
  return Array.from({ length: RESPONDENTS }, () => {
    const answers = {};
    // About one answer in ten is left empty, as in real rounds.
    for (const id of itemIds) answers[id] = rnd(10) === 0 ? null : 1 + rnd(5);
    return answers;
  });
}

/** The same rule written as bare loops over arrays: the floor of what the arithmetic costs. */
function baseline(rows) {
  const out = [];
  for (let d = 0; d < DIMENSIONS; d++) {
    const scores = [];
    for (const answers of rows) {
      let sum = 0;
      let answered = 0;
      for (let i = 0; i < ITEMS_PER_DIMENSION; i++) {
        const v = answers[d * ITEMS_PER_DIMENSION + i];
        if (v === null) continue;
        sum += i === 2 ? 6 - v : v;
        answered++;
      }
      if (answered * 2 >= ITEMS_PER_DIMENSION) scores.push(sum / answered);
    }
    let m = 0;
    for (const s of scores) m += s;
    m /= scores.length;
    let q = 0;
    for (const s of scores) q += (s - m) * (s - m);
    out.push({ mean: m, sd: Math.sqrt(q / (scores.length - 1)), n: scores.length });
  }
  return out;
}

function time(fn, inputs) {
  const out = [];
  for (const input of inputs) {
    const t0 = performance.now();
    fn(input);
    out.push(performance.now() - t0);
  }
  out.sort((a, b) => a - b);
  return { min: out[0], median: out[Math.floor(out.length / 2)], p95: out[Math.floor(out.length * 0.95)] };
}

const rounds = Array.from({ length: RUNS }, (_, r) => round(r + 1));
const arrays = rounds.map((rows) => rows.map((answers) => itemIds.map((id) => answers[id])));

// Both must agree before their times mean anything.
const check = scoreRound(definition, rounds[0]).dimensions;
baseline(arrays[0]).forEach((b, d) => {
  if (Math.abs(b.mean - check[d].mean) > 1e-12 || Math.abs(b.sd - check[d].sd) > 1e-12 || b.n !== check[d].n) {
    throw new Error(`baseline and scoreRound differ for dimension ${d}`);
  }
});

for (let w = 0; w < 20; w++) {
  scoreRound(definition, rounds[w]);
  baseline(arrays[w]);
}
const base = time(baseline, arrays);
const ours = time((rows) => scoreRound(definition, rows), rounds);
const ok = ours.p95 < LIMIT_MS;
const f = (n) => n.toFixed(2);
console.log(
  `scan scoring, ${RESPONDENTS} respondents × ${itemIds.length} items, ${RUNS} rounds: min ${f(ours.min)} ms, median ${f(ours.median)} ms, p95 ${f(ours.p95)} ms (limit ${LIMIT_MS} ms) ${ok ? 'OK' : 'TE TRAAG'}`,
);
console.log(
  `baseline (plain loops over arrays): min ${f(base.min)} ms, median ${f(base.median)} ms, p95 ${f(base.p95)} ms; ratio median ${(ours.median / base.median).toFixed(1)}×, p95 ${(ours.p95 / base.p95).toFixed(1)}×`,
);

// The whole command on the same round as a CSV file: reading, checking, scoring, JSON.
const dir = mkdtempSync(join(tmpdir(), 'wijknet-bench-scan-'));
try {
  const definitionPath = join(dir, 'scan.json');
  const answersPath = join(dir, 'antwoorden.csv');
  writeFileSync(definitionPath, JSON.stringify(definition));
  const lines = [
    ['respondent', ...itemIds].join(';'),
    ...rounds[0].map((a, r) => [`r${r + 1}`, ...itemIds.map((id) => a[id] ?? '')].join(';')),
  ];
  writeFileSync(answersPath, `${lines.join('\n')}\n`);
  const times = [];
  for (let run = 0; run < 20; run++) {
    const t0 = performance.now();
    const code = await scanCommand(['score', '--definition', definitionPath, '--answers', answersPath, '--json'], {
      stdout: () => {},
      stderr: (s) => process.stderr.write(s),
    });
    times.push(performance.now() - t0);
    if (code !== 0) throw new Error(`scanCommand gaf exitcode ${code}`);
  }
  times.sort((a, b) => a - b);
  console.log(
    `wijknet scan score --json on that round as CSV (${lines.length - 1} rows), median of 20: ${f(times[10])} ms`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = ok ? 0 : 1;
