import { describe, expect, it } from 'vitest';
import { LINES_PER_QUESTION, worksheet } from './worksheet.js';
import { PHASES } from './tools.js';

describe('werkblad per phase', () => {
  it('holds the title, purpose, questions with room to write and the steps as a checklist', () => {
    const w = worksheet('vormgeven', 'nl');
    expect(w.title).toBe('Werkblad vormgeven');
    expect(w.purpose).toMatch(/^In deze fase maken jullie de samenwerking concreet\./);
    expect(w.fields).toEqual(['Netwerk', 'Datum', 'Wie zijn er?']);
    expect(w.questions[0]).toEqual({ text: 'Wanneer vind ik de samenwerking geslaagd?', lines: LINES_PER_QUESTION });
    expect(w.checklist).toEqual([
      'Waaromladders invullen',
      'Een gedeeld doel vinden',
      'Stip op de horizon en doelen vastleggen',
      'Partnerschapskaart vastleggen, met akkoord van iedereen',
      'Kartrekker met uren en een vervanger',
      'Afspraken maken',
      'Actieplan voor dit jaar maken',
    ]);
    expect(w.terms.map((t) => t.term)).toEqual(['kartrekker', 'stip op de horizon']);
  });

  it('is in English for an English reader', () => {
    const w = worksheet('verkennen', 'en');
    expect(w.title).toBe('Worksheet: explore');
    expect(w.checklist[0]).toBe('Add partners');
    expect(w.footer).toMatch(/Wijknet/);
  });

  it('fits on one page: at most 30 lines to write and 8 steps', () => {
    for (const phase of PHASES) {
      for (const locale of ['nl', 'en'] as const) {
        const w = worksheet(phase, locale);
        expect(w.questions.reduce((n, q) => n + q.lines, 0)).toBeLessThanOrEqual(30);
        expect(w.checklist.length).toBeLessThanOrEqual(8);
        expect(w.tips.length).toBeGreaterThan(0);
      }
    }
  });
});
