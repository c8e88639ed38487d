import { describe, expect, it } from 'vitest';
import { placeholders, renderMessage, type Message } from './text.js';

const snapshots: Message = {
  nl: {
    count: 'count',
    zero: 'Nog geen momentopname.',
    one: '{count} momentopname vastgelegd.',
    other: '{count} momentopnamen vastgelegd.',
  },
  en: {
    count: 'count',
    zero: 'No snapshot yet.',
    one: '{count} snapshot recorded.',
    other: '{count} snapshots recorded.',
  },
};

describe('renderMessage', () => {
  it('picks the Dutch and English plural forms by the number', () => {
    expect(renderMessage(snapshots, 'nl', { count: 1 })).toBe('1 momentopname vastgelegd.');
    expect(renderMessage(snapshots, 'nl', { count: 2 })).toBe('2 momentopnamen vastgelegd.');
    expect(renderMessage(snapshots, 'en', { count: 1 })).toBe('1 snapshot recorded.');
    expect(renderMessage(snapshots, 'en', { count: 3 })).toBe('3 snapshots recorded.');
  });

  it('uses the zero form for exactly 0, and "other" for 0 when there is none', () => {
    expect(renderMessage(snapshots, 'nl', { count: 0 })).toBe('Nog geen momentopname.');
    const noZero: Message = {
      nl: { count: 'n', one: '{n} ronde', other: '{n} rondes' },
      en: { count: 'n', one: '{n} round', other: '{n} rounds' },
    };
    expect(renderMessage(noZero, 'nl', { n: 0 })).toBe('0 rondes');
    expect(renderMessage(noZero, 'en', { n: 0 })).toBe('0 rounds');
  });

  it('writes numbers in the locale’s form and joins lists the locale’s way', () => {
    const m: Message = { nl: '{n} inwoners: {themes}', en: '{n} inhabitants: {themes}' };
    expect(renderMessage(m, 'nl', { n: 1234.5, themes: ['eenzaamheid', 'mantelzorg', 'dementie'] })).toBe(
      '1.234,5 inwoners: eenzaamheid, mantelzorg en dementie',
    );
    expect(renderMessage(m, 'en', { n: 1234.5, themes: ['loneliness', 'carers', 'dementia'] })).toBe(
      '1,234.5 inhabitants: loneliness, carers and dementia',
    );
  });

  it('throws on a missing parameter instead of showing "{count}"', () => {
    expect(() => renderMessage(snapshots, 'nl', {})).toThrow(/count/);
    expect(() => renderMessage({ nl: 'Focus: {themes}.', en: 'Focus: {themes}.' }, 'nl', {})).toThrow(/themes/);
  });

  it('lists the placeholders of every form, the plural count included', () => {
    expect([...placeholders(snapshots.nl)].sort()).toEqual(['count']);
    expect(
      [
        ...placeholders({ count: 'goals', one: 'Er is {goals} doel van {x}.', other: 'Er zijn {goals} doelen.' }),
      ].sort(),
    ).toEqual(['goals', 'x']);
  });
});
