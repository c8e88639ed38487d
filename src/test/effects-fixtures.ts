/**
 * A small model whose every figure is worked out by hand in the tests (discount rate 10%, so
 * the discount factors are 1.1, 1.21 and 1.331).
 */

import type { EffectModelFile } from '../domain/effects/schema.js';

export function handModel(): EffectModelFile {
  return {
    discountRate: 0.1,
    inputs: [
      { stakeholder: 'Gemeente', year: 1, amount: 1500 },
      { stakeholder: 'Gemeente', year: 2, amount: 1100 },
      { stakeholder: 'Buurthuis', year: 1, hours: 10, rate: 50 },
    ],
    outcomes: [
      {
        name: 'Minder huisartsbezoek',
        quantity: 100,
        proxy: 20,
        deadweight: 0.5,
        displacement: 0,
        attribution: 0.2,
        dropoff: 0.5,
        duration: 3,
        beneficiaries: { Zorgverzekeraar: 0.75, Gemeente: 0.25 },
      },
      {
        name: 'Minder schooluitval',
        quantity: 2,
        proxy: 1210,
        deadweight: 0,
        displacement: 0.5,
        attribution: 0,
        dropoff: 0,
        duration: 2,
        beneficiaries: { Gemeente: 1 },
      },
    ],
  };
}
