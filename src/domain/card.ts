/**
 * The partnership card (partnerschapskaart) of the HAN partnership model: five columns, each
 * with guiding questions in plain Dutch (B1, "je"). Shared by server, documents and web app.
 */
export const CARD_COLUMNS = ['waarden', 'relaties', 'handelen', 'voorwaarden', 'acties'] as const;
export type CardColumn = (typeof CARD_COLUMNS)[number];

export const CARD_MODES = ['full', 'short'] as const;
export type CardMode = (typeof CARD_MODES)[number];

export interface ColumnGuide {
  key: CardColumn;
  title: string;
  /** The sentence each item completes, when the column has one. */
  prompt: string | null;
  questions: string[];
}

export const CARD_GUIDE: ColumnGuide[] = [
  {
    key: 'waarden',
    title: 'Waarden',
    prompt: 'Ik vind de samenwerking geslaagd als …',
    questions: [
      'Wanneer ben jij tevreden over de samenwerking?',
      'Wat is er over een jaar anders in de wijk, als het goed gaat?',
      'Wat vind je belangrijk in hoe we met elkaar omgaan?',
    ],
  },
  {
    key: 'relaties',
    title: 'Relaties',
    prompt: null,
    questions: [
      'Hoe houden we elkaar op de hoogte?',
      'Hoe zorgen we dat iedereen mee kan praten, ook bewoners?',
      'Hoe nemen we samen besluiten?',
      'Wie missen we nog aan tafel?',
    ],
  },
  {
    key: 'handelen',
    title: 'Handelen',
    prompt: null,
    questions: [
      'Wat moeten we samen kunnen?',
      'Vanuit welke rol doe jij mee?',
      'Welke kennis en ervaring deel je met de anderen?',
    ],
  },
  {
    key: 'voorwaarden',
    title: 'Voorwaarden',
    prompt: null,
    questions: [
      'Wat vragen we van elkaar: tijd, geld, een plek?',
      'Wat heb je nodig om je veilig te voelen in de samenwerking?',
      'Welke steun vragen we van onze organisaties of de gemeente?',
    ],
  },
  {
    key: 'acties',
    title: 'Acties',
    prompt: null,
    questions: ['Wat ga jij doen?', 'Wat gaan we samen doen?', 'Wat vragen we van anderen?'],
  },
];

/** In the short mode only the first column is filled in personally; the rest only together. */
export const personalColumnAllowed = (mode: CardMode, column: CardColumn): boolean =>
  mode === 'full' || column === 'waarden';
