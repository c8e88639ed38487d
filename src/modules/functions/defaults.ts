/**
 * The functions a neighbourhood usually has (toolbox, "Wie is wie in de wijk"), each with the
 * directory search that finds candidates when it is missing. A network edits its own copy.
 */
export const DEFAULT_FUNCTIONS: { name: string; searchQuery: string }[] = [
  { name: 'Wijkteam', searchQuery: 'wijkteam' },
  { name: 'Wijkverpleegkundige', searchQuery: 'wijkverpleging' },
  { name: 'Huisarts', searchQuery: 'huisarts' },
  { name: 'POH-GGZ (praktijkondersteuner GGZ)', searchQuery: 'praktijkondersteuner' },
  { name: 'Wmo-consulent', searchQuery: 'wmo' },
  { name: 'Sociaal werker / opbouwwerker', searchQuery: 'sociaal werk' },
  { name: 'Casemanager dementie', searchQuery: 'dementie' },
  { name: 'Mantelzorgondersteuning', searchQuery: 'mantelzorg' },
  { name: 'Wijkagent', searchQuery: 'wijkagent' },
  { name: 'Woningcorporatie', searchQuery: 'woningcorporatie' },
  { name: 'Gemeente / gebiedsregisseur', searchQuery: 'gemeente' },
  { name: 'Jongerenwerk', searchQuery: 'jongerenwerk' },
  { name: 'School', searchQuery: 'school' },
  { name: 'GGD', searchQuery: 'ggd' },
  { name: 'Vrijwilligersorganisatie', searchQuery: 'vrijwilligers' },
  { name: 'Sport', searchQuery: 'sport' },
  { name: 'Bibliotheek', searchQuery: 'bibliotheek' },
  { name: 'Geloofsgemeenschappen (kerk, moskee, …)', searchQuery: 'kerk' },
  { name: 'Lokale ondernemers', searchQuery: 'ondernemer' },
  { name: 'Bewonersinitiatieven', searchQuery: 'bewonersinitiatief' },
  { name: 'Sleutelfiguren', searchQuery: 'sleutelfiguur' },
];
