import type { ScanDefinition } from '../../domain/scan/definition.js';
import { today } from '../common/dates.js';
import type { RoundRow } from './repository.js';

/** Answers are taken up to and including the closing date; a round past it is closed without anyone closing it. */
export const isClosed = (round: Pick<RoundRow, 'closed_at' | 'closes_on'>, day = today()) =>
  round.closed_at !== null || round.closes_on < day;

export const definitionsOf = (round: RoundRow) => ({
  nl: JSON.parse(round.definition) as ScanDefinition,
  en: JSON.parse(round.definition_en) as ScanDefinition,
});

/** The definition with the round's switched-off items left out (dimensions without items go too). */
export function activeDefinition(definition: ScanDefinition, disabled: ReadonlySet<string>): ScanDefinition {
  return {
    ...definition,
    dimensions: definition.dimensions
      .map((d) => ({ ...d, items: d.items.filter((i) => !disabled.has(i.id)) }))
      .filter((d) => d.items.length > 0),
  };
}
