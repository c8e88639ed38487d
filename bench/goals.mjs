// Goal comparison: 40 partners with why ladders of 6 steps must compare in under 100 ms.
// Run: node --import tsx bench/goals.mjs. Prints median and p95 against a naive baseline
// (all-pairs Jaccard over raw words) measured in the same run, since these machines are noisy.
import { compareGoals } from '../src/domain/goals/compare.ts';

const groups = [
  'ouderen',
  'kwetsbare ouderen',
  'jongeren',
  'mantelzorgers',
  'jonge gezinnen',
  'nieuwkomers',
  'mensen met dementie',
  'mensen met weinig geld',
];
const themes = [
  'ontmoeten',
  'bewegen',
  'gezonde voeding',
  'eenzaamheid',
  'armoede en schulden',
  'zingeving',
  'vitaliteit',
  'veiligheid',
];
const verbs = [
  'ontmoeten elkaar',
  'bewegen meer',
  'eten gezonder',
  'voelen zich minder eenzaam',
  'hebben minder schulden',
  'doen weer mee',
  'voelen zich veiliger',
  'krijgen steun van elkaar',
];
const activities = [
  'Een dementiecafé',
  'Een wandelclub',
  'Kookworkshops',
  'Een taalcafé',
  'Beweegmiddagen',
  'Een buurtmoestuin',
  'Schuldhulpspreekuur',
  'Koffieochtenden',
];

function ladders(seed) {
  let x = seed;
  const rnd = (n) => ((x = (x * 1103515245 + 12345) % 2 ** 31), x % n);
  return Array.from({ length: 40 }, (_, i) => ({
    id: `l${i}`,
    partnerId: `p${i}`,
    partnerName: `Partner ${i}`,
    activity: activities[rnd(8)],
    steps: Array.from({ length: 6 }, () => `Zodat ${groups[rnd(8)]} in de wijk ${verbs[rnd(8)]} en zich gezien voelen`),
    goal: `${groups[rnd(8)]} ${verbs[rnd(8)]} dankzij ${themes[rnd(8)]}`,
    targetGroups: [groups[rnd(8)], ...(rnd(2) ? [groups[rnd(8)]] : [])],
    themes: [themes[rnd(8)], themes[rnd(8)]],
    healthDimensions: ['meedoen'],
  }));
}

function naive(input) {
  const sets = input.map((l) => new Set([l.goal, ...l.steps].join(' ').toLowerCase().split(/\W+/)));
  let s = 0;
  for (let i = 0; i < sets.length; i++)
    for (let j = i + 1; j < sets.length; j++) {
      let c = 0;
      for (const w of sets[i]) if (sets[j].has(w)) c++;
      s += c / (sets[i].size + sets[j].size - c);
    }
  return s;
}

function time(fn, runs) {
  const out = [];
  for (let r = 0; r < runs; r++) {
    const input = ladders(r + 1);
    const t0 = performance.now();
    fn(input);
    out.push(performance.now() - t0);
  }
  out.sort((a, b) => a - b);
  return { min: out[0], median: out[Math.floor(runs / 2)], p95: out[Math.floor(runs * 0.95)] };
}

compareGoals(ladders(999));
const base = time(naive, 50);
const ours = time(compareGoals, 50);
const ok = ours.p95 < 100;
console.log(
  `goal comparison, 40 partners × 6 steps: min ${ours.min.toFixed(1)} ms, median ${ours.median.toFixed(1)} ms, p95 ${ours.p95.toFixed(1)} ms (limit 100 ms) ${ok ? 'OK' : 'TE TRAAG'}`,
);
console.log(
  `baseline (naive all-pairs Jaccard): median ${base.median.toFixed(2)} ms; ratio ${(ours.median / base.median).toFixed(1)}×`,
);
process.exitCode = ok ? 0 : 1;
