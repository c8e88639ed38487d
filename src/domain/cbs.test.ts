import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CbsError, baseName, compareRegions, municipalityOf, parseFigure, readCbs } from './cbs.js';

const fixture = (name: string) =>
  new Uint8Array(fs.readFileSync(path.join(import.meta.dirname, '..', 'test', 'fixtures', name)));
const bytes = (text: string) => new TextEncoder().encode(text);

describe('CBS Kerncijfers wijken en buurten', () => {
  it('reads the StatLine CSV: Windows-1252, quoted fields, padded codes, suffixes stripped, "." as missing, decimal comma', () => {
    const file = readCbs(fixture('cbs-kwb-2024-statline.csv'), 'cbs-kwb-2024-statline.csv');
    expect(file.format).toBe('csv');
    expect(file.year).toBe(2024);
    expect(file.regions.map((r) => r.code)).toEqual(['GM1900', 'WK190001', 'BU19000101', 'GM0363', 'BU0363AD03']);
    const [gm, wk, bu] = file.regions;
    expect(gm).toMatchObject({ name: 'Súdwest-Fryslân', level: 'gemeente', municipalityCode: 'GM1900' });
    expect(wk).toMatchObject({ name: 'Wijk 01 Snits-Sùd', level: 'wijk', municipalityCode: 'GM1900' });
    expect(wk.figures.AantalInwoners).toBe(8120);
    expect(wk.figures.k_65JaarOfOuder).toBe(2540);
    expect(wk.figures.GemiddeldeHuishoudensgrootte).toBe(1.9);
    expect(wk.figures.Koopwoningen).toBe(48.9);
    expect(wk.figures).not.toHaveProperty('AantalInwoners_5');
    // A field with an embedded quote, and suppressed values.
    expect(bu.name).toBe('Tsjerkebuurt "De Hoek"');
    expect(bu.figures.AantalInwoners).toBe(35);
    expect(bu.figures.Mannen).toBeNull();
    expect(bu.figures.GemiddeldeWOZWaardeVanWoningen).toBeNull();
    // Amsterdam's alphanumeric buurtcode stays text and finds its gemeente.
    expect(file.regions[4]).toMatchObject({ code: 'BU0363AD03', level: 'buurt', municipalityCode: 'GM0363' });
  });

  it('reads the OData v3 TypedDataSet JSON: null for missing, table id and year from the metadata', () => {
    const file = readCbs(fixture('cbs-kwb-2023-typeddataset.json'), 'TypedDataSet.json');
    expect(file).toMatchObject({ format: 'odata', tableId: '85618NED', year: 2023 });
    expect(file.regions.map((r) => r.code)).toEqual(['GM0150', 'WK015001', 'BU01500101']);
    expect(file.regions[0].name).toBe('Deventer');
    expect(file.regions[1].name).toBe('');
    expect(file.regions[1].figures.Bevolkingsdichtheid).toBe(4210);
    expect(file.regions[2].figures.k_65JaarOfOuder).toBeNull();
    expect(file.regions[0].figures).not.toHaveProperty('ID');
  });

  it('maps columns by base name whatever the year suffix', () => {
    const a = readCbs(bytes('WijkenEnBuurten;AantalInwoners_5\nWK026801  ;1234\n'), 'a.csv');
    const b = readCbs(bytes('WijkenEnBuurten;AantalInwoners_6\nWK026801  ;1234\n'), 'b.csv');
    expect(a.regions[0].figures).toEqual(b.regions[0].figures);
    expect(baseName('GemiddeldeWOZWaardeVanWoningen_39')).toBe('GemiddeldeWOZWaardeVanWoningen');
    expect(baseName('k_65JaarOfOuder_12')).toBe('k_65JaarOfOuder');
  });

  it('takes the year from a Perioden column first, and leaves it open when nothing says', () => {
    expect(
      readCbs(bytes('"WijkenEnBuurten";"Perioden";"AantalInwoners_5"\n"GM0268";"2022JJ00";5\n'), 'x85984NED.csv').year,
    ).toBe(2022);
    expect(readCbs(bytes('WijkenEnBuurten,AantalInwoners_5\nGM0268,5\n'), 'download.csv').year).toBeNull();
  });

  it('parses figures: suppressed, decimal comma and point, text', () => {
    expect(parseFigure('.')).toBeNull();
    expect(parseFigure('   ')).toBeNull();
    expect(parseFigure(null)).toBeNull();
    expect(parseFigure('12,5')).toBe(12.5);
    expect(parseFigure('12.5')).toBe(12.5);
    expect(parseFigure(' 1234 ')).toBe(1234);
    expect(parseFigure('-3')).toBe(-3);
    expect(parseFigure('Stedelijk')).toBe('Stedelijk');
    expect(municipalityOf('WK026801')).toBe('GM0268');
  });

  it('refuses files without region codes, in Dutch', () => {
    expect(() => readCbs(bytes('Naam;Inwoners\nNoord;5\n'))).toThrow(CbsError);
    expect(() => readCbs(bytes('{"foo": 1}'))).toThrow(/value/);
    expect(() => readCbs(bytes('{kapot'))).toThrow(/JSON-bestand/);
    expect(() => readCbs(bytes('WijkenEnBuurten;AantalInwoners_5\nNoord;5\n'))).toThrow(/geen gebieden/);
  });

  it('compares an area with its municipality in plain words, as shares', () => {
    const file = readCbs(fixture('cbs-kwb-2024-statline.csv'), 'kwb-2024.csv');
    const [gm, wk] = file.regions;
    const lines = compareRegions(wk.figures, gm.figures, 'wijk');
    const old = lines.find((l) => l.key === 'k_65JaarOfOuder')!;
    // 2540/8120 = 31.3% against 20600/90500 = 22.8%
    expect(old.area).toBeCloseTo(31.28, 2);
    expect(old.municipality).toBeCloseTo(22.76, 2);
    expect(old.sentence).toBe(
      'In de wijk wonen naar verhouding meer 65-plussers dan in de hele gemeente (31,3% tegen 22,8%).',
    );
    const kids = lines.find((l) => l.key === 'k_0Tot15Jaar')!;
    expect(kids.sentence).toMatch(/^In de wijk wonen naar verhouding minder kinderen tot 15 jaar/);
    const woz = lines.find((l) => l.key === 'GemiddeldeWOZWaardeVanWoningen')!;
    expect(woz.sentence).toBe(
      'De woningen in de wijk zijn gemiddeld minder waard dan in de hele gemeente (WOZ-waarde 231 tegen 268 duizend euro).',
    );
    // Densities and averages have sentences of their own: never "In de wijk is inwoners per km² hoger".
    expect(lines.find((l) => l.key === 'Bevolkingsdichtheid')!.sentence).toBe(
      'In de wijk wonen de mensen dichter op elkaar dan in de hele gemeente (2.130 tegen 176 inwoners per km²).',
    );
    expect(lines.find((l) => l.key === 'GemiddeldeHuishoudensgrootte')!.sentence).toBe(
      'Huishoudens in de wijk zijn gemiddeld kleiner dan in de hele gemeente (1,9 tegen 2,2 personen).',
    );
    expect(lines.find((l) => l.key === 'GemiddeldInkomenPerInwoner')!.sentence).toBe(
      'Inwoners van de wijk verdienen gemiddeld ongeveer evenveel als in de hele gemeente (28,4 tegen 31 duizend euro per jaar).',
    );
    for (const l of lines) expect(l.sentence).not.toMatch(/ is (inwoners|de gemiddelde)/);
    // With the wijk's name, the sentences say it.
    expect(
      compareRegions(wk.figures, gm.figures, 'wijk', 'nl', 'Snits-Súd').find((l) => l.key === 'k_65JaarOfOuder')!
        .sentence,
    ).toBe('In Snits-Súd wonen naar verhouding meer 65-plussers dan in de hele gemeente (31,3% tegen 22,8%).');
    // A buurt with suppressed counts gets no comparison for them.
    expect(
      compareRegions(file.regions[2].figures, gm.figures, 'buurt').find((l) => l.key === 'k_65JaarOfOuder'),
    ).toBeUndefined();
  });

  it('compares in English too, with English numbers', () => {
    const [gm, wk] = readCbs(fixture('cbs-kwb-2024-statline.csv'), 'cbs-kwb-2024-statline.csv').regions;
    const lines = compareRegions(wk.figures, gm.figures, 'wijk', 'en');
    const old = lines.find((l) => l.key === 'k_65JaarOfOuder')!;
    expect(old.label).toBe('People aged 65 or over');
    expect(old.sentence).toBe(
      'Relatively more people aged 65 or over live in the district than in the whole municipality (31.3% against 22.8%).',
    );
    expect(lines.find((l) => l.key === 'GemiddeldeWOZWaardeVanWoningen')!.sentence).toBe(
      'Homes in the district are worth less on average than in the whole municipality (WOZ value 231 against 268 thousand euros).',
    );
  });

  it('names the problem of a file in both languages, Dutch as its message', () => {
    let caught: unknown;
    try {
      readCbs(bytes('{"geen":"lijst"}'), 'x.json');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(CbsError);
    expect((caught as CbsError).key).toBe('cbs.noValueList');
    expect((caught as CbsError).message).toBe(
      'In dit JSON-bestand staat geen lijst "value". Kies het bestand TypedDataSet van de CBS-tabel.',
    );
  });
});
