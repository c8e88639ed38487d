// The heavy jobs of bench/heavy-healthz.mjs: how one is asked for and judged, and (run as a child
// process) the loops that keep them running. The loops run in a process of their own so that
// receiving megabytes of PDF, XLSX and JSON never delays the probes' own event loop: the probes
// would otherwise measure the bench, not the server.
import http from 'node:http';
import { fileURLToPath } from 'node:url';

/** A heavy job without an answer after this long hangs (the pool's own time budget is 20 s). */
export const HANG_MS = 30_000;
/** After a 503 a heavy job waits this long before it asks again (not the full Retry-After: the load must stay on). */
const BUSY_PAUSE_MS = 250;

/** What a good answer to each job starts with (cheap checks: the loops must not load the bench). */
const CHECKS = {
  analysis: (body) => body.subarray(0, 1).toString() === '{' && body.includes('"centrality":[{'),
  funder: (body) => body.subarray(0, 5).toString() === '%PDF-',
  kumu: (body) => body.subarray(0, 2).toString() === 'PK',
  plan: (body) => body.subarray(0, 5).toString() === '%PDF-',
};

export function get(base, pathname, headers, agent, timeoutMs) {
  const url = new URL(pathname, base);
  const start = performance.now();
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: 'GET',
        agent,
        headers,
        timeout: timeoutMs,
      },
      (res) => {
        const chunks = [];
        res.on('data', (d) => chunks.push(d));
        res.on('error', () => resolve({ status: 0, error: 'aborted', ms: performance.now() - start }));
        res.on('end', () =>
          resolve({
            status: res.statusCode,
            retryAfter: res.headers['retry-after'],
            body: Buffer.concat(chunks),
            ms: performance.now() - start,
          }),
        );
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (err) => resolve({ status: 0, error: err.message, ms: performance.now() - start }));
    req.end();
  });
}

/** What one answer to a heavy job was: ok, busy (503 with or without Retry-After), hang, or another error. */
export function classify(job, res) {
  if (res.status === 0) return res.error === 'timeout' ? 'hang' : 'error';
  if (res.status === 503) return res.retryAfter ? 'busy' : 'busyWithoutRetryAfter';
  if (res.status !== 200) return 'error';
  try {
    return CHECKS[job.name](res.body) ? 'ok' : 'error';
  } catch {
    return 'error';
  }
}

/** Runs `job` again and again until `deadline`; returns its answers. */
async function loop(base, headers, job, deadline, agent) {
  const out = { ok: [], busy: 0, busyWithoutRetryAfter: 0, hang: 0, error: [] };
  while (performance.now() < deadline) {
    const res = await get(base, job.path, headers, agent, HANG_MS);
    const kind = classify(job, res);
    if (kind === 'ok') out.ok.push(res.ms);
    else if (kind === 'error') out.error.push(`${res.status || res.error} ${res.body?.toString().slice(0, 200) ?? ''}`);
    else out[kind]++;
    if (kind === 'busy' || kind === 'busyWithoutRetryAfter') await new Promise((r) => setTimeout(r, BUSY_PAUSE_MS));
  }
  return out;
}

// As a child process: one message { base, headers, jobs, seconds } in, the loops' answers out.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.once('message', async ({ base, headers, jobs, seconds }) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
    const deadline = performance.now() + seconds * 1000;
    const done = await Promise.all(jobs.map((job) => loop(base, headers, job, deadline, agent)));
    agent.destroy();
    process.send(done, () => process.exit(0));
  });
}
