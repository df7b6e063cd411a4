import type { Reporter, TestCase, TestModule, TestSuite } from 'vitest/node';

/** Whether a test did not run because its file or one of its suites failed (a hook, the import). */
function brokenAbove(test: TestCase): boolean {
  for (let at: TestSuite | TestModule = test.parent; ; at = at.parent) {
    if (at.errors().length > 0) return true;
    if (at.type === 'module') return false;
  }
}

/**
 * Ends a run with the plain line CI reads: `N passed, N failed` (`, N skipped` when any), over
 * both tiers. A test that did not run because a hook or its file failed counts as failed, and so
 * does a file that failed before it declared any test.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      const tests = [...module.children.allTests()];
      if (tests.length === 0 && module.errors().length > 0) failed++;
      for (const test of tests) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed' || brokenAbove(test)) failed++;
        else skipped++;
      }
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  }
}
