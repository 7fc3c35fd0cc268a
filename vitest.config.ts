import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['server/test/**/*.test.ts'],
    // Each file opens its own database (a fresh PostgreSQL database or an in-memory PGlite), which takes seconds.
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default', './server/test/support/summary-reporter.ts'],
  },
});
