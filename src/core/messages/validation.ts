/**
 * Texts for validation problems: the general ones (one per kind of Zod issue) and the more specific
 * ones schemas give. A schema's text may use `{min}` and `{max}`: the issue's own limits fill them in.
 */
export const validationMessages = {
  // The general texts, one per kind of Zod issue
  'zod.required': { nl: 'Dit veld is verplicht.', en: 'This field is required.' },
  'zod.wrongType': {
    nl: 'Dit veld heeft de verkeerde soort waarde (verwacht: {expected}).',
    en: 'This field has the wrong kind of value (expected: {expected}).',
  },
  'zod.type.string': { nl: 'tekst', en: 'text' },
  'zod.type.number': { nl: 'getal', en: 'number' },
  'zod.type.int': { nl: 'heel getal', en: 'whole number' },
  'zod.type.boolean': { nl: 'ja of nee', en: 'yes or no' },
  'zod.type.array': { nl: 'lijst', en: 'list' },
  'zod.type.object': { nl: 'object', en: 'object' },
  'zod.tooLongText': { nl: 'Gebruik hoogstens {max} tekens.', en: 'Use at most {max} characters.' },
  'zod.tooManyItems': { nl: 'Kies hoogstens {max} waarden.', en: 'Choose at most {max} values.' },
  'zod.tooBig': { nl: 'Vul een waarde van hoogstens {max} in.', en: 'Fill in a value of at most {max}.' },
  'zod.fillIn': { nl: 'Vul dit veld in.', en: 'Fill in this field.' },
  'zod.tooShortText': { nl: 'Gebruik minstens {min} tekens.', en: 'Use at least {min} characters.' },
  'zod.tooFewItems': {
    nl: { one: 'Kies minstens {count} waarde.', other: 'Kies minstens {count} waarden.' },
    en: { one: 'Choose at least {count} value.', other: 'Choose at least {count} values.' },
  },
  'zod.tooSmall': { nl: 'Vul een waarde van minstens {min} in.', en: 'Fill in a value of at least {min}.' },
  'zod.email': {
    nl: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
    en: 'Fill in a valid e-mail address, for example name@example.nl.',
  },
  'zod.url': {
    nl: 'Vul een volledig webadres in, bijvoorbeeld https://www.voorbeeld.nl.',
    en: 'Fill in a complete web address, for example https://www.example.nl.',
  },
  'zod.format': { nl: 'Deze waarde heeft niet de goede vorm.', en: 'This value does not have the right form.' },
  'zod.oneOf': { nl: 'Kies een van deze waarden: {values}.', en: 'Choose one of these values: {values}.' },
  'zod.unknownKeys': { nl: 'Onbekend veld: {keys}. Laat het weg.', en: 'Unknown field: {keys}. Leave it out.' },
  'zod.wholeNumber': { nl: 'Vul een heel getal in.', en: 'Fill in a whole number.' },
  'zod.invalid': { nl: 'Deze waarde is ongeldig.', en: 'This value is not valid.' },

  // Texts the schemas give
  'schema.researchMonth': {
    nl: 'Schrijf de maand als jaar-maand, zoals 2026-11.',
    en: 'Write the month as year-month, such as 2026-11.',
  },
  'schema.usefulness': { nl: 'Kies een cijfer van 1 tot en met 5.', en: 'Choose a number from 1 to 5.' },
  'schema.susAnswers': {
    nl: 'Beantwoord alle 10 vragen met een cijfer van 1 tot en met 5.',
    en: 'Answer all 10 questions with a number from 1 to 5.',
  },
  'schema.scanLabel': {
    nl: 'Gebruik voor de naam van de ronde letters en cijfers, zoals T0 of T1 (hoogstens 20 tekens).',
    en: 'Use letters and digits for the name of the round, such as T0 or T1 (at most 20 characters).',
  },
  'schema.scanItem': { nl: 'Dit is geen vraag van de scan.', en: 'This is not a question of the scan.' },
  'schema.scanLink': { nl: 'Deze link is niet (meer) geldig.', en: 'This link is not valid (any more).' },
  'schema.digestLink': {
    nl: 'Deze afmeldlink is niet compleet. Kopieer de hele link uit de mail.',
    en: 'This unsubscribe link is not complete. Copy the whole link from the mail.',
  },
  'schema.scanChoice': { nl: 'Kies een antwoord van de schaal.', en: 'Choose an answer on the scale.' },
  'schema.scanTooMany': { nl: 'Te veel antwoorden.', en: 'Too many answers.' },
  'schema.relationScore': { nl: 'Kies een score van 1 tot en met 4.', en: 'Choose a score from 1 to 4.' },
  'schema.reference': { nl: 'Dit is geen geldige verwijzing.', en: 'This is not a valid reference.' },
  'schema.date': {
    nl: 'Vul een datum in als JJJJ-MM-DD, bijvoorbeeld 2026-11-29.',
    en: 'Fill in a date as YYYY-MM-DD, for example 2026-11-29.',
  },
  'schema.chooseFile': { nl: 'Kies een bestand.', en: 'Choose a file.' },
  'schema.fileTooLarge': {
    nl: 'Het bestand is groter dan 5 MB. Kies een kleiner bestand.',
    en: 'The file is larger than 5 MB. Choose a smaller file.',
  },
  'schema.json': { nl: 'Dit is geen geldige JSON-tekst.', en: 'This is not valid JSON text.' },
  'schema.actionStatus': {
    nl: 'Kies een status: open, bezig, klaar of vervallen.',
    en: 'Choose a status: open, bezig (in progress), klaar (done) or vervallen (dropped).',
  },
  'schema.year2000': { nl: 'Kies een jaar tussen 2000 en 2100.', en: 'Choose a year between 2000 and 2100.' },
  'schema.calendarAddress': { nl: 'Dit agenda-adres is ongeldig.', en: 'This calendar address is not valid.' },
  'schema.phone': {
    nl: 'Een telefoonnummer bevat alleen cijfers, spaties, +, - en haakjes.',
    en: 'A phone number contains only digits, spaces, +, - and brackets.',
  },
  'schema.kvk': { nl: 'Een KvK-nummer heeft 8 cijfers.', en: 'A KvK (Chamber of Commerce) number has 8 digits.' },
  'schema.agb': { nl: 'Een AGB-code heeft 8 cijfers.', en: 'An AGB code has 8 digits.' },
  'schema.amount': { nl: 'Vul een bedrag van 0 of meer in.', en: 'Fill in an amount of 0 or more.' },
  'schema.amountTooLarge': { nl: 'Dit bedrag is te groot.', en: 'This amount is too large.' },
  'schema.maxLines': { nl: 'Hoogstens {max} regels.', en: 'At most {max} lines.' },
  'schema.budgetShape': {
    nl: 'Geef het budget als bedrag (amount) en regels (rules).',
    en: 'Give the budget as an amount (amount) and rules (rules).',
  },
  'schema.detailsShape': {
    nl: 'Geef de details als velden: responsibilities, contributions en pooledBudget.',
    en: 'Give the details as fields: responsibilities, contributions and pooledBudget.',
  },
  'schema.agreementKind': {
    nl: 'Kies een soort: besluitvorming, verantwoordelijkheden, geld, borging of overig.',
    en: 'Choose a kind: besluitvorming (decisions), verantwoordelijkheden (responsibilities), geld (money), borging (securing) or overig (other).',
  },
  'schema.decisionRule': {
    nl: 'Kies consent, meerderheid, kartrekker-na-overleg of anders.',
    en: 'Choose consent, meerderheid (majority), kartrekker-na-overleg (lead after consultation) or anders (other).',
  },
  'schema.auditDate': {
    nl: 'Geef een datum als 2025-03-01 of een tijdstip als 2025-03-01T12:00:00Z.',
    en: 'Give a date like 2025-03-01 or a moment like 2025-03-01T12:00:00Z.',
  },
  'schema.auditEntity': {
    nl: 'Geef een soort gegeven als "actor", "member" of "network".',
    en: 'Give a kind of data like "actor", "member" or "network".',
  },
  'schema.codeDigits': { nl: 'De code bestaat uit 6 cijfers.', en: 'The code has 6 digits.' },
  'schema.codeEmail': {
    nl: 'Vul het e-mailadres in waarop je de code kreeg.',
    en: 'Fill in the e-mail address you received the code at.',
  },
  'schema.codeNeeded': {
    nl: 'Vul de code van 6 cijfers uit de e-mail in.',
    en: 'Fill in the 6-digit code from the e-mail.',
  },
  'schema.tokenName': { nl: 'Geef de sleutel een naam.', en: 'Give the key a name.' },
  'schema.cardColumn': {
    nl: 'Kies een kolom: waarden, relaties, handelen, voorwaarden of acties.',
    en: 'Choose a column: waarden (values), relaties (relations), handelen (acting), voorwaarden (conditions) or acties (actions).',
  },
  'schema.consentHow': {
    nl: 'Kies hoe het akkoord is gegeven: per e-mail, op papier ondertekend of in een overleg.',
    en: 'Choose how consent was given: by e-mail, on signed paper or in a meeting.',
  },
  'schema.consentAnswer': {
    nl: 'Kies akkoord of niet akkoord.',
    en: 'Choose agree or do not agree.',
  },
  'schema.cardMode': {
    nl: 'Kies full (alle kolommen persoonlijk) of short (alleen kolom 1 persoonlijk).',
    en: 'Choose full (all columns personal) or short (only column 1 personal).',
  },
  'schema.maxSourceItems': {
    nl: 'Kies hoogstens {max} persoonlijke punten.',
    en: 'Choose at most {max} personal points.',
  },
  'schema.oneFileKind': {
    nl: 'Kies één Excel-bestand of twee CSV-bestanden.',
    en: 'Choose one Excel file or two CSV files.',
  },
  'schema.focusScore': {
    nl: 'Kies een cijfer van 1 (geen draagvlak) tot 5 (heel veel draagvlak).',
    en: 'Choose a score from 1 (no support) to 5 (a great deal of support).',
  },
  'schema.focusScores': {
    nl: 'Geef per groep een cijfer van 1 tot 5, bijvoorbeeld { "bewoners": 4 }.',
    en: 'Give a score from 1 to 5 per group, for example { "bewoners": 4 }.',
  },
  'schema.minOneTheme': { nl: 'Kies minstens één thema.', en: 'Choose at least one theme.' },
  'schema.maxThemes': { nl: 'Kies hoogstens {max} thema’s.', en: 'Choose at most {max} themes.' },
  'schema.maxSteps': {
    nl: 'Een waaromladder heeft hoogstens {max} stappen.',
    en: 'A why-ladder has at most {max} steps.',
  },
  'schema.termKind': {
    nl: 'Kies doelgroep (targetGroup) of thema (theme).',
    en: 'Choose target group (targetGroup) or theme (theme).',
  },
  'schema.hours': { nl: 'Vul een aantal uren van 0 tot 60 in.', en: 'Fill in a number of hours from 0 to 60.' },
  'schema.regionCode': {
    nl: 'Een CBS-code ziet eruit als GM0268, WK026801 of BU02680101.',
    en: 'A CBS code looks like GM0268, WK026801 or BU02680101.',
  },
  'schema.yearNeeded': { nl: 'Vul een jaartal in, bijvoorbeeld 2024.', en: 'Fill in a year, for example 2024.' },
  'schema.yearFrom': { nl: 'Vul een jaartal vanaf 1990 in.', en: 'Fill in a year from 1990 onwards.' },
  'schema.yearTo': { nl: 'Vul een jaartal tot 2100 in.', en: 'Fill in a year up to 2100.' },
  'schema.minOneArea': { nl: 'Kies minstens één gebied.', en: 'Choose at least one area.' },
  'schema.maxAreas': { nl: 'Kies hoogstens {max} gebieden.', en: 'Choose at most {max} areas.' },
  'schema.number': { nl: 'Vul een getal in, bijvoorbeeld 12,5.', en: 'Fill in a number, for example 12.5.' },
  'schema.relationQuality': {
    nl: 'Kies een cijfer van 1 (moeizaam) tot 4 (heel goed).',
    en: 'Choose a score from 1 (difficult) to 4 (very good).',
  },
  'schema.maxQuestions': {
    nl: 'Een werksessie heeft hoogstens {max} vragen.',
    en: 'A work session has at most {max} questions.',
  },
  'schema.sessionKind': {
    nl: 'Kies een soort werksessie: kaart (card), waaromladder (ladder), ideeën (ideas) of stemmen (vote).',
    en: 'Choose a kind of work session: card (card), why-ladder (ladder), ideas (ideas) or voting (vote).',
  },
  'schema.sessionColumn': {
    nl: 'Kies een kolom van de partnerschapskaart.',
    en: 'Choose a column of the partnership card.',
  },
  'schema.maxOptions': { nl: 'Geef hoogstens {max} keuzes.', en: 'Give at most {max} options.' },
  'schema.answerStatus': { nl: 'Kies pending, approved of hidden.', en: 'Choose pending, approved or hidden.' },
  'schema.mergeTwo': {
    nl: 'Kies minstens twee antwoorden om samen te voegen.',
    en: 'Choose at least two answers to merge.',
  },
  'schema.ladderPart': {
    nl: 'Kies activiteit (activity), stap (step) of doel (goal).',
    en: 'Choose activity (activity), step (step) or goal (goal).',
  },
  'schema.acceptInto': { nl: 'Kies idee (idea) of focus (focus).', en: 'Choose idea (idea) or focus (focus).' },
  'schema.screenCode': { nl: 'Vul de code in die op het scherm staat.', en: 'Fill in the code on the screen.' },
  'schema.codeLength': { nl: 'Een code heeft 6 tekens.', en: 'A code has 6 characters.' },
  'schema.guestKey': { nl: 'Deze sleutel is ongeldig.', en: 'This key is not valid.' },
  // Text hygiene (modules/common/schemas.ts `text`)
  'text.control': {
    nl: 'Deze tekst bevat een onzichtbaar stuurteken (bijvoorbeeld een NUL-teken). Haal het weg en probeer het opnieuw.',
    en: 'This text contains an invisible control character (for example a NUL character). Remove it and try again.',
  },
  'text.oneLine': {
    nl: 'Gebruik hier één regel: zonder regeleinde of tab.',
    en: 'Use one line here: no line break or tab.',
  },
  'member.actorIdNotHere': {
    nl: 'Namens welke partner iemand meedoet, stel je hier niet in. Vraag het aan bij "Namens een partner meedoen"; iemand van die partner of de kartrekker bevestigt het.',
    en: 'Which partner someone takes part for is not set here. Ask for it under "Take part for a partner"; someone of that partner or the kartrekker confirms it.',
  },
} as const;
