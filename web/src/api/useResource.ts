import { useCallback, useEffect, useState } from 'react';
import { ApiError, get } from './client';
import { useLiveVersion } from '../live';

interface State<T> {
  path: string | null;
  data?: T;
  error?: ApiError;
}

/**
 * Fetches `path` and fetches it again whenever something changes live in `networkId` (or, when
 * `networkId` is undefined, anywhere). Keeps showing the previous data while it refreshes.
 */
export function useResource<T>(path: string | null, networkId?: string) {
  const live = useLiveVersion(networkId);
  const [state, setState] = useState<State<T>>({ path });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!path) return;
    let cancelled = false;
    get<T>(path).then(
      (data) => !cancelled && setState({ path, data }),
      (error: unknown) =>
        !cancelled &&
        setState((s) => ({
          path,
          data: s.path === path ? s.data : undefined,
          error: error instanceof ApiError ? error : new ApiError(0, { code: 'network', message: '' }),
        })),
    );
    return () => {
      cancelled = true;
    };
  }, [path, live, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  const same = state.path === path;
  return { data: same ? state.data : undefined, error: same ? state.error : undefined, reload };
}
