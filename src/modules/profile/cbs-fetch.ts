/**
 * Asks CBS open data for JSON, with a time limit. Module-private: the profile service turns what
 * comes back (or does not) into figures or a Dutch message; nothing here decides what to keep.
 */
export type FetchOutcome =
  | { ok: true; body: unknown }
  | { ok: false; reason: 'unreachable' | 'timeout' | 'missing' | 'badAnswer'; status?: number };

export async function getJson(url: string, timeoutMs: number): Promise<FetchOutcome> {
  let res: Response;
  try {
    res = await fetch(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'follow',
    });
  } catch (err) {
    const name = (err as { name?: string }).name;
    return { ok: false, reason: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'unreachable' };
  }
  if (res.status === 404) {
    await res.body?.cancel();
    return { ok: false, reason: 'missing', status: 404 };
  }
  if (!res.ok) {
    await res.body?.cancel();
    return { ok: false, reason: 'badAnswer', status: res.status };
  }
  try {
    return { ok: true, body: JSON.parse((await res.text()).replace(/^\uFEFF/, '')) as unknown };
  } catch (err) {
    const name = (err as { name?: string }).name;
    if (name === 'TimeoutError' || name === 'AbortError') return { ok: false, reason: 'timeout' };
    return { ok: false, reason: 'badAnswer', status: res.status };
  }
}
