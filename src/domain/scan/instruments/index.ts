/**
 * The instruments Wijknet ships. Imported as JSON modules so the server, the CLI and the web app
 * get them without reading files; checked on load, so a broken edit fails at start, not mid-round.
 */

import { checkDefinition, checkTranslation, formatProblem, type ScanDefinition } from '../definition.js';
import nl from './wijknet-samenwerkingsscan.json' with { type: 'json' };
import en from './wijknet-samenwerkingsscan.en.json' with { type: 'json' };

function load(json: unknown, name: string): ScanDefinition {
  const checked = checkDefinition(json);
  if (!checked.ok) throw new Error(`${name}: ${checked.problems.map(formatProblem).join('; ')}`);
  return checked.definition;
}

/** Wijknet's own samenwerkingsscan: the Dutch original and its English version with the same ids. */
export const WIJKNET_SCAN: Readonly<Record<'nl' | 'en', ScanDefinition>> = (() => {
  const original = load(nl, 'wijknet-samenwerkingsscan.json');
  const translation = load(en, 'wijknet-samenwerkingsscan.en.json');
  const drift = checkTranslation(original, translation);
  if (drift.length > 0) throw new Error(`wijknet-samenwerkingsscan.en.json: ${drift.map(formatProblem).join('; ')}`);
  return { nl: original, en: translation };
})();
