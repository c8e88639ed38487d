import { describe, expect, it } from 'vitest';
import { labelKey, lemmaOf, mergeLabels } from './lemmas.js';

describe('curated word forms', () => {
  it('merges forms of one word and never different words', () => {
    expect(lemmaOf('Ontmoetingen')).toBe('ontmoeten');
    expect(lemmaOf('ontmoeting')).toBe('ontmoeten');
    expect(lemmaOf('ouders')).toBe('ouder');
    expect(lemmaOf('ouderen')).toBe('oudere');
    expect(lemmaOf('wandelen')).toBeUndefined();
    expect(labelKey('Kwetsbare Ouderen')).toBe('kwetsbare oudere');
    expect(labelKey('ouders')).not.toBe(labelKey('ouderen'));
  });

  it('lists near-duplicate themes once, in the form written most, for the theme filter', () => {
    const merged = mergeLabels([
      'ontmoeten',
      'Ontmoetingen',
      'ontmoeting',
      'bewegen',
      'ontmoeting',
      'ouders',
      'ouderen',
      ' ',
    ]);
    expect(merged).toEqual([
      { label: 'bewegen', key: 'bewegen', forms: ['bewegen'] },
      { label: 'ontmoeting', key: 'ontmoeten', forms: ['ontmoeten', 'ontmoeting', 'Ontmoetingen'] },
      { label: 'ouderen', key: 'oudere', forms: ['ouderen'] },
      { label: 'ouders', key: 'ouder', forms: ['ouders'] },
    ]);
  });
});
