import { describe, expect, it } from 'vitest';
import { count, digestMail, renderItem } from './render.js';
import type { CockpitItem } from './rules.js';

const overdue = (days: number): CockpitItem => ({
  code: 'action_overdue',
  severity: 'high',
  date: '2026-11-28',
  params: { title: 'Zaal regelen', owner: 'Chris', days },
  action: { tool: 'actions', recordId: 'x1' },
});

const consents = (missing: string[]): CockpitItem => ({
  code: 'card_consents_missing',
  severity: 'medium',
  date: '2026-11-10',
  params: { number: 3, missing },
  action: { tool: 'card', recordId: 'v3' },
});

describe('count', () => {
  it('uses the plural form the language asks for, with Dutch number grouping', () => {
    expect(count('nl', 1, { one: 'dag', other: 'dagen' })).toBe('1 dag');
    expect(count('nl', 0, { one: 'dag', other: 'dagen' })).toBe('0 dagen');
    expect(count('nl', 2, { one: 'dag', other: 'dagen' })).toBe('2 dagen');
    expect(count('nl', 1234, { one: 'dag', other: 'dagen' })).toBe('1.234 dagen');
    expect(count('en', 1, { one: 'day', other: 'days' })).toBe('1 day');
    expect(count('en', 1234, { one: 'day', other: 'days' })).toBe('1,234 days');
  });
});

