// Fails the run when a test was skipped (`it.skip`, `ctx.skip()`, `skipIf`) or
// left as `todo` (or skipped because another is `.only`): a test that does not run proves nothing, and a skipped one
// looks green. A `-t` name filter skips the rest on purpose, so it is allowed.
import path from 'node:path';
import type { Reporter, TestModule, Vitest } from 'vitest/node';

export default class NoSkipsReporter implements Reporter {
  private vitest: Vitest | undefined;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    if (!this.vitest || this.vitest.config.testNamePattern) return;
    const root = this.vitest.config.root;
    const notRun = testModules.flatMap((m) => [...m.children.allTests('skipped')].map((t) => `${path.relative(root, m.moduleId)}: ${t.fullName}`));
    if (!notRun.length) return;
    console.error(`\n${notRun.length} test(s) did not run; no test may skip itself:\n${notRun.map((t) => `  - ${t}`).join('\n')}`);
    process.exitCode = 1;
  }
}
