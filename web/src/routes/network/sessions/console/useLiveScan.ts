import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../../../../api/client';
import type { LiveConsoleView, RoundResults, RoundView } from '../../../../api/scan-types';

/**
 * The live scan round of a werksessie for the console and the big screen: the newest round tied
 * to the session, its current question and counts, and — only once it is closed — its results.
 * `tick` changes with every scan event on the session's stream; a burst of answers is one fetch.
 */
export function useLiveScan(networkId: string, sessionId: string, tick: number) {
  const base = `/api/networks/${encodeURIComponent(networkId)}/scan`;
  const [live, setLive] = useState<LiveConsoleView | null>(null);
  const [results, setResults] = useState<RoundResults | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loaded, setLoaded] = useState(false);

  const reload = useCallback(async () => {
    try {
      const rounds = await api<RoundView[]>('GET', `${base}/rounds`);
      const mine = rounds.filter((r) => r.mode === 'session' && r.sessionId === sessionId).at(-1);
      if (!mine) {
        setLive(null);
        setResults(null);
      } else {
        const view = await api<LiveConsoleView>('GET', `${base}/rounds/${encodeURIComponent(mine.id)}/live`);
        setLive(view);
        setResults(
          view.status === 'closed'
            ? await api<RoundResults>('GET', `${base}/rounds/${encodeURIComponent(mine.id)}/results`)
            : null,
        );
      }
      setError(null);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, { code: 'network', message: '' }));
    } finally {
      setLoaded(true);
    }
  }, [base, sessionId]);

  useEffect(() => {
    const timer = setTimeout(() => void reload(), tick === 0 ? 0 : 250);
    return () => clearTimeout(timer);
  }, [reload, tick]);

  return { live, setLive, results, error, loaded, reload, base };
}
