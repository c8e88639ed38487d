import { describe, expect, it } from 'vitest';
import { handModel } from '../../test/effects-fixtures.js';
import { describeIssue, formatPath, parseEffectModel } from './schema.js';

/** The messages, with path, that a file gives; [] when it is accepted. */
function problems(file: unknown): string[] {
  const parsed = parseEffectModel(file);
  return parsed.ok ? [] : parsed.issues.map((issue) => describeIssue(issue));
}

function withOutcome(change: (o: Record<string, unknown>) => void, index = 1) {
  const file = handModel() as unknown as { outcomes: Record<string, unknown>[] };
  change(file.outcomes[index]);
  return file;
}

function withInput(change: (i: Record<string, unknown>) => void, index = 0) {
  const file = handModel() as unknown as { inputs: Record<string, unknown>[] };
  change(file.inputs[index]);
  return file;
}

describe('parseEffectModel', () => {
  it('accepts the hand model and fills missing bounds with the base value', () => {
    const parsed = parseEffectModel({
      ...handModel(),
      outcomes: [{ ...handModel().outcomes[0], low: { proxy: 10 }, high: { duration: 5 } }],
      inputs: [{ stakeholder: ' Gemeente ', year: 1, hours: 10, rate: 50, low: { rate: 40 } }],
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const [outcome] = parsed.model.outcomes;
    expect(outcome.low).toEqual({
      quantity: 100,
      proxy: 10,
      deadweight: 0.5,
      displacement: 0,
      attribution: 0.2,
      dropoff: 0.5,
      duration: 3,
    });
    expect(outcome.high.duration).toBe(5);
    expect(outcome.high.proxy).toBe(20);
    expect(parsed.model.inputs[0]).toEqual({
      kind: 'hours',
      stakeholder: 'Gemeente',
      year: 1,
      hours: 10,
      rate: 50,
      low: { hours: 10, rate: 40 },
      high: { hours: 10, rate: 50 },
    });
  });

  it('uses 2.25% when the discount rate is left out', () => {
    const { discountRate: _, ...file } = handModel();
    const parsed = parseEffectModel(file);
    expect(parsed.ok && parsed.model.discountRate).toBe(0.0225);
  });

  it('refuses shares that do not add up to 100% (±0.1%)', () => {
    expect(problems(withOutcome((o) => (o.beneficiaries = { Gemeente: 0.5, Zorgverzekeraar: 0.4 })))).toEqual([
      'outcomes[1].beneficiaries: de aandelen tellen op tot 90%; dat moet 100% zijn',
    ]);
    // 100.05% and 99.95% are within the margin; 100.2% is not.
    expect(problems(withOutcome((o) => (o.beneficiaries = { A: 0.5, B: 0.5005 })))).toEqual([]);
    expect(problems(withOutcome((o) => (o.beneficiaries = { A: 0.5, B: 0.4995 })))).toEqual([]);
    expect(problems(withOutcome((o) => (o.beneficiaries = { A: 0.5, B: 0.502 })))).toEqual([
      'outcomes[1].beneficiaries: de aandelen tellen op tot 100,2%; dat moet 100% zijn',
    ]);
    expect(problems(withOutcome((o) => (o.beneficiaries = {})))).toEqual([
      'outcomes[1].beneficiaries: is leeg; zet erin wie er baat bij heeft en welk deel',
    ]);
    expect(problems(withOutcome((o) => (o.beneficiaries = { A: 0.5, ' A ': 0.5 })))).toEqual([
      'outcomes[1].beneficiaries: "A" staat er twee keer in',
    ]);
  });

  it('refuses fractions outside 0–1, naming the field', () => {
    expect(problems(withOutcome((o) => (o.deadweight = 1.5)))).toEqual([
      'outcomes[1].deadweight: mag niet groter zijn dan 1; een aandeel loopt van 0 tot en met 1 (0,25 is 25%)',
    ]);
    expect(problems(withOutcome((o) => (o.dropoff = -0.1), 0))).toEqual([
      'outcomes[0].dropoff: mag niet kleiner zijn dan 0; een aandeel loopt van 0 tot en met 1 (0,25 is 25%)',
    ]);
    // −0.2 + 1.2 adds up to 100%, so only the two shares themselves are wrong.
    expect(problems(withOutcome((o) => (o.beneficiaries = { Buurt: -0.2, Gemeente: 1.2 })))).toEqual([
      'outcomes[1].beneficiaries.Buurt: mag niet kleiner zijn dan 0; een aandeel loopt van 0 tot en met 1 (0,25 is 25%)',
      'outcomes[1].beneficiaries.Gemeente: mag niet groter zijn dan 1; een aandeel loopt van 0 tot en met 1 (0,25 is 25%)',
    ]);
    expect(problems({ ...handModel(), discountRate: 2.25 })).toEqual([
      'discountRate: mag niet groter zijn dan 1; een aandeel loopt van 0 tot en met 1 (0,25 is 25%)',
    ]);
  });

  it('refuses durations and years that are not whole years of at least 1', () => {
    expect(problems(withOutcome((o) => (o.duration = 2.5)))).toEqual([
      'outcomes[1].duration: moet een heel getal zijn (het aantal jaren dat het effect duurt)',
    ]);
    expect(problems(withOutcome((o) => (o.duration = 0)))).toEqual([
      'outcomes[1].duration: moet minstens 1 zijn (het aantal jaren dat het effect duurt)',
    ]);
    expect(problems(withInput((i) => (i.year = 0)))).toEqual([
      'inputs[0].year: moet minstens 1 zijn (jaar 1 is het eerste jaar)',
    ]);
    expect(problems(withInput((i) => (i.year = 1.5)))).toEqual([
      'inputs[0].year: moet een heel getal zijn (jaar 1 is het eerste jaar)',
    ]);
    expect(problems(withInput((i) => (i.year = 2026)))).toEqual([
      'inputs[0].year: mag hoogstens 100 zijn (jaar 1 is het eerste jaar)',
    ]);
  });

  it('refuses a model without inputs with a clear message', () => {
    expect(problems({ ...handModel(), inputs: [] })).toEqual([
      'inputs: het model heeft geen investeringen. Zet minstens één investering in "inputs": een bedrag (amount) of uren met een uurtarief (hours en rate). Zonder investering valt er geen verhouding te berekenen',
    ]);
    const { inputs: _, ...file } = handModel();
    expect(problems(file)).toEqual([
      'inputs: ontbreekt; zet minstens één investering in "inputs": een bedrag (amount) of uren met een uurtarief (hours en rate)',
    ]);
  });

  it('refuses a low above the base and a high below it, and accepts bounds equal to the base', () => {
    expect(problems(withOutcome((o) => (o.low = { proxy: 1500 })))).toEqual([
      'outcomes[1].low.proxy: de lage waarde (1.500) is hoger dan de basiswaarde (1.210); de lage waarde mag niet hoger zijn',
    ]);
    expect(problems(withOutcome((o) => (o.high = { attribution: 0.1 }), 0))).toEqual([
      'outcomes[0].high.attribution: de hoge waarde (0,1) is lager dan de basiswaarde (0,2); de hoge waarde mag niet lager zijn',
    ]);
    expect(problems(withInput((i) => (i.low = { amount: 2000 })))).toEqual([
      'inputs[0].low.amount: de lage waarde (2.000) is hoger dan de basiswaarde (1.500); de lage waarde mag niet hoger zijn',
    ]);
    expect(problems(withInput((i) => (i.high = { rate: 40 }), 2))).toEqual([
      'inputs[2].high.rate: de hoge waarde (40) is lager dan de basiswaarde (50); de hoge waarde mag niet lager zijn',
    ]);
    expect(problems(withOutcome((o) => ((o.low = { proxy: 1210, duration: 1 }), (o.high = { proxy: 1210 }))))).toEqual(
      [],
    );
    expect(problems(withOutcome((o) => (o.high = { duration: 1.5 })))).toEqual([
      'outcomes[1].high.duration: moet een heel getal zijn (het aantal jaren dat het effect duurt)',
    ]);
  });

  it('wants either an amount or hours with a rate, with bounds of the same kind', () => {
    expect(problems(withInput((i) => (i.hours = 3)))).toEqual([
      'inputs[0]: geef een bedrag (amount) óf uren met een uurtarief (hours en rate), niet allebei',
    ]);
    expect(problems(withInput((i) => delete i.amount))).toEqual([
      'inputs[0]: geef een bedrag (amount) of uren met een uurtarief (hours en rate)',
    ]);
    expect(problems(withInput((i) => delete i.rate, 2))).toEqual([
      'inputs[2].rate: ontbreekt; bij uren horen hours én rate',
    ]);
    expect(problems(withInput((i) => (i.low = { hours: 1 })))).toEqual([
      'inputs[0].low.hours: hoort niet bij een investering in geld; geef hier alleen amount',
    ]);
    expect(problems(withInput((i) => (i.amount = -5)))).toEqual([
      'inputs[0].amount: mag niet negatief zijn (een bedrag in euro)',
    ]);
  });

  it('names missing, mistyped and unknown fields', () => {
    expect(problems(withOutcome((o) => delete o.proxy))).toEqual([
      'outcomes[1].proxy: ontbreekt; vul een bedrag in euro per eenheid per jaar in',
    ]);
    expect(problems(withOutcome((o) => (o.quantity = '12')))).toEqual(['outcomes[1].quantity: moet een getal zijn']);
    expect(problems(withOutcome((o) => (o.dropof = 0.1)))).toEqual([
      'outcomes[1]: het veld "dropof" ken ik niet; controleer de spelling',
    ]);
    expect(problems(withOutcome((o) => (o.name = '  ')))).toEqual([
      'outcomes[1].name: is leeg; vul de naam van het effect in',
    ]);
    expect(problems(withInput((i) => (i.stakeholder = 3)))).toEqual([
      'inputs[0].stakeholder: moet tekst zijn (de naam van wie investeert)',
    ]);
    expect(problems([])).toEqual(['bovenaan het bestand: moet een object zijn, tussen { en }']);
    expect(problems({ ...handModel(), rate: 0.1 })).toEqual([
      'bovenaan het bestand: het veld "rate" ken ik niet; controleer de spelling',
    ]);
  });
});

describe('English messages', () => {
  it('gives every message in English too', () => {
    const file = handModel() as unknown as {
      inputs: Record<string, unknown>[];
      outcomes: Record<string, unknown>[];
      extra?: number;
    };
    file.outcomes[1].beneficiaries = { Gemeente: 0.9 };
    file.outcomes[0].deadweight = 2;
    file.outcomes[0].low = { proxy: 25 };
    file.inputs[0].year = 0;
    file.extra = 1;
    const parsed = parseEffectModel(file);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((issue) => describeIssue(issue, 'en'))).toEqual([
      'inputs[0].year: must be at least 1 (year 1 is the first year)',
      'outcomes[0].deadweight: cannot be more than 1; a share runs from 0 to 1 (0.25 is 25%)',
      'top of the file: the field "extra" is not known; check the spelling',
      'outcomes[0].low.proxy: the low value (25) is above the base value (20); the low value cannot be higher',
      'outcomes[1].beneficiaries: the shares add up to 90%; they must add up to 100%',
    ]);
    expect(parsed.issues.every((issue) => issue.message !== issue.messageEn)).toBe(true);
  });
});

describe('formatPath', () => {
  it('writes paths as in the file', () => {
    expect(formatPath(['outcomes', 1, 'beneficiaries'])).toBe('outcomes[1].beneficiaries');
    expect(formatPath(['outcomes', 0, 'beneficiaries', 'De buurt'])).toBe('outcomes[0].beneficiaries["De buurt"]');
    expect(formatPath([])).toBe('');
  });
});
