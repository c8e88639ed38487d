import { describe, expect, it } from 'vitest';
import { TtlCache } from '../core/ttl-cache.js';

describe('TtlCache', () => {
  it('does not bring back a value whose load was running when the cache was cleared', async () => {
    const cache = new TtlCache<string>({ ttlMs: 10_000, maxEntries: 10 });
    let release!: (v: string) => void;
    const slow = cache.get('k', () => new Promise((r) => (release = r)));
    cache.clear(); // e.g. a sign-out event arrives while the session is being looked up
    release('signed in');
    expect(await slow).toBe('signed in');
    expect(await cache.get('k', async () => 'signed out')).toBe('signed out');
  });

  it('shares one load between requests that miss together, and forgets a failed load', async () => {
    const cache = new TtlCache<number>({ ttlMs: 10_000, maxEntries: 10 });
    let loads = 0;
    const load = async () => ++loads;
    expect(await Promise.all([cache.get('k', load), cache.get('k', load)])).toEqual([1, 1]);
    await expect(cache.get('x', async () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    expect(await cache.get('x', async () => 7)).toBe(7);
  });
});
