import { describe, expect, it } from 'vitest';
import type { ScanDefinition } from './definition.js';
import { dimensionText, formatScore, tooFewText, trendText } from './render.js';
import { isWeak, readRound, scoreRound, spreadOf, trendOf, ScanScoreError, type RoundScore } from './score.js';
import { tipText, tipsFor, toolName } from './tips.js';
import { WIJKNET_SCAN } from './instruments/index.js';

const scale = { min: 1, max: 5, labels: {} };

const definition: ScanDefinition = {
  id: 'test',
  name: 'Test',
  version: 1,
  scale,
  dimensions: [
    {
      id: 'A',
      name: 'A',
      items: [
        { id: 'a1', text: 'a1' },
        { id: 'a2', text: 'a2', reverse: true },
        { id: 'a3', text: 'a3' },
        { id: 'a4', text: 'a4' },
      ],
    },
    {
      id: 'B',
      name: 'B',
      items: [
        { id: 'b1', text: 'b1' },
        { id: 'b2', text: 'b2' },
        { id: 'b3', text: 'b3' },
      ],
    },
    { id: 'C', name: 'C', items: [{ id: 'c1', text: 'c1' }] },
  ],
};

const responses = [
  { a1: 5, a2: 2, a3: 4, a4: 3, b1: 4, b2: null, b3: null, c1: 2 },
  { a1: 3, a2: 5, a3: null, b1: 2, b2: 3, c1: undefined },
  { a1: 1, b1: 5, b2: 5, b3: 2, c1: 4 },
  { a1: 4, a2: 1, a3: 5, a4: 2, c1: 5 },
];

describe('scoreRound', () => {
  it('scores by hand-computed values: reverse items, missing answers, the half rule and the threshold', () => {
    const round = scoreRound(definition, responses);
    expect(round.respondents).toBe(4);
    // A (4 items, a2 reversed: 1 + 5 − answer):
    //   r1 5, 4, 4, 3 → 16 / 4 = 4;  r2 3, 1 (2 of 4 answered: 2 × 2 ≥ 4, counts) → 2;
    //   r3 only a1 (1 × 2 < 4, does not count);  r4 4, 5, 5, 2 → 4.
    //   mean (4 + 2 + 4) / 3 = 10/3; deviations 2/3, −4/3, 2/3 → squares 24/9, / (3 − 1) = 4/3, sd √(4/3).
    expect(round.dimensions[0]).toEqual({
      id: 'A',
      items: 4,
      mean: expect.closeTo(10 / 3, 12),
      sd: expect.closeTo(Math.sqrt(4 / 3), 12),
      n: 3,
      withheld: false,
    });
    // B (3 items): r1 1 of 3 (2 < 3, no); r2 (2 + 3) / 2 = 2.5; r3 12 / 3 = 4; r4 none → n = 2 < 3, withheld.
    expect(round.dimensions[1]).toEqual({ id: 'B', items: 3, mean: null, sd: null, n: 2, withheld: true });
    // C (1 item): 2, 4, 5 → mean 11/3; deviations −5/3, 1/3, 4/3 → squares 42/9, / 2 = 7/3.
    expect(round.dimensions[2].mean).toBeCloseTo(11 / 3, 12);
    expect(round.dimensions[2].sd).toBeCloseTo(Math.sqrt(7 / 3), 12);
    expect(round.dimensions[2].n).toBe(3);
  });

  it('leaves switched-off items out as if the definition did not have them', () => {
    const round = scoreRound(definition, responses, { switchedOff: ['a3', 'a4', 'c1'] });
    // A is now a1 and a2 (reversed): r1 (5 + 4) / 2 = 4.5; r2 (3 + 1) / 2 = 2; r3 a1 only, 1 × 2 ≥ 2 → 1;
    // r4 (4 + 5) / 2 = 4.5. Mean 12 / 4 = 3; deviations 1.5, −1, −2, 1.5 → 9.5 / 3, sd √(19/6).
    expect(round.dimensions[0]).toEqual({
      id: 'A',
      items: 2,
      mean: 3,
      sd: expect.closeTo(Math.sqrt(19 / 6), 12),
      n: 4,
      withheld: false,
    });
    // C has no items left, so it is not in the result.
    expect(round.dimensions.map((d) => d.id)).toEqual(['A', 'B']);
  });

  it('refuses an unknown switched-off item and an answer off the scale', () => {
    expect(() => scoreRound(definition, responses, { switchedOff: ['x9'] })).toThrow(ScanScoreError);
    expect(() => scoreRound(definition, [{ a1: 6 }])).toThrow(
      'Het antwoord 6 op vraag "a1" is geen heel getal van 1 tot 5.',
    );
    expect(() => scoreRound(definition, [{ b2: 2.5 }])).toThrow(ScanScoreError);
  });

  it('withholds every dimension with fewer than 3 respondents', () => {
    const round = scoreRound(definition, responses.slice(0, 2));
    expect(round.dimensions.map((d) => [d.n, d.withheld, d.mean])).toEqual([
      [2, true, null],
      [1, true, null],
      [1, true, null],
    ]);
  });
});

