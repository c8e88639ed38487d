/**
 * One case as the four columns of the Effectenarena conversation, for the big screen of a
 * werksessie: activities → effects → who invests → who benefits.
 *
 * - **Activities**: the support lines on the timeline with the approach (`kind` activity).
 * - **Effects**: the life events that differ between the two timelines, matched by their label
 *   (case and surrounding spaces ignored): avoided (only without the approach), fewer, more, or
 *   new (only with the approach). Events that are the same on both timelines are left out.
 *   Support that the reference needs (an activity on the timeline without the approach, such as
 *   hours of home care) counts too when it differs: less of it is an effect of the approach.
 *   `difference` = cost without the approach − cost with it (positive: it saves money).
 * - **Who invests**: every payer of an activity (with what those activities cost it), and every
 *   payer whose costs rise on balance; `effect` is its net difference (negative: it pays more).
 * - **Who benefits**: every payer whose costs drop on balance (`effect` > 0), largest first.
 *
 * The per-payer effect is taken from the evaluated case (reference − with the approach over all
 * lines), so the columns never disagree with the case page.
 */

import { compareCodePoints } from './calculate.js';

export interface ScreenCaseLine {
  timeline: 'approach' | 'reference';
  kind: 'event' | 'activity';
  label: string;
  quantity: number;
  /** Priced cost of the line (0 when it has no usable price). */
  cost: number;
  /** Who pays in the end; null when nobody does yet. */
  paidBy: string | null;
  paidByName: string | null;
}

export interface ScreenCasePayer {
  payer: string;
  payerName: string;
  /** reference − withApproach over all lines. */
  effect: number;
}

export interface ScreenCase {
  lines: readonly ScreenCaseLine[];
  payers: readonly ScreenCasePayer[];
}

export interface ScreenActivity {
  label: string;
  quantity: number;
  cost: number;
  payer: string | null;
  payerName: string | null;
}

export type EffectChange = 'avoided' | 'fewer' | 'more' | 'new';

export interface ScreenEffect {
  /** The label as first written (on the reference timeline when it is there). */
  label: string;
  change: EffectChange;
  /** Σ quantity without and with the approach. */
  reference: number;
  withApproach: number;
  /** Σ cost without − Σ cost with the approach. */
  difference: number;
}

export interface ScreenInvestor {
  payer: string;
  payerName: string;
  /** What the activities with the approach cost this payer. */
  activities: number;
  /** Its net difference (reference − with the approach); negative means it pays more. */
  effect: number;
}

export interface ScreenBeneficiary {
  payer: string;
  payerName: string;
  /** What it saves on balance (> 0). */
  effect: number;
}

export interface CaseScreenColumns {
  activities: ScreenActivity[];
  effects: ScreenEffect[];
  invest: ScreenInvestor[];
  benefit: ScreenBeneficiary[];
  /** Σ of the activities' cost, Σ of the savings of those who benefit, and the net effect of all payers. */
  totals: { activities: number; benefit: number; net: number };
}

const key = (label: string) => label.trim().toLocaleLowerCase('nl');

export function caseScreenColumns(c: ScreenCase): CaseScreenColumns {
  const activities: ScreenActivity[] = c.lines
    .filter((l) => l.timeline === 'approach' && l.kind === 'activity')
    .map((l) => ({ label: l.label, quantity: l.quantity, cost: l.cost, payer: l.paidBy, payerName: l.paidByName }));

  const events = new Map<string, { label: string; fromReference: boolean; ref: number; app: number; diff: number }>();
  // Activities count as an effect only when the reference has them too (support no longer needed).
  const referenceActivities = new Set(
    c.lines.filter((l) => l.kind === 'activity' && l.timeline === 'reference').map((l) => key(l.label)),
  );
  for (const l of c.lines) {
    if (l.kind === 'activity' && !referenceActivities.has(key(l.label))) continue;
    const k = `${l.kind}:${key(l.label)}`;
    let e = events.get(k);
    if (!e) events.set(k, (e = { label: l.label, fromReference: false, ref: 0, app: 0, diff: 0 }));
    if (l.timeline === 'reference') {
      if (!e.fromReference) e.label = l.label;
      e.fromReference = true;
      e.ref += l.quantity;
      e.diff += l.cost;
    } else {
      e.app += l.quantity;
      e.diff -= l.cost;
    }
  }
  const effects: ScreenEffect[] = [];
  for (const e of events.values()) {
    if (e.ref === e.app && e.diff === 0) continue;
    const change: EffectChange =
      e.app === 0
        ? 'avoided'
        : e.ref === 0
          ? 'new'
          : e.app < e.ref
            ? 'fewer'
            : e.app > e.ref
              ? 'more'
              : e.diff > 0
                ? 'fewer'
                : 'more';
    effects.push({ label: e.label, change, reference: e.ref, withApproach: e.app, difference: e.diff });
  }
  effects.sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference) || compareCodePoints(a.label, b.label));

  const effectOf = new Map(c.payers.map((p) => [p.payer, p]));
  const investors = new Map<string, ScreenInvestor>();
  for (const a of activities) {
    if (a.payer === null) continue;
    let i = investors.get(a.payer);
    if (!i)
      investors.set(
        a.payer,
        (i = {
          payer: a.payer,
          payerName: effectOf.get(a.payer)?.payerName ?? a.payerName ?? a.payer,
          activities: 0,
          effect: effectOf.get(a.payer)?.effect ?? 0,
        }),
      );
    i.activities += a.cost;
  }
  for (const p of c.payers) {
    if (p.effect < 0 && !investors.has(p.payer))
      investors.set(p.payer, { payer: p.payer, payerName: p.payerName, activities: 0, effect: p.effect });
  }
  const invest = [...investors.values()].sort(
    (a, b) => b.activities - a.activities || a.effect - b.effect || compareCodePoints(a.payerName, b.payerName),
  );
  const benefit: ScreenBeneficiary[] = c.payers
    .filter((p) => p.effect > 0)
    .map((p) => ({ payer: p.payer, payerName: p.payerName, effect: p.effect }))
    .sort((a, b) => b.effect - a.effect || compareCodePoints(a.payerName, b.payerName));

  return {
    activities,
    effects,
    invest,
    benefit,
    totals: {
      activities: activities.reduce((s, a) => s + a.cost, 0),
      benefit: benefit.reduce((s, b) => s + b.effect, 0),
      net: c.payers.reduce((s, p) => s + p.effect, 0),
    },
  };
}
