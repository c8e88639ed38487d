import { describe, expect, it } from 'vitest';
import {
  DURATION_OPTIONS,
  FIRST_RUN_QUESTIONS,
  HAVE_OPTIONS,
  ON_BOARD_OPTIONS,
  suggestStart,
  type FirstRunAnswers,
} from './firstRun.js';
import { stepDefinition } from './steps.js';

const start = (a: FirstRunAnswers) => {
  const s = suggestStart(a);
  return [s.phase, s.step];
};

describe('first run: where to start', () => {
  it('sends a network that has not started yet, or one person alone, to find allies', () => {
    expect(start({ duration: 'notYet', onBoard: 'severalDomains', have: ['plan', 'kartrekker', 'funding'] })).toEqual([
      'verkennen',
      'partners',
    ]);
    expect(start({ duration: 'oneToThreeYears', onBoard: 'alone', have: [] })).toEqual(['verkennen', 'partners']);
  });

  it('without a plan: a few partners look around; partners from several fields talk about why', () => {
    expect(start({ duration: 'underOneYear', onBoard: 'fewPartners', have: [] })).toEqual(['verkennen', 'whoIsWho']);
    expect(start({ duration: 'underOneYear', onBoard: 'severalDomains', have: ['funding'] })).toEqual([
      'vormgeven',
      'ladders',
    ]);
    expect(start({ duration: 'overThreeYears', onBoard: 'severalDomainsAndResidents', have: ['kartrekker'] })).toEqual([
      'vormgeven',
      'ladders',
    ]);
  });

  it('a plan without a kartrekker: appoint one', () => {
    expect(start({ duration: 'oneToThreeYears', onBoard: 'fewPartners', have: ['plan', 'funding'] })).toEqual([
      'vormgeven',
      'lead',
    ]);
  });

  it('a plan and a kartrekker: a young network holds a first scan, an older one makes it last', () => {
    expect(start({ duration: 'underOneYear', onBoard: 'severalDomains', have: ['plan', 'kartrekker'] })).toEqual([
      'verdiepen',
      'scan',
    ]);
    expect(start({ duration: 'oneToThreeYears', onBoard: 'severalDomains', have: ['plan', 'kartrekker'] })).toEqual([
      'verankeren',
      'model',
    ]);
    expect(
      start({
        duration: 'overThreeYears',
        onBoard: 'severalDomainsAndResidents',
        have: ['kartrekker', 'funding', 'plan'],
      }),
    ).toEqual(['verankeren', 'continuity']);
  });

  it('gives a reason in both languages and advises residents only when they may be missing', () => {
    const withResidents = suggestStart({ duration: 'underOneYear', onBoard: 'severalDomainsAndResidents', have: [] });
    expect(withResidents.reason.nl).toMatch(/waarom/);
    expect(withResidents.reason.en).toMatch(/why/);
    expect(withResidents.hints).toEqual([]);
    const without = suggestStart({ duration: 'underOneYear', onBoard: 'severalDomains', have: [] });
    expect(without.hints.map((h) => h.nl)).toEqual([expect.stringMatching(/bewoners/)]);
  });

  it('suggests a real step of the suggested phase for every combination of answers', () => {
    const haves = [
      [],
      ['plan'],
      ['kartrekker'],
      ['funding'],
      ['plan', 'kartrekker'],
      ['plan', 'funding'],
      ['kartrekker', 'funding'],
      ['plan', 'kartrekker', 'funding'],
    ] as const;
    for (const duration of DURATION_OPTIONS)
      for (const onBoard of ON_BOARD_OPTIONS)
        for (const have of haves) {
          const s = suggestStart({ duration, onBoard, have });
          expect(stepDefinition(s.step)?.phase).toBe(s.phase);
          expect(s.reason.nl.length).toBeGreaterThan(20);
          expect(s.reason.en).not.toBe(s.reason.nl);
        }
  });

  it('asks three questions whose options are exactly the answer values', () => {
    const [duration, onBoard, have] = FIRST_RUN_QUESTIONS;
    expect(duration.options.map((o) => o.id)).toEqual([...DURATION_OPTIONS]);
    expect(onBoard.options.map((o) => o.id)).toEqual([...ON_BOARD_OPTIONS]);
    expect(have.options.map((o) => o.id)).toEqual([...HAVE_OPTIONS]);
    expect(FIRST_RUN_QUESTIONS.map((q) => q.multiple)).toEqual([false, false, true]);
    for (const q of FIRST_RUN_QUESTIONS) for (const o of q.options) expect(o.label.en).not.toBe(o.label.nl);
  });
});
