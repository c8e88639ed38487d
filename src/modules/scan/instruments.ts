import type { ScanDefinition } from '../../domain/scan/definition.js';
import { WIJKNET_SCAN } from '../../domain/scan/instruments/index.js';

/**
 * The instruments a kartrekker can choose for a round: the files in src/domain/scan/instruments,
 * each with its Dutch and English version. Another instrument is one more entry here once its
 * files are added (and its licence allows it).
 */
export const INSTRUMENTS: ReadonlyMap<string, Readonly<Record<'nl' | 'en', ScanDefinition>>> = new Map([
  [WIJKNET_SCAN.nl.id, WIJKNET_SCAN],
]);
