/**
 * Tasks for the tests of the worker pool only (passed as `extraTasks`; never loaded by the
 * server): one that answers, one that waits, one that loops for ever, and ways to crash a worker.
 */
import { threadId } from 'node:worker_threads';

const threadIdOf = () => threadId;

export const tasks = {
  'test.echo': (input: unknown) => ({ input, threadId: threadIdOf() }),
  /** Holds its worker, without giving the thread back, until the test stores 1 in `gate[0]` and notifies. */
  'test.block': (input: { gate: Int32Array }) => {
    Atomics.wait(input.gate, 0, 0);
    return { threadId: threadIdOf() };
  },
  'test.loop': () => {
    for (;;) {
      // Never returns: the pool's time budget must stop it.
    }
  },
  'test.throw': () => {
    throw new Error('expected failure inside the task');
  },
  /** An exception outside the task (as a library's stray callback would throw). */
  'test.crash': () => {
    setImmediate(() => {
      throw new Error('crash outside the task');
    });
    return new Promise(() => undefined);
  },
  'test.exit': () => process.exit(3),
  /** Grows the heap until the worker's memory limit ends it. */
  'test.oom': () => {
    const hold: number[][] = [];
    for (;;) hold.push(new Array(1_000_000).fill(hold.length));
  },
};
