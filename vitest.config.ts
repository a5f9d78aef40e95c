import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Two projects: `unit` (everything but the multi-megabyte inputs), then `large` (tests/large/:
// 5 MB lines, 100 000-line diffs, whole-pipeline adversarial input), which runs last so a slow
// machine shows the ordinary failures first. `npm test` runs both.
//
// Test files share their worker process and its modules (`poolOptions.forks.isolate: false`;
// vitest reads it from the root config only): the CRF models, the dictionaries and the compiled
// rules load once per worker, not once per file, and there is no process start per file. No
// test relies on a fresh module: caches are read-only after their first load, and the one spy
// (check-rules) restores itself. vitest still gives each project its own workers. Its default
// of cores − 1 workers is one worker on a two-core machine, which leaves a core idle while a
// test waits on a child process; two is the least.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    // Hooks get the tests' budget: schema.test.ts analyses every fixture in its beforeAll.
    hookTimeout: 30_000,
    maxWorkers: Math.max(2, availableParallelism() - 1),
    poolOptions: { forks: { isolate: false } },
    setupFiles: ['tests/support/yield-between-tests.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/large/**'], sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'large', include: ['tests/large/**/*.test.ts'], sequence: { groupOrder: 1 } } },
    ],
  },
});
