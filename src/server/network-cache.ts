import type { LiveHub } from './live.js';

/**
 * A per-process cache of data read for a whole network, emptied by the live events every change
 * already publishes (in this process at once, in other processes through NOTIFY). The time
 * limit bounds staleness should an event ever be missed, e.g. while a LISTEN connection is
 * being replaced.
 */
export class NetworkCache<T> {
  private readonly entries = new Map<string, { value: Promise<T>; expires: number }>();

  constructor(
    live: LiveHub,
    private readonly options: { ttlMs: number; maxEntries: number },
  ) {
    live.onChange((event) => {
      if (event.networkId) this.entries.delete(event.networkId);
      // A person-level change (a new name, a deleted account) can show in any network.
      else this.entries.clear();
    });
  }

  get(networkId: string, load: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = this.entries.get(networkId);
    if (hit && hit.expires > now) return hit.value;
    const value = load();
    const entry = { value, expires: now + this.options.ttlMs };
    this.entries.set(networkId, entry);
    // A failed load is not kept.
    value.catch(() => {
      if (this.entries.get(networkId) === entry) this.entries.delete(networkId);
    });
    if (this.entries.size > this.options.maxEntries) {
      this.entries.delete(this.entries.keys().next().value!);
    }
    return value;
  }
}
