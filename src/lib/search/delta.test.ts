import { describe, expect, test } from 'vitest';
import type { RenderPlan } from '../incremental/state';
import { planSearch, referenceSample } from './delta';

const state = { version: 1 as const, code: 'c', global: {}, views: {} };
const incremental = (changed: string[], removed: string[] = []): RenderPlan => ({
	mode: 'incremental',
	render: new Set(changed),
	changed,
	removed,
	state,
});
const base = { '/a/': 'vi_a', '/b/': 'vi_b', '/c/': 'vi_c', '/en/a/': 'en_a' };

describe('planSearch', () => {
	test('a full build, or none before, indexes every page', () => {
		expect(planSearch({ mode: 'full', reason: 'the topics changed', state })).toEqual({
			mode: 'full',
			reason: 'the topics changed',
		});
		expect(planSearch(incremental(['/a/']), undefined)).toMatchObject({ mode: 'full' });
	});

	test('every page changed since the base stays superseded, across publications', () => {
		// The first publication withdrew /b/ (changed, no longer indexed), the second deletes /c/.
		const plan = planSearch(incremental(['/new/'], ['/c/']), { base, changed: ['/b/'] });
		expect(plan).toEqual({
			mode: 'delta',
			changed: ['/b/', '/c/', '/new/'],
			candidates: ['/b/', '/new/'],
			superseded: ['/b/', '/c/'],
		});
	});
});

describe('referenceSample', () => {
	test('the same pages from one build to the next, per language, none superseded', () => {
		const many = Object.fromEntries(
			Array.from({ length: 300 }, (_, i) => [`/p${i}/`, `${i % 3 ? 'vi' : 'en'}_${i}`]),
		);
		const sample = referenceSample(many, new Set(['/p1/']), 50);
		expect(sample).toEqual(referenceSample(many, new Set(['/p1/']), 50));
		expect(sample).toHaveLength(100);
		expect(sample).not.toContain('/p1/');
		expect(sample.filter((u) => many[u]!.startsWith('en_'))).toHaveLength(50);
	});
});
