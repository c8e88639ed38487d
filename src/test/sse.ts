import type { FastifyInstance } from 'fastify';
import { SESSION_COOKIE } from '../core/access.js';

/** The app's base URL for fetch, listening on a free port first if it does not listen yet. */
export async function baseUrlOf(app: Pick<FastifyInstance, 'listen' | 'server'>): Promise<string> {
  if (!app.server.listening) await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

export interface SseMessage {
  id?: string;
  event: string;
  data: string;
}

/**
 * A small Server-Sent Events reader over fetch, as a browser's EventSource would read (or the
 * phone's fetch-based reader, which sends its guest token as a header).
 */
export class SseClient {
  readonly messages: SseMessage[] = [];
  private readonly controller = new AbortController();
  private waiters: (() => void)[] = [];
  /** Set when the server ended the stream (not when close() aborted it). */
  endedByServer = false;

  /** A person's stream of all their networks (`/api/events`), signed in with a session cookie. */
  static open(baseUrl: string, cookie: string, lastEventId?: string): Promise<SseClient> {
    return SseClient.connect(`${baseUrl}/api/events`, {
      cookie: `${SESSION_COOKIE}=${cookie}`,
      ...(lastEventId ? { 'last-event-id': lastEventId } : {}),
    });
  }

  /** Any stream, with the headers given; throws unless the answer is a 200 with a body. */
  static async connect(url: string, headers: Record<string, string> = {}): Promise<SseClient> {
    const client = new SseClient();
    const res = await fetch(url, { headers, signal: client.controller.signal });
    if (res.status !== 200 || !res.body) throw new Error(`SSE status ${res.status}: ${await res.text()}`);
    void client.pump(res.body);
    return client;
  }

  private async pump(body: ReadableStream<Uint8Array>) {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of body) {
        buffer += decoder.decode(chunk, { stream: true });
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const msg: SseMessage = { event: 'message', data: '' };
          let hasData = false;
          for (const line of block.split('\n')) {
            if (line.startsWith('id: ')) msg.id = line.slice(4);
            else if (line.startsWith('event: ')) msg.event = line.slice(7);
            else if (line.startsWith('data: ')) {
              msg.data = line.slice(6);
              hasData = true;
            }
          }
          if (hasData) {
            this.messages.push(msg);
            this.waiters.splice(0).forEach((w) => w());
          }
        }
      }
      this.endedByServer = true;
    } catch {
      // Aborted by close().
    }
    this.waiters.splice(0).forEach((w) => w());
  }

  /**
   * Waits until the server ends the stream; "nothing more arrives" is then checked on what came
   * before the end, without sleeping.
   */
  async waitForEnd(timeoutMs = 3000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.endedByServer) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`stream still open after ${timeoutMs} ms; got ${JSON.stringify(this.messages)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async waitFor(predicate: (m: SseMessage) => boolean, timeoutMs = 3000): Promise<SseMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find(predicate);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching event within ${timeoutMs} ms; got ${JSON.stringify(this.messages)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  close() {
    this.controller.abort();
  }
}
