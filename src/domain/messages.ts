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
} as const;

export type DomainMessageKey = keyof typeof domainMessages;
/** A parameter may itself be a text (a CSV problem inside a CBS problem). */
export interface DomainText {
  key: DomainMessageKey;
  params?: DomainParams;
}
export type DomainParams = Record<string, string | number | DomainText>;

/** The Dutch text with its parameters filled in (these texts have no plurals). */
export function dutchText(key: DomainMessageKey, params: DomainParams = {}): string {
  return domainMessages[key].nl.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? dutchText(value.key, value.params) : String(value);
  });
}

/** An error from domain code: a key and parameters, with the Dutch text as its message. */
export class DomainError extends Error {
  constructor(
    readonly key: DomainMessageKey,
    readonly params: DomainParams = {},
  ) {
    super(dutchText(key, params));
  }
}
