/** Texts of the phase "verankeren" (price list, effect models): its errors and its schemas' messages. */
export const verankerenMessages = {
  'effects.priceNotFound': {
    nl: 'Deze prijs staat niet (meer) op de lijst.',
    en: 'This price is not (any more) on the list.',
  },
  'effects.modelNotFound': {
    nl: 'Dit effectmodel bestaat niet (meer).',
    en: 'This effect model does not exist (any more).',
  },
  'effects.versionNotFound': {
    nl: 'Deze versie van het model bestaat niet.',
    en: 'This version of the model does not exist.',
  },
  'effects.modelInvalid': {
    nl: 'Het model klopt nog niet. Kijk de velden met een melding na.',
    en: 'The model is not right yet. Check the fields with a message.',
  },
  'effects.modelTooLarge': {
    nl: 'Het model is te groot (meer dan 500 kB). Splits het in kleinere modellen.',
    en: 'The model is too large (more than 500 kB). Split it into smaller models.',
  },
  'effects.unknownGoal': { nl: 'Koppel alleen doelen van dit netwerk.', en: 'Only link goals of this network.' },
  'effects.unknownPrice': {
    nl: 'Koppel alleen prijzen van de prijslijst van dit netwerk.',
    en: 'Only link prices from this network’s price list.',
  },
  'effects.annotation': {
    nl: 'Een koppeling of bron klopt niet: goalId en priceItemId zijn verwijzingen, indicator en sources tekst.',
    en: 'A link or source is not right: goalId and priceItemId are references, indicator and sources are text.',
  },
  'effects.unknownParty': {
    nl: '"{party}" investeert niet en heeft geen baat in dit model.',
    en: '"{party}" neither invests nor benefits in this model.',
  },
  /** A problem the effect model's own schema found, in the language of the request. */
  'effects.modelIssue': { nl: 'Klopt niet: {text}', en: 'Not right: {text}' },

  'schema.priceAmount': { nl: 'Vul een bedrag in, bijvoorbeeld 120,50.', en: 'Fill in an amount, for example 120.50.' },
  'schema.priceNegative': { nl: 'Een prijs kan niet negatief zijn.', en: 'A price cannot be negative.' },
  'schema.yearFrom1950': { nl: 'Vul een jaartal vanaf 1950 in.', en: 'Fill in a year from 1950 onwards.' },
  'schema.payer': {
    nl: 'Kies wie betaalt: gemeente, zorgverzekeraar, wlz, woningcorporatie, politie-justitie, uwv, werkgever of bewoner.',
    en: 'Choose who pays: gemeente, zorgverzekeraar, wlz, woningcorporatie, politie-justitie, uwv, werkgever or bewoner.',
  },
  'schema.webAddress': {
    nl: 'Geef een webadres dat begint met http:// of https://.',
    en: 'Give a web address that starts with http:// or https://.',
  },
  'schema.indexYearKey': {
    nl: 'Geef jaartallen als sleutel, bijvoorbeeld "2024".',
    en: 'Give years as keys, for example "2024".',
  },
  'schema.indexRate': {
    nl: 'Een verandering ligt tussen -0,5 en 1, bijvoorbeeld 0,038.',
    en: 'A change lies between -0.5 and 1, for example 0.038.',
  },
  'schema.indexRates': {
    nl: 'Geef per jaar de verandering, bijvoorbeeld {"2024": 0.033}.',
    en: 'Give the change per year, for example {"2024": 0.033}.',
  },
  'schema.effectModel': {
    nl: 'Geef het model tussen { en }, in het formaat van wijknet effects (discountRate, inputs, outcomes).',
    en: 'Give the model between { and }, in the format of wijknet effects (discountRate, inputs, outcomes).',
  },
  'schema.contribution': {
    nl: 'Geef per partij een naam (party) en een bedrag (amount).',
    en: 'Give each party a name (party) and an amount (amount).',
  },
  'schema.contributionsNeeded': {
    nl: 'Geef minstens één partij met een bedrag.',
    en: 'Give at least one party with an amount.',
  },
} as const;
