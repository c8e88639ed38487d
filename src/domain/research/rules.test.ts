import { describe, expect, it } from 'vitest';
import { csv, guardedCount, guardedMean, isWholePastMonth, monthBounds, weeksOfMonth } from './rules.js';

describe('research mode rules', () => {
  it('exports only whole months that have ended', () => {
    const now = new Date('2026-12-02T10:00:00Z');
    expect(isWholePastMonth('2026-11', now)).toBe(true);
    expect(isWholePastMonth('2026-12', now)).toBe(false);
    expect(isWholePastMonth('2027-01', now)).toBe(false);
    expect(isWholePastMonth('2026-13', now)).toBe(false);
    expect(isWholePastMonth('2026-11-01', now)).toBe(false);
    expect(isWholePastMonth('1999-01', now)).toBe(false);
    expect(monthBounds('2026-12')).toEqual({ from: '2026-12-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' });
  });

  it('gives every ISO week to the month of its Thursday', () => {
    // November 2026: Thursdays 5, 12, 19 and 26 → weeks 45–48. Week 49 (Thu 3 Dec) is December's.
    expect(weeksOfMonth('2026-11')).toEqual(['2026-W45', '2026-W46', '2026-W47', '2026-W48']);
    // January 2027: Thu 7 Jan is in week 1 of 2027; Fri 1 Jan belongs to 2026-W53, a December week.
    expect(weeksOfMonth('2027-01')[0]).toBe('2027-W01');
    expect(weeksOfMonth('2026-12')).toContain('2026-W53');
  });

  it('withholds means of fewer than 3 people and writes CSV that quotes what it must', () => {
    expect(guardedMean([5, 4])).toBeNull();
    expect(guardedMean([5, 4, 3])).toBe(4);
    expect(guardedCount(2)).toBeNull();
    expect(guardedCount(3)).toBe(3);
    expect(
      csv(
        ['a', 'b'],
        [
          ['x, y', 'zei "ja"'],
          [1, null],
        ],
      ),
    ).toBe('a,b\r\n"x, y","zei ""ja"""\r\n1,\r\n');
  });
});
