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
    // Most of a test's time is waiting on the bot it runs: four files at once beat three on this
    // 2-core VM, idle (251 s against 275 s) and with a core kept busy (259 s against 272 s).
    maxWorkers: 4,
    reporters: ['default'],
  },
});
