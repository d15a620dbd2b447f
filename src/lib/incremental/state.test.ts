import { describe, expect, test } from 'vitest';
import {
	always,
	describeOutcome,
	hashOf,
	pageFolder,
	planRender,
	stateVersion,
	type BuildState,
} from './state';

const state = (
	views: Record<string, string>,
	global = { code: 'c', topics: 't' },
): Omit<BuildState, 'images'> => ({
	version: stateVersion,
	code: global.code,
	global,
	views,
});
const previous: BuildState = { ...state({ '/': always, '/a/': 'A', '/b/': 'B' }), images: {} };

describe('planRender', () => {
	test('renders everything, saying why, without a previous build or when a global part changed', () => {
		expect(planRender(undefined, state({ '/': always }))).toMatchObject({
			mode: 'full',
			reason: 'no previous build to start from',
		});
		expect(planRender(previous, state({}, { code: 'other', topics: 't' }))).toMatchObject({
			mode: 'full',
			reason: 'the code, public files or build settings changed',
		});
		expect(planRender(previous, state({}, { code: 'c', topics: 'u' }))).toMatchObject({
			mode: 'full',
			reason: 'the topics changed',
		});
	});

	test('renders the changed, new and always pages; lists the removed ones', () => {
		const plan = planRender(previous, state({ '/': always, '/a/': 'A2', '/c/': 'C' }));
		expect(plan.mode).toBe('incremental');
		if (plan.mode !== 'incremental') return;
		expect([...plan.render].sort()).toEqual(['/', '/a/', '/c/']);
		expect(plan.changed.sort()).toEqual(['/a/', '/c/']);
		expect(plan.removed).toEqual(['/b/']);
	});

	test('an unchanged site renders only the always pages', () => {
		const plan = planRender(previous, state({ '/': always, '/a/': 'A', '/b/': 'B' }));
		expect(plan).toMatchObject({ mode: 'incremental', changed: [], removed: [] });
	});
});

test('pageFolder: where a page writes its files', () => {
	expect(pageFolder('/')).toBe('');
	expect(pageFolder('/tin-tuc/x/')).toBe('tin-tuc/x');
	expect(pageFolder('/en/404.html')).toBe('en');
	expect(pageFolder('/404.html')).toBe('');
});

test('hashOf is stable and tells values apart', () => {
	expect(hashOf({ a: 1 }, 'x')).toBe(hashOf({ a: 1 }, 'x'));
	expect(hashOf({ a: 1 }, 'x')).not.toBe(hashOf({ a: 2 }, 'x'));
	expect(hashOf('ab', 'c')).not.toBe(hashOf('a', 'bc'));
});

test('describeOutcome: which path a build took, in the words of its log', () => {
	expect(describeOutcome({ mode: 'full', reason: 'the topics changed', pages: 1318 })).toBe(
		'full (the topics changed)',
	);
	expect(
		describeOutcome({ mode: 'incremental', changed: 12, always: 19, removed: 0, pages: 1318 }),
	).toBe('incremental (12 changed page(s) and 19 always rendered of 1318, 0 removed)');
});
