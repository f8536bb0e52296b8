import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Most of the suite's time is spent waiting (on child CLIs, simulators' generation times,
    // deadlines), not computing: one worker per core less one (vitest's default, so 1 on a 2-core
    // machine) left the CPU idle half the time. Three files at once on 2 cores halved the wall
    // time for the same CPU time (docs/benchmarks.md, "The test suite"). Forks, not threads:
    // threads saved no CPU here, and a test's process is then its own.
    pool: 'forks',
    maxWorkers: 3,
  },
});
