/**
 * Every text of the verankeren module a user reads, in one place, so the switch to message keys
 * (the i18n branch) is mechanical.
 */
export const MAX_RUNS_API = 10_000;
export const DEFAULT_RUNS = 10_000;

export const TEXT = {
  priceMissing: 'Deze prijs staat niet (meer) op de lijst.',
  modelMissing: 'Dit effectmodel bestaat niet (meer).',
  versionMissing: 'Deze versie van het model bestaat niet.',
  modelInvalid: 'Het model klopt nog niet. Kijk de velden met een melding na.',
  modelTooLarge: 'Het model is te groot (meer dan 500 kB). Splits het in kleinere modellen.',
  unknownGoal: 'Koppel alleen doelen van dit netwerk.',
  unknownPrice: 'Koppel alleen prijzen van de prijslijst van dit netwerk.',
  annotation: 'Een koppeling of bron klopt niet: goalId en priceItemId zijn verwijzingen, indicator en sources tekst.',
  coFundingTitle: (model: string) => `Cofinanciering: ${model}`,
  coFundingBody: (total: string) => `Samen investeren we ${total} (contante waarde). Zo verdelen we dat.`,
  unknownParty: (party: string) => `"${party}" investeert niet en heeft geen baat in dit model.`,
} as const;
