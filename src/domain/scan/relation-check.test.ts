import { describe, expect, it } from 'vitest';
import { aggregateRelationCheck, RelationCheckError, type PartnerRating } from './relation-check.js';

/** rater → ratee: trust (reliable, open, committed) | value (influence, resources, involvement). */
function r(
  rater: string,
  ratee: string,
  trust: [number, number, number],
  value: [number, number, number],
): PartnerRating {
  const [reliable, open, committed] = trust;
  const [influence, resources, involvement] = value;
  return { rater, ratee, reliable, open, committed, influence, resources, involvement };
}

const partners = ['P', 'Q', 'R', 'S'];
const ratings = [
  r('Q', 'P', [4, 4, 4], [3, 3, 3]),
  r('R', 'P', [3, 3, 3], [2, 2, 2]),
  r('R', 'P', [3, 3, 3], [4, 4, 4]), // a second representative of R
  r('S', 'P', [2, 3, 4], [4, 1, 1]),
  r('P', 'Q', [1, 1, 1], [1, 1, 1]),
  r('R', 'S', [4, 3, 2], [2, 2, 2]),
  r('P', 'S', [2, 2, 2], [3, 3, 3]),
];

describe('aggregateRelationCheck', () => {
  it('gives a partner the scores it received from at least 3 raters, computed by hand', () => {
    const result = aggregateRelationCheck(partners, ratings);
    // P is rated by Q, R and S (R's two representatives averaged: trust 3, 3, 3; value 3, 3, 3).
    //   pair trust: Q 4, R 3, S (2 + 3 + 4) / 3 = 3 → 10/3;  pair value: Q 3, R 3, S (4 + 1 + 1) / 3 = 2 → 8/3.
    //   reliable 4, 3, 2 → 3; open 4, 3, 3 → 10/3; committed 4, 3, 4 → 11/3;
    //   influence 3, (2 + 4) / 2 = 3, 4 → 10/3; resources 3, 3, 1 → 7/3; involvement 3, 3, 1 → 7/3.
    expect(result.partners[0]).toEqual({
      partner: 'P',
      raters: 3,
      withheld: false,
      trust: expect.closeTo(10 / 3, 12),
      value: expect.closeTo(8 / 3, 12),
      criteria: {
        reliable: 3,
        open: expect.closeTo(10 / 3, 12),
        committed: expect.closeTo(11 / 3, 12),
        influence: expect.closeTo(10 / 3, 12),
        resources: expect.closeTo(7 / 3, 12),
        involvement: expect.closeTo(7 / 3, 12),
      },
    });
  });

  it('withholds partners with fewer than 3 raters and never shows a pair', () => {
    const result = aggregateRelationCheck(partners, ratings);
    expect(result.partners.slice(1)).toEqual([
      { partner: 'Q', raters: 1, withheld: true, trust: null, value: null, criteria: null },
      { partner: 'R', raters: 0, withheld: true, trust: null, value: null, criteria: null },
      { partner: 'S', raters: 2, withheld: true, trust: null, value: null, criteria: null },
    ]);
  });

  it('builds the network scores from shown partners only, so no hidden rating can be worked out', () => {
    const { network } = aggregateRelationCheck(partners, ratings);
    // Only P is shown: trust (4 + 3 + 3) / 3 = 10/3, value (3 + 3 + 2) / 3 = 8/3. Counting P → Q (1, 1)
    // too would give trust 11/4 and let anyone subtract P's scores to find P's rating of Q.
    expect(network).toEqual({
      trust: expect.closeTo(10 / 3, 12),
      value: expect.closeTo(8 / 3, 12),
      partners: 1,
      withheld: false,
    });
    const none = aggregateRelationCheck(
      partners,
      ratings.filter((x) => x.ratee !== 'P'),
    );
    expect(none.network).toEqual({ trust: null, value: null, partners: 0, withheld: true });
  });

  it('averages the network over all shown pairs', () => {
    const more = [...ratings, r('Q', 'S', [1, 1, 1], [4, 4, 4])];
    const result = aggregateRelationCheck(partners, more);
    // S now has raters R, P, Q: pair trust 3, 2, 1 → 2; pair value 2, 3, 4 → 3.
    // Network over P's 3 pairs and S's 3 pairs: trust (4 + 3 + 3 + 3 + 2 + 1) / 6 = 16/6; value (3 + 3 + 2 + 2 + 3 + 4) / 6 = 17/6.
    expect(result.partners[3]).toMatchObject({ partner: 'S', raters: 3, trust: 2, value: 3 });
    expect(result.network.trust).toBeCloseTo(16 / 6, 12);
    expect(result.network.value).toBeCloseTo(17 / 6, 12);
    expect(result.network.partners).toBe(2);
  });

  it('refuses self-ratings, strangers and scores off the 1–4 scale', () => {
    expect(() => aggregateRelationCheck(partners, [r('P', 'P', [1, 1, 1], [1, 1, 1])])).toThrow(RelationCheckError);
    expect(() => aggregateRelationCheck(partners, [r('X', 'P', [1, 1, 1], [1, 1, 1])])).toThrow(
      '"X" is geen partner van dit netwerk.',
    );
    expect(() => aggregateRelationCheck(partners, [r('Q', 'P', [1, 1, 0], [1, 1, 1])])).toThrow(
      'De score voor "zet zich in voor het gedeelde doel" moet een heel getal van 1 tot 4 zijn.',
    );
    expect(() => aggregateRelationCheck(partners, [r('Q', 'P', [1, 1, 1], [1, 2.5, 1])])).toThrow('"middelen"');
  });
});
