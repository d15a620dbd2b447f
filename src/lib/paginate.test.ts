import { describe, expect, test } from 'vitest';
import { paginate } from './paginate';

/** Items n … 1, newest first (item 1 is the oldest). */
const newestFirst = (n: number) => Array.from({ length: n }, (_, i) => n - i);

describe('paginate', () => {
	test('numbers archive pages from the oldest; the first page holds the rest and the newest full page', () => {
		const pages = paginate(newestFirst(11), 2);
		expect(pages).toEqual([
			{ items: [11, 10, 9], older: 4 },
			{ archive: 4, items: [8, 7], newer: 'first', older: 3 },
			{ archive: 3, items: [6, 5], newer: 4, older: 2 },
			{ archive: 2, items: [4, 3], newer: 3, older: 1 },
			{ archive: 1, items: [2, 1], newer: 2, older: undefined },
		]);
	});

	test('never moves an item between archive pages when newer items arrive', () => {
		const archived = (n: number) =>
			new Map(
				paginate(newestFirst(n), 3)
					.filter((p) => p.archive !== undefined)
					.map((p) => [p.archive, p.items]),
			);
		for (let n = 1; n < 40; n++) {
			const before = archived(n);
			const after = archived(n + 1);
			for (const [k, items] of before)
				expect(after.get(k), `${n} → ${n + 1}, page ${k}`).toEqual(items);
			// At most one archive page appears, and every item is on exactly one page.
			expect(after.size - before.size).toBeLessThanOrEqual(1);
			expect(paginate(newestFirst(n), 3).flatMap((p) => p.items)).toEqual(newestFirst(n));
		}
	});

	test('shows a short list whole on the first page', () => {
		expect(paginate(newestFirst(5), 3)).toEqual([{ items: [5, 4, 3, 2, 1], older: undefined }]);
	});

	test('keeps one empty page for an empty list', () => {
		expect(paginate([], 10)).toEqual([{ items: [], older: undefined }]);
	});

	test('rejects a page size below one', () => {
		expect(() => paginate([1], 0)).toThrow(RangeError);
	});
});
