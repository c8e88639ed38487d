import { describe, expect, it } from 'vitest';
import { errors } from '../errors.js';
import { placeholdersOf, type Text } from './format.js';
import { catalogue, langFromHeader, msg, render, type MessageKey } from './index.js';

const isPlural = (t: Text) => typeof t !== 'string';

describe('the server catalogue', () => {
  const entries = Object.entries(catalogue) as [MessageKey, { nl: Text; en: Text }][];

  it('has a Dutch and an English text for every key, asking for the same parameters', () => {
    expect(entries.length).toBeGreaterThan(200);
    for (const [key, entry] of entries) {
      for (const lang of ['nl', 'en'] as const) {
        const text = entry[lang];
        const forms = typeof text === 'string' ? [text] : [text.one, text.other];
        for (const form of forms) expect(form.trim(), `${key}.${lang}`).not.toBe('');
      }
      expect(placeholdersOf(entry.en), key).toEqual(placeholdersOf(entry.nl));
      expect(isPlural(entry.en), key).toBe(isPlural(entry.nl));
    }
  });

  it('gives no English text that is the Dutch one left untranslated', () => {
    // The few texts that read the same in both languages (codes, names, a bare pattern).
    const same = new Set([
      'zod.type.object',
      'row.field',
      'progress.focus.done',
      'schema.answerStatus',
      'kumu.csvUnreadable',
    ]);
    const untranslated = entries
      .filter(([key, e]) => !same.has(key) && JSON.stringify(e.en) === JSON.stringify(e.nl))
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });

  it('chooses the plural form by count, never "1 minuten"', () => {
    expect(errors.rateLimited(60).message).toBe('Te veel pogingen achter elkaar. Probeer het over 1 minuut opnieuw.');
    expect(render('en', errors.rateLimited(60).text)).toBe('Too many attempts in a row. Please try again in 1 minute.');
    expect(render('en', errors.rateLimited(61).text)).toBe(
      'Too many attempts in a row. Please try again in 2 minutes.',
    );
    expect(render('nl', msg('progress.partners.done', { count: 1 }))).toBe('1 partner doet mee.');
    expect(render('nl', msg('progress.partners.done', { count: 12 }))).toBe('12 partners doen mee.');
    expect(render('en', msg('progress.partners.done', { count: 1 }))).toBe('1 partner takes part.');
  });

  it('writes numbers in the form of the language', () => {
    expect(render('nl', msg('session.full', { max: 1500 }))).toBe('Deze werksessie is vol (1.500 deelnemers).');
    expect(render('en', msg('session.full', { max: 1500 }))).toBe('This work session is full (1,500 participants).');
  });

  it('renders a text inside a text in the same language', () => {
    const m = msg('kumu.csvUnreadable', { file: 'a.csv', line: 3, problem: { key: 'csv.openQuote' } });
    expect(render('en', m)).toBe(
      'a.csv: we cannot read this CSV file (line 3). A quotation mark (") is not closed. Put a " at the end of the cell.',
    );
    expect(render('nl', m)).toBe(
      'a.csv: dit CSV-bestand kunnen we niet lezen (regel 3). Een aanhalingsteken (") wordt niet afgesloten. Zet een " aan het eind van de cel.',
    );
  });

  it('checks keys and parameters at compile time', () => {
    // @ts-expect-error a misspelt key does not compile
    expect(() => render('nl', 'actor.notFoud')).toThrow();
    // @ts-expect-error a text with parameters needs them
    msg('session.full');
    // @ts-expect-error a parameter must have the right name
    msg('session.full', { maximum: 3 });
    expect(render('nl', 'actor.notFound')).toBe('Deze partner bestaat niet (meer) in dit netwerk.');
  });
});

describe('Accept-Language', () => {
  it.each([
    [undefined, 'nl'],
    ['', 'nl'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['nl-NL,nl;q=0.9,en-US;q=0.8,en;q=0.7', 'nl'],
    ['en-GB,en;q=0.9,nl;q=0.8', 'en'],
    ['nl;q=0.5, en;q=0.8', 'en'],
    ['de-DE,de;q=0.9', 'nl'],
    ['de-DE,de;q=0.9,en;q=0.5', 'en'],
    ['fr, nl;q=0.3, en;q=0.3', 'nl'],
    ['en;q=0', 'nl'],
    ['*', 'nl'],
  ] as const)('%s → %s', (header, lang) => {
    expect(langFromHeader(header)).toBe(lang);
  });
});
