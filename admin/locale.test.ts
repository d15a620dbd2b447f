// The locales Decap's bundle registers (decap-cms-locales, untyped; its UMD build needs a window).
// @ts-expect-error: no types
import en from 'decap-cms-locales/dist/esm/en/index.js';
// @ts-expect-error: no types
import decapVi from 'decap-cms-locales/dist/esm/vi/index.js';
import { describe, expect, test } from 'vitest';
import { phrases, translateValue } from './locale';

/** Every key path of a nested dictionary, as "a.b.c". */
function keys(dictionary: object, prefix = ''): string[] {
	return Object.entries(dictionary).flatMap(([key, value]) =>
		typeof value === 'object' ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
	);
}
const lookup = (dictionary: object, path: string) =>
	path.split('.').reduce<unknown>((d, k) => (d as Record<string, unknown>)?.[k], dictionary);

describe('the Vietnamese admin dictionary', () => {
	test('has every key of Decap’s English one, so no English falls through', () => {
		expect(keys(en).filter((k) => lookup(phrases, k) === undefined)).toEqual([]);
	});

	test('fills what Decap’s own Vietnamese misses', () => {
		const missing = keys(en).filter((k) => lookup(decapVi, k) === undefined);
		expect(missing.length).toBeGreaterThan(20);
		for (const key of missing) expect(lookup(phrases, key), key).not.toBe(lookup(en, key));
	});

	test('keeps every placeholder of the English text', () => {
		for (const key of keys(en)) {
			const wanted = String(lookup(en, key)).match(/%\{\w+\}/g) ?? [];
			const got = String(lookup(phrases, key)).match(/%\{\w+\}/g) ?? [];
			expect(new Set(got), key).toEqual(new Set(wanted));
		}
	});

	test('says "Trạng thái", not the cut "Trạng"', () => {
		expect(phrases.editor.editorToolbar.status).toBe('Trạng thái: %{status}');
	});
});

describe('hard-coded English rewritten after render', () => {
	test('translates known values and leaves the rest alone', () => {
		expect(translateValue('Select...')).toBe('Chọn…');
		expect(translateValue('Ô text')).toBe('Ô đoạn văn');
		expect(translateValue('Remove Đội ngũ nhà giáo')).toBe('Bỏ Đội ngũ nhà giáo');
		expect(translateValue('Tiêu đề')).toBeUndefined();
	});
});
