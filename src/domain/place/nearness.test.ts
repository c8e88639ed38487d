import { describe, expect, it } from 'vitest';
import { gemeenteCode, nearness, wijkCode } from './nearness.js';

const presikhaaf = { regionCode: 'WK020213', areaName: 'Presikhaaf', gemeenteName: 'Arnhem' };
const place = (regionCode: string | null, areaName = '', area = '') => ({ regionCode, areaName, area });

describe('CBS region codes', () => {
  it('give the gemeente and the wijk', () => {
    expect(gemeenteCode('WK020213')).toBe('GM0202');
    expect(gemeenteCode('BU02021301')).toBe('GM0202');
    expect(gemeenteCode('GM0202')).toBe('GM0202');
    expect(gemeenteCode(null)).toBeNull();
    expect(wijkCode('BU02021301')).toBe('WK020213');
    expect(wijkCode('GM0202')).toBeNull();
    expect(wijkCode('wk020213 ')).toBe('WK020213');
  });
});

describe('how near a partner works', () => {
  it('the own wijk: the same wijk code, a buurt in it, or the wijk by name', () => {
    expect(nearness(presikhaaf, place('WK020213', 'Presikhaaf'))).toBe('wijk');
    expect(nearness(presikhaaf, place('BU02021305', 'Presikhaaf-West'))).toBe('wijk');
    expect(nearness(presikhaaf, place(null, 'Arnhem-Oost', 'Presikhaaf'))).toBe('wijk');
  });

  it('the gemeente: another wijk of the same gemeente, or a gemeente network there', () => {
    expect(nearness(presikhaaf, place('WK020207', 'Malburgen'))).toBe('gemeente');
    expect(nearness(presikhaaf, place('GM0202', 'Arnhem'))).toBe('gemeente');
    expect(nearness(presikhaaf, place(null, 'Arnhem'))).toBe('gemeente');
  });

  it('the region: a werkgebied that names the gemeente', () => {
    expect(nearness(presikhaaf, place('GM0275', 'Rheden', 'regio Arnhem'))).toBe('regio');
    expect(nearness(presikhaaf, place(null, 'Gelderland-Zuid', 'Arnhem en Nijmegen'))).toBe('regio');
  });

  it('elsewhere: Oss, or a namesake wijk in another gemeente', () => {
    expect(nearness(presikhaaf, place('WK082801', 'Oss-Centrum'))).toBe('elders');
    const noord = { regionCode: 'WK036301', areaName: 'Noord' };
    expect(nearness(noord, place('WK059901', 'Noord'))).toBe('elders');
    expect(nearness(noord, place(null, '', 'Noord'))).toBe('wijk');
    expect(nearness({ regionCode: null, areaName: '' }, place(null, '', ''))).toBe('elders');
  });
});
