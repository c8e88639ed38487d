/**
 * What the server process does with an error nobody caught.
 *
 * - A promise rejected without a handler (`unhandledRejection`): some background work failed
 *   (a timer's job, a fire-and-forget call). The process's state is intact, every request has its
 *   own error handling, so we log it and keep serving.
 * - An exception thrown out of an event handler or timer (`uncaughtException`): the process may be
 *   half-way through changing something and its state is unknown. We log it, stop taking requests,
 *   let the ones in flight finish (at most CLOSE_GRACE_MS) and exit with code 1, so the supervisor
 *   (systemd, the container runtime) starts a fresh process. Nothing acknowledged is lost: every
 *   answered write is committed in the database.
 *
 * The log holds the error's kind, code, message and stack, with e-mail addresses taken out — never
 * the error's other fields (PostgreSQL's `detail` quotes the values of a row).
 */
export const CLOSE_GRACE_MS = 10_000;

interface Log {
  error(obj: object, msg: string): void;
  fatal(obj: object, msg: string): void;
}

const EMAIL = /[^\s<>()"'@,;:]+@[^\s<>()"'@,;:]+\.[a-z]{2,}/gi;

export function describeError(err: unknown): { type: string; code?: string; message: string; stack?: string } {
  const e = err instanceof Error ? err : new Error(String(err));
  const code = (e as { code?: unknown }).code;
  return {
    type: e.name,
    ...(typeof code === 'string' ? { code } : {}),
    message: e.message.replace(EMAIL, '…'),
    ...(e.stack ? { stack: e.stack.replace(EMAIL, '…') } : {}),
  };
}

export function processGuards(deps: {
  log: Log;
  close: () => Promise<void>;
  exit: (code: number) => void;
  graceMs?: number;
}) {
  let exiting = false;
  return {
    onUnhandledRejection(reason: unknown): void {
      deps.log.error({ error: describeError(reason) }, 'unhandled promise rejection; still serving');
    },
    onUncaughtException(err: unknown, origin?: string): void {
      deps.log.fatal({ error: describeError(err), origin }, 'uncaught exception; closing and exiting for a restart');
      if (exiting) return;
      exiting = true;
      const force = setTimeout(() => deps.exit(1), deps.graceMs ?? CLOSE_GRACE_MS);
      force.unref();
      void deps
        .close()
        .catch(() => undefined)
        .finally(() => {
          clearTimeout(force);
          deps.exit(1);
        });
    },
  };
}
