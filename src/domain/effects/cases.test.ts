import { describe, expect, it } from 'vitest';
import {
  aggregateCaseGroup,
  aggregateCases,
  compareCases,
  copyCase,
  evaluateCase,
  indexPrice,
  type Case,
  type PriceItem,
} from './cases.js';

const source = { title: 'Kostenhandleiding', publisher: 'Zorginstituut Nederland', year: 2024 };
const prices: PriceItem[] = [
  {
    id: 'huisarts',
    item: 'Consult huisarts',
    unit: 'consult',
    price: 40,
    payer: 'Zorgverzekeraar',
    source,
    year: 2024,
  },
  {
    id: 'verpleeghuis',
    item: 'Dag in een verpleeghuis',
    unit: 'dag',
    price: 300,
    payer: 'Zorgverzekeraar',
    source,
    year: 2022,
  },
  { id: 'welzijn', item: 'Uur welzijnswerker', unit: 'uur', price: 60, payer: 'Gemeente', source: null, year: 2024 },
  { id: 'opvang', item: 'Nacht in de opvang', unit: 'nacht', price: null, payer: 'Gemeente', source: null, year: 2024 },
];
// Index 2022 = 100, 2024 = 110: a 2022 price of € 300 is € 300 · 110/100 = € 330 in 2024.
const options = { year: 2024, index: { name: 'CPI (test)', values: { 2022: 100, 2024: 110 } } };

const mevrouwA: Case = {
  name: 'Mevrouw A',
  reference: [
    { label: 'Gaat vaak naar de huisarts', priceId: 'huisarts', quantity: 6 },
    { label: 'Wordt opgenomen', priceId: 'verpleeghuis', quantity: 30, when: 'maand 8' },
  ],
  withApproach: [
    { label: 'Gaat minder vaak naar de huisarts', priceId: 'huisarts', quantity: 3 },
    { label: 'Welzijnswerker komt langs', priceId: 'welzijn', quantity: 20 },
    { label: 'Korter opgenomen', priceId: 'verpleeghuis', quantity: 10 },
  ],
};

describe('evaluateCase', () => {
  it('gives the effect per payer: reference minus with the approach, prices indexed to one year', () => {
    // Zorgverzekeraar: reference 6 · 40 + 30 · 330 = 240 + 9900 = 10140; with 3 · 40 + 10 · 330 = 120 + 3300 = 3420;
    //   effect 10140 − 3420 = 6720 (a saving).
    // Gemeente: reference 0; with 20 · 60 = 1200; effect −1200 (it invests).
    // Total: 10140 − 4620 = 5520.
    const r = evaluateCase(mevrouwA, prices, options);
    expect(r.payers).toEqual([
      { payer: 'Gemeente', reference: 0, withApproach: 1200, effect: -1200 },
      {
        payer: 'Zorgverzekeraar',
        reference: expect.closeTo(10140, 9),
        withApproach: expect.closeTo(3420, 9),
        effect: expect.closeTo(6720, 9),
      },
    ]);
    expect(r.total.effect).toBeCloseTo(5520, 9);
    expect(r.entries.find((e) => e.priceId === 'verpleeghuis')?.unitPrice).toBeCloseTo(330, 12);
    expect(r.complete).toBe(true);
    // A price without a source is used, but flagged (once).
    expect(r.flags).toEqual([{ code: 'missing-source', priceId: 'welzijn' }]);
  });

  it('counts an empty price, an unknown item and a missing index year as nothing, and says so', () => {
    const c = copyCase(mevrouwA, 'Meneer B');
    c.reference.push({ label: 'Slaapt in de opvang', priceId: 'opvang', quantity: 2 });
    c.reference.push({ label: 'Onbekend', priceId: 'bestaat-niet', quantity: 1 });
    const r = evaluateCase(c, prices, { year: 2024 });
    expect(r.complete).toBe(false);
    expect(r.flags).toEqual([
      { code: 'missing-index', priceId: 'verpleeghuis', year: 2022 },
      { code: 'missing-price', scenario: 'reference', entry: 2, priceId: 'opvang' },
      { code: 'unknown-price', scenario: 'reference', entry: 3, priceId: 'bestaat-niet' },
      { code: 'missing-source', priceId: 'welzijn' },
    ]);
    // Without the index, the nursing-home days count 0: Zorgverzekeraar 6 · 40 − 3 · 40 = 120.
    expect(r.payers.find((p) => p.payer === 'Zorgverzekeraar')?.effect).toBe(120);
    expect(mevrouwA.reference).toHaveLength(2);
  });
});

describe('indexPrice', () => {
  it('multiplies by index[to] / index[from]', () => {
    // 50 · 120 / 96 = 62.5
    expect(indexPrice(50, 2019, 2025, { name: 'x', values: { 2019: 96, 2025: 120 } })).toBe(62.5);
    expect(indexPrice(50, 2025, 2025, undefined)).toBe(50);
    expect(indexPrice(50, 2019, 2025, { name: 'x', values: { 2025: 120 } })).toBeNull();
  });
});

