import { describe, expect, it } from 'vitest';
import { evaluateCase, indexPrice, type PriceItem } from './cases.js';
import {
  firstPriceList,
  indexFromRates,
  isPayerId,
  PAYER_IDS,
  PAYERS,
  STARTER_INDEX,
  STARTER_PRICES,
  UNCHECKED_NOTE,
  type StarterPriceItem,
} from './starter-prices.js';

/** The ways a figure can be written on a page: 740.81, 740,81, 15.000, 644.00. */
function writtenForms(price: number): string[] {
  const [whole, cents] = price.toFixed(2).split('.');
  const dutchWhole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return [String(price), price.toFixed(2), `${whole},${cents}`, `${dutchWhole},${cents}`, dutchWhole];
}

/** Everything wrong with one starter item; empty when it keeps the rules of docs/PRICES.md. */
function problems(s: StarterPriceItem): string[] {
  const out: string[] = [];
  const filled = (t: string | undefined) => typeof t === 'string' && t.trim() !== '';
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(s.key)) out.push('key');
  for (const lang of ['nl', 'en'] as const) {
    if (!filled(s.item[lang])) out.push(`item.${lang}`);
    if (!filled(s.unit[lang])) out.push(`unit.${lang}`);
  }
  if (!isPayerId(s.payer)) out.push('payer');
  if (s.price === null) {
    if (s.note.nl !== UNCHECKED_NOTE.nl || s.note.en !== UNCHECKED_NOTE.en) out.push('note');
    if (!filled(s.expectedSource?.title) || !filled(s.expectedSource?.publisher)) out.push('expectedSource');
    if (s.priceYear !== null) out.push('priceYear');
  } else {
    const src = s.source;
    if (!src) return [...out, 'source'];
    if (!(s.price > 0) || !Number.isFinite(s.price)) out.push('price');
    if (!filled(src.title) || !filled(src.publisher)) out.push('source.title/publisher');
    if (!Number.isInteger(src.year) || src.year < 1990 || src.year > 2026) out.push('source.year');
    if (!/^https?:\/\/\S+$/.test(src.url)) out.push('source.url');
    if (!writtenForms(s.price).some((f) => src.quote.includes(f))) out.push('source.quote');
    if (!Number.isInteger(s.priceYear) || s.priceYear > src.year + 1) out.push('priceYear');
  }
  return out;
}

