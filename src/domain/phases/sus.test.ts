import { describe, expect, it } from 'vitest';
import { SUS_ITEMS, SUS_SCALE, susAnswerError, susScore } from './sus.js';

describe('SUS scoring', () => {
  // Each expected score worked out by hand: odd items answer − 1, even items 5 − answer, sum × 2.5.
  it('scores all-neutral answers as 50', () => {
    // odd: 5 × (3 − 1) = 10; even: 5 × (5 − 3) = 10; 20 × 2.5 = 50
    expect(susScore([3, 3, 3, 3, 3, 3, 3, 3, 3, 3])).toBe(50);
  });

  it('scores the best and the worst possible answers as 100 and 0', () => {
    expect(susScore([5, 1, 5, 1, 5, 1, 5, 1, 5, 1])).toBe(100);
    expect(susScore([1, 5, 1, 5, 1, 5, 1, 5, 1, 5])).toBe(0);
  });

  it('scores a mixed set', () => {
    // odd items 4, 4, 5, 4, 4 → 3 + 3 + 4 + 3 + 3 = 16; even items 2, 1, 2, 2, 3 → 3 + 4 + 3 + 3 + 2 = 15; 31 × 2.5 = 77.5
    expect(susScore([4, 2, 4, 1, 5, 2, 4, 2, 4, 3])).toBe(77.5);
    // all 5: odd 5 × 4 = 20, even 5 × 0 = 0 → 50; all 1: odd 0, even 5 × 4 = 20 → 50
    expect(susScore([5, 5, 5, 5, 5, 5, 5, 5, 5, 5])).toBe(50);
    expect(susScore([1, 1, 1, 1, 1, 1, 1, 1, 1, 1])).toBe(50);
    // odd 2, 3, 2, 3, 2 → 1 + 2 + 1 + 2 + 1 = 7; even 4, 4, 3, 4, 5 → 1 + 1 + 2 + 1 + 0 = 5; 12 × 2.5 = 30
    expect(susScore([2, 4, 3, 4, 2, 3, 3, 4, 2, 5])).toBe(30);
  });

  it('refuses incomplete or out-of-scale answers, naming the question', () => {
    expect(susAnswerError([3, 3, 3])?.nl).toBe('Beantwoord alle 10 vragen.');
    expect(susAnswerError([3, 3, 3, 3, 6, 3, 3, 3, 3, 3])?.nl).toBe('Vraag 5: kies een antwoord van 1 tot en met 5.');
    expect(susAnswerError([3, 3, 3, 3, 3, 3, 3, 2.5, 3, 3])?.en).toBe('Question 8: choose an answer from 1 to 5.');
    expect(susAnswerError([3, 3, 3, 3, 3, 3, 3, 3, 3, '3'])?.nl).toMatch(/^Vraag 10/);
    expect(() => susScore([0, 3, 3, 3, 3, 3, 3, 3, 3, 3])).toThrow();
  });

  it('has the ten standard items and the five-point scale in both languages', () => {
    expect(SUS_ITEMS).toHaveLength(10);
    expect(SUS_ITEMS[0].en).toBe('I think that I would like to use Wijknet frequently.');
    expect(SUS_ITEMS[9].en).toBe('I needed to learn a lot of things before I could get going with Wijknet.');
    for (const item of SUS_ITEMS) expect(item.nl).toMatch(/Wijknet/);
    expect(Object.keys(SUS_SCALE)).toEqual(['1', '2', '3', '4', '5']);
  });
});