describe('renderItem', () => {
  it('writes an overdue action in plain Dutch with a Dutch date and the right plural', () => {
    expect(renderItem(overdue(1), 'nl')).toEqual({
      text: 'De actie "Zaal regelen" moest op 28 november 2026 klaar zijn. Ze is 1 dag te laat. Eigenaar: Chris.',
      actionLabel: 'Actie bijwerken',
    });
    expect(renderItem(overdue(3), 'nl').text).toContain('Ze is 3 dagen te laat.');
    expect(renderItem(overdue(3), 'en')).toEqual({
      text: 'The action "Zaal regelen" was due on 28 November 2026. It is 3 days late. Owner: Chris.',
      actionLabel: 'Update the action',
    });
  });

  it('lists missing partners as a Dutch or English list', () => {
    expect(renderItem(consents(['Bibliotheek']), 'nl').text).toBe(
      'Versie 3 van de partnerschapskaart: nog geen toestemming van 1 partner (Bibliotheek).',
    );
    expect(renderItem(consents(['Bibliotheek', 'GGD', 'Zorggroep']), 'nl').text).toBe(
      'Versie 3 van de partnerschapskaart: nog geen toestemming van 3 partners (Bibliotheek, GGD en Zorggroep).',
    );
    expect(renderItem(consents(['Bibliotheek', 'GGD', 'Zorggroep']), 'en').text).toBe(
      'Version 3 of the partnership card: no consent yet from 3 partners (Bibliotheek, GGD and Zorggroep).',
    );
  });

  it('says how many scan answers are still needed, singular and plural', () => {
    const few = (answered: number, needed: number): CockpitItem => ({
      code: 'scan_few_answers',
      severity: 'medium',
      date: '2026-12-20',
      params: { label: 'T1', answered, invited: 10, needed, closingSoon: false },
      action: { tool: 'scan', recordId: 'r1' },
    });
    expect(renderItem(few(1, 4), 'nl').text).toBe(
      'Ronde T1 van de samenwerkingsscan heeft pas 1 antwoord (10 uitgenodigd). Er zijn nog 4 nodig. De ronde sluit op 20 december 2026.',
    );
    expect(renderItem(few(4, 1), 'nl').text).toBe(
      'Ronde T1 van de samenwerkingsscan heeft pas 4 antwoorden (10 uitgenodigd). Er is nog 1 nodig. De ronde sluit op 20 december 2026.',
    );
  });

  it('turns days of silence into whole weeks', () => {
    const quiet: CockpitItem = {
      code: 'partner_quiet',
      severity: 'medium',
      date: '2026-10-17',
      params: { partner: 'GGD', days: 43 },
      action: { tool: 'partners', recordId: 'a1' },
    };
    expect(renderItem(quiet, 'nl').text).toBe(
      'GGD heeft sinds 17 oktober 2026 niets meer gedaan in Wijknet. Dat is 6 weken geleden.',
    );
  });

  it('says today, tomorrow or in n days for a closing scan round', () => {
    const closing = (daysLeft: number): CockpitItem => ({
      code: 'scan_closing_soon',
      severity: 'low',
      date: '2026-11-30',
      params: { label: 'T0', answered: 5, invited: 6, daysLeft },
      action: { tool: 'scan', recordId: 'r1' },
    });
    expect(renderItem(closing(1), 'nl').text).toBe(
      'Ronde T0 van de samenwerkingsscan sluit morgen (30 november 2026). 5 van de 6 mensen hebben geantwoord.',
    );
    expect(renderItem(closing(2), 'nl').text).toContain('sluit over 2 dagen');
    expect(renderItem(closing(0), 'en').text).toContain('closes today');
  });

  it('has a text and a button in both languages for every code', () => {
    const samples: CockpitItem[] = [
      {
        code: 'agreement_review_overdue',
        severity: 'high',
        date: '2026-11-01',
        params: { title: 'T', days: 28 },
        action: { tool: 'agreements', recordId: 'g' },
      },
      {
        code: 'decision_review_overdue',
        severity: 'high',
        date: '2026-11-01',
        params: { text: 'T', days: 28 },
        action: { tool: 'decisions', recordId: 'd' },
      },
      {
        code: 'plan_outdated',
        severity: 'medium',
        date: '2025-11-01',
        params: { year: 2025 },
        action: { tool: 'actions', recordId: null },
      },
      { code: 'lead_missing', severity: 'high', date: null, params: {}, action: { tool: 'lead', recordId: null } },
      {
        code: 'lead_no_hours',
        severity: 'medium',
        date: null,
        params: { name: 'Ans' },
        action: { tool: 'lead', recordId: 'm' },
      },
      {
        code: 'lead_no_deputy',
        severity: 'medium',
        date: null,
        params: { name: 'Ans' },
        action: { tool: 'lead', recordId: 'm' },
      },
      {
        code: 'lead_single',
        severity: 'low',
        date: null,
        params: { name: 'Ans' },
        action: { tool: 'lead', recordId: 'm' },
      },
      {
        code: 'representation_unconfirmed',
        severity: 'medium',
        date: '2026-11-20',
        params: { person: 'Dewi', partner: 'GGD' },
        action: { tool: 'representation', recordId: 'q' },
      },
    ];
    for (const item of samples) {
      for (const locale of ['nl', 'en'] as const) {
        const r = renderItem(item, locale);
        expect(r.text.length).toBeGreaterThan(10);
        expect(r.actionLabel.length).toBeGreaterThan(3);
        expect(r.text).not.toMatch(/undefined|NaN|\{/);
      }
    }
    expect(renderItem(samples[7], 'nl').text).toBe(
      'Dewi vraagt sinds 20 november 2026 om namens GGD te spreken. Dat is nog niet bevestigd.',
    );
  });
});

describe('digestMail', () => {
  const base = {
    recipientName: 'Ans',
    networkName: 'Wijknetwerk Oost',
    linkFor: (a: { tool: string; recordId: string | null }) => `https://w.example/${a.tool}/${a.recordId ?? ''}`,
    cockpitUrl: 'https://w.example/cockpit',
    settingsUrl: 'https://w.example/account',
  };

  it('sends nothing when nothing needs attention', () => {
    expect(digestMail({ ...base, items: [] })).toBeNull();
  });

  it('writes subject and body from the same items as the cockpit, in their order', () => {
    const mail = digestMail({ ...base, items: [overdue(2), consents(['GGD'])] })!;
    expect(mail.subject).toBe('Wijknetwerk Oost: 2 punten vragen je aandacht');
    expect(mail.body).toBe(
      [
        'Hallo Ans,',
        '',
        'In Wijknetwerk Oost vragen deze punten deze week je aandacht:',
        '',
        '- De actie "Zaal regelen" moest op 28 november 2026 klaar zijn. Ze is 2 dagen te laat. Eigenaar: Chris.',
        '  Actie bijwerken: https://w.example/actions/x1',
        '',
        '- Versie 3 van de partnerschapskaart: nog geen toestemming van 1 partner (GGD).',
        '  Toestemming vragen: https://w.example/card/v3',
        '',
        'Alles op een rij zie je in de cockpit: https://w.example/cockpit',
        '',
        'Je krijgt deze mail elke week omdat je kartrekker bent. Wil je hem niet meer? Zet hem uit bij je instellingen: https://w.example/account',
        '',
      ].join('\n'),
    );
  });

  it('adds the personal unsubscribe link when there is one', () => {
    const mail = digestMail({ ...base, unsubscribeUrl: 'https://w.example/afmelden#token=abc', items: [overdue(1)] })!;
    expect(mail.body).toMatch(
      /Zet hem uit bij je instellingen: https:\/\/w\.example\/account\nOf meld je meteen af met deze link: https:\/\/w\.example\/afmelden#token=abc\n$/,
    );
  });

  it('uses the singular for one item', () => {
    const mail = digestMail({ ...base, items: [overdue(1)] })!;
    expect(mail.subject).toBe('Wijknetwerk Oost: 1 punt vraagt je aandacht');
    expect(mail.body).toContain('In Wijknetwerk Oost vraagt dit punt deze week je aandacht:');
  });
});
