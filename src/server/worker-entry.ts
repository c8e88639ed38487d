/**
 * The main file of every worker thread of the pool (src/server/worker-pool.ts): it loads the
 * tasks, says it is ready, then runs one job at a time and posts its result. A task's own error
 * becomes a failed result; anything thrown outside a task ends the thread, which the pool sees.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { tasks, type Task } from './worker-tasks.js';

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
