/**
 * Texts of the sentences domain code makes, in Dutch and English. Domain code stays pure: it
 * returns a key with parameters, the server renders it in the caller's language (the server's
 * catalogue in `core/messages` takes these entries in). The Dutch fill-in is here for errors whose
 * `message` is read outside a request (the command line).
 */
export const domainMessages = {
  'csv.openQuote': {
    nl: 'Een aanhalingsteken (") wordt niet afgesloten. Zet een " aan het eind van de cel.',
    en: 'A quotation mark (") is not closed. Put a " at the end of the cell.',
  },
  'cbs.noRegions': {
    nl: 'We vinden geen gebieden in dit bestand. Kies de download van de CBS-tabel Kerncijfers wijken en buurten, met de regiocodes (GM, WK of BU).',
    en: 'We find no areas in this file. Choose the download of the CBS table Kerncijfers wijken en buurten (key figures for districts and neighbourhoods), with the region codes (GM, WK or BU).',
  },
  'cbs.csvUnreadable': {
    nl: 'Dit CSV-bestand kunnen we niet lezen (regel {line}): {problem}',
    en: 'We cannot read this CSV file (line {line}): {problem}',
  },
  'cbs.noCodeColumn': {
    nl: 'Dit bestand heeft geen kolom WijkenEnBuurten of Codering. Kies de CSV-download van de CBS-tabel Kerncijfers wijken en buurten.',
    en: 'This file has no column WijkenEnBuurten or Codering. Choose the CSV download of the CBS table Kerncijfers wijken en buurten.',
  },
  'cbs.jsonUnreadable': {
    nl: 'Dit JSON-bestand kunnen we niet lezen. Kies het bestand TypedDataSet van de CBS-tabel.',
    en: 'We cannot read this JSON file. Choose the TypedDataSet file of the CBS table.',
  },
  'cbs.noValueList': {
    nl: 'In dit JSON-bestand staat geen lijst "value". Kies het bestand TypedDataSet van de CBS-tabel.',
    en: 'This JSON file has no list "value". Choose the TypedDataSet file of the CBS table.',
  },
  'import.tooManyRows': {
    nl: '{source} heeft {rows} rijen. We lezen hoogstens {limit} rijen per werkblad of bestand: splits het bestand op.',
    en: '{source} has {rows} rows. We read at most {limit} rows per sheet or file: split the file up.',
  },
  'import.tooManyColumns': {
    nl: '{source} heeft {columns} kolommen. We lezen hoogstens {limit} kolommen: haal de kolommen weg die je niet nodig hebt.',
    en: '{source} has {columns} columns. We read at most {limit} columns: remove the columns you do not need.',
  },
  'import.cellTooLong': {
    nl: '{source}, rij {row}, kolom {column}: deze cel heeft {length} tekens. Een cel mag hoogstens {limit} tekens hebben: maak de tekst korter.',
    en: '{source}, row {row}, column {column}: this cell has {length} characters. A cell may have at most {limit} characters: make the text shorter.',
  },
  'lead.warning.no_lead': {
    nl: 'Dit netwerk heeft geen kartrekker. Een kartrekker houdt de samenwerking op gang: wijs er een aan.',
    en: 'This network has no kartrekker (lead). A kartrekker keeps the collaboration going: appoint one.',
  },
  'lead.warning.no_hours': {
    nl: 'Voor {name} zijn nog geen uren per week afgesproken. Een kartrekker heeft tijd nodig om de samenwerking te trekken: spreek af hoeveel uur, en wie die betaalt.',
    en: 'No hours per week have been agreed for {name} yet. A kartrekker needs time to lead the collaboration: agree how many hours, and who pays for them.',
  },
  'lead.warning.no_deputy': {
    nl: '{name} heeft geen vervanger. Wijs iemand aan die het overneemt bij ziekte, vakantie of vertrek.',
    en: '{name} has no deputy. Appoint someone who takes over in case of illness, holidays or leaving.',
  },
  'lead.warning.single_lead': {
    nl: 'Het netwerk leunt op één kartrekker ({name}). Als die wegvalt, staat de samenwerking stil. Zorg voor een vervanger of een tweede kartrekker.',
    en: 'The network leans on one kartrekker ({name}). If they drop out, the collaboration stops. Make sure there is a deputy or a second kartrekker.',
  },

  // The goal comparison's explanations (the goal, activities and labels are the people's own words)
  'compare.both': { nl: 'allebei', en: 'both' },
  'compare.all': { nl: 'alle {count}', en: 'all {count}' },
  'compare.group': { nl: 'Jullie willen {who}: {goal}', en: 'You {who} want: {goal}' },
  'compare.groupPairs': {
    nl: 'Jullie doelen hangen samen, maar niet ieder doel met ieder ander: {pairs}.',
    en: 'Your goals are related, but not every goal with every other: {pairs}.',
  },
  'compare.pair': { nl: '{a} en {b} delen een doel', en: '{a} and {b} share a goal' },
  'compare.sameTargetGroup': { nl: 'zelfde doelgroep: {labels}', en: 'same target group: {labels}' },
  'compare.sameTargetGroupFound': {
    nl: 'zelfde doelgroep (gevonden in de tekst): {labels}',
    en: 'same target group (found in the text): {labels}',
  },
  'compare.sameTheme': { nl: 'zelfde thema: {labels}', en: 'same theme: {labels}' },
  'compare.sameThemeFound': {
    nl: 'zelfde thema (gevonden in de tekst): {labels}',
    en: 'same theme (found in the text): {labels}',
  },
  'compare.sameHealth': {
    nl: 'zelfde dimensie van positieve gezondheid: {labels}',
    en: 'same dimension of positive health: {labels}',
  },
  'compare.sameWords': { nl: 'dezelfde woorden: {words}', en: 'the same words: {words}' },
  'compare.activitiesDiffer': {
    nl: 'Jullie beginnen bij een andere activiteit ({activities}), maar het doel erachter is hetzelfde. Welke activiteit het wordt, kunnen jullie dus samen kiezen.',
    en: 'You start from different activities ({activities}), but the goal behind them is the same. So you can choose the activity together.',
  },
  'compare.warning.theme': { nl: 'het thema {themes}', en: 'the theme {themes}' },
  'compare.warning.themes': { nl: 'de thema’s {themes}', en: 'the themes {themes}' },
  'compare.warning.words': { nl: 'de woorden {words}', en: 'the words {words}' },
  'compare.warning.sameTheme': { nl: 'hetzelfde thema', en: 'the same theme' },
  'compare.warning.found': { nl: ' (gevonden in de tekst)', en: ' (found in the text)' },
  'compare.warning': {
    nl: '{a} en {b} gebruiken dezelfde woorden ({same}), maar denken aan een andere doelgroep: {a} aan {groupsA}, {b} aan {groupsB}. Praat hier vroeg over: bedoelen jullie hetzelfde, of zijn het twee verschillende doelen?',
    en: '{a} and {b} use the same words ({same}), but have a different target group in mind: {a} thinks of {groupsA}, {b} of {groupsB}. Talk about this early: do you mean the same thing, or are these two different goals?',
  },
  'compare.unshared': {
    nl: 'Niemand anders in het netwerk heeft (nog) dit doel: {goal}.',
    en: 'Nobody else in the network has this goal (yet): {goal}.',
  },
  'compare.unsharedOtherGroup': {
    nl: 'Niemand anders in het netwerk heeft (nog) dit doel voor dezelfde doelgroep: {goal}. Dezelfde woorden staan ook bij {partners}, maar met een andere doelgroep (zie de waarschuwing).',
    en: 'Nobody else in the network has this goal for the same target group (yet): {goal}. {partners} also used the same words, but for a different target group (see the warning).',
  },
  'compare.closest': {
    nl: ' Het lijkt nog het meest op het doel van {partner}, {reason}.',
    en: ' It is most like the goal of {partner}, {reason}.',
  },
  'compare.reason.otherGroup': {
    nl: 'maar jullie denken aan een andere doelgroep',
    en: 'but you have a different target group in mind',
  },
  'compare.reason.groupDiffers': { nl: 'maar de doelgroep verschilt', en: 'but the target group differs' },
  'compare.reason.aimDiffers': {
    nl: 'maar wat jullie willen bereiken verschilt te veel',
    en: 'but what you want to achieve differs too much',
  },
  'compare.and': { nl: 'en', en: 'and' },

  // The wijkprofiel: an area compared with its municipality
  'region.buurt': { nl: 'de buurt', en: 'the neighbourhood' },
  'region.wijk': { nl: 'de wijk', en: 'the district' },
  'region.area': { nl: 'dit gebied', en: 'this area' },
  'region.shown': { nl: '{area} tegen {municipality}', en: '{area} against {municipality}' },
  // Averages and densities: a sentence of their own per indicator, so each reads as plain Dutch.
  'figure.density.more': {
    nl: 'In {place} wonen de mensen dichter op elkaar dan in de hele gemeente ({shown} inwoners per km²).',
    en: 'In {place}, people live closer together than in the whole municipality ({shown} inhabitants per km²).',
  },
  'figure.density.less': {
    nl: 'In {place} wonen de mensen ruimer dan in de hele gemeente ({shown} inwoners per km²).',
    en: 'In {place}, people live more spread out than in the whole municipality ({shown} inhabitants per km²).',
  },
  'figure.density.same': {
    nl: 'In {place} wonen ongeveer evenveel mensen per km² als in de hele gemeente ({shown}).',
    en: 'About as many people per km² live in {place} as in the whole municipality ({shown}).',
  },
  'figure.woz.more': {
    nl: 'De woningen in {place} zijn gemiddeld meer waard dan in de hele gemeente (WOZ-waarde {shown} duizend euro).',
    en: 'Homes in {place} are worth more on average than in the whole municipality (WOZ value {shown} thousand euros).',
  },
  'figure.woz.less': {
    nl: 'De woningen in {place} zijn gemiddeld minder waard dan in de hele gemeente (WOZ-waarde {shown} duizend euro).',
    en: 'Homes in {place} are worth less on average than in the whole municipality (WOZ value {shown} thousand euros).',
  },
  'figure.woz.same': {
    nl: 'De woningen in {place} zijn gemiddeld ongeveer evenveel waard als in de hele gemeente (WOZ-waarde {shown} duizend euro).',
    en: 'Homes in {place} are worth about as much on average as in the whole municipality (WOZ value {shown} thousand euros).',
  },
  'figure.income.more': {
    nl: 'Inwoners van {place} verdienen gemiddeld meer dan in de hele gemeente ({shown} duizend euro per jaar).',
    en: 'Inhabitants of {place} earn more on average than in the whole municipality ({shown} thousand euros a year).',
  },
  'figure.income.less': {
    nl: 'Inwoners van {place} verdienen gemiddeld minder dan in de hele gemeente ({shown} duizend euro per jaar).',
    en: 'Inhabitants of {place} earn less on average than in the whole municipality ({shown} thousand euros a year).',
  },
  'figure.income.same': {
    nl: 'Inwoners van {place} verdienen gemiddeld ongeveer evenveel als in de hele gemeente ({shown} duizend euro per jaar).',
    en: 'Inhabitants of {place} earn about as much on average as in the whole municipality ({shown} thousand euros a year).',
  },
  'figure.householdSize.more': {
    nl: 'Huishoudens in {place} zijn gemiddeld groter dan in de hele gemeente ({shown} personen).',
    en: 'Households in {place} are larger on average than in the whole municipality ({shown} persons).',
  },
  'figure.householdSize.less': {
    nl: 'Huishoudens in {place} zijn gemiddeld kleiner dan in de hele gemeente ({shown} personen).',
    en: 'Households in {place} are smaller on average than in the whole municipality ({shown} persons).',
  },
  'figure.householdSize.same': {
    nl: 'Huishoudens in {place} zijn gemiddeld ongeveer even groot als in de hele gemeente ({shown} personen).',
    en: 'Households in {place} are about as large on average as in the whole municipality ({shown} persons).',
  },
  'region.moreLive': {
    nl: 'In {place} wonen naar verhouding meer {what} dan in de hele gemeente ({shown}).',
    en: 'Relatively more {what} live in {place} than in the whole municipality ({shown}).',
  },
  'region.fewerLive': {
    nl: 'In {place} wonen naar verhouding minder {what} dan in de hele gemeente ({shown}).',
    en: 'Relatively fewer {what} live in {place} than in the whole municipality ({shown}).',
  },
  'region.sameLive': {
    nl: 'In {place} wonen naar verhouding ongeveer evenveel {what} als in de hele gemeente ({shown}).',
    en: 'Relatively about as many {what} live in {place} as in the whole municipality ({shown}).',
  },
  'region.moreAre': {
    nl: 'In {place} zijn naar verhouding meer {what} dan in de hele gemeente ({shown}).',
    en: 'There are relatively more {what} in {place} than in the whole municipality ({shown}).',
  },
  'region.fewerAre': {
    nl: 'In {place} zijn naar verhouding minder {what} dan in de hele gemeente ({shown}).',
    en: 'There are relatively fewer {what} in {place} than in the whole municipality ({shown}).',
  },
  'region.sameAre': {
    nl: 'In {place} zijn naar verhouding ongeveer evenveel {what} als in de hele gemeente ({shown}).',
    en: 'There are relatively about as many {what} in {place} as in the whole municipality ({shown}).',
  },
} as const;

export type DomainLang = 'nl' | 'en';

export type DomainMessageKey = keyof typeof domainMessages;
/** A parameter may itself be a text (a CSV problem inside a CBS problem). */
export interface DomainText {
  key: DomainMessageKey;
  params?: DomainParams;
}
export type DomainParams = Record<string, string | number | DomainText>;

/** A text with its parameters filled in, for domain code that writes sentences itself (no plurals here). */
export function domainText(lang: DomainLang, key: DomainMessageKey, params: DomainParams = {}): string {
  return domainMessages[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? domainText(lang, value.key, value.params) : String(value);
  });
}

export const dutchText = (key: DomainMessageKey, params: DomainParams = {}): string => domainText('nl', key, params);

/** An error from domain code: a key and parameters, with the Dutch text as its message. */
export class DomainError extends Error {
  constructor(
    readonly key: DomainMessageKey,
    readonly params: DomainParams = {},
  ) {
    super(dutchText(key, params));
  }
}
