import { describe, expect, it } from 'vitest';
import { TOOL_IDS } from './tools.js';
import { TOOL_OF_ENTITY, isoWeek, monthOf, susDue } from './usage.js';

describe('usage counts and feedback rules', () => {
  it('gives ISO weeks, also around the turn of the year', () => {
    // Worked out from a calendar: 1 Jan 2026 is a Thursday, so it is in week 1 of 2026.
    expect(isoWeek(new Date('2026-01-01T12:00:00Z'))).toBe('2026-W01');
    // 29 Dec 2025 (Monday) belongs to that same week 1 of 2026.
    expect(isoWeek(new Date('2025-12-29T00:00:00Z'))).toBe('2026-W01');
    // 1 Jan 2027 is a Friday: still week 53 of 2026.
    expect(isoWeek(new Date('2027-01-01T08:00:00Z'))).toBe('2026-W53');
    // Wednesday 2 Dec 2026 is in week 49.
    expect(isoWeek(new Date('2026-12-02T06:00:00Z'))).toBe('2026-W49');
    expect(monthOf(new Date('2026-12-31T23:59:59Z'))).toBe('2026-12');
  });

  it('offers the SUS questionnaire once, from 30 days after joining', () => {
    const joined = '2026-11-01T10:00:00.000Z';
    expect(susDue(joined, new Date('2026-11-30T10:00:00Z'), false)).toBe(false);
    expect(susDue(joined, new Date('2026-12-01T10:00:00Z'), false)).toBe(true);
    expect(susDue(joined, new Date('2026-12-20T10:00:00Z'), true)).toBe(false);
  });

  it('maps changes only to tools that exist', () => {
    for (const tool of Object.values(TOOL_OF_ENTITY)) expect(TOOL_IDS).toContain(tool);
  });
});
