import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // A fork per worker runs file after file (no per-file process and module graph: a third of
    // the suite's CPU). Files share modules, so a test restores what it changes (env, timers).
    isolate: false,
    maxWorkers: 3,
    reporters: ['default'],
  },
});
