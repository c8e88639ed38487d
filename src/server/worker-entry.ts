/**
 * The main file of every worker thread of the pool (src/server/worker-pool.ts): it loads the
 * tasks, says it is ready, then runs one job at a time and posts its result. A task's own error
 * becomes a failed result; anything thrown outside a task ends the thread, which the pool sees.
 */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { tasks, type Task } from './worker-tasks.js';

/**
 * Heavy work yields the CPU to the event loop: on Linux a thread has its own nice value, and this
 * thread's is raised so that the requests of other users (and /healthz) get a core first when the
 * cores are busy (docs/BENCHMARKS.md, "heavy"). A job then takes longer on a full machine, never
 * the other requests. Only on Linux: elsewhere (macOS) pid 0 would mean the whole process.
 */
const BACKGROUND_NICE = 10;
if (process.platform === 'linux') {
  try {
    setPriority(BACKGROUND_NICE);
  } catch {
    // not allowed here: the thread keeps the process's priority
  }
}

const port = parentPort!;
const extra = (workerData as { extraTasks?: string } | null)?.extraTasks;
const all: Record<string, Task> = {
  ...tasks,
  ...(extra ? ((await import(extra)) as { tasks: Record<string, Task> }).tasks : {}),
};

port.on('message', async ({ id, task, input }: { id: number; task: string; input: unknown }) => {
  try {
    const run = Object.hasOwn(all, task) ? all[task] : undefined;
    if (!run) throw new Error(`onbekende taak "${task}"`);
    port.postMessage({ id, ok: true, value: await run(input as never) });
  } catch (err) {
    port.postMessage({ id, ok: false, message: err instanceof Error ? err.message : String(err) });
  }
});
port.postMessage({ ready: true });