describe('spread, weak and divided', () => {
  it('uses 0.75 and 1.0 as borders on a 1–5 scale', () => {
    expect(spreadOf(0.7499, scale)).toBe('agree');
    expect(spreadOf(0.75, scale)).toBe('fair');
    expect(spreadOf(0.9999, scale)).toBe('fair');
    expect(spreadOf(1, scale)).toBe('divided');
  });

  it('scales the borders by (max − min) / 4 on a 1–7 scale: 1.125 and 1.5', () => {
    const seven = { min: 1, max: 7, labels: {} };
    expect(spreadOf(1.1249, seven)).toBe('agree');
    expect(spreadOf(1.125, seven)).toBe('fair');
    expect(spreadOf(1.4999, seven)).toBe('fair');
    expect(spreadOf(1.5, seven)).toBe('divided');
    expect(isWeak(3.99, seven)).toBe(true);
    expect(isWeak(4, seven)).toBe(false);
  });

  it('reads a round: sd exactly 0.75 is "redelijk eens", sd exactly 1 is divided, a mean below 3 is weak', () => {
    const four: ScanDefinition = {
      ...definition,
      dimensions: [
        { id: 'fair', name: 'F', items: ['f1', 'f2', 'f3', 'f4'].map((id) => ({ id, text: id })) },
        { id: 'split', name: 'S', items: [{ id: 's1', text: 's1' }] },
        { id: 'weak', name: 'W', items: [{ id: 'w1', text: 'w1' }] },
      ],
    };
    const round = scoreRound(four, [
      // fair: 9/4 = 2.25, 12/4 = 3, 15/4 = 3.75 → mean 3, deviations ∓0.75 → 1.125 / 2 = 0.5625, sd 0.75.
      // split: 2, 3, 4 → mean 3, squares 1 + 0 + 1 = 2, / 2 = 1, sd 1.  weak: 2, 3, 3 → mean 8/3 < 3.
      { f1: 1, f2: 2, f3: 3, f4: 3, s1: 2, w1: 2 },
      { f1: 3, f2: 3, f3: 3, f4: 3, s1: 3, w1: 3 },
      { f1: 5, f2: 4, f3: 3, f4: 3, s1: 4, w1: 3 },
    ]);
    expect(round.dimensions[0].sd).toBe(0.75);
    expect(round.dimensions[1].sd).toBe(1);
    expect(readRound(four, round)).toEqual([
      { id: 'fair', spread: 'fair', weak: false, divided: false },
      { id: 'split', spread: 'divided', weak: false, divided: true },
      { id: 'weak', spread: 'agree', weak: true, divided: false },
    ]);
  });

  it('leaves withheld dimensions out of the reading', () => {
    expect(readRound(definition, scoreRound(definition, responses)).map((r) => r.id)).toEqual(['A', 'C']);
  });
});

