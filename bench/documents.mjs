// Documents: plan van aanpak and samenwerkingsovereenkomst for 20 partners and 100 actions, each < 1 s.
// Run: node --import tsx bench/documents.mjs. Baseline: the same documents for an empty network.
import { buildDocument } from '../src/modules/documents/model.ts';
import { renderDocx, renderPdf } from '../src/modules/documents/render.ts';

function snapshot(partners, actions) {
  const names = Array.from({ length: partners }, (_, i) => `Partner ${i + 1} — Zorg & Welzijn één`);
  return {
    number: 3,
    publishedAt: '2026-11-29T10:00:00.000Z',
    publishedBy: 'Sanne',
    network: {
      name: 'Wijknetwerk Ruwaard',
      areaName: 'Ruwaard, Oss',
      ambition: 'Iedereen doet mee.',
      vision: 'Over vijf jaar kent iedereen zijn buren.',
    },
    mode: 'full',
    columns: ['waarden', 'relaties', 'handelen', 'voorwaarden', 'acties'].map((key) => ({
      key,
      title: key,
      prompt: null,
      items: Array.from({ length: partners / 2 }, (_, i) => ({
        text: `Punt ${i + 1} over ${key}: we doen het samen, met € 1.234 budget`,
        sources: [],
      })),
    })),
    parties: names.map((name, i) => ({ party: `actor:${i}`, name })),
    goals: Array.from({ length: 5 }, (_, i) => ({
      title: `Doel ${i + 1}`,
      description: 'Omschrijving',
      indicator: 'Aantal deelnemers',
      targetValue: '30',
    })),
    leads: [
      {
        name: 'Sanne',
        partnerName: 'Wijkteam',
        hoursPerWeek: 8,
        mandate: 'Tot € 500',
        supportedBy: 'Teamleider',
        paidBy: 'Gemeente',
        deputyName: 'Henk',
      },
    ],
    agreements: [
      {
        kind: 'geld',
        title: 'Bijdragen',
        body: 'Naar vermogen.',
        decisionRule: 'consent',
        reviewOn: '2027-06-01',
        details: { contributions: names.map((party) => ({ party, amount: 1000 })) },
      },
    ],
    actions: Array.from({ length: actions }, (_, i) => ({
      title: `Actie ${i + 1}`,
      ownerName: 'Henk',
      partnerName: names[i % partners],
      goalTitle: 'Doel 1',
      dueOn: '2027-02-01',
      status: 'open',
      planYear: 2027,
    })),
  };
}

async function time(s, consents, runs = 5) {
  const out = {};
  for (const kind of ['plan-van-aanpak', 'samenwerkingsovereenkomst']) {
    for (const [format, render] of [
      ['pdf', renderPdf],
      ['docx', renderDocx],
    ]) {
      const ms = [];
      for (let r = 0; r < runs; r++) {
        const t0 = performance.now();
        await render(buildDocument(kind, s, consents, false, new Date(s.publishedAt)));
        ms.push(performance.now() - t0);
      }
      ms.sort((a, b) => a - b);
      out[`${kind}.${format}`] = ms[Math.floor(runs / 2)];
    }
  }
  return out;
}

const big = snapshot(20, 100);
const consents = big.parties.map((p, i) => ({
  ...p,
  consented: i % 2 === 0,
  consentedAt: i % 2 === 0 ? '2026-11-30T09:00:00.000Z' : null,
  consentedBy: i % 2 === 0 ? 'Iemand' : null,
}));
await time(big, consents, 1);
const base = await time(snapshot(2, 0), []);
const ours = await time(big, consents);
let ok = true;
for (const [name, ms] of Object.entries(ours)) {
  ok &&= ms < 1000;
  console.log(
    `${name} (20 partners, 100 acties): median ${ms.toFixed(0)} ms (limit 1000 ms); empty network ${base[name].toFixed(0)} ms; ratio ${(ms / base[name]).toFixed(1)}×`,
  );
}
process.exitCode = ok ? 0 : 1;
