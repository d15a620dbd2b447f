import { describe, expect, test } from 'vitest';
import { isDraftBranch, previewLabel, previewUrl } from './preview-address';

describe('previewLabel', () => {
	test('a Decap draft branch becomes its collection and slug', () => {
		expect(previewLabel('cms/news/doi-moi-2026')).toBe('news-doi-moi-2026');
		expect(previewLabel('refs/heads/cms/press/thong-cao-so-3')).toBe('press-thong-cao-so-3');
	});

	test('letters a hand-made branch may hold are folded, đ included', () => {
		expect(previewLabel('cms/news/Đổi_Mới.Giáo dục')).toBe('news-doi-moi-giao-duc');
	});

	test('a long name is cut to a DNS label and keeps two branches apart', () => {
		const a = previewLabel(`cms/news/${'tuyen-sinh-lop-10-'.repeat(5)}a`);
		const b = previewLabel(`cms/news/${'tuyen-sinh-lop-10-'.repeat(5)}b`);
		expect(a.length).toBeLessThanOrEqual(63);
		expect(a).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
		expect(a).not.toBe(b);
	});

	test('a name with nothing to keep is refused', () => {
		expect(() => previewLabel('cms/---')).toThrow(/no letters or digits/);
	});
});

describe('previewUrl', () => {
	test('puts the label where the template says', () => {
		expect(previewUrl('https://{branch}.preview.example.gov.vn/', 'cms/news/a-b')).toBe(
			'https://news-a-b.preview.example.gov.vn/',
		);
	});

	test('refuses a template without {branch}, without https, or below the root', () => {
		expect(() => previewUrl('https://preview.example.gov.vn/', 'cms/news/a')).toThrow(/\{branch\}/);
		expect(() => previewUrl('http://{branch}.example.gov.vn/', 'cms/news/a')).toThrow(/https/);
		expect(() => previewUrl('https://example.gov.vn/{branch}/', 'cms/news/a')).toThrow(/root/);
	});
});

test('only cms/ branches are drafts', () => {
	expect(isDraftBranch('cms/news/a')).toBe(true);
	expect(isDraftBranch('refs/heads/cms/news/a')).toBe(true);
	expect(isDraftBranch('main')).toBe(false);
	expect(isDraftBranch('feature/cms/x')).toBe(false);
});
