import { describe, expect, it } from 'vitest';
import { describeError, processGuards } from './process-guard.js';

function fakeLog() {
  const lines: { level: string; obj: object; msg: string }[] = [];
  return {
    lines,
    log: {
      error: (obj: object, msg: string) => void lines.push({ level: 'error', obj, msg }),
      fatal: (obj: object, msg: string) => void lines.push({ level: 'fatal', obj, msg }),
    },
  };
}

describe('process guards', () => {
  it('an unhandled rejection is logged without e-mail addresses or row values, and the process goes on', () => {
    const { lines, log } = fakeLog();
    const exits: number[] = [];
    const guards = processGuards({ log, close: async () => undefined, exit: (c) => void exits.push(c) });
    const err = Object.assign(new Error('duplicate key for kim.de.vries@voorbeeld.nl'), {
      code: '23505',
      detail: 'Key (email)=(kim.de.vries@voorbeeld.nl) already exists.',
    });
    guards.onUnhandledRejection(err);
    expect(exits).toEqual([]);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.level).toBe('error');
    const logged = JSON.stringify(lines[0]!.obj);
    expect(logged).not.toContain('voorbeeld.nl');
    expect(logged).toContain('duplicate key for …');
    expect(logged).toContain('23505');
  });

  it('an uncaught exception closes the server and exits with 1, once', async () => {
    const { lines, log } = fakeLog();
    const exits: number[] = [];
    let closed = 0;
    const guards = processGuards({ log, close: async () => void closed++, exit: (c) => void exits.push(c) });
    guards.onUncaughtException(new TypeError('boom'), 'uncaughtException');
    guards.onUncaughtException(new TypeError('again'), 'uncaughtException');
    await new Promise((r) => setTimeout(r, 10));
    expect(closed).toBe(1);
    expect(exits).toEqual([1]);
    expect(lines.map((l) => l.level)).toEqual(['fatal', 'fatal']);
  });

  it('exits after the grace time even when closing hangs', async () => {
    const { log } = fakeLog();
    const exits: number[] = [];
    const guards = processGuards({
      log,
      close: () => new Promise(() => undefined),
      exit: (c) => void exits.push(c),
      graceMs: 20,
    });
    guards.onUncaughtException(new Error('stuck'));
    await new Promise((r) => setTimeout(r, 60));
    expect(exits).toEqual([1]);
  });

  it('describes things thrown that are not errors', () => {
    expect(describeError('plain text')).toMatchObject({ type: 'Error', message: 'plain text' });
  });
});
