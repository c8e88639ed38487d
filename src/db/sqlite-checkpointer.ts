import { startWorker } from '../core/worker-thread.js';

/**
 * Moves SQLite's write-ahead log into the database file on a thread of its own (the caller has
 * set its connection's `wal_autocheckpoint` to 0). By default the connection that commits does
 * that inside the COMMIT, on the main thread: a 30 MB commit (a 20,000-row import) took 180 ms
 * with it and 47 ms without. Not on the reader thread either: a checkpoint of such a commit takes
 * 100 ms or more, and the reads and /healthz waited behind it. `stopped` is called once when the
 * thread stops (it could not open the file, or crashed): the caller's connection must then
 * checkpoint again itself, or the log grows without end. Idle, the thread does not keep the
 * process alive.
 */
export function startCheckpointer(file: string, stopped: () => void): { close(): Promise<void> } {
  const worker = startWorker('sqlite-checkpointer-worker', import.meta.url, { workerData: { file } });
  worker.unref();
  let running = true;
  const gone = () => {
    if (!running) return;
    running = false;
    stopped();
  };
  worker.on('error', gone);
  worker.on('exit', gone);
  return {
    async close() {
      running = false;
      await worker.terminate();
    },
  };
}
