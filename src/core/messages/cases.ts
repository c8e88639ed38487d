/** Texts of the case method (casusmethode) and the continuity checklist (borging): errors and schema messages. */
export const casesMessages = {
  'cases.notFound': {
    nl: 'Deze casus bestaat niet (meer).',
    en: 'This case does not exist (any more).',
  },
  'cases.unknownPrice': {
    nl: 'Kies een prijs van de prijslijst van dit netwerk, of vul een eigen bedrag in.',
    en: 'Choose a price from this network’s price list, or fill in an own amount.',
  },
  'schema.caseTimeline': {
    nl: 'Kies de tijdlijn: approach (met de aanpak) of reference (zonder de aanpak).',
    en: 'Choose the timeline: approach (with the approach) or reference (without it).',
  },
  'schema.caseKind': {
    nl: 'Kies wat het is: event (iets wat gebeurt in iemands leven) of activity (steun of hulp).',
    en: 'Choose what it is: event (something that happens in someone’s life) or activity (support or help).',
  },
  'schema.caseYear': {
    nl: 'Vul het jaar op de tijdlijn in: 1, 2, 3 … (hoogstens 50).',
    en: 'Fill in the year on the timeline: 1, 2, 3 … (at most 50).',
  },
  'schema.caseMonth': { nl: 'Vul een maand van 1 tot en met 12 in.', en: 'Fill in a month from 1 to 12.' },
  'schema.caseQuantity': {
    nl: 'Vul een aantal in van 0 of meer, bijvoorbeeld 3 of 1,5.',
    en: 'Fill in a quantity of 0 or more, for example 3 or 1.5.',
  },
  'schema.caseResidents': {
    nl: 'Vul in voor hoeveel bewoners deze casus staat: een heel getal van 1 of meer.',
    en: 'Fill in how many residents this case stands for: a whole number of 1 or more.',
  },
  'schema.caseOwnPrice': {
    nl: 'Kies een prijs van de lijst of vul een eigen bedrag in.',
    en: 'Choose a price from the list or fill in an own amount.',
  },
  'schema.caseOwnPriceTwice': {
    nl: 'Kies een prijs van de lijst óf een eigen bedrag, niet allebei.',
    en: 'Choose a price from the list or an own amount, not both.',
  },
  'schema.casePayer': {
    nl: 'Kies wie dit eigen bedrag betaalt.',
    en: 'Choose who pays this own amount.',
  },
  'schema.caseLines': {
    nl: 'Een casus heeft hoogstens 200 regels.',
    en: 'A case has at most 200 lines.',
  },

  'continuity.notFound': {
    nl: 'Dit punt staat niet (meer) op de checklist.',
    en: 'This point is not (any more) on the checklist.',
  },
  'continuity.reasonNeeded': {
    nl: 'Schrijf op waarom dit punt niet van toepassing is.',
    en: 'Write down why this point does not apply.',
  },
  'continuity.oneOwner': {
    nl: 'Kies één eigenaar: een lid of een partner, niet allebei.',
    en: 'Choose one owner: a member or a partner, not both.',
  },
  'schema.continuityStatus': {
    nl: 'Kies een stand: open, bezig, geregeld of nvt (niet van toepassing).',
    en: 'Choose a status: open, bezig (in progress), geregeld (arranged) or nvt (not applicable).',
  },
} as const;
