import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDefinition, checkTranslation, formatProblem, type ScanDefinition } from './definition.js';
import { WIJKNET_SCAN } from './instruments/index.js';

const instrument = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./instruments/${name}`, import.meta.url), 'utf8'));

function valid(): ScanDefinition {
  return {
    id: 'mini',
    name: 'Kleine scan',
    version: 1,
    scale: { min: 1, max: 5, labels: { '1': 'helemaal oneens', '5': 'helemaal eens' } },
    dimensions: [
      {
        id: 'a',
        name: 'A',
        items: [
          { id: 'a1', text: 'Vraag a1' },
          { id: 'a2', text: 'Vraag a2', reverse: true },
        ],
      },
      { id: 'b', name: 'B', items: [{ id: 'b1', text: 'Vraag b1' }], advice: ['Praat erover.'] },
      { id: 'c', name: 'C', items: [{ id: 'c1', text: 'Vraag c1' }] },
    ],
  };
}

/** The messages for `input`, as the CLI prints them. */
function messages(input: unknown): string[] {
  const result = checkDefinition(input);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('checkDefinition', () => {
  it('accepts the shape of the issue, with reverse and advice optional', () => {
    const result = checkDefinition(valid());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.definition.dimensions[1].advice).toEqual(['Praat erover.']);
  });

  it('names the field in plain Dutch for a missing or empty id', () => {
    const input = valid();
    (input.dimensions[2].items[0] as { id?: string }).id = undefined;
    expect(messages(input)).toEqual(['dimensions[2].items[0].id: vul een id in']);
    input.dimensions[2].items[0].id = '';
    expect(messages(input)).toEqual(['dimensions[2].items[0].id: vul een id in']);
  });

  it('refuses unknown fields, naming each', () => {
    const input = { ...valid(), language: 'nl', dimensions: [{ ...valid().dimensions[0], weight: 2 }] };
    expect(messages(input).sort()).toEqual([
      'dimensions[0].weight: dit veld kent het formaat niet; laat het weg of controleer de spelling',
      'language: dit veld kent het formaat niet; laat het weg of controleer de spelling',
    ]);
  });

  it('says what type a field should have', () => {
    const input = valid() as unknown as { scale: { min: unknown }; dimensions: { items: { reverse: unknown }[] }[] };
    input.scale.min = 1.5;
    input.dimensions[0].items[0].reverse = 'ja';
    expect(messages(input)).toEqual([
      'scale.min: vul een heel getal in, zonder komma of punt',
      'dimensions[0].items[0].reverse: dit moet true of false zijn',
    ]);
    expect(messages([])).toEqual(['de definitie moet een JSON-object zijn: { "id": …, "name": …, … }']);
  });

  it('refuses an empty dimension list, a dimension without items and an id with spaces', () => {
    expect(messages({ ...valid(), dimensions: [] })).toEqual(['dimensions: geef minstens één dimensie op']);
    const input = valid();
    input.dimensions[1].items = [];
    input.dimensions[0].id = 'met spatie';
    expect(messages(input)).toEqual([
      'dimensions[0].id: gebruik alleen letters, cijfers, -, _ en . (geen spaties), en begin met een letter of cijfer',
      'dimensions[1].items: geef minstens één vraag op',
    ]);
  });

  it('refuses repeated dimension ids and item ids repeated anywhere in the definition', () => {
    const input = valid();
    input.dimensions[2].id = 'a';
    input.dimensions[2].items[0].id = 'a2';
    expect(messages(input)).toEqual([
      'dimensions[2].id: "a" is ook de id van dimensions[0]; geef elke dimensie een eigen id',
      'dimensions[2].items[0].id: "a2" is ook de id van dimensions[0].items[1]; geef elke vraag een eigen id',
    ]);
  });

  it('refuses an item called "respondent", which is the answers file\'s own column', () => {
    const input = valid();
    input.dimensions[0].items[0].id = 'Respondent';
    expect(messages(input)).toEqual([
      'dimensions[0].items[0].id: "Respondent" is de naam van de kolom met respondenten; kies een andere id',
    ]);
  });

  it('needs min below max and labels only for whole numbers on the scale', () => {
    const input = valid();
    input.scale = { min: 5, max: 5, labels: {} };
    expect(messages(input)).toEqual(['scale.max: de hoogste waarde (5) moet groter zijn dan de laagste (5)']);
    input.scale = { min: 1, max: 5, labels: { '0': 'nul', '3': 'midden', '6': 'zes', '2.5': 'half', '01': 'een' } };
    expect(messages(input).sort()).toEqual(
      [
        'scale.labels.0: 0 ligt niet op de schaal van 1 tot 5; laat dit label weg',
        'scale.labels.6: 6 ligt niet op de schaal van 1 tot 5; laat dit label weg',
        'scale.labels.2.5: "2.5" is geen waarde op de schaal; gebruik een heel getal als sleutel, bijvoorbeeld "1"',
        'scale.labels.01: "01" is geen waarde op de schaal; gebruik een heel getal als sleutel, bijvoorbeeld "1"',
      ].sort(),
    );
  });

  it('accepts a text version and a negative scale', () => {
    expect(
      checkDefinition({ ...valid(), version: '2024-1', scale: { min: -2, max: 2, labels: { '-2': 'nee', '2': 'ja' } } })
        .ok,
    ).toBe(true);
    expect(messages({ ...valid(), version: 0 })).toEqual(['version: vul een versie in, bijvoorbeeld 1']);
  });
});

describe("Wijknet's own scan", () => {
  const nl = checkDefinition(instrument('wijknet-samenwerkingsscan.json'));
  const en = checkDefinition(instrument('wijknet-samenwerkingsscan.en.json'));

  it('is valid in Dutch and in English, with the same ids, scale and reversed items', () => {
    expect(nl.ok && en.ok).toBe(true);
    if (!nl.ok || !en.ok) return;
    expect(checkTranslation(nl.definition, en.definition)).toEqual([]);
  });

  it('covers the success factors with about 25 items on a 1–5 scale, some reversed, with advice everywhere', () => {
    if (!nl.ok) throw new Error('invalid');
    const d = nl.definition;
    expect(d.dimensions.map((x) => x.id)).toEqual([
      'shared-goal',
      'trust',
      'roles',
      'communication',
      'lead',
      'residents',
      'results',
      'continuity',
    ]);
    const items = d.dimensions.flatMap((x) => x.items);
    expect(items.length).toBe(25);
    expect(items.filter((i) => i.reverse).length).toBeGreaterThanOrEqual(3);
    expect([d.scale.min, d.scale.max, Object.keys(d.scale.labels)]).toEqual([1, 5, ['1', '2', '3', '4', '5']]);
    expect(d.dimensions.every((x) => (x.advice?.length ?? 0) >= 1)).toBe(true);
  });

  it('is what the instruments module gives the app', () => {
    if (!nl.ok || !en.ok) throw new Error('invalid');
    expect(WIJKNET_SCAN).toEqual({ nl: nl.definition, en: en.definition });
  });

  it('finds a translation that drifted from the original', () => {
    if (!nl.ok || !en.ok) throw new Error('invalid');
    const drifted = structuredClone(en.definition);
    drifted.dimensions[1].items[2].reverse = undefined;
    drifted.dimensions[3].items[0].id = 'comm-1';
    expect(checkTranslation(nl.definition, drifted).map(formatProblem)).toEqual([
      'dimensions[1].items[2].reverse: reverse is false, maar in het origineel true',
      'dimensions[3].items[0].id: de id is "comm-1", maar in het origineel "communication-1"',
    ]);
  });
});
