// Funder report: PDF and Excel (live formulas) of a model with 50 outcomes, each < 2 s.
// Run: node --import tsx bench/funder-report.mjs
// Baselines in the same run: a one-page PDF of the same renderer, and the report of a model with one outcome.
import { calculate } from '../src/domain/effects/calculate.ts';
import { parseEffectModel } from '../src/domain/effects/schema.ts';
import { monteCarlo, tornado } from '../src/domain/effects/uncertainty.ts';
import { describeWarning, whoPaysWhoBenefits } from '../src/domain/effects/summary.ts';
import { buildFunderReport } from '../src/modules/documents/funder-report.ts';
import { renderFunderXlsx } from '../src/modules/documents/xlsx.ts';
import { renderPdf } from '../src/modules/documents/render.ts';

const stakeholders = ['Gemeente', 'Zorgverzekeraar', 'Woningcorporatie', 'Welzijnsorganisatie'];

function file(n) {
  return {
    discountRate: 0.0225,
    inputs: stakeholders.flatMap((s, k) => [
      { stakeholder: s, year: 1, amount: 20000 + 1000 * k },
      { stakeholder: s, year: 2, hours: 200, rate: 60 },
    ]),
    outcomes: Array.from({ length: n }, (_, i) => ({
      name: `Effect ${i + 1}: minder zorggebruik en meer meedoen`,
      quantity: 10 + i,
      proxy: 100 + 7 * i,
      deadweight: 0.2,
      displacement: 0.05,
      attribution: 0.3,
      dropoff: 0.1,
      duration: 1 + (i % 5),
      beneficiaries: { [stakeholders[i % 4]]: 0.6, [stakeholders[(i + 1) % 4]]: 0.4 },
      low: { quantity: 5 + i, deadweight: 0.1 },
      high: { quantity: 20 + i, deadweight: 0.4, duration: 2 + (i % 5) },
    })),
  };
}

/** What the effects service hands the documents service for one saved version. */
function report(n) {
  const stored = file(n);
  const { model } = parseEffectModel(stored);
  const result = calculate(model);
  const mc = monteCarlo(model, 10_000, 1);
  return {
    modelId: 'm',
    name: `Model met ${n} effecten`,
    number: 1,
    createdAt: '2026-12-01T10:00:00.000Z',
    stored,
    model,
    result,
    summary: whoPaysWhoBenefits(result),
    warnings: result.warnings.map(describeWarning),
    tornado: tornado(model),
    uncertainty: { ...mc, sortedRatios: undefined },
    prices: {},
    goals: {},
  };
}

const network = {
  network: { name: 'Wijknetwerk Ruwaard', areaName: 'Ruwaard, Oss', ambition: 'Iedereen doet mee.', vision: '' },
  goals: [{ title: 'Minder eenzaamheid', description: '', indicator: 'Aantal deelnemers', targetValue: '30' }],
};
const onePage = {
  title: 'Eén pagina',
  subtitle: 'Basislijn',
  status: 'Versie 1',
  draft: false,
  createdAt: new Date('2026-12-01T10:00:00.000Z'),
  blocks: [{ kind: 'paragraph', text: 'Een korte tekst op één pagina.' }],
};

async function median(fn, runs = 5) {
  const ms = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return ms[Math.floor(runs / 2)];
}

const big = report(50);
const small = report(1);
// Warm up: fonts, exceljs and pdfmake load once.
await renderPdf(buildFunderReport(network, small));
await renderFunderXlsx('Wijknetwerk Ruwaard', small);

const baseline = await median(() => renderPdf(onePage));
const smallPdf = await median(() => renderPdf(buildFunderReport(network, small)));
const smallXlsx = await median(() => renderFunderXlsx('Wijknetwerk Ruwaard', small));
const bigPdf = await median(() => renderPdf(buildFunderReport(network, big)));
const bigXlsx = await median(() => renderFunderXlsx('Wijknetwerk Ruwaard', big));
const figures = await median(() => report(50));

const line = (name, ms, base, baseName) =>
  console.log(
    `${name}: median ${ms.toFixed(0)} ms (limit 2000 ms); ${baseName} ${base.toFixed(0)} ms; ratio ${(ms / base).toFixed(1)}×`,
  );
line('funder report PDF, 50 outcomes', bigPdf, baseline, 'one-page PDF');
line('funder report PDF, 50 outcomes', bigPdf, smallPdf, 'report of 1 outcome');
line('funder report XLSX, 50 outcomes', bigXlsx, smallXlsx, 'report of 1 outcome');
console.log(`figures for 50 outcomes (calculation, tornado, Monte Carlo 10.000 runs): median ${figures.toFixed(0)} ms`);
process.exitCode = bigPdf < 2000 && bigXlsx < 2000 ? 0 : 1;
