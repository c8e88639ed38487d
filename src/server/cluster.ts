import cluster, { type Worker } from 'node:cluster';

/** First wait before a worker that died is started again; doubles per quick death. */
const RESTART_FIRST_MS = 250;
const RESTART_MAX_MS = 30_000;
/** A worker that ran this long counts as healthy: the next restart waits the shortest time again. */
const HEALTHY_AFTER_MS = 30_000;
/** How long workers get to finish their requests after SIGTERM before they are killed. */
const SHUTDOWN_GRACE_MS = 30_000;

export interface SupervisorLog {
  info(msg: string): void;
  warn(msg: string): void;
}

/**
 * The primary of `wijknet start --workers N`: forks N processes that each run the whole server
 * and share the port (node:cluster hands each new connection to the next worker in turn). It
 * serves no requests itself. A worker that dies is started again, waiting longer after each
 * quick death (250 ms up to 30 s), so a worker that crashes at start-up does not spin the CPU.
 * SIGTERM/SIGINT go to every worker, which finish their requests and close their streams (the
 * same graceful shutdown as a single process); the primary exits 0 once they are gone.
 *
 * Everything the workers share lives in PostgreSQL: live updates (LISTEN/NOTIFY), rate limits
 * (counters in rate_limits), sessions, and the background jobs' claims. See docs/OPERATIONS.md.
 */
export function superviseWorkers(count: number, log: SupervisorLog): Promise<number> {
  let stopping = false;
  let delay = RESTART_FIRST_MS;
  const startedAt = new Map<Worker, number>();
  const slots = new Map<Worker, number>();

  const fork = (slot: number) => {
    const worker = cluster.fork({ WIJKNET_WORKER_SLOT: String(slot) });
    startedAt.set(worker, Date.now());
    slots.set(worker, slot);
  };

  return new Promise<number>((resolve) => {
    cluster.on('exit', (worker, code, signal) => {
      const slot = slots.get(worker) ?? 0;
      const ranMs = Date.now() - (startedAt.get(worker) ?? Date.now());
      startedAt.delete(worker);
      slots.delete(worker);
      if (stopping) {
        if (Object.keys(cluster.workers ?? {}).length === 0) resolve(0);
        return;
      }
      if (ranMs >= HEALTHY_AFTER_MS) delay = RESTART_FIRST_MS;
      log.warn(
        `Werkproces ${slot + 1} (pid ${worker.process.pid}) is gestopt (${signal ?? `code ${code}`}); ` +
          `over ${delay} ms start een nieuw.`,
      );
      const wait = delay;
      delay = Math.min(delay * 2, RESTART_MAX_MS);
      setTimeout(() => {
        if (!stopping) fork(slot);
      }, wait);
    });

    const stop = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      log.info(`${signal}: de werkprocessen ronden af en stoppen.`);
      const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => Boolean(w));
      if (workers.length === 0) return resolve(0);
      for (const w of workers) w.process.kill('SIGTERM');
      // A worker that hangs does not keep the primary (and a deploy) waiting forever.
      setTimeout(() => {
        for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGKILL');
      }, SHUTDOWN_GRACE_MS).unref();
    };
    process.on('SIGTERM', () => stop('SIGTERM'));
    process.on('SIGINT', () => stop('SIGINT'));

    for (let slot = 0; slot < count; slot++) fork(slot);
  });
}

/** Whether this process is a worker forked by `wijknet start --workers N`. */
export const isClusterWorker = () => cluster.isWorker;
