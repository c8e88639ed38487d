import { useSyncExternalStore } from 'react';
import { get, onUnauthenticated, post } from './api/client';
import type { MeResponse } from './api/types';
import { setLocale } from './i18n';
import { startLive, stopLive } from './live';

/** undefined while we ask the server, null when nobody is signed in. */
let me: MeResponse | null | undefined;
const listeners = new Set<() => void>();

const HINT_KEY = 'wijknet-signed-in';

/** A hint (not a secret) that this browser has a session, so signed-out visitors skip a 401. */
function setHint(on: boolean) {
  try {
    if (on) localStorage.setItem(HINT_KEY, '1');
    else localStorage.removeItem(HINT_KEY);
  } catch {
    /* ignore */
  }
}

function hasHint(): boolean {
  try {
    return localStorage.getItem(HINT_KEY) === '1';
  } catch {
    return true;
  }
}

function set(next: MeResponse | null) {
  me = next;
  setHint(Boolean(next));
  if (next) startLive();
  else stopLive();
  for (const l of listeners) l();
}

export function setMe(next: MeResponse) {
  if (next.locale) setLocale(next.locale);
  set(next);
}

export async function loadMe(): Promise<void> {
  if (!hasHint()) {
    set(null);
    return;
  }
  try {
    setMe(await get<MeResponse>('/api/me'));
  } catch {
    // Signed out (401) or unreachable: show the signed-out pages either way.
    set(null);
  }
}

export async function signOut(): Promise<void> {
  try {
    await post('/api/auth/logout');
  } finally {
    set(null);
  }
}

export function forgetMe() {
  set(null);
}

onUnauthenticated(() => {
  if (me) set(null);
});

export function useMe(): MeResponse | null | undefined {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => me,
  );
}

const RETURN_KEY = 'wijknet-return-to';

/** Where to go after signing in; kept in storage because the mail link may open in a new tab. */
export function rememberReturn(path: string | null) {
  try {
    if (path && path.startsWith('/') && !path.startsWith('//')) localStorage.setItem(RETURN_KEY, path);
    else localStorage.removeItem(RETURN_KEY);
  } catch {
    /* ignore */
  }
}

export function takeReturn(): string {
  try {
    const path = localStorage.getItem(RETURN_KEY);
    localStorage.removeItem(RETURN_KEY);
    if (path && path.startsWith('/') && !path.startsWith('//')) return path;
  } catch {
    /* ignore */
  }
  return '/';
}
