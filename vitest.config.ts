import { defineConfig } from 'vitest/config';

// Suites that need a real service live in files named *.pg.int.test.ts (several processes sharing
// PostgreSQL) and *.nats.int.test.ts (JetStream). They are part of the run when the service's URL
// is set — CI always sets it, and an unreachable service fails the run — and absent otherwise, so
// a run never reports skipped tests.
// The embedded soak (minutes long) runs only through `npm run test:soak`, which sets SOAK=1.
const serviceOnly = [
  ...(process.env.SOAK ? [] : ['**/*.soak.test.ts']),
  ...(process.env.DATABASE_URL ? [] : ['**/*.pg.int.test.ts']),
  ...(process.env.NATS_URL ? [] : ['**/*.nats.int.test.ts']),
  // Browser suites drive Debian's Chromium (CHROMIUM_PATH, set by CI after installing it).
  ...(process.env.CHROMIUM_PATH ? [] : ['**/*.browser.test.ts']),
  // The idle-worker count is the embedded transport's on PostgreSQL (NATS loops still poll): the
  // NATS step leaves that file out instead of reporting it skipped.
  ...(process.env.NATS_URL ? ['**/events/idle.pg.int.test.ts'] : []),
];

export default defineConfig({
  test: {
    // *.test.tsx: the dashboard's component tests (each names its DOM environment in a comment).
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['**/node_modules/**', '.nexova/**', ...serviceOnly],
    pool: 'forks',
    // A worker keeps its modules from one test file to the next: re-importing the whole app for each
    // file was half of the suite's time (the embedded run: 40 → 16 min on this 2-core machine). Tests
    // therefore must not depend on process-wide registries being empty (permissions, problem titles).
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