describe('tips', () => {
  it('gives three tips for a weak dimension of our scan and starts a divided one with talking about it', () => {
    const tips = tipsFor([
      { id: 'trust', spread: 'agree', weak: true, divided: false },
      { id: 'lead', spread: 'divided', weak: true, divided: true },
      { id: 'results', spread: 'fair', weak: false, divided: false },
      { id: 'own-dimension', spread: 'agree', weak: true, divided: false },
      { id: 'other', spread: 'divided', weak: false, divided: true },
    ]);
    expect(tips.map((t) => [t.id, t.tips.map((x) => x.tool)])).toEqual([
      ['trust', ['card', 'agreements', 'session']],
      ['lead', ['session', 'lead', 'lead']],
      ['own-dimension', ['session', 'agreements']],
      ['other', ['session', 'agreements']],
    ]);
    expect(tips[1].tips[0].id).toBe('divided-session');
    expect(tipText('lead-deputy', 'nl')).toBe(
      'Wijs een vervanger aan, zodat het netwerk doorgaat als de kartrekker er niet is.',
    );
    expect(tipText('lead-deputy', 'en')).toBe('Appoint a deputy, so the network keeps going when the lead is away.');
    expect([toolName('lead', 'nl'), toolName('session', 'en')]).toEqual(['Kartrekker', 'Working session']);
  });

  it("has three own tips, in both languages, for every dimension of Wijknet's scan", () => {
    const weak = WIJKNET_SCAN.nl.dimensions.map((d) => ({
      id: d.id,
      spread: 'agree' as const,
      weak: true,
      divided: false,
    }));
    for (const { tips } of tipsFor(weak)) {
      expect(tips).toHaveLength(3);
      expect(tips.some((t) => t.id.startsWith('generic'))).toBe(false);
      for (const t of tips) expect([tipText(t.id, 'nl'), tipText(t.id, 'en')].every((x) => x.length > 20)).toBe(true);
    }
  });
});

describe('trend', () => {
  const round = (dims: [string, number | null][]): RoundScore => ({
    respondents: 5,
    dimensions: dims.map(([id, mean]) => ({
      id,
      items: 3,
      mean,
      sd: mean === null ? null : 0.5,
      n: mean === null ? 2 : 5,
      withheld: mean === null,
    })),
  });

  it('gives the change between consecutive rounds only where both have a result', () => {
    const trend = trendOf([
      round([
        ['A', 3],
        ['B', null],
        ['C', 4],
      ]),
      round([
        ['A', 3.5],
        ['B', 2],
        ['C', null],
      ]),
      round([
        ['A', 3.25],
        ['B', 3],
        ['C', 5],
        ['D', 4],
      ]),
    ]);
    // A: 3 → 3.5 (+0.5) → 3.25 (−0.25); B: withheld in round 0, 2 → 3 (+1); C: no two results in a row.
    expect(trend).toEqual([
      {
        id: 'A',
        steps: [
          { from: 0, to: 1, change: 0.5 },
          { from: 1, to: 2, change: -0.25 },
        ],
      },
      { id: 'B', steps: [{ from: 1, to: 2, change: 1 }] },
      { id: 'C', steps: [] },
      { id: 'D', steps: [] },
    ]);
  });
});

describe('sentences', () => {
  it('renders a result, too few answers and a trend in Dutch and English', () => {
    const round = scoreRound(definition, responses);
    const [a] = readRound(definition, round);
    expect(dimensionText(round.dimensions[0], a, scale, 'nl')).toBe(
      'Gemiddeld 3,3 op een schaal van 1 tot 5 (3 mensen). De meningen lopen uiteen.',
    );
    expect(dimensionText(round.dimensions[0], a, scale, 'en')).toBe(
      'Average 3.3 on a scale of 1 to 5 (3 people). Opinions differ.',
    );
    expect(dimensionText(round.dimensions[1], undefined, scale, 'nl')).toBe('Nog te weinig antwoorden — nog 1 nodig.');
    expect(tooFewText(0, 'en')).toBe('Not enough answers yet — 3 more needed.');
    expect(
      dimensionText(
        { id: 'W', items: 1, mean: 2.5, sd: 0.5, n: 4, withheld: false },
        { id: 'W', spread: 'agree', weak: true, divided: false },
        scale,
        'nl',
      ),
    ).toBe(
      'Gemiddeld 2,5 op een schaal van 1 tot 5 (4 mensen). Jullie zijn het eens. Dit scoort lager dan het midden van de schaal.',
    );
    expect(trendText({ from: 0, to: 1, change: -0.25 }, 'nl')).toBe('Gedaald met 0,3 sinds de vorige ronde.');
    expect(trendText({ from: 0, to: 1, change: 0.5 }, 'en')).toBe('Up 0.5 since the previous round.');
    expect(trendText({ from: 0, to: 1, change: 0.01 }, 'nl')).toBe('Gelijk gebleven sinds de vorige ronde.');
    expect(formatScore(1234.56, 'nl')).toBe('1.234,6');
  });
});
