import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, freshPostgresDatabase, startServer, type Server } from '../test/child.js';
import { dialects, onSqlite } from '../test/dialects.js';

interface Answer {
  status: number;
  worker: string;
  body: string;
}

/**
 * One request on a connection of its own (no keep-alive agent): node:cluster hands every new
 * connection to the next worker, so consecutive requests reach different processes.
 */
function request(baseUrl: string, method: string, path: string, headers: Record<string, string>, body?: unknown) {
  const url = new URL(path, baseUrl);
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise<Answer>((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method,
        agent: false,
        headers: {
          ...headers,
          ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, worker: String(res.headers['x-wijknet-worker'] ?? ''), body: text }),
        );
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** Opens a live stream on its own connection and collects what it says. */
function openStream(baseUrl: string, token: string) {
  const url = new URL('/api/events', baseUrl);
  const state = { text: '', worker: '', close: () => undefined as void };
  const ready = new Promise<void>((resolve, reject) => {
    const req = http.get(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        agent: false,
        headers: { authorization: `Bearer ${token}` },
      },
      (res) => {
        state.worker = String(res.headers['x-wijknet-worker'] ?? '');
        res.on('data', (d: Buffer) => {
          state.text += d.toString();
          if (state.text.includes('event: ready')) resolve();
        });
      },
    );
    req.on('error', reject);
    state.close = () => void req.destroy();
  });
  return { state, ready };
}

async function until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.runIf(onSqlite)('wijknet start --workers (SQLite)', () => {
  it('is refused with a Dutch message and exit code 2: one process owns the SQLite file', async () => {
    const result = await cli(['start', '--workers', '2'], { DATABASE_URL: '', WIJKNET_DATA_DIR: '/nonexistent' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('alleen met PostgreSQL');
  });

  it('refuses a worker count that is not a whole number from 1 to 64', async () => {
    const result = await cli(['start', '--workers', 'veel'], { DATABASE_URL: '', WIJKNET_DATA_DIR: '/nonexistent' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--workers moet een heel getal');
  });
});

const onPostgres = dialects.includes('postgres');
describe.skipIf(!onPostgres)(
  `wijknet start --workers 2 on PostgreSQL${onPostgres ? '' : ' (skipped: needs TEST_DIALECTS=postgres and TEST_DATABASE_URL)'}`,
  () => {
    let server: Server;
    let database: { url: string; drop(): Promise<void> };
    let token: string;
    const env: NodeJS.ProcessEnv = { SMTP_URL: '', LOG_LEVEL: 'warn', WIJKNET_EXPOSE_WORKER_ID: '1' };

    beforeAll(async () => {
      database = await freshPostgresDatabase(process.env.TEST_DATABASE_URL!, 'wijknet_workers');
      env.DATABASE_URL = database.url;
      const made = await cli(['token', 'create', '--email', 'kim@voorbeeld.nl'], env);
      expect(made.code).toBe(0);
      token = made.stdout.trim().split('\n').pop()!;
      server = await startServer(env, 60_000, ['start', '--workers', '2']);
      // Both workers listen once two different processes have answered.
      const seen = new Set<string>();
      const deadline = Date.now() + 30_000;
      while (seen.size < 2 && Date.now() < deadline) {
        const answer = await request(server.baseUrl, 'GET', '/healthz', {}).catch(() => undefined);
        if (answer?.status === 200) seen.add(answer.worker);
      }
      expect(seen.size, 'two workers answered').toBe(2);
    }, 120_000);

    afterAll(async () => {
      if (server) {
        server.proc.kill('SIGTERM');
        const exit = await server.exited;
        expect(exit.code).toBe(0);
      }
      await database?.drop();
    }, 60_000);

    it('answers from two different processes on one port', async () => {
      const workers = new Set<string>();
      for (let i = 0; i < 6 && workers.size < 2; i++)
        workers.add((await request(server.baseUrl, 'GET', '/healthz', {})).worker);
      expect(workers.size).toBe(2);
      expect([...workers].every((w) => /^\d+$/.test(w))).toBe(true);
    });

    it('a change made through one worker reaches a live stream held by the other', async () => {
      const auth = { authorization: `Bearer ${token}` };
      const created = await request(server.baseUrl, 'POST', '/api/networks', auth, {
        name: 'Netwerk over twee processen',
        areaLevel: 'wijk',
        areaName: 'Centrum',
      });
      expect(created.status).toBe(201);
      const networkId = (JSON.parse(created.body) as { id: string }).id;

      const { state, ready } = openStream(server.baseUrl, token);
      try {
        await ready;
        expect(state.worker).toMatch(/^\d+$/);

        // Changes on new connections until one is made by the worker that does not hold the stream.
        let other: { actorId: string; worker: string } | undefined;
        for (let i = 0; i < 10 && !other; i++) {
          const made = await request(server.baseUrl, 'POST', `/api/networks/${networkId}/actors`, auth, {
            kind: 'initiative',
            name: `Initiatief ${i}`,
            domain: 'bewoners',
          });
          expect(made.status).toBe(201);
          if (made.worker !== state.worker) {
            other = { actorId: (JSON.parse(made.body) as { id: string }).id, worker: made.worker };
          }
        }
        expect(other, 'no change landed on the other worker').toBeDefined();
        await until(() => state.text.includes(other!.actorId), 'the change on the stream');
        expect(state.text).toContain(`"networkId":"${networkId}"`);
      } finally {
        state.close();
      }
    });

    it('a sign-in rate limit counts the attempts of both workers together', async () => {
      const answers: Answer[] = [];
      // Five requests per address per window are allowed; alternate connections share them out.
      for (let i = 0; i < 6; i++) {
        answers.push(await request(server.baseUrl, 'POST', '/api/auth/request', {}, { email: 'teller@voorbeeld.nl' }));
      }
      expect(answers.slice(0, 5).map((a) => a.status)).toEqual([202, 202, 202, 202, 202]);
      // Each worker alone saw at most three: only a shared counter refuses the sixth.
      expect(new Set(answers.map((a) => a.worker)).size).toBe(2);
      expect(answers[5]!.status).toBe(429);
    });
  },
);
