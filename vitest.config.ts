import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two cores: keep heavy suites (LibreOffice, Chromium, s3rver) from fighting.
    maxWorkers: 2,
  },
});
