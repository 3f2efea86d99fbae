import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    // The machines are shared and noisy (2 cores): a test measures correctness, never speed.
    testTimeout: 60_000,
  },
});
