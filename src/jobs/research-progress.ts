import type { Services } from '../core/registry.js';
import type { Deps } from '../modules/common/deps.js';
import { startRepeating } from './repeat.js';

/**
 * Records the phase progress of every network that takes part in research, across networks, a few
 * times a day (the last record of a month is that month's figure for researchers).
 */
export function startResearchProgressTimer(deps: Deps, research: Services['research']): () => void {
  const run = () =>
    void research
      .recordProgressAcrossNetworks()
      .catch((err: unknown) => deps.log.error({ err }, 'research progress not recorded'));
  return startRepeating(run, 5 * 60_000, 6 * 3_600_000);
}
