import { defineConfig } from 'vitest/config';

// Three projects, so that each kind of test runs the way that is cheapest for it:
// - unit: pure code (domain, CLI analysis, small helpers) in worker threads, no database;
// - integration: the app on a real database through app.inject or a local port;
// - process: tests that start `wijknet` or a fresh Node as a child process (crash, shutdown, log
//   privacy, what importing the app and the command loads, `wijknet analyse` ending with its threads).
// `npm test` runs all three on SQLite; `npm run test:pg` runs integration and process on
// PostgreSQL only (see src/test/dialects.ts). A new test file lands in integration unless it
// matches one of the other two lists.
// unit and integration share loaded modules between the files of a worker (isolate: false): the
// app is imported once per worker instead of once per file, which was most of the suite's time.
// That holds because every test builds its own app and database (src/test/harness.ts) and no test
// mocks modules; a test that does needs a project with isolate: true.
const UNIT = [
  'src/domain/**/*.test.ts',
  'src/core/**/*.test.ts',
  'src/cli/analyse.test.ts',
  'src/server/ttl-cache.test.ts',
  'web/src/**/*.test.ts',
];
const PROCESS = [
  'src/server/crash-safety.test.ts',
  'src/server/graceful-shutdown.test.ts',
  'src/server/log-privacy.test.ts',
  'src/server/lazy-imports.test.ts',
  'src/server/cluster-workers.test.ts',
  'src/cli/analyse-threads.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default', './src/test/summary-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT, pool: 'threads', isolate: false } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['src/**/*.test.ts'],
          exclude: [...UNIT, ...PROCESS],
          pool: 'forks',
          isolate: false,
        },
      },
      { extends: true, test: { name: 'process', include: PROCESS, pool: 'forks' } },
    ],
  },
});
