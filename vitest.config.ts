import { defineConfig } from 'vitest/config';

// Two projects: `unit` (everything but the multi-megabyte inputs), then `large` (tests/large/:
// 5 MB lines, 100 000-line diffs, whole-pipeline adversarial input), which runs last so a slow
// machine shows the ordinary failures first. `npm test` runs both.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    setupFiles: ['tests/support/yield-between-tests.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/large/**'], sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'large', include: ['tests/large/**/*.test.ts'], sequence: { groupOrder: 1 } } },
    ],
  },
});
