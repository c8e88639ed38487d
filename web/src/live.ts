import { useSyncExternalStore } from 'react';
import type { ChangeEvent } from '@schemas/live';

/**
 * Live updates: one EventSource per browser. The tab holding the 'wijknet-live' lock opens the
 * stream and rebroadcasts every change to the other tabs over a BroadcastChannel. Pages ask for
 * a version number per network; it goes up when something in that network changed, which makes
 * them fetch again.
 */
export type { ChangeEvent };

const ANY = '*';
const ALL = '**';
const versions = new Map<string, number>();
const listeners = new Set<() => void>();
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('wijknet-live') : null;

function bump(key: string) {
  versions.set(key, (versions.get(key) ?? 0) + 1);
}

function dispatch(e: ChangeEvent | { type: 'resync' }) {
  bump(ANY);
  if ('networkId' in e && e.networkId) bump(e.networkId);
  else bump(ALL);
  for (const l of listeners) l();
}

channel?.addEventListener('message', (m: MessageEvent) => dispatch(m.data as ChangeEvent));

let abort: AbortController | null = null;
let source: EventSource | null = null;

function open(): EventSource {
  const es = new EventSource('/api/events');
  es.addEventListener('change', (ev) => {
    const data = JSON.parse((ev as MessageEvent<string>).data) as ChangeEvent;
    dispatch(data);
    channel?.postMessage(data);
  });
  return es;
}

export function startLive() {
  if (abort) return;
  abort = new AbortController();
  const { signal } = abort;
  const askedAt = Date.now();
  const becomeLeader = () =>
    new Promise<void>((resolve) => {
      source = open();
      if (Date.now() - askedAt > 1000) {
        // Another tab led until now and closed: catch up on anything that fell in between.
        const resync = { type: 'resync' } as const;
        dispatch(resync);
        channel?.postMessage(resync);
      }
      signal.addEventListener('abort', () => {
        source?.close();
        source = null;
        resolve();
      });
    });
  if (navigator.locks) {
    navigator.locks.request('wijknet-live', { signal }, becomeLeader).catch(() => undefined);
  } else {
    void becomeLeader();
  }
}

export function stopLive() {
  abort?.abort();
  abort = null;
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** A number that changes whenever the network (or, without an id, anything) changed live. */
export function useLiveVersion(networkId?: string): string {
  const v = (key: string) => versions.get(key) ?? 0;
  return useSyncExternalStore(subscribe, () => (networkId ? `${v(networkId)}.${v(ALL)}` : `${v(ANY)}`));
}
