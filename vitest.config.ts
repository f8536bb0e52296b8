import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Most of the suite's time is spent waiting (on child CLIs, simulators' generation times,
    // deadlines), not computing: one worker per core less one (vitest's default, so 1 on a 2-core
    // machine) left the CPU idle over half the time. Three files at once on 2 cores cut the wall
    // time by more than half for the same CPU time (docs/benchmarks.md, section 5). Forks, not threads:
    // threads saved no CPU here, and a test's process is then its own.
    pool: 'forks',
    maxWorkers: 3,
    // isolate stays on (a fresh process per file): off, it halved the CPU time, but one of four
    // runs lost 22 tests from the count without a failing test to show for it (docs/benchmarks.md).
  },
});
