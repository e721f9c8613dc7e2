import { defineConfig } from 'vitest/config';

/** The reliability tests: slow on purpose (thousands of saves, crashes), so run on their own. */
export default defineConfig({
  test: {
    include: ['reliability/**/*.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 60_000,
    // One at a time: they measure, and several at once on two cores would skew each other.
    fileParallelism: false,
  },
});
