import { describe, expect, it } from 'vitest';
import type { CardSnapshot, ConsentView } from '../cards/schemas.js';
import { buildDocument, DOCUMENT_KINDS } from './model.js';
import { renderDocx, renderPdf } from './render.js';
import { docxText, outside, pdfLayout, pdfText, strandedHeadings } from '../../test/document-text.js';

/** A network that pushes every table and every page break: long names without spaces, long texts, many actions. */
function demandingSnapshot(): CardSnapshot {
  const partners = [
    'Stichting Welzijnswerk en Mantelzorgondersteuning Ruwaard-Oost',
    'Huisartsenpraktijk De Lindenboom-Zuidwijk',
    'Zorgcentrum Café Één',
    'Gemeente ’s-Hertogenbosch, afdeling Maatschappelijke Ontwikkeling',
    'Woningcorporatie BrabantWonen',
    'Bewonersvereniging Ruwaard',
  ];
  const long = (n: number) =>
    Array.from(
      { length: n },
      (_, i) => `zin ${i + 1} over samenwerken in de wijk met bewoners, vrijwilligers en professionals`,
    ).join(', ') + '.';
  return {
    number: 4,
    publishedAt: '2026-11-29T10:00:00.000Z',
    publishedBy: 'Sanne',
    network: {
      name: 'Dementievriendelijk Ruwaard-Oost en Schadewijk',
      areaName: 'Ruwaard, Oss',
      ambition: long(3),
      vision: long(2),
    },
    mode: 'full',
    columns: ['waarden', 'relaties', 'handelen', 'voorwaarden', 'acties'].map((key, c) => ({
      key,
      title: `Kolom ${c + 1}`,
      prompt: 'Wat vinden we belangrijk, en waarom?',
      items: Array.from({ length: 4 }, (_, i) => ({ text: `Punt ${i + 1}: ${long(2)}`, sources: [] })),
    })),
    parties: partners.map((name, i) => ({ party: `actor:${i}`, name })),
    goals: Array.from({ length: 6 }, (_, i) => ({
      title: `Doel ${i + 1}: mensen met dementie en hun mantelzorgers ontmoeten elkaar`,
      description: long(1),
      indicator: 'Aantal deelnemers per maand bij de Alzheimer-ontmoetingsplekken',
      targetValue: '30 per maand',
    })),
    leads: [
      {
        name: 'kartrekker-1764672000000-1@voorbeeld.nl',
        partnerName: partners[0],
        hoursPerWeek: null,
        mandate:
          'Beslist over uitgaven tot € 500 en over de agenda van het netwerkoverleg, na overleg met de stuurgroep',
        supportedBy: 'Teamleider wijkteam Ruwaard en de beleidsmedewerker van de gemeente',
        paidBy: 'Gemeente ’s-Hertogenbosch, uit het budget voor wijkgericht werken 2027',
        deputyName: 'Vervanger: welzijnswerker Mohammed El Boujaddayni (Stichting Welzijnswerk Oss-Noord)',
      },
      {
        name: 'Annemarie van den Heuvel-Vermeulen',
        partnerName: partners[1],
        hoursPerWeek: 12.5,
        mandate: 'Tot € 250',
        supportedBy: 'Praktijkmanager',
        paidBy: 'Huisartsenpraktijk',
        deputyName: null,
      },
    ],
    agreements: [
      {
        kind: 'besluitvorming',
        title: 'Zo nemen we besluiten in het netwerkoverleg',
        body: long(4),
        decisionRule: 'consent',
        reviewOn: '2027-06-01',
        details: {},
      },
      {
        kind: 'verantwoordelijkheden',
        title: 'Wie doet wat bij de ontmoetingsplekken',
        body: long(2),
        decisionRule: null,
        reviewOn: null,
        details: {
          responsibilities: partners.map((p, i) => ({
            subject: `Ontmoetingsplek ${i + 1} in het buurthuis`,
            decides: p,
            does: partners[(i + 1) % 6],
            consulted: partners[(i + 2) % 6],
            informed: 'Alle partners en de bewonersvereniging',
          })),
        },
      },
      {
        kind: 'geld',
        title: 'Bijdragen',
        body: long(1),
        decisionRule: null,
        reviewOn: '2027-11-29',
        details: {
          contributions: partners.map((party, i) => ({
            party,
            amount: 1234.5 * (i + 1),
            inKind: 'Vergaderruimte en koffie op dinsdagmiddag, vier uur per week',
          })),
          pooledBudget: { amount: null, rules: long(1) },
        },
      },
    ],
    actions: Array.from({ length: 45 }, (_, i) => ({
      title: `Actie ${i + 1}: ontmoetingsmiddag voorbereiden met vrijwilligers van de bewonersvereniging`,
      ownerName: i % 2 ? 'kartrekker-1764672000000-1@voorbeeld.nl' : 'Annemarie van den Heuvel-Vermeulen',
      partnerName: partners[i % 6],
      goalTitle: `Doel ${(i % 6) + 1}: mensen met dementie en hun mantelzorgers ontmoeten elkaar`,
      dueOn: '2027-02-01',
      status: 'bezig',
      planYear: 2027 + (i % 2),
    })),
  };
}

