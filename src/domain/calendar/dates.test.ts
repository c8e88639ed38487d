import { describe, expect, it } from 'vitest';
import {
  addDays,
  addYears,
  amsterdamMoment,
  dayInAmsterdam,
  dayOf,
  daysBetween,
  formatDay,
  formatMoment,
} from './dates.js';

describe('calendar days', () => {
  it('takes today from the Dutch clock: 23:30 UTC is already the next day, in winter and in summer', () => {
    expect(dayInAmsterdam(new Date('2026-11-29T22:59:00Z'))).toBe('2026-11-29');
    expect(dayInAmsterdam(new Date('2026-11-29T23:00:00Z'))).toBe('2026-11-30');
    expect(dayInAmsterdam(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
    expect(dayInAmsterdam(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
  });

  it('reads a date column as is and a timestamp as its Dutch day', () => {
    expect(dayOf('2026-03-01')).toBe('2026-03-01');
    expect(dayOf('2026-02-28T23:30:00.000Z')).toBe('2026-03-01');
  });

  it('counts days across months, years and the summer-time change', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-01-01', '2025-12-31')).toBe(-1);
  });

  it('adds years; 29 February becomes 28 February in a year without it', () => {
    expect(addYears('2025-11-29', 1)).toBe('2026-11-29');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('writes dates the Dutch way, and the English way', () => {
    expect(formatDay('2026-11-29', 'nl')).toBe('29 november 2026');
    expect(formatDay('2026-03-01', 'en')).toBe('1 March 2026');
    expect(formatMoment('2026-11-29T18:30:00Z', 'nl')).toBe('29 november 2026, 19:30');
  });
});

describe('amsterdamMoment', () => {
  it('turns a Dutch clock time into UTC, winter and summer', () => {
    expect(amsterdamMoment('2026-11-29', '19:30')).toBe('2026-11-29T18:30:00.000Z');
    expect(amsterdamMoment('2026-06-10', '14:00')).toBe('2026-06-10T12:00:00.000Z');
  });

  it('handles the nights the clock changes (29 March and 25 October 2026)', () => {
    expect(amsterdamMoment('2026-03-29', '01:59')).toBe('2026-03-29T00:59:00.000Z');
    expect(amsterdamMoment('2026-03-29', '02:30')).toBe('2026-03-29T01:30:00.000Z'); // does not exist: 03:30 summer time
    expect(amsterdamMoment('2026-03-29', '03:00')).toBe('2026-03-29T01:00:00.000Z');
    expect(amsterdamMoment('2026-10-25', '02:30')).toBe('2026-10-25T00:30:00.000Z');
    expect(amsterdamMoment('2026-10-25', '03:00')).toBe('2026-10-25T02:00:00.000Z');
    expect(amsterdamMoment('2026-10-25', '00:00')).toBe('2026-10-24T22:00:00.000Z');
  });
});
