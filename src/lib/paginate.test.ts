import { describe, expect, test } from 'vitest';
import { paginate } from './paginate';

describe('paginate', () => {
	test('splits items into full pages and a last partial one', () => {
		const pages = paginate([1, 2, 3, 4, 5], 2);
		expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
		expect(pages.every((p) => p.pageCount === 3)).toBe(true);
		expect(pages.map((p) => p.page)).toEqual([1, 2, 3]);
	});

	test('keeps one empty page for an empty list', () => {
		expect(paginate([], 10)).toEqual([{ page: 1, pageCount: 1, items: [] }]);
	});

	test('rejects a page size below one', () => {
		expect(() => paginate([1], 0)).toThrow(RangeError);
	});
});
