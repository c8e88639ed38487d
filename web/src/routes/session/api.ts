import { ApiError, type ApiErrorBody } from '../../api/client';

/** Guest requests: same-origin JSON with the guest token in x-guest-token (guests have no account). */
export async function guestApi<T>(
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  token: string | null,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (token) headers['x-guest-token'] = token;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, { code: 'network', message: '' });
  }
  const data = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const err = (data && typeof data === 'object' && 'error' in data
      ? (data as { error: ApiErrorBody }).error
      : null) ?? { code: `http_${res.status}`, message: '' };
    throw new ApiError(res.status, err);
  }
  return data as T;
}
