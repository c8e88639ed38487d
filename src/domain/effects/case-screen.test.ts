import { describe, expect, it } from 'vitest';
import { caseScreenColumns, type ScreenCase, type ScreenCaseLine } from './case-screen.js';

const names: Record<string, string> = {
  gemeente: 'Gemeente',
  zorgverzekeraar: 'Zorgverzekeraar',
  wlz: 'Zorgkantoor (Wlz)',
  woningcorporatie: 'Woningcorporatie',
};
const line = (
  timeline: ScreenCaseLine['timeline'],
  kind: ScreenCaseLine['kind'],
  label: string,
  quantity: number,
  cost: number,
  paidBy: string | null,
): ScreenCaseLine => ({ timeline, kind, label, quantity, cost, paidBy, paidByName: paidBy ? names[paidBy] : null });

// Every figure below is worked out by hand from these lines, not taken from the code.
const lines: ScreenCaseLine[] = [
  line('approach', 'activity', 'Buurtcoach komt langs', 10, 500, 'gemeente'),
  line('approach', 'activity', 'Valpreventie', 1, 200, 'zorgverzekeraar'),
  line('approach', 'activity', 'Koffie in het buurthuis', 4, 0, null),
  line('approach', 'event', 'Bezoek huisarts', 2, 80, 'zorgverzekeraar'),
  line('approach', 'event', 'Verjaardag', 1, 0, null),
  line('approach', 'activity', 'uur thuiszorg', 5, 250, 'gemeente'),
  line('approach', 'event', 'Verhuist naar aangepaste woning', 1, 100, 'woningcorporatie'),
  line('reference', 'event', 'Valt en breekt heup', 1, 9000, 'zorgverzekeraar'),
  line('reference', 'event', ' bezoek huisarts ', 6, 240, 'zorgverzekeraar'),
  line('reference', 'event', 'Dag in verpleeghuis', 30, 9000, 'wlz'),
  line('reference', 'event', 'Verjaardag', 1, 0, null),
  line('reference', 'activity', 'Uur thuiszorg', 20, 1000, 'gemeente'),
];
// Per payer, reference − with the approach:
//   gemeente 1000 − (500 + 250) = 250; zorgverzekeraar (9000 + 240) − (200 + 80) = 8960;
//   wlz 9000 − 0 = 9000; woningcorporatie 0 − 100 = −100.
const c: ScreenCase = {
  lines,
  payers: [
    { payer: 'gemeente', payerName: 'Gemeente', effect: 250 },
    { payer: 'wlz', payerName: 'Zorgkantoor (Wlz)', effect: 9000 },
    { payer: 'woningcorporatie', payerName: 'Woningcorporatie', effect: -100 },
    { payer: 'zorgverzekeraar', payerName: 'Zorgverzekeraar', effect: 8960 },
  ],
};

describe('caseScreenColumns: a case as the four Effectenarena columns', () => {
  const cols = caseScreenColumns(c);

  it('activities are the support lines with the approach, in the order entered', () => {
    expect(cols.activities).toEqual([
      { label: 'Buurtcoach komt langs', quantity: 10, cost: 500, payer: 'gemeente', payerName: 'Gemeente' },
      { label: 'Valpreventie', quantity: 1, cost: 200, payer: 'zorgverzekeraar', payerName: 'Zorgverzekeraar' },
      { label: 'Koffie in het buurthuis', quantity: 4, cost: 0, payer: null, payerName: null },
      { label: 'uur thuiszorg', quantity: 5, cost: 250, payer: 'gemeente', payerName: 'Gemeente' },
    ]);
  });

  it('effects are the life events that differ between the timelines, largest difference first', () => {
    expect(cols.effects).toEqual([
      { label: 'Dag in verpleeghuis', change: 'avoided', reference: 30, withApproach: 0, difference: 9000 },
      { label: 'Valt en breekt heup', change: 'avoided', reference: 1, withApproach: 0, difference: 9000 },
      // matched across timelines despite case and spaces; 240 − 80 = 160
      // home care the reference needs: 20 hours without, 5 with; 1000 − 250 = 750
      { label: 'Uur thuiszorg', change: 'fewer', reference: 20, withApproach: 5, difference: 750 },
      { label: ' bezoek huisarts ', change: 'fewer', reference: 6, withApproach: 2, difference: 160 },
      { label: 'Verhuist naar aangepaste woning', change: 'new', reference: 0, withApproach: 1, difference: -100 },
    ]);
    // "Verjaardag" is the same on both timelines; an activity only with the approach is no effect.
    expect(cols.effects.map((e) => e.label)).not.toContain('Verjaardag');
    expect(cols.effects.map((e) => e.label)).not.toContain('Buurtcoach komt langs');
  });

  it('who invests: the payers of the activities, and a payer whose costs rise', () => {
    expect(cols.invest).toEqual([
      // 500 + 250
      { payer: 'gemeente', payerName: 'Gemeente', activities: 750, effect: 250 },
      { payer: 'zorgverzekeraar', payerName: 'Zorgverzekeraar', activities: 200, effect: 8960 },
      { payer: 'woningcorporatie', payerName: 'Woningcorporatie', activities: 0, effect: -100 },
    ]);
  });

  it('who benefits: the payers whose costs drop, most first', () => {
    expect(cols.benefit).toEqual([
      { payer: 'wlz', payerName: 'Zorgkantoor (Wlz)', effect: 9000 },
      { payer: 'zorgverzekeraar', payerName: 'Zorgverzekeraar', effect: 8960 },
      { payer: 'gemeente', payerName: 'Gemeente', effect: 250 },
    ]);
    // 500 + 200 + 0 + 250; 9000 + 8960 + 250; 250 + 9000 − 100 + 8960
    expect(cols.totals).toEqual({ activities: 950, benefit: 18210, net: 18110 });
  });

  it('more of an event with the approach counts as "more", and an empty case gives empty columns', () => {
    const more = caseScreenColumns({
      lines: [
        line('reference', 'event', 'Consult', 1, 40, 'zorgverzekeraar'),
        line('approach', 'event', 'Consult', 3, 120, 'zorgverzekeraar'),
      ],
      payers: [{ payer: 'zorgverzekeraar', payerName: 'Zorgverzekeraar', effect: -80 }],
    });
    expect(more.effects).toEqual([
      { label: 'Consult', change: 'more', reference: 1, withApproach: 3, difference: -80 },
    ]);
    expect(more.invest).toEqual([
      { payer: 'zorgverzekeraar', payerName: 'Zorgverzekeraar', activities: 0, effect: -80 },
    ]);
    expect(more.benefit).toEqual([]);
    expect(caseScreenColumns({ lines: [], payers: [] })).toEqual({
      activities: [],
      effects: [],
      invest: [],
      benefit: [],
      totals: { activities: 0, benefit: 0, net: 0 },
    });
  });
});
