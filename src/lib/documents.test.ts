import { describe, expect, test } from 'vitest';
import { documentTypes } from '~/schemas/documents';
import { documentTypeSlugs, matches, typeCounts, usedFilters, yearCounts } from './documents';

const doc = (docType: (typeof documentTypes)[number], issued: string) => ({
	data: { docType, issued: new Date(issued) },
});
const docs = [
	doc('thong-tu', '2026-03-01T00:00:00+07:00'),
	doc('quyet-dinh', '2026-08-20T00:00:00+07:00'),
	// 00:30 on 1 January in Vietnam is still 31 December in UTC: the register must say 2025, not 2024.
	doc('quyet-dinh', '2025-01-01T00:30:00+07:00'),
];

describe('document filters', () => {
	test('years are Vietnam years, newest first, with counts', () => {
		expect(yearCounts(docs)).toEqual([
			{ year: 2026, count: 2 },
			{ year: 2025, count: 1 },
		]);
		expect(yearCounts([doc('chi-thi', '2026-01-01T00:30:00+07:00')])).toEqual([
			{ year: 2026, count: 1 },
		]);
	});

	test('types in the register order, only those present', () => {
		expect(typeCounts(docs)).toEqual([
			{ type: 'thong-tu', count: 1 },
			{ type: 'quyet-dinh', count: 2 },
		]);
	});

	test('pages exist only for combinations that list something', () => {
		const filters = usedFilters(docs);
		expect(filters).toContainEqual({ type: 'quyet-dinh', year: 2025 });
		expect(filters).not.toContainEqual({ type: 'thong-tu', year: 2025 });
		expect(filters).toHaveLength(1 + 2 + 2 + 3);
		for (const f of filters) expect(docs.some((d) => matches(d, f))).toBe(true);
	});

	test('every type has a distinct URL slug in every locale', () => {
		for (const slugs of Object.values(documentTypeSlugs)) {
			expect(Object.keys(slugs).sort()).toEqual([...documentTypes].sort());
			expect(new Set(Object.values(slugs)).size).toBe(documentTypes.length);
			for (const s of Object.values(slugs)) expect(s).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
		}
	});
});
