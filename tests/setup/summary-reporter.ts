import type { Reporter, SerializedError, TestModule } from "vitest/node";

/**
 * Ends the run with one plain line, `N passed, N failed, N skipped`, that any CI can read, and
 * fails a run that ran no test or hit an error outside the tests (a global setup that crashed
 * is otherwise reported but can leave the exit code at 0).
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>) {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const testModule of testModules) {
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") counts.passed += 1;
        else if (state === "failed") counts.failed += 1;
        else counts.skipped += 1;
      }
    }
    console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
    if (unhandledErrors.length > 0 || counts.passed + counts.failed === 0) {
      console.error(
        unhandledErrors.length
          ? `The run failed: ${unhandledErrors.length} error(s) outside the tests (see above).`
          : "The run failed: no test ran.",
      );
      process.exitCode = 1;
    }
  }
}
