import type { Live } from './events.js';
import { TtlCache } from './ttl-cache.js';

/**
 * A per-process cache of data read for a whole network, emptied by the live events every change
 * already publishes (in this process at once, in other processes through NOTIFY). The time
 * limit bounds staleness should an event ever be missed, e.g. while a LISTEN connection is
 * being replaced.
 */
export class NetworkCache<T> extends TtlCache<T> {
  constructor(live: Live, options: { ttlMs: number; maxEntries: number }) {
    super(options);
    live.onChange((event) => {
      if (event.networkId) this.delete(event.networkId);
      // A person-level change (a new name, a deleted account) can show in any network.
      else this.clear();
    });
  }
}
