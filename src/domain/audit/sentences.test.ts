import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AUDIT_ENTITIES, readAuditEntry, type AuditLang } from './sentences.js';

const modules = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../modules');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });

/** Every entity and action written to the audit log: the literals in the calls of recordChange and writeAudit. */
function writtenKinds(): { entities: Set<string>; actions: Set<string> } {
  const entities = new Set<string>();
  const actions = new Set<string>();
  for (const file of files(modules)) {
    const source = readFileSync(file, 'utf8');
    for (const call of source.split(/(?:recordChange|writeAudit)\(/).slice(1)) {
      // The change object is the call's first object literal; entity and action sit in it.
      const body = call.slice(0, call.indexOf('});') > 0 ? call.indexOf('});') : 1500);
      for (const m of body.matchAll(/\bentity: '([a-z_]+)'/g)) entities.add(m[1]);
      for (const m of body.matchAll(/\baction: (?:[^,\n]*\? )?'([a-z]+)'(?: : '([a-z]+)')?/g)) {
        actions.add(m[1]);
        if (m[2]) actions.add(m[2]);
      }
    }
  }
  return { entities, actions };
}

const uuid = (n: number) => `0000000${n}-1111-4222-8333-444455556666`.slice(-36);
const known = uuid(1);
const unknown = uuid(2);

/** The coded fields whose codes depend on the entity. */
const KIND_AND_STATUS: Record<string, { kind?: string[]; status?: string[] }> = {
  actor: { kind: ['organisation', 'initiative', 'person'], status: ['partner', 'approached'] },
  work_session: { kind: ['card', 'ladder', 'ideas', 'vote'], status: ['open', 'ended'] },
  agreement: { kind: ['besluitvorming', 'verantwoordelijkheden', 'geld', 'borging', 'overig'] },
  network_term: { kind: ['targetGroup', 'theme'] },
  profile_entry: { kind: ['need', 'note'] },
  action: { status: ['open', 'bezig', 'klaar', 'vervallen'] },
  representation: { status: ['open', 'confirmed', 'refused'] },
};

/** One change of every field the app writes, with the values that used to show as code. */
function sampleChanges(entity: string): Record<string, { before: unknown; after: unknown }>[] {
  const codes: Record<string, string[]> = {
    role: ['kartrekker', 'partner', 'meekijker'],
    accepted_as: ['card_item', 'focus_candidate', 'idea', 'why_ladder'],
    card_column: ['waarden', 'relaties', 'handelen', 'voorwaarden', 'acties'],
    mode: ['full', 'short'],
    decision_rule: ['consent', 'meerderheid', 'kartrekker-na-overleg', 'anders'],
    area_level: ['gemeente', 'wijk', 'buurt'],
    region_level: ['gemeente', 'wijk', 'buurt'],
    payer: ['gemeente', 'zorgverzekeraar', 'wlz', 'woningcorporatie', 'politie-justitie'],
    domain: ['zorg', 'welzijn', 'wonen', 'veiligheid', 'onderwijs', 'ondernemers', 'bewoners', 'overig'],
    health_dimensions: ['["dagelijks-functioneren","kwaliteit-van-leven"]', '["zingeving"]', '[]'],
    ...KIND_AND_STATUS[entity],
  };
  const base: Record<string, { before: unknown; after: unknown }> = {
    id: { before: null, after: known },
    network_id: { before: null, after: unknown },
    member_id: { before: null, after: known },
    created_at: { before: null, after: '2026-12-02T06:45:19.270Z' },
    created_by: { before: null, after: unknown },
    name: { before: 'Wijkteam', after: 'Wijkteam Oost' },
    title: { before: 'Flyers', after: 'Flyers maken' },
    text: { before: null, after: 'Samen leren' },
    party: { before: null, after: `actor:${known}` },
    actor_id: { before: unknown, after: known },
    owner_member_id: { before: null, after: unknown },
    deputy_member_id: { before: null, after: known },
    goal_id: { before: null, after: unknown },
    actor_ids: { before: '[]', after: `["${known}","${unknown}"]` },
    ladder_ids: { before: '[]', after: `["${unknown}"]` },
    actor_a_id: { before: null, after: known },
    actor_b_id: { before: null, after: unknown },
    themes: { before: '[]', after: '["ontmoeten","bewegen"]' },
    target_groups: { before: '[]', after: '["ouderen"]' },
    steps: { before: '[]', after: '["Samen buiten bewegen"]' },
    findable: { before: 0, after: 1 },
    entry_open: { before: 1, after: 0 },
    mailed: { before: null, after: true },
    sources: { before: '[]', after: `[{"itemId":"${known}","sessionId":"${unknown}"}]` },
    details: { before: '{}', after: '{"pooledBudget":{"amount":5000}}' },
    model: { before: '{"discountRate":0.1}', after: '{"discountRate":0.2}' },
    results: { before: {}, after: { votes: [0, 1] } },
    figures: { before: null, after: '{"WijkenEnBuurten":"WK190001"}' },
    snapshot: { before: null, after: '{"name":"x"}' },
    disabled_items: { before: null, after: '["goal-4"]' },
    stepId: { before: null, after: 'whoIsWho' },
    hours_per_week: { before: null, after: 8.5 },
    price: { before: 10.15, after: 12 },
    due_on: { before: null, after: '2027-01-15' },
    closed_at: { before: null, after: '2026-12-02T06:47:08.998Z' },
    accepted_id: { before: null, after: known },
    carried_from: { before: null, after: unknown },
    member_email: { before: null, after: 'cafe@voorbeeld.nl' },
    member_name: { before: null, after: '' },
    email: { before: null, after: 'lotte@voorbeeld.nl' },
    contact_email: { before: null, after: 'info@bieb.nl' },
    own_new_partner: { before: null, after: true },
    starter_key: { before: null, after: 'huisarts-consult' },
    instrument_id: { before: null, after: 'wijknet-samenwerkingsscan' },
    search_query: { before: null, after: 'ggd' },
    versionId: { before: null, after: unknown },
    home_network_id: { before: null, after: unknown },
    model_id: { before: null, after: unknown },
    table_id: { before: null, after: '85618NED' },
  };
  const samples = [base];
  const longest = Math.max(...Object.values(codes).map((c) => c.length));
  for (let i = 0; i < longest; i++) {
    const s: Record<string, { before: unknown; after: unknown }> = {};
    for (const [field, values] of Object.entries(codes)) {
      s[field] = { before: values[(i + 1) % values.length], after: values[i % values.length] };
    }
    samples.push(s);
  }
  return samples;
}

/** Stored codes that are no word of the reader's language: a value equal to one is a code left untranslated. */
const NOT_WORDS: Record<AuditLang, Set<string>> = {
  nl: new Set([
    'organisation',
    'initiative',
    'person',
    'approached',
    'confirmed',
    'refused',
    'ended',
    'full',
    'short',
    'card',
    'ladder',
    'ideas',
    'vote',
    'need',
    'note',
    'theme',
    'idea',
    'consent',
    'open',
  ]),
  en: new Set([
    'bezig',
    'klaar',
    'vervallen',
    'besluitvorming',
    'verantwoordelijkheden',
    'geld',
    'borging',
    'overig',
    'waarden',
    'relaties',
    'handelen',
    'voorwaarden',
    'acties',
    'meerderheid',
    'anders',
    'gemeente',
    'wijk',
    'buurt',
    'zorg',
    'welzijn',
    'wonen',
    'veiligheid',
    'onderwijs',
    'ondernemers',
    'bewoners',
    'meekijker',
    'kartrekker',
    'zingeving',
    'meedoen',
    'zorgverzekeraar',
    'woningcorporatie',
    'wlz',
  ]),
};

/** What a sentence or value may not contain: ids, references, JSON, braces, code identifiers. */
function rawCode(text: string): string | null {
  const checks: [RegExp, string][] = [
    [/[0-9a-f]{8}-[0-9a-f]{4}-/i, 'uuid'],
    [/\b(actor|member|user):/, 'reference'],
    [/[{}[\]]/, 'brace or JSON'],
    [/\b[a-zA-Z]+_[a-zA-Z_]+\b/, '_-identifier'],
    [/\b[a-z]+[A-Z][a-zA-Z]*\b/, 'camelCase code'],
    [/\b(undefined|null|NaN|true|false)\b/, 'raw value'],
    [/@/, 'e-mail address'],
  ];
  for (const [re, what] of checks) if (re.test(text)) return `${what}: ${text}`;
  return null;
}

describe('the audit log in plain sentences', () => {
  it('has a sentence for every entity the code writes to the audit log', () => {
    const { entities, actions } = writtenKinds();
    expect(entities.size).toBeGreaterThan(25);
    const missing = [...entities].filter((e) => !(e in AUDIT_ENTITIES));
    expect(missing).toEqual([]);
    expect([...actions].sort()).toEqual(['create', 'delete', 'update']);
  });

  it('reads every kind in Dutch and English without ids, codes, JSON or e-mail addresses', () => {
    const names = new Map([[known, 'Buurtzorg Oost']]);
    const offenders: string[] = [];
    let read = 0;
    const people = [{ name: 'Joke', deleted: false }, { name: '', deleted: false }, { name: '', deleted: true }, null];
    for (const entity of Object.keys(AUDIT_ENTITIES)) {
      for (const action of ['create', 'update', 'delete']) {
        for (const lang of ['nl', 'en'] as AuditLang[]) {
          sampleChanges(entity).forEach((changes, i) => {
            const lookup = i % 2 ? names : new Map<string, string>();
            const reading = readAuditEntry(
              { entity, entityId: known, action, who: people[i % 4], changes },
              lang,
              lookup,
            );
            read++;
            const values = reading.details.flatMap((d) => [d.before ?? '', d.after ?? '']);
            for (const t of [reading.sentence, ...reading.details.map((d) => d.label), ...values]) {
              const bad = rawCode(t);
              if (bad) offenders.push(`${entity}.${action} (${lang}) ${bad}`);
            }
            for (const v of values)
              if (NOT_WORDS[lang].has(v)) offenders.push(`${entity}.${action} (${lang}) code: ${v}`);
          });
        }
      }
    }
    expect(read).toBeGreaterThan(500);
    if (offenders.length) console.log([...new Set(offenders)].slice(0, 30).join('\n'));
    expect([...new Set(offenders)].slice(0, 20)).toEqual([]);
  });

  it('says each kind differently in Dutch and English, as a whole sentence with the person first', () => {
    for (const entity of Object.keys(AUDIT_ENTITIES)) {
      for (const action of ['create', 'update', 'delete']) {
        const read = (lang: AuditLang) =>
          readAuditEntry({ entity, entityId: known, action, who: { name: 'Joke', deleted: false }, changes: {} }, lang)
            .sentence;
        expect(read('nl')).toMatch(/^Joke .+\.$/);
        expect(read('en')).toMatch(/^Joke .+\.$/);
        expect(read('nl'), `${entity}.${action}`).not.toBe(read('en'));
      }
    }
  });

  it('names the werksessie answer taken into the joint card, and who gave consent for which partner', () => {
    const names = new Map([[known, 'Buurtzorg Oost']]);
    const accepted = { accepted_as: { before: '', after: 'card_item' }, accepted_id: { before: null, after: known } };
    const joke = { name: 'Joke', deleted: false };
    const answer = (lang: AuditLang) =>
      readAuditEntry(
        { entity: 'work_session_answer', entityId: unknown, action: 'update', who: joke, changes: accepted },
        lang,
        names,
      );
    expect(answer('nl')).toEqual({
      sentence: 'Joke zette een antwoord uit de werksessie op de gezamenlijke kaart.',
      details: [],
    });
    expect(answer('en').sentence).toBe('Joke put an answer from the working session on the joint card.');
    const consent = readAuditEntry(
      {
        entity: 'card_consent',
        entityId: unknown,
        action: 'create',
        who: joke,
        changes: { party: { before: null, after: `actor:${known}` } },
      },
      'nl',
      names,
    );
    expect(consent.sentence).toBe('Joke gaf akkoord op de partnerschapskaart namens Buurtzorg Oost.');
    const deputy = readAuditEntry(
      {
        entity: 'lead_appointment',
        entityId: unknown,
        action: 'update',
        who: joke,
        changes: { deputy_member_id: { before: null, after: known }, hours_per_week: { before: 6, after: 8.5 } },
      },
      'nl',
      names,
    );
    expect(deputy.details).toEqual([
      { label: 'Vervanger', before: null, after: 'Buurtzorg Oost' },
      { label: 'Uren per week', before: '6', after: '8,5' },
    ]);
    // A change by the system, and one by someone who left.
    expect(
      readAuditEntry(
        {
          entity: 'actor',
          entityId: unknown,
          action: 'create',
          who: null,
          changes: { name: { before: null, after: 'GGD' } },
        },
        'nl',
      ).sentence,
    ).toBe('Wijknet voegde partner “GGD” toe.');
  });
});
