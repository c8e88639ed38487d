import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { effectsCommand } from './effects.js';
import { handModel } from '../test/effects-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'wijknet-effects-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileCount = 0;
function file(content: unknown): string {
  const path = join(dir, `model-${++fileCount}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await effectsCommand(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

// Figures of the hand model, worked out in src/domain/effects/calculate.test.ts:
// PV_in = 1500 + 1100/1.1 + 10 · 50 = 3000; PV_1 = 800/1.1 + 400/1.21 + 200/1.331; PV_2 = 1210/1.1 + 1210/1.21 = 2100.
const PV_1 = 800 / 1.1 + 400 / 1.21 + 200 / 1.331;
const PV_2 = 1210 / 1.1 + 1210 / 1.21;

describe('wijknet effects', () => {
  it('prints exactly the documented JSON with --json', async () => {
    const { code, stdout, stderr } = await run(file(handModel()), '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual([
      'pvInputs',
      'pvOutcomes',
      'ratio',
      'npv',
      'paybackYear',
      'stakeholders',
      'outcomes',
    ]);
    expect(json).toEqual({
      pvInputs: expect.closeTo(3000, 10),
      pvOutcomes: expect.closeTo(PV_1 + PV_2, 10),
      ratio: expect.closeTo((PV_1 + PV_2) / 3000, 12),
      npv: expect.closeTo(PV_1 + PV_2 - 3000, 10),
      paybackYear: 2,
      stakeholders: [
        { name: 'Buurthuis', investment: 500, benefit: 0, proposedShare: 0 },
        {
          name: 'Gemeente',
          investment: expect.closeTo(2500, 10),
          benefit: expect.closeTo(0.25 * PV_1 + PV_2, 10),
          proposedShare: expect.closeTo((0.25 * PV_1 + PV_2) / (PV_1 + PV_2), 12),
        },
        {
          name: 'Zorgverzekeraar',
          investment: 0,
          benefit: expect.closeTo(0.75 * PV_1, 10),
          proposedShare: expect.closeTo((0.75 * PV_1) / (PV_1 + PV_2), 12),
        },
      ],
      outcomes: [
        { name: 'Minder huisartsbezoek', pv: expect.closeTo(1208.1141998497, 8) },
        { name: 'Minder schooluitval', pv: expect.closeTo(2100, 10) },
      ],
    });
    for (const s of json.stakeholders)
      expect(Object.keys(s)).toEqual(['name', 'investment', 'benefit', 'proposedShare']);
    // Unrounded: the ratio keeps its full precision.
    expect(String(json.ratio).length).toBeGreaterThan(10);
  });

  it('adds the uncertainty with --monte-carlo, the same for the same seed', async () => {
    const model = file({
      ...handModel(),
      outcomes: [{ ...handModel().outcomes[1], low: { proxy: 605 }, high: { proxy: 2420 } }],
    });
    const a = await run(model, '--json', '--monte-carlo', '500', '--seed', '9');
    const b = await run(model, '--json', '--monte-carlo=500', '--seed=9');
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    const json = JSON.parse(a.stdout);
    expect(Object.keys(json).at(-1)).toBe('uncertainty');
    expect(Object.keys(json.uncertainty)).toEqual(['runs', 'seed', 'pRatioAbove1', 'p05', 'p50', 'p95']);
    expect(json.uncertainty).toMatchObject({ runs: 500, seed: 9 });
    expect(json.uncertainty.p05).toBeLessThan(json.uncertainty.p50);
    expect(json.uncertainty.p50).toBeLessThan(json.uncertainty.p95);
    const defaultSeed = JSON.parse((await run(model, '--json', '--monte-carlo', '50')).stdout);
    expect(defaultSeed.uncertainty.seed).toBe(1);
  });

  it('prints a Dutch summary without --json', async () => {
    const { code, stdout } = await run(file(handModel()), '--monte-carlo', '1000');
    expect(code).toBe(0);
    expect(stdout).toContain('Effectberekening met een disconteringsvoet van 10%');
    expect(stdout).toMatch(/Investeringen \(contante waarde\) +€ 3\.000\n/);
    // 3308.11 → € 3.308; ratio 1.1027 → 1,10; payback in year 2.
    expect(stdout).toMatch(/Opbrengsten \(contante waarde\) +€ 3\.308\n/);
    expect(stdout).toContain('1,10: elke euro levert € 1,10 op');
    expect(stdout).toContain('in jaar 2');
    expect(stdout).toContain(
      'Gemeente investeert het meest: € 2.500 van de € 3.000 en heeft er zelf ook het meeste baat bij.',
    );
    expect(stdout).toMatch(/Zorgverzekeraar +€ 0 +€ 906 +27% \(€ 822\)/);
    expect(stdout).toContain('Onzekerheid (1.000 keer doorgerekend');
  });

  it('names the investor and the one who benefits most', async () => {
    const model = handModel();
    model.inputs = [{ stakeholder: 'De gemeente', year: 1, amount: 82_000 }];
    model.outcomes[1].beneficiaries = { 'de zorgverzekeraar': 1 };
    const { stdout } = await run(file(model));
    expect(stdout).toContain('De gemeente investeert € 82.000 en de zorgverzekeraar heeft er het meeste baat bij.');
  });

  it('warns on stderr when there is no ratio, and prints null', async () => {
    const model = handModel();
    model.inputs = [{ stakeholder: 'Vrijwilligers', year: 1, hours: 100, rate: 0 }];
    const { code, stdout, stderr } = await run(file(model), '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).ratio).toBeNull();
    expect(stderr).toContain('Let op: De investeringen zijn samen € 0 waard');
  });

  it('exits 2 with a Dutch message naming the field for a bad model', async () => {
    const model = handModel();
    model.outcomes[1].beneficiaries = { Gemeente: 0.9 };
    const { code, stdout, stderr } = await run(file(model), '--json');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('- outcomes[1].beneficiaries: de aandelen tellen op tot 90%; dat moet 100% zijn');
    const empty = await run(file({ inputs: [], outcomes: [] }));
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('inputs: het model heeft geen investeringen.');
  });

  it('exits 2 for a missing file, broken JSON and wrong options', async () => {
    const cases: [string[], string][] = [
      [[join(dir, 'weg.json')], 'bestaat niet'],
      [[file('{"inputs": [')], 'is geen geldige JSON'],
      [[], 'Geef het modelbestand op'],
      [[file(handModel()), '--monte-carlo', 'veel'], '--monte-carlo "veel" kan niet'],
      [[file(handModel()), '--monte-carlo', '0'], 'geef een heel getal van 1 tot en met 1.000.000'],
      [[file(handModel()), '--monte-carlo'], 'Na --monte-carlo hoort'],
      [[file(handModel()), '--seed', '3'], '--seed hoort bij --monte-carlo'],
      [[file(handModel()), '--rond'], '"--rond" ken ik niet'],
      [[file(handModel()), file(handModel())], 'Geef één modelbestand op'],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = await run(...args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toContain(message);
    }
  });

  it('reads a file with a byte order mark and shows help', async () => {
    expect((await run(file(`\uFEFF${JSON.stringify(handModel())}`), '--json')).code).toBe(0);
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Gebruik: wijknet effects MODEL.json');
  });
});

describe('the worked example in docs/EFFECTS-FORMAT.md', () => {
  const doc = readFileSync(fileURLToPath(new URL('../../docs/EFFECTS-FORMAT.md', import.meta.url)), 'utf8');
  const example = /```json effects-example\n([\s\S]*?)\n```/.exec(doc)![1];

  it('gives the figures worked out by hand there', async () => {
    const { code, stdout } = await run(file(example), '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    // PV_in = 40,000 + 40,000/1.0225 + 500 · 60 = 109,119.80
    expect(json.pvInputs).toBeCloseTo(109_119.8044, 3);
    // GP visits: V = 50 · 120 · 0.8 · 0.75 = 3,600 → 3,600/1.0225 + 2,880/1.0225² + 2,304/1.0225³ = 8,430.65
    // Nursing home: V = 6 · 30,000 · 0.5 · 0.6 = 54,000 → 54,000/1.0225 + 54,000/1.0225² = 104,461.36
    expect(json.outcomes).toEqual([
      { name: 'Minder huisartsbezoek', pv: expect.closeTo(8_430.6533, 3) },
      { name: 'Later naar het verpleeghuis', pv: expect.closeTo(104_461.3554, 3) },
    ]);
    expect(json.pvOutcomes).toBeCloseTo(112_892.0088, 3);
    expect(json.ratio).toBeCloseTo(1.03457, 5);
    expect(json.npv).toBeCloseTo(3_772.2044, 3);
    expect(json.paybackYear).toBe(2);
    expect(json.stakeholders.map((s: { name: string }) => s.name)).toEqual([
      'Gemeente',
      'Welzijn Oost',
      'Zorgverzekeraar',
    ]);
    expect(json.stakeholders[0].investment).toBeCloseTo(79_119.8044, 3);
    expect(json.stakeholders[0].benefit).toBeCloseTo(20_892.2711, 3);
    expect(json.stakeholders[0].proposedShare).toBeCloseTo(0.18506, 5);
    expect(json.stakeholders[2].benefit).toBeCloseTo(91_999.7377, 3);
    expect(json.stakeholders[2].proposedShare).toBeCloseTo(0.81494, 5);
    // The same figures, rounded as the table on that page shows them.
    for (const figure of [
      '109,119.80',
      '39,119.80',
      '8,430.65',
      '104,461.36',
      '112,892.01',
      '1.0346',
      '3,772.20',
      '110,736.78',
      '20,892.27',
      '91,999.74',
      '0.1851',
      '0.8149',
    ]) {
      expect(doc).toContain(figure);
    }
  });

  it('names the assumptions with the largest swing, as worked out there', async () => {
    const { stdout } = await run(file(example));
    // quantity 3 / 8: (8,430.65 + 104,461.36 · 3/6) / 109,119.80 = 0.5559 and (8,430.65 + 104,461.36 · 8/6) / 109,119.80 = 1.3537
    // attribution 0.3 / 0.5: (8,430.65 + 104,461.36 · 0.7/0.6) / 109,119.80 = 1.1941 and (… · 0.5/0.6) = 0.8750
    // hours 400 / 700: 112,892.01 / 103,119.80 = 1.0948 and 112,892.01 / 121,119.80 = 0.9321
    // (the year-2 amount, 35,000 to 50,000, swings less: 1.083 to 0.989, so it is not named).
    expect(stdout).toContain(
      [
        'Welke aannames tellen het zwaarst (de verhouding als alleen die aanname op laag of hoog staat):',
        '  Later naar het verpleeghuis, aantal (3 tot 8): 0,56 tot 1,35',
        '  Later naar het verpleeghuis, deel door anderen (0,3 tot 0,5): 1,19 tot 0,88',
        '  Welzijn Oost, uren (400 tot 700): 1,09 tot 0,93',
      ].join('\n'),
    );
  });

  it('shows the output the command prints', async () => {
    const { stdout } = await run(file(example), '--monte-carlo', '10000');
    const shown = /--monte-carlo 10000` prints:\n\n```\n([\s\S]*?)```/.exec(doc)![1];
    expect(stdout).toBe(shown);
  });
});
