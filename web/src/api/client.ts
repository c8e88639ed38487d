/** A small typed client for the Wijknet API: same-origin JSON, errors as ApiError. */
import { getLocale } from '../i18n';

export interface ApiErrorBody {
  code: string;
  message: string;
  fields?: Record<string, string>;
  current?: unknown;
  [key: string]: unknown;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.message);
  }
  get code() {
    return this.body.code;
  }
  get fields(): Record<string, string> {
    return this.body.fields ?? {};
  }
}

const unauthenticatedListeners = new Set<() => void>();
export function onUnauthenticated(listener: () => void) {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export async function api<T>(method: Method, path: string, body?: unknown): Promise<T> {
  // The server writes its messages in the UI's language.
  const init: RequestInit = {
    method,
    credentials: 'same-origin',
    headers: { accept: 'application/json', 'accept-language': getLocale() },
  };
  if (body !== undefined) {
    init.headers = { ...init.headers, 'content-type': 'application/json' };
    init.body = JSON.stringify(body);
  }
  let res: Response;
  try {
    res = await fetch(path, init);
  } catch {
    throw new ApiError(0, { code: 'network', message: '' });
  }
  if (res.status === 204 || res.status === 202) {
    return (res.status === 202 ? await res.json().catch(() => ({})) : undefined) as T;
  }
  const data = await res.json().catch(() => null);
  if (!res.ok) {
    const err = (data && typeof data === 'object' && 'error' in data
      ? (data as { error: ApiErrorBody }).error
      : null) ?? {
      code: 'http_' + res.status,
      message: '',
    };
    if (res.status === 401) for (const l of unauthenticatedListeners) l();
    throw new ApiError(res.status, err);
  }
  return data as T;
}

export const get = <T>(path: string) => api<T>('GET', path);
export const post = <T>(path: string, body: unknown = {}) => api<T>('POST', path, body);
export const patch = <T>(path: string, body: unknown) => api<T>('PATCH', path, body);
export const put = <T>(path: string, body: unknown) => api<T>('PUT', path, body);
export const del = (path: string) => api<void>('DELETE', path);
