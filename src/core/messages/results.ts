/** Texts of the public results page (Resultaten): its errors. */
export const resultsMessages = {
  'results.notFound': {
    nl: 'Deze resultatenpagina bestaat niet (meer). Misschien is de pagina uitgezet of is er een nieuwe link gemaakt.',
    en: 'This results page does not exist (any more). The page may have been switched off, or a new link was made.',
  },
  'results.versionNeeded': {
    nl: 'Kies een vastgelegde versie van een effectmodel, of zet "Wat het oplevert" uit.',
    en: 'Choose a saved version of an effect model, or switch off "What it brought".',
  },
  'results.versionUnknown': {
    nl: 'Deze versie van het model bestaat niet. Kies een vastgelegde versie.',
    en: 'This version of the model does not exist. Choose a saved version.',
  },
  'results.notPartner': {
    nl: 'Deze organisatie doet niet (meer) mee als partner in dit netwerk.',
    en: 'This organisation does not (any longer) take part as a partner in this network.',
  },
  'results.notYourPartner': {
    nl: 'Alleen wie namens deze partner meedoet, of een kartrekker, kan dit vastleggen.',
    en: 'Only the person who acts for this partner, or a network lead, can record this.',
  },
  'results.person': {
    nl: 'Een persoon noemen we nooit bij naam op de openbare pagina.',
    en: 'A person is never named on the public page.',
  },
} as const;
