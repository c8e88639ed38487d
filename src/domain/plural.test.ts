import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plurals } from './plural.js';

const fill = (locale: string, text: string, vars: Record<string, number>) =>
  plurals(locale, text, vars).replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));

/** The web catalogues' texts of one key, Dutch first, English second (read as text: they are web code; a long text may start on the line after its key). */
const dir = new URL('../../web/src/i18n/', import.meta.url);
const sources = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => readFileSync(new URL(f, dir), 'utf8'))
  .join('\n');
const texts = (key: string): string[] =>
  [...sources.matchAll(new RegExp(`'${key.replace(/\./g, '\\.')}':\\s*'((?:[^'\\\\]|\\\\.)*)'`, 'g'))].map((m) => m[1]);

describe('plural forms in the web catalogues', () => {
  it('chooses the form for one and for more, in Dutch and English', () => {
    const [nl, en] = texts('vg.consent.count');
    expect(fill('nl-NL', nl, { given: 1, total: 8 })).toBe('1 van de 8 partners heeft akkoord gegeven.');
    expect(fill('nl-NL', nl, { given: 3, total: 8 })).toBe('3 van de 8 partners hebben akkoord gegeven.');
    expect(fill('en-GB', en, { given: 1, total: 8 })).toBe('1 of 8 partners has given consent.');
    const [mapNl, mapEn] = texts('map.shown');
    expect(fill('nl-NL', mapNl, { actors: 1, total: 1, relations: 1 })).toBe('1 van 1 partner en 1 relatie getoond.');
    expect(fill('nl-NL', mapNl, { actors: 2, total: 8, relations: 0 })).toBe('2 van 8 partners en 0 relaties getoond.');
    expect(fill('en-GB', mapEn, { actors: 1, total: 1, relations: 1 })).toBe('1 of 1 partner and 1 relation shown.');
    expect(fill('nl-NL', texts('ws.votes')[0], { n: 1 })).toBe('1 stem');
    expect(fill('nl-NL', texts('ws.votes')[0], { n: 1234 })).toBe('1.234 stemmen');
    expect(fill('en-GB', texts('ws.votes')[1], { n: 1234 })).toBe('1,234 votes');
  });

  it('leaves no count before a plural noun without a plural choice', () => {
    const bare =
      /\{(count|n|total|given|actors|relations|missing)\} (partners|relaties|relations|stemmen|votes|deelnemers|participants|antwoorden|answers|gebieden|areas|wijzigingen|changes|hours|hebben|have|ontbreken)\b/;
    const offenders = sources
      .split('\n')
      .filter((line) => bare.test(line) && !line.includes(', plural,') && !/showAll/.test(line));
    expect(offenders).toEqual([]);
  });
});
