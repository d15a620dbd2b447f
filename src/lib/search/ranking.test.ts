import { describe, expect, test } from 'vitest';
import { rankingFigures, rankingReport, rankOf, reciprocalRank } from './ranking';

describe('reciprocalRank', () => {
	test('is 1/rank, and 0 for a page not found', () => {
		expect(reciprocalRank(1)).toBe(1);
		expect(reciprocalRank(4)).toBe(0.25);
		expect(reciprocalRank(null)).toBe(0);
	});

	test('refuses ranks that do not start at 1', () => {
		expect(() => reciprocalRank(0)).toThrow(RangeError);
		expect(() => reciprocalRank(1.5)).toThrow(RangeError);
	});
});

describe('rankOf', () => {
	test('counts from 1, and says null when the page is absent', () => {
		expect(rankOf(['/a/', '/b/', '/c/'], '/a/')).toBe(1);
		expect(rankOf(['/a/', '/b/', '/c/'], '/c/')).toBe(3);
		expect(rankOf(['/a/', '/b/'], '/z/')).toBeNull();
	});
});

describe('rankingFigures', () => {
	test('gives the top-1 rate, the mean reciprocal rank and the entries meeting their rank', () => {
		const figures = rankingFigures([
			{ kind: 'phrase', required: 1, rank: 1 },
			{ kind: 'phrase', required: 1, rank: 2 },
			{ kind: 'd', required: 3, rank: 3 },
			{ kind: 'english', required: 3, rank: null },
		]);
		expect(figures).toEqual({
			count: 4,
			top1: 1,
			top1Rate: 0.25,
			mrr: (1 + 1 / 2 + 1 / 3 + 0) / 4,
			meeting: 2,
		});
	});

	test('is all zeros for no entries rather than NaN', () => {
		expect(rankingFigures([])).toEqual({ count: 0, top1: 0, top1Rate: 0, mrr: 0, meeting: 0 });
	});
});

describe('rankingReport', () => {
	test('reports each kind present on its own, beside the overall figures', () => {
		const report = rankingReport([
			{ kind: 'number', required: 1, rank: 1 },
			{ kind: 'number', required: 1, rank: 5 },
			{ kind: 'english', required: 3, rank: 2 },
		]);
		expect(report.overall.count).toBe(3);
		expect(report.overall.mrr).toBeCloseTo((1 + 0.2 + 0.5) / 3);
		expect(Object.keys(report.byKind)).toEqual(['number', 'english']);
		expect(report.byKind.number).toMatchObject({ count: 2, top1: 1, top1Rate: 0.5, meeting: 1 });
		expect(report.byKind.english).toMatchObject({ count: 1, top1: 0, mrr: 0.5, meeting: 1 });
	});
});
