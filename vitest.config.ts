import { defineConfig } from 'vitest/config';

// Two tiers. `unit`: everything a user sees of a command's output (text, JSON, SARIF, Markdown,
// exit codes), tested by calling the commands in-process from the sources; it needs no build
// (`npm run test:unit`). `e2e` (files named *.e2e.test.ts): what only a process shows — argv
// wiring, what a run loads, signals and kills, FIFOs, permissions, the package install; it runs
// the built CLI, and builds dist/ first when dist/ is missing or older than the sources.
// `npm test` runs both in one run, with one closing line.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Every core runs tests (vitest's default leaves one free: a single worker on two cores).
    maxWorkers: '100%',
    // The default report, then one plain closing line CI can read: `N passed, N failed`.
    reporters: ['default', './test/summary-reporter.ts'],
    // Temporary folders go into one folder of the run, removed at its end (test/global-setup.ts).
    projects: [
      // The unit files share their workers' loaded modules (isolate: false), which halves the
      // tier's time: a test must not rely on a fresh copy of a module's state.
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/**/*.e2e.test.ts'], globalSetup: ['./test/global-setup.ts'], isolate: false } },
      { extends: true, test: { name: 'e2e', include: ['test/**/*.e2e.test.ts'], globalSetup: ['./test/global-setup.ts', './test/built.ts'] } },
    ],
  },
});
