import { type TestApp, ORIGIN } from './harness.js';
import { SESSION_COOKIE } from '../core/access.js';

/** Opens a streaming route over real HTTP (inject would wait forever) and returns its status. */
export async function streamStatus(
  t: TestApp,
  url: string,
  cookie?: string,
  extraHeaders: Record<string, string> = {},
): Promise<number> {
  const address = t.app.server.listening
    ? t.app.server.address()
    : await t.app.listen({ port: 0, host: '127.0.0.1' }).then(() => t.app.server.address());
  const port = typeof address === 'object' && address ? address.port : 0;
  const controller = new AbortController();
  const res = await fetch(`http://127.0.0.1:${port}${url}`, {
    headers: { ...(cookie ? { cookie: `${SESSION_COOKIE}=${cookie}`, origin: ORIGIN } : {}), ...extraHeaders },
    signal: controller.signal,
  });
  controller.abort();
  return res.status;
}
