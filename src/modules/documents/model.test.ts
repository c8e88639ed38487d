import { describe, expect, it } from 'vitest';
import type { CardSnapshot, ConsentView } from '../cards/schemas.js';
import { buildDocument, type Block } from './model.js';

const text = (blocks: Block[]): string =>
  blocks
    .map((b): string =>
      b.kind === 'group'
        ? text(b.blocks)
        : b.kind === 'table'
          ? [...b.columns.map((c) => c.header), ...b.rows.flat()].join(' ')
          : b.kind === 'list'
            ? b.items.join(' ')
            : b.kind === 'bars' || b.kind === 'ranges'
              ? b.rows.map((r) => `${r.label} ${r.text}`).join(' ')
              : b.text,
    )
    .join(' ');

const base: CardSnapshot = {
  number: 1,
  publishedAt: '2026-11-29T10:00:00.000Z',
  publishedBy: 'Joke',
  network: { name: 'Samen Ruwaard', areaName: 'Ruwaard', ambition: '', vision: '' },
  mode: 'full',
  columns: [],
  parties: [],
  goals: [],
  leads: [],
  agreements: [],
  actions: [],
};

describe('document model: what is missing, said plainly', () => {
  it('no kartrekker at all, no focus decision, no figures', () => {
    const words = text(
      buildDocument(
        'plan-van-aanpak',
        {
          ...base,
          kartrekkers: [],
          focus: null,
          profile: { area: null, figures: [], indicators: [], needs: [], notes: [] },
        },
        [],
        true,
        new Date(),
      ).blocks,
    );
    expect(words).toContain('Er is nog geen kartrekker. Kies samen wie het netwerk trekt.');
    expect(words).toContain('Jullie hebben nog geen focus gekozen.');
    expect(words).toContain('Er zijn nog geen CBS-cijfers in het wijkprofiel gezet.');
  });

  it('a version published before focus, profile and kartrekkers were kept says so instead of claiming there are none', () => {
    const words = text(buildDocument('plan-van-aanpak', base, [], false, new Date(base.publishedAt)).blocks);
    expect(words).toContain('In deze versie staat geen kartrekker met afspraken.');
    expect(words).toContain('Deze versie is vastgelegd voordat de focus in het plan kwam.');
    expect(words).toContain('Deze versie is vastgelegd voordat het wijkprofiel in het plan kwam.');
    expect(words).not.toContain('Er is nog geen kartrekker');
  });

  it('consent per partner: who, how and when; the ones still missing counted', () => {
    const s = {
      ...base,
      parties: [
        { party: 'actor:1', name: 'Welzijn Oss' },
        { party: 'actor:2', name: 'GGD' },
        { party: 'actor:3', name: 'Gemeente' },
      ],
    };
    const none = {
      consentId: null,
      method: null,
      byRole: null,
      givenOn: null,
      recordedBy: null,
      link: null,
      contact: 'ok',
    } as const;
    const consents: ConsentView[] = [
      {
        ...none,
        party: 'actor:1',
        name: 'Welzijn Oss',
        consented: true,
        consentedAt: '2026-11-30T09:00:00.000Z',
        consentedBy: 'Ahmed',
        method: 'account',
      },
      { ...none, party: 'actor:2', name: 'GGD', consented: false, consentedAt: null, consentedBy: null },
      { ...none, party: 'actor:3', name: 'Gemeente', consented: false, consentedAt: null, consentedBy: null },
    ];
    const blocks = buildDocument('samenwerkingsovereenkomst', s, consents, false, new Date(s.publishedAt)).blocks;
    const table = blocks.find(
      (b) => b.kind === 'table' && b.columns[0].header === 'Partner' && b.columns[1].header === 'Akkoord',
    );
    expect(table).toMatchObject({
      rows: [
        ['Welzijn Oss', 'Ja', 'Ahmed', 'Online in Wijknet', '30 november 2026'],
        ['GGD', 'Nog niet', '', '', ''],
        ['Gemeente', 'Nog niet', '', '', ''],
      ],
    });
    expect(text(blocks)).toContain('2 partners hebben nog geen akkoord gegeven.');
  });

  it('consent given by link and recorded elsewhere prints apart from online consent, with person, role and date; a refusal shows its reason', () => {
    const s = {
      ...base,
      parties: [
        { party: 'actor:1', name: 'Bibliotheek' },
        { party: 'actor:2', name: 'Huisartsen' },
        { party: 'actor:3', name: 'Woningcorporatie' },
        { party: 'actor:4', name: 'Sportclub' },
      ],
    };
    const none = {
      consentId: null,
      method: null,
      byRole: null,
      givenOn: null,
      recordedBy: null,
      link: null,
      contact: 'ok',
    } as const;
    const consents: ConsentView[] = [
      {
        ...none,
        party: 'actor:1',
        name: 'Bibliotheek',
        consented: true,
        consentedAt: '2026-12-01T10:00:00.000Z',
        consentedBy: 'Els Jansen',
        byRole: 'directeur',
        method: 'link',
      },
      {
        ...none,
        party: 'actor:2',
        name: 'Huisartsen',
        consented: true,
        consentedAt: '2026-12-02T08:00:00.000Z',
        consentedBy: 'Dr. Bos',
        byRole: 'praktijkhouder',
        method: 'paper',
        givenOn: '2026-11-28',
        recordedBy: 'Joke',
      },
      {
        ...none,
        party: 'actor:3',
        name: 'Woningcorporatie',
        consented: true,
        consentedAt: '2026-12-02T08:00:00.000Z',
        consentedBy: 'Kees',
        method: 'meeting',
        givenOn: '2026-11-27',
        recordedBy: 'Joke',
      },
      {
        ...none,
        party: 'actor:4',
        name: 'Sportclub',
        consented: false,
        consentedAt: null,
        consentedBy: null,
        link: { status: 'declined', sentAt: '', expiresAt: '', answeredBy: 'Piet', reason: 'Doel 2 klopt niet' },
      },
    ];
    const blocks = buildDocument('samenwerkingsovereenkomst', s, consents, false, new Date(s.publishedAt)).blocks;
    const table = blocks.find((b) => b.kind === 'table' && b.columns[0].header === 'Partner');
    expect(table).toMatchObject({
      rows: [
        ['Bibliotheek', 'Ja', 'Els Jansen (directeur)', 'Online via persoonlijke link', '1 december 2026'],
        [
          'Huisartsen',
          'Ja',
          'Dr. Bos (praktijkhouder)',
          'Buiten Wijknet: op papier ondertekend; vastgelegd door Joke',
          '28 november 2026',
        ],
        ['Woningcorporatie', 'Ja', 'Kees', 'Buiten Wijknet: in een overleg; vastgelegd door Joke', '27 november 2026'],
        ['Sportclub', 'Niet akkoord', 'Piet', 'Reden: Doel 2 klopt niet', ''],
      ],
    });
  });
});
