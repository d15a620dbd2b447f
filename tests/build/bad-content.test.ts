import { afterAll, describe, expect, test } from 'vitest';
import { badContentCases, type FailingCase, type HandledCase } from './bad-content';
import { readResults } from './builds';
import { Dist } from './dist';

/** The bad-content matrix (tests/build/bad-content.ts): each case fails clearly or is handled. */
const results = readResults();
const failing = badContentCases.filter((c): c is FailingCase => c.outcome === 'fails');
const handled = badContentCases.filter((c): c is HandledCase => c.outcome === 'handled');
// Colour codes would split the words the messages are searched for.
const plain = (s: string) => s.replace(/\u001b\[[\d;]*m/g, '');

afterAll(() => {
	console.log(
		`bad-content matrix: ${badContentCases.length} cases, ${failing.length} fail the build, ${handled.length} handled by rule`,
	);
	for (const c of badContentCases)
		console.log(
			`  ${c.name.padEnd(32)} ${c.outcome === 'fails' ? 'fails  ' : 'handled'} ${c.what}${c.outcome === 'handled' ? ` → ${c.rule}` : ''}`,
		);
});

test('has at least 25 cases, each named once', () => {
	expect(badContentCases.length).toBeGreaterThanOrEqual(25);
	expect(new Set(badContentCases.map((c) => c.name)).size).toBe(badContentCases.length);
});

describe.each(failing)('$name ($what)', (c) => {
	const result = results[`bad-${c.name}`]!;
	const output = plain(result.output);

	test('fails the build', () => {
		expect(result.status).not.toBe(0);
	});

	test('names the file, the field and the fix', () => {
		expect(output).toContain(c.file);
		if (c.field) expect(output).toContain(c.field);
		expect(output).toContain(c.says);
	});
});

describe('content handled by rule', () => {
	const result = results['bad-handled']!;
	test('builds', () => {
		expect(result.status, plain(result.output).slice(-3000)).toBe(0);
	});
	test.each(handled)('$name: $rule', (c) => {
		c.check(new Dist(result.outDir));
	});
});
