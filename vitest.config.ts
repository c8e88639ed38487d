import { defineConfig } from 'vitest/config';

// Three projects, so that each kind of test runs the way that is cheapest for it:
// - unit: pure code (domain, CLI analysis, small helpers) in worker threads, no database;
// - integration: the app on a real database through app.inject or a local port;
// - process: tests that start `wijknet` as a child process (crash, shutdown, log privacy).
// `npm test` runs all three on SQLite; `npm run test:pg` runs integration and process on
// PostgreSQL only (see src/test/dialects.ts). A new test file lands in integration unless it
// matches one of the other two lists.
const UNIT = ['src/domain/**/*.test.ts', 'src/core/**/*.test.ts', 'src/cli/analyse.test.ts', 'src/server/ttl-cache.test.ts'];
const PROCESS = ['src/server/crash-safety.test.ts', 'src/server/graceful-shutdown.test.ts', 'src/server/log-privacy.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default', './src/test/summary-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT, pool: 'threads' } },
      { extends: true, test: { name: 'integration', include: ['src/**/*.test.ts'], exclude: [...UNIT, ...PROCESS], pool: 'forks' } },
      { extends: true, test: { name: 'process', include: PROCESS, pool: 'forks' } },
    ],
  },
});
