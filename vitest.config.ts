import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Temporary folders go into one folder of the run, removed at its end.
    globalSetup: ['./test/global-setup.ts'],
    // The default report, then one plain closing line CI can read: `N passed, N failed`.
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
