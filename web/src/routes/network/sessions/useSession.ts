import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError } from '../../../api/client';
import { openSessionStream } from '../../session/stream';
import type { AnswerView, ConsoleView, StreamMessage } from '../../../api/session-types';

/** The kartrekker's view of one session, kept live over the session's own event stream. */
export function useSessionConsole(networkId: string, sessionId: string) {
  const path = `/api/networks/${encodeURIComponent(networkId)}/sessions/${encodeURIComponent(sessionId)}`;
  const [data, setData] = useState<ConsoleView | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [connected, setConnected] = useState(true);
  // A live scan's changes (question moved, one more answered, closed): the scan part fetches its own view.
  const [scanTick, setScanTick] = useState(0);

  const reload = useCallback(async () => {
    try {
      setData(await api<ConsoleView>('GET', path));
      setError(null);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, { code: 'network', message: '' }));
    }
  }, [path]);

  // Many phones joining at once: one fetch per burst, not one per phone.
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const reloadSoon = useCallback(() => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      void reload();
    }, 250);
  }, [reload]);

  useEffect(() => {
    void reload();
    const close = openSessionStream(
      `${path}/events`,
      {},
      {
        onSync: () => {
          void reload();
          setScanTick((n) => n + 1);
        },
        onStatus: setConnected,
        onGone: () => void reload(),
        onMessage: (m: StreamMessage) => {
          if (m.type === 'session.votes' && m.votes) {
            const votes = m.votes;
            setData((d) => (d ? { ...d, votes } : d));
          } else if (m.type === 'session.answer' && m.answer && 'status' in m.answer) {
            const answer = m.answer as AnswerView;
            setData((d) => {
              if (!d) return d;
              const exists = d.answers.some((a) => a.id === answer.id);
              return {
                ...d,
                answers: exists ? d.answers.map((a) => (a.id === answer.id ? answer : a)) : [...d.answers, answer],
              };
            });
          } else if (m.type.startsWith('session.scan')) {
            setScanTick((n) => n + 1);
          } else {
            reloadSoon();
          }
        },
      },
    );
    return () => {
      close();
      // A reload still waiting would fetch this session after the page moved on.
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
    };
  }, [path, reload, reloadSoon]);

  return { data, setData, error, reload, connected, path, scanTick };
}

export const qrSrc = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

/** The code as people read it aloud: ABC DEF. */
export const spacedCode = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`;
