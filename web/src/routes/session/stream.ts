import type { StreamMessage } from '../../api/session-types';

/**
 * Server-Sent Events over fetch, so a guest can send its token as a header (EventSource cannot).
 * Reconnects by itself with Last-Event-ID; `onSync` runs on every (re)connect and on a bare
 * replayed event, so the page fetches the state afresh and misses nothing.
 */
export function openSessionStream(
  url: string,
  headers: Record<string, string>,
  handlers: {
    onMessage: (m: StreamMessage) => void;
    onSync: () => void;
    onStatus?: (connected: boolean) => void;
    onGone?: () => void;
  },
): () => void {
  let lastId = '';
  let stopped = false;
  let controller: AbortController | null = null;
  let delay = 1000;

  const run = async () => {
    while (!stopped) {
      controller = new AbortController();
      try {
        const res = await fetch(url, {
          headers: { accept: 'text/event-stream', ...headers, ...(lastId ? { 'last-event-id': lastId } : {}) },
          credentials: 'same-origin',
          signal: controller.signal,
        });
        if (res.status === 401 || res.status === 404) {
          handlers.onGone?.();
          return;
        }
        if (!res.ok || !res.body) throw new Error(String(res.status));
        handlers.onStatus?.(true);
        delay = 1000;
        if (lastId) handlers.onSync();
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let cut: number;
          while ((cut = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, cut);
            buffer = buffer.slice(cut + 2);
            let event = 'message';
            let data = '';
            for (const line of block.split('\n')) {
              if (line.startsWith('id: ')) lastId = line.slice(4);
              else if (line.startsWith('event: ')) event = line.slice(7);
              else if (line.startsWith('data: ')) data = line.slice(6);
            }
            if (!data) continue;
            if (event === 'ready') {
              handlers.onSync();
              continue;
            }
            const message = JSON.parse(data) as StreamMessage;
            if (Object.keys(message).length === 1) handlers.onSync();
            else handlers.onMessage(message);
          }
        }
      } catch {
        /* dropped or aborted: try again below */
      }
      if (stopped) return;
      handlers.onStatus?.(false);
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 10_000);
    }
  };
  void run();
  return () => {
    stopped = true;
    controller?.abort();
  };
}

const TOKEN_PREFIX = 'wijknet-sessie:';

export function storedToken(code: string): string | null {
  try {
    return localStorage.getItem(TOKEN_PREFIX + code);
  } catch {
    return null;
  }
}

export function storeToken(code: string, token: string) {
  try {
    localStorage.setItem(TOKEN_PREFIX + code, token);
    localStorage.setItem('wijknet-sessie-laatst', code);
  } catch {
    /* private mode: the phone rejoins as a new guest */
  }
}

export const normaliseCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, '');
