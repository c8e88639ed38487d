import { describe, expect, it } from 'vitest';
import { deletionVariants, normalise, stem, withinOneEdit, words } from './text.js';

describe('Dutch search text', () => {
  it('gives eenzaam, eenzaamheid and eenzame the same stem', () => {
    expect(new Set(['eenzaam', 'eenzaamheid', 'eenzame'].map(stem)).size).toBe(1);
    expect(stem('ouderen')).toBe(stem('oudere'));
  });

  it('ignores accents and case', () => {
    expect(normalise('Café Financiën')).toBe('cafe financien');
    expect(words('Het Café van de Wijk-Ouderen')).toEqual(['cafe', 'wijk', 'ouderen']);
  });

  it('recognises exactly one edit', () => {
    expect(withinOneEdit('eenzaamheid', 'eenzaamhied')).toBe(true); // swap
    expect(withinOneEdit('dementie', 'dementi')).toBe(true); // delete
    expect(withinOneEdit('dementie', 'demenntie')).toBe(true); // insert
    expect(withinOneEdit('dementie', 'dementia')).toBe(true); // substitute
    expect(withinOneEdit('dementie', 'dimentia')).toBe(false);
    expect(withinOneEdit('abc', 'cba')).toBe(false);
    expect(withinOneEdit('huisarts', 'huisartsen')).toBe(false);
  });

  it('two words one edit apart share a deletion variant', () => {
    const pairs = [
      ['eenzaamheid', 'eenzaamhied'],
      ['dementie', 'dementi'],
      ['dementie', 'dementia'],
      ['school', 'schol'],
    ];
    for (const [a, b] of pairs) {
      const va = new Set(deletionVariants(a));
      expect(
        deletionVariants(b).some((v) => va.has(v)),
        `${a} ~ ${b}`,
      ).toBe(true);
    }
  });
});