describe('aggregateCases', () => {
  it('gives mean, median and the total for N residents, per payer and overall', () => {
    // A: Zorgverzekeraar 6720, Gemeente −1200, total 5520 (above).
    // B: no nursing home in the reference: Zorgverzekeraar 240 − 3420 = −3180; Gemeente −1200; total −4380.
    // C: 10 hours of welfare work: Zorgverzekeraar 6720; Gemeente −600; total 6120.
    const b = copyCase(mevrouwA, 'B');
    b.reference[1].quantity = 0;
    const c = copyCase(mevrouwA, 'C');
    c.withApproach[1].quantity = 10;
    const results = [mevrouwA, b, c].map((x) => evaluateCase(x, prices, options));
    const all = aggregateCases(results, 50);
    // Zorgverzekeraar: mean (6720 − 3180 + 6720)/3 = 3420, median 6720, for 50 residents 171000.
    // Gemeente: mean (−1200 − 1200 − 600)/3 = −1000, median −1200, for 50 −50000.
    // Total: mean (5520 − 4380 + 6120)/3 = 2420, median 5520, for 50 121000.
    expect(all.payers).toEqual([
      { payer: 'Gemeente', mean: -1000, median: -1200, forResidents: -50000 },
      {
        payer: 'Zorgverzekeraar',
        mean: expect.closeTo(3420, 9),
        median: expect.closeTo(6720, 9),
        forResidents: expect.closeTo(171000, 7),
      },
    ]);
    expect(all.total).toEqual({
      mean: expect.closeTo(2420, 9),
      median: expect.closeTo(5520, 9),
      forResidents: expect.closeTo(121000, 7),
    });
    // Two cases: the median is the mean of both, (5520 + 6120)/2 = 5820.
    expect(aggregateCases([results[0], results[2]], 1).total.median).toBeCloseTo(5820, 9);
  });
});

describe('own amounts and payers per line', () => {
  it('uses an own amount as it is, lets a line name its own payer, and flags lines without price or payer', () => {
    const c: Case = {
      name: 'Meneer C',
      reference: [
        // Huisarts, but paid by the resident himself: 2 · 40 = 80 for Bewoner.
        { label: 'Betaalt de huisarts zelf', priceId: 'huisarts', quantity: 2, payer: 'Bewoner' },
        // An own amount: 3 · 150 = 450 for Woningcorporatie.
        { label: 'Achterstand in de huur', priceId: null, ownPrice: 150, payer: 'Woningcorporatie', quantity: 3 },
      ],
      withApproach: [
        { label: 'Schuldhulp', priceId: null, ownPrice: 75.5, payer: 'Gemeente', quantity: 2 },
        { label: 'Nog geen bedrag', priceId: null, quantity: 1 },
        { label: 'Geen betaler', priceId: null, ownPrice: 10, quantity: 1 },
      ],
    };
    const r = evaluateCase(c, prices, options);
    // Bewoner 80 − 0 = 80; Gemeente 0 − 151 = −151; Woningcorporatie 450 − 0 = 450; total 80 + 450 − 151 = 379.
    expect(r.payers).toEqual([
      { payer: 'Bewoner', reference: 80, withApproach: 0, effect: 80 },
      { payer: 'Gemeente', reference: 0, withApproach: 151, effect: -151 },
      { payer: 'Woningcorporatie', reference: 450, withApproach: 0, effect: 450 },
    ]);
    expect(r.total.effect).toBe(379);
    expect(r.complete).toBe(false);
    expect(r.flags).toEqual([
      { code: 'no-price', scenario: 'withApproach', entry: 1 },
      { code: 'no-payer', scenario: 'withApproach', entry: 2 },
    ]);
  });
});

describe('aggregateCaseGroup', () => {
  it('gives mean and median per case and the total for the residents each case stands for', () => {
    // Effects (see aggregateCases): A Zorgverzekeraar 6720, Gemeente −1200, total 5520;
    // B −3180, −1200, −4380; C 6720, −600, 6120. N: A 10, B 5, C 20.
    const b = copyCase(mevrouwA, 'B');
    b.reference[1].quantity = 0;
    const c = copyCase(mevrouwA, 'C');
    c.withApproach[1].quantity = 10;
    const [ra, rb, rc] = [mevrouwA, b, c].map((x) => evaluateCase(x, prices, options));
    const g = aggregateCaseGroup([
      { result: ra, residents: 10 },
      { result: rb, residents: 5 },
      { result: rc, residents: 20 },
    ]);
    expect(g.cases).toBe(3);
    expect(g.residents).toBe(35);
    // Gemeente: mean −1000, median −1200, total −1200·10 − 1200·5 − 600·20 = −12000 − 6000 − 12000 = −30000.
    expect(g.payers[0]).toEqual({ payer: 'Gemeente', mean: -1000, median: -1200, total: -30000 });
    // Zorgverzekeraar: total 6720·10 − 3180·5 + 6720·20 = 67200 − 15900 + 134400 = 185700.
    expect(g.payers[1].payer).toBe('Zorgverzekeraar');
    expect(g.payers[1].total).toBeCloseTo(185700, 7);
    expect(g.payers[1].median).toBeCloseTo(6720, 9);
    // Total: 5520·10 − 4380·5 + 6120·20 = 55200 − 21900 + 122400 = 155700.
    expect(g.total.total).toBeCloseTo(155700, 7);
    expect(g.total.mean).toBeCloseTo(2420, 9);
    expect(g.complete).toBe(true);
    expect(() => aggregateCaseGroup([])).toThrow(RangeError);
  });
});

describe('compareCases', () => {
  it('puts two cases side by side per payer with the difference b − a', () => {
    // A: Gemeente −1200, Zorgverzekeraar 6720. C (10 hours of welfare work): −600, 6720.
    const c = copyCase(mevrouwA, 'C');
    c.withApproach[1].quantity = 10;
    const cmp = compareCases(evaluateCase(mevrouwA, prices, options), evaluateCase(c, prices, options));
    expect(cmp.payers[0]).toEqual({ payer: 'Gemeente', a: -1200, b: -600, difference: 600 });
    expect(cmp.payers[1].difference).toBeCloseTo(0, 9);
    // Totals 5520 and 6120: C saves 600 more.
    expect(cmp.total.difference).toBeCloseTo(600, 9);
  });
});
