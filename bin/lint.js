#!/usr/bin/env node
// `npm run lint`: ESLint, dependency-cruiser and Prettier side by side rather than one after the
// other (on 2 cores that halves the wait), each one's output printed whole when it ends, and a
// failure when any of them fails. Each check also runs alone: npm run lint:eslint, lint:deps, format:check.
import { spawn } from 'node:child_process';

const checks = ['lint:eslint', 'lint:deps', 'format:check'];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const results = await Promise.all(
  checks.map(
    (name) =>
      new Promise((resolve) => {
        const started = Date.now();
        const child = spawn(npm, ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        child.on('close', (code) => {
          const seconds = ((Date.now() - started) / 1000).toFixed(1);
          process.stdout.write(`== ${name}: ${code === 0 ? 'ok' : 'FAILED'} (${seconds} s)\n${output}`);
          resolve(code === 0);
        });
      }),
  ),
);
process.exitCode = results.every(Boolean) ? 0 : 1;
