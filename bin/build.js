#!/usr/bin/env node
// Compiles the server (tsc) and the web app (vite) into dist/ when they are missing or older
// than their sources, so `npm start` and the `wijknet` command always run compiled JavaScript.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, 'dist', '.built');

// Every `wijknet` command runs this check first, so it is kept cheap: one recursive listing and
// one stat per file (a walk with a listing per directory took twice as long). The listing's paths
// are joined with a plain "/" (fine on Windows too): path.join made the check 40 % slower.
function newestMtime(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) continue;
    const stat = fs.statSync(`${entry.parentPath}/${entry.name}`, { throwIfNoEntry: false });
    if (stat) newest = Math.max(newest, stat.mtimeMs);
  }
  return newest;
}

export function isStale() {
  if (!fs.existsSync(stamp)) return true;
  if (!fs.existsSync(path.join(root, 'src'))) return false;
  const built = fs.statSync(stamp).mtimeMs;
  return ['src', 'web'].some((d) => newestMtime(path.join(root, d)) > built);
}

export function build({ quiet = false } = {}) {
  // Loaded here, not above: every `wijknet` command imports this file to check the build, and
  // node:child_process alone takes longer to load than that check.
  const { execFileSync } = createRequire(import.meta.url)('node:child_process');
  const log = (m) => quiet || process.stderr.write(`${m}\n`);
  const bin = (name) => path.join(root, 'node_modules', '.bin', name);
  log('Wijknet wordt gebouwd (server)…');
  fs.rmSync(path.join(root, 'dist', 'server'), { recursive: true, force: true });
  execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  log('Wijknet wordt gebouwd (web-app)…');
  // Always a production build, also when started from a test runner that sets NODE_ENV=test.
  execFileSync(bin('vite'), ['build', '--config', 'web/vite.config.ts', '--logLevel', quiet ? 'error' : 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  fs.writeFileSync(stamp, new Date().toISOString());
  log('Klaar.');
}

export function ensureBuilt(options) {
  if (isStale()) build(options);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  if (process.argv.includes('--force')) build();
  else ensureBuilt();
}