describe('the starter price list', () => {
  it('has Dutch and English names, a unit, a payer from the list, and a price only with a full source', () => {
    for (const s of STARTER_PRICES) expect(problems(s), s.key).toEqual([]);
  });

  it('has unique keys', () => {
    const keys = STARTER_PRICES.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('catches a price without a source, a quote that lacks the figure and a payer outside the list', () => {
    const good = STARTER_PRICES.find((s) => s.key === 'ambulance-spoedrit')!;
    expect(problems(good)).toEqual([]);
    const noSource = { ...good, source: undefined } as unknown as StarterPriceItem;
    expect(problems(noSource)).toContain('source');
    // 750 is not what the page says (740,81): the quote no longer backs the price.
    expect(problems({ ...good, price: 750 } as StarterPriceItem)).toContain('source.quote');
    expect(problems({ ...good, payer: 'Gemeente' } as unknown as StarterPriceItem)).toContain('payer');
    const empty = STARTER_PRICES.find((s) => s.price === null)!;
    expect(problems({ ...empty, note: { nl: 'schatting', en: 'estimate' } } as StarterPriceItem)).toContain('note');
  });

  it('covers the items the issue names, each with a payer that has a Dutch and English name', () => {
    const keys = new Set(STARTER_PRICES.map((s) => s.key));
    for (const k of ['huisarts-consult', 'verpleeghuis-dag', 'huisuitzetting', 'politie-inzet', 'sociaal-werker-uur']) {
      expect(keys.has(k), k).toBe(true);
    }
    for (const id of PAYER_IDS) {
      expect(PAYERS[id].nl.trim()).not.toBe('');
      expect(PAYERS[id].en.trim()).not.toBe('');
    }
  });
});

describe('the stated index (CBS CPI)', () => {
  it('has each rate from a source that lists that year, as a fraction', () => {
    const years = Object.keys(STARTER_INDEX.rates).map(Number);
    const covered = STARTER_INDEX.sources.flatMap((s) => s.years);
    expect([...covered].sort()).toEqual([...years].sort());
    // 10 % in 2022 and 3,8 % in 2023 as CBS writes them, not 10 and 3.8.
    expect(STARTER_INDEX.rates[2022]).toBe(0.1);
    expect(STARTER_INDEX.rates[2023]).toBe(0.038);
  });

  it('turns yearly rates into levels around a base year', () => {
    // Base 2016 = 100; 2017 = 100 · 1.014 = 101.4; 2018 = 101.4 · 1.017 = 103.1238;
    // 2015 = 100 / 1.003 = 99.7008…; 2014 = 99.7008… / 1.006 (the 2015 rate) = 99.1062…
    const ix = indexFromRates('test', { 2015: 0.006, 2016: 0.003, 2017: 0.014, 2018: 0.017 }, 2016);
    expect(ix.values[2016]).toBe(100);
    expect(ix.values[2017]).toBeCloseTo(101.4, 10);
    expect(ix.values[2018]).toBeCloseTo(103.1238, 10);
    expect(ix.values[2015]).toBeCloseTo(100 / 1.003, 10);
    expect(ix.values[2014]).toBeCloseTo(100 / 1.003 / 1.006, 10);
    expect(ix.values[2013]).toBeUndefined();
    expect(ix.values[2019]).toBeUndefined();
  });

  it('stops at a gap in the rates', () => {
    const ix = indexFromRates('test', { 2020: 0.01, 2022: 0.1 }, 2020);
    expect(Object.keys(ix.values).map(Number)).toEqual([2019, 2020]);
  });

  it('brings the 2022 hospital day to 2023 prices with the CBS rate', () => {
    // 644 · 1.038 = 668.472: the same figure the source page shows for 2023.
    const ix = indexFromRates('CPI', STARTER_INDEX.rates, 2022);
    const day = STARTER_PRICES.find((s) => s.key === 'ziekenhuis-opnamedag')!;
    expect(indexPrice(day.price!, 2022, 2023, ix)).toBeCloseTo(668.472, 9);
    // 2020 → 2024: × 1.027 · 1.10 · 1.038 · 1.033 = 1.21133…
    expect(indexPrice(100, 2020, 2024, ix)).toBeCloseTo(100 * 1.027 * 1.1 * 1.038 * 1.033, 9);
  });
});

describe('firstPriceList', () => {
  it('gives one row per starter item in the chosen language, unchecked ones empty and marked', () => {
    const nl = firstPriceList('nl');
    const en = firstPriceList('en');
    expect(nl.map((r) => r.starterKey)).toEqual(STARTER_PRICES.map((s) => s.key));
    const gp = nl.find((r) => r.starterKey === 'huisarts-consult')!;
    expect(gp).toMatchObject({
      item: 'Consult bij de huisarts',
      price: 10.15,
      priceYear: 2020,
      payer: 'zorgverzekeraar',
    });
    expect(gp.sourceUrl).toBe('https://www.doktershuis.nl/tarieven/');
    expect(en.find((r) => r.starterKey === 'huisarts-consult')!.item).toBe('GP consultation');
    const nursing = nl.find((r) => r.starterKey === 'verpleeghuis-dag')!;
    expect(nursing).toMatchObject({
      price: null,
      priceYear: null,
      sourceYear: null,
      sourceUrl: null,
      note: UNCHECKED_NOTE.nl,
    });
    expect(en.find((r) => r.starterKey === 'verpleeghuis-dag')!.note).toBe(UNCHECKED_NOTE.en);
  });

  it('makes fresh rows, so changing a network’s copy leaves the starter list alone', () => {
    const a = firstPriceList();
    a[0].price = 1;
    a[0].item = 'gewijzigd';
    expect(firstPriceList()[0].price).toBe(STARTER_PRICES[0].price);
    expect(firstPriceList()[0].item).toBe(STARTER_PRICES[0].item.nl);
  });

  it('prices a case once ids are added, and counts an unchecked item as missing', () => {
    const rows = firstPriceList();
    const prices: PriceItem[] = rows.map((r) => ({
      id: r.starterKey,
      item: r.item,
      unit: r.unit,
      price: r.price,
      payer: r.payer,
      source: r.price === null ? null : { title: r.sourceTitle, publisher: r.sourcePublisher, year: r.sourceYear! },
      year: r.priceYear ?? 2024,
    }));
    const result = evaluateCase(
      {
        name: 'Meneer B',
        reference: [
          { label: 'Belt de ambulance', priceId: 'ambulance-spoedrit', quantity: 2 },
          { label: 'Wordt uit huis gezet', priceId: 'huisuitzetting', quantity: 1 },
        ],
        withApproach: [{ label: 'Gaat naar de huisarts', priceId: 'huisarts-consult', quantity: 4 }],
      },
      prices,
      { year: 2020 },
    );
    // Zorgverzekeraar: 2 · 740.81 − 4 · 10.15 = 1481.62 − 40.60 = 1441.02.
    expect(result.payers.find((p) => p.payer === 'zorgverzekeraar')!.effect).toBeCloseTo(1441.02, 9);
    expect(result.complete).toBe(false);
    expect(result.flags).toContainEqual({
      code: 'missing-price',
      scenario: 'reference',
      entry: 1,
      priceId: 'huisuitzetting',
    });
  });
});
