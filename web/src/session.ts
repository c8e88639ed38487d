import { useSyncExternalStore } from 'react';
import { get, onUnauthenticated, post } from './api/client';
import type { MeResponse, SessionResponse } from './api/types';
import { setLocale } from './i18n';
import { startLive, stopLive } from './live';

/** undefined while we ask the server, null when nobody is signed in. */
let me: MeResponse | null | undefined;
const listeners = new Set<() => void>();

/** Left by older versions of the app; no longer read (the session answer says who is signed in). */
const OLD_HINT_KEY = 'wijknet-signed-in';

function forgetOldHint() {
  try {
    localStorage.removeItem(OLD_HINT_KEY);
  } catch {
    /* ignore */
  }
}

function set(next: MeResponse | null) {
  me = next;
  if (next) startLive();
  else stopLive();
  for (const l of listeners) l();
}

export function setMe(next: MeResponse) {
  if (next.locale) setLocale(next.locale);
  set(next);
}

/**
 * Asks the server who is signed in. The answer is always 200 (user null when nobody is), so a
 * signed-out visitor causes no 401 in the console and a valid session cookie is always recognised.
 */
export async function loadMe(): Promise<void> {
  forgetOldHint();
  try {
    const { user } = await get<SessionResponse>('/api/auth/session');
    if (user) setMe(user);
    else set(null);
  } catch {
    // Unreachable: show the signed-out pages.
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
