import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds build/templates.generated.ts when missing or stale (it is not committed).
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two cores: keep heavy suites (LibreOffice, Chromium, s3rver) from fighting.
    maxWorkers: 2,
  },
});
