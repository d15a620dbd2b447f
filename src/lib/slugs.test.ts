import { describe, expect, test } from 'vitest';
import { slugify } from './slugs';

describe('slugify', () => {
	test('removes Vietnamese tone marks and turns đ into d', () => {
		expect(slugify('Đổi mới giáo dục phổ thông 2026')).toBe('doi-moi-giao-duc-pho-thong-2026');
		expect(slugify('Sở Giáo dục và Đào tạo Hà Nam')).toBe('so-giao-duc-va-dao-tao-ha-nam');
	});

	test('handles every Vietnamese vowel with every tone', () => {
		expect(slugify('àáảãạ ằắẳẵặ ầấẩẫậ èéẻẽẹ ềếểễệ ìíỉĩị òóỏõọ ồốổỗộ ờớởỡợ ùúủũụ ừứửữự ỳýỷỹỵ')).toBe(
			'aaaaa-aaaaa-aaaaa-eeeee-eeeee-iiiii-ooooo-ooooo-ooooo-uuuuu-uuuuu-yyyyy',
		);
		expect(slugify('ĂÂÊÔƠƯĐ')).toBe('aaeooud');
	});

	test('gives the same slug for composed (NFC) and decomposed (NFD) input', () => {
		const title = 'Kỳ thi tốt nghiệp THPT';
		expect(slugify(title.normalize('NFD'))).toBe(slugify(title.normalize('NFC')));
		expect(slugify(title)).toBe('ky-thi-tot-nghiep-thpt');
	});

	test('collapses punctuation and spaces into single hyphens', () => {
		expect(slugify('  Năm học 2026–2027: "khai giảng"!  ')).toBe('nam-hoc-2026-2027-khai-giang');
	});

	test('cuts long titles at a word boundary', () => {
		const slug = slugify('Tăng cường công tác chính trị tư tưởng trong toàn ngành giáo dục', 30);
		expect(slug.length).toBeLessThanOrEqual(30);
		expect(slug).toBe('tang-cuong-cong-tac-chinh-tri');
	});

	test('returns an empty string when nothing is left', () => {
		expect(slugify('!!!')).toBe('');
	});
});