/** A small network whose Kartrekker heading falls right at the bottom of the first page. */
function smallSnapshot(): CardSnapshot {
  return {
    number: 2,
    publishedAt: '2026-11-29T10:00:00.000Z',
    publishedBy: 'Joke',
    network: { name: 'Samen Ruwaard', areaName: 'Ruwaard, Oss', ambition: 'Iedereen in Ruwaard doet mee.', vision: '' },
    mode: 'full',
    columns: [
      {
        key: 'waarden',
        title: 'Waarden',
        prompt: 'Ik vind de samenwerking geslaagd als …',
        items: [{ text: 'we elkaar bij naam kennen', sources: [] }],
      },
    ],
    parties: [
      { party: 'a', name: 'Welzijn Oss' },
      { party: 'b', name: 'Huisartsenpraktijk De Linde' },
    ],
    goals: [{ title: 'Minder eenzaamheid', description: '', indicator: 'Deelnemers per maand', targetValue: '30' }],
    leads: [
      {
        name: 'Joke',
        partnerName: 'Welzijn Oss',
        hoursPerWeek: null,
        mandate: 'Tot € 500',
        supportedBy: '',
        paidBy: 'Gemeente',
        deputyName: 'Ahmed',
      },
    ],
    kartrekkers: [{ name: 'Joke', partnerName: 'Welzijn Oss' }],
    agreements: [
      {
        kind: 'geld',
        title: 'Potje',
        body: '',
        decisionRule: null,
        reviewOn: '2027-06-01',
        details: { contributions: [{ party: 'Gemeente', amount: 5000 }] },
      },
    ],
    actions: [
      {
        title: 'Zaal regelen',
        ownerName: 'Ahmed',
        partnerName: 'Welzijn Oss',
        goalTitle: 'Minder eenzaamheid',
        dueOn: '2027-01-15',
        status: 'open',
        planYear: 2027,
      },
    ],
    focus: {
      themes: ['Eenzaamheid onder ouderen'],
      reasons: 'Dit hoorden we het vaakst.',
      decidedOn: '2026-11-20T10:00:00.000Z',
    },
    profile: {
      area: { name: 'Ruwaard', code: 'WK082801', year: 2024, municipality: 'Oss' },
      figures: [
        { label: 'Inwoners', area: '12.345', municipality: '98.765' },
        { label: '65-plussers', area: '2.100', municipality: '19.000' },
      ],
      indicators: [],
      needs: ['Ouderen willen vaker iemand spreken'],
      notes: [],
    },
  };
}

const consents = (s: CardSnapshot): ConsentView[] =>
  s.parties.map((p, i) => ({
    ...p,
    consentId: null,
    consented: i % 2 === 0,
    consentedAt: i % 2 === 0 ? '2026-11-30T09:00:00.000Z' : null,
    consentedBy: i % 2 === 0 ? 'Joke de Vries-Bakker' : null,
    method: i % 2 === 0 ? ('account' as const) : null,
    byRole: null,
    givenOn: null,
    recordedBy: null,
    link: null,
    contact: null,
  }));

describe('PDF layout read back with pdfjs', () => {
  const s = demandingSnapshot();

  const cases = [
    ...DOCUMENT_KINDS.map((kind) => ['demanding', kind, s] as const),
    ['small', 'plan-van-aanpak', smallSnapshot()] as const,
  ];
  it.each(cases)(
    '%s network, %s: all text within the printable area, no heading alone at the bottom of a page',
    async (_, kind, snapshot) => {
      const pdf = await renderPdf(
        buildDocument(kind, snapshot, consents(snapshot), false, new Date(snapshot.publishedAt)),
      );
      const pages = await pdfLayout(pdf);
      expect(pages.length).toBeGreaterThan(1);
      expect(pages[0].width).toBeCloseTo(595.28, 1);
      expect(outside(pages)).toEqual([]);
      expect(strandedHeadings(pages)).toEqual([]);
    },
  );

  it('no heading is left alone wherever it lands: the ambition grows a line at a time, moving every heading down the page', async () => {
    const stranded: string[] = [];
    for (let lines = 0; lines < 14; lines++) {
      const small = smallSnapshot();
      small.network.ambition = Array.from(
        { length: lines + 1 },
        () => 'Iedereen in Ruwaard doet mee, jong en oud, met en zonder beperking, nu en later.',
      ).join('\n');
      const pages = await pdfLayout(
        await renderPdf(buildDocument('plan-van-aanpak', small, consents(small), false, new Date(small.publishedAt))),
      );
      stranded.push(...strandedHeadings(pages).map((h) => `${lines + 1} regels ambitie, ${h}`));
      expect(outside(pages)).toEqual([]);
    }
    expect(stranded).toEqual([]);
  });

  it('the PDF and the Word file show the same columns, the action plan’s Jaar included', async () => {
    const model = buildDocument('plan-van-aanpak', s, consents(s), false, new Date(s.publishedAt));
    const pdf = await pdfText(await renderPdf(model));
    const word = (await docxText(await renderDocx(model))).replace(/\s+/g, ' ');
    for (const header of [
      'Actie Wie Doel Klaar op Status Jaar',
      'Partner Akkoord Door Hoe Datum',
      'Waarover Beslist Doet Denkt mee Hoort het',
      'Partner Bijdrage In natura',
      'Doel Indicator Streefwaarde',
    ]) {
      expect(pdf).toContain(header);
      expect(word).toContain(header);
    }
    expect(pdf).toMatch(/bezig\s+2028/i);
  });

  it('the checks notice text past the right edge and a stranded heading', () => {
    const page = {
      width: 595.28,
      height: 841.89,
      items: [
        { text: 'Vervanger: welzijnswerke', x: 500, y: 300, width: 60, fontSize: 9 },
        { text: 'Actieplan', x: 56, y: 70, width: 60, fontSize: 13 },
        { text: 'Plan van aanpak · pagina 1 van 2', x: 230, y: 30, width: 120, fontSize: 8 },
      ],
    };
    expect(outside([page])).toEqual(['pagina 1: "Vervanger: welzijnswerke" van x 500 tot 560, y 300']);
    expect(strandedHeadings([page])).toEqual(['pagina 1: Actieplan']);
  });
});
