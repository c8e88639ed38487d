/**
 * Runs `run` once after `firstMs` and then every `everyMs`, without keeping the process alive.
 * Returns a function that stops it. For the server's background jobs (reminders, retention).
 */
export function startRepeating(run: () => void, firstMs: number, everyMs: number): () => void {
  const first = setTimeout(run, firstMs);
  const every = setInterval(run, everyMs);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
