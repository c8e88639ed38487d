import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * A worker thread running `entry`, a module next to the caller. The server runs compiled
 * JavaScript (dist/server); tests and benches run the TypeScript source through tsx, and then the
 * worker loads its entry through tsx's API. (`--import tsx` in a worker's execArgv does not
 * register tsx's hooks in the worker on Node 20.) `from` is the caller's `import.meta.url`.
 */
export function startWorker(name: string, from: string, options: WorkerOptions = {}): Worker {
  const fromSource = from.endsWith('.ts');
  const entry = new URL(`./${name}${fromSource ? '.ts' : '.js'}`, from);
  if (!fromSource) return new Worker(entry, options);
  // tsx's ES module build of the API, found next to the CommonJS one that require.resolve names.
  const cjs = createRequire(import.meta.url).resolve('tsx/esm/api');
  const api = pathToFileURL(cjs.replace(/index\.cjs$/, 'index.mjs')).href;
  const boot = `import(${JSON.stringify(api)}).then((m) => m.tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(from)}))`;
  return new Worker(boot, { ...options, eval: true });
}
