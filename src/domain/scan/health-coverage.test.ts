import { describe, expect, it } from 'vitest';
import { coverageText, healthCoverage } from './health-coverage.js';

describe('healthCoverage', () => {
  const items = [
    { kind: 'goal' as const, healthDimensions: ['meedoen', 'zingeving'] },
    { kind: 'goal' as const, healthDimensions: ['meedoen', 'meedoen'] },
    { kind: 'ladder' as const, healthDimensions: ['meedoen', 'mentaal-welbevinden'] },
    { kind: 'action' as const, healthDimensions: ['zingeving', 'onbekend'] },
    { kind: 'action' as const, healthDimensions: [] },
  ];

  it('counts per dimension how many goals, ladders and actions address it, a repeated tag once', () => {
    const coverage = healthCoverage(items);
    // meedoen: goal 1, goal 2 (tagged twice, counts once), ladder → goals 2, ladders 1, total 3.
    // zingeving: goal 1 and an action → 1 + 1. mentaal welbevinden: the ladder. "onbekend" is ignored.
    expect(coverage.dimensions).toEqual([
      { dimension: 'lichaamsfuncties', goals: 0, ladders: 0, actions: 0, total: 0 },
      { dimension: 'mentaal-welbevinden', goals: 0, ladders: 1, actions: 0, total: 1 },
      { dimension: 'zingeving', goals: 1, ladders: 0, actions: 1, total: 2 },
      { dimension: 'kwaliteit-van-leven', goals: 0, ladders: 0, actions: 0, total: 0 },
      { dimension: 'meedoen', goals: 2, ladders: 1, actions: 0, total: 3 },
      { dimension: 'dagelijks-functioneren', goals: 0, ladders: 0, actions: 0, total: 0 },
    ]);
    expect(coverage.unaddressed).toEqual(['lichaamsfuncties', 'kwaliteit-van-leven', 'dagelijks-functioneren']);
  });

  it('asks the conversation question in Dutch and English', () => {
    expect(coverageText(healthCoverage(items), 'nl')).toBe(
      'Geen van jullie doelen, ladders en acties gaat over lichaamsfuncties, kwaliteit van leven en dagelijks functioneren. Welke dimensie laten jullie liggen, en is dat een keuze?',
    );
    expect(coverageText(healthCoverage([]), 'en')).toBe(
      'None of your goals, ladders and actions addresses bodily functions, mental wellbeing, meaningfulness, quality of life, participation or daily functioning. Which dimension do you leave aside, and is that a choice?',
    );
    const all = healthCoverage([
      {
        kind: 'goal',
        healthDimensions: [
          'lichaamsfuncties',
          'mentaal-welbevinden',
          'zingeving',
          'kwaliteit-van-leven',
          'meedoen',
          'dagelijks-functioneren',
        ],
      },
    ]);
    expect(all.unaddressed).toEqual([]);
    expect(coverageText(all, 'nl')).toContain('alle zes dimensies');
  });
});
