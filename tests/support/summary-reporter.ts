import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends the run with one plain line, "N passed, N failed, N skipped", which CI logs and humans
 * read without the colours and boxes of the default reporter.
 */
export default class SummaryReporter implements Reporter {
	onTestRunEnd(modules: ReadonlyArray<TestModule>) {
		const count = { passed: 0, failed: 0, skipped: 0 };
		for (const module of modules)
			for (const test of module.children.allTests()) {
				const state = test.result().state;
				if (state === 'passed') count.passed++;
				else if (state === 'failed') count.failed++;
				else count.skipped++;
			}
		process.stdout.write(
			`\n${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped\n`,
		);
	}
}
