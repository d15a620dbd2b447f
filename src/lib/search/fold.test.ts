import { describe, expect, test } from 'vitest';
import {
	dWordKeys,
	phraseQueries,
	foldD,
	hasD,
	highlight,
	metaWeightsFor,
	normalizeQuery,
	unmarked,
} from './fold';

const nfd = (s: string) => s.normalize('NFD');

describe('unmarked', () => {
	test('drops tone and vowel marks and writes đ as d', () => {
		expect(unmarked('Đào tạo')).toBe('dao tao');
		expect(unmarked('giáo dục')).toBe('giao duc');
		expect(unmarked('Trường THCS Đinh Công Tráng')).toBe('truong thcs dinh cong trang');
	});

	test('leaves Hangul whole: a syllable is not a letter with marks', () => {
		expect(unmarked('한국어 시범')).toBe('한국어 시범');
		expect(dWordKeys('제1234/KH-SGDĐT호를 발표')).toEqual(['제1234khsgddt호를', 'sgddt호를']);
	});

	test('treats capitals and NFD text like lower-case NFC', () => {
		expect(unmarked('ĐÀO TẠO')).toBe('dao tao');
		expect(unmarked(nfd('Đào tạo'))).toBe('dao tao');
		expect(unmarked(nfd('ĐỘI NGŨ'))).toBe('doi ngu');
	});
});

describe('dWordKeys', () => {
	test('gives the unmarked key of every word with đ, once each', () => {
		expect(dWordKeys('Sở Giáo dục và Đào tạo tổ chức đào tạo cho đội ngũ')).toEqual(['dao', 'doi']);
	});

	test('leaves out words without đ, which Pagefind already finds without marks', () => {
		expect(dWordKeys('giáo dục phổ thông')).toEqual([]);
		expect(dWordKeys('')).toEqual([]);
	});

	test('reads capitals and pasted NFD text', () => {
		expect(dWordKeys('ĐỘI TUYỂN ĐẠT GIẢI')).toEqual(['doi', 'dat']);
		expect(dWordKeys(nfd('Được đánh giá'))).toEqual(['duoc', 'danh']);
	});

	test('keeps abbreviations whole and by their parts, as Pagefind splits them', () => {
		expect(dWordKeys('Sở GDĐT Hà Nam')).toEqual(['gddt']);
		expect(dWordKeys('Sở GD&ĐT, năm 2026-Đông')).toEqual(['gddt', 'dt', '2026dong', 'dong']);
	});

	test('ignores punctuation around words', () => {
		expect(dWordKeys('(Đồng bằng), “điểm”.')).toEqual(['dong', 'diem']);
	});
});

describe('normalizeQuery', () => {
	test('composes pasted NFD text and tidies spaces', () => {
		expect(normalizeQuery(`  ${nfd('đào  tạo')} `)).toBe('đào tạo');
		expect(normalizeQuery(nfd('Đào tạo'))).toHaveLength('Đào tạo'.length);
	});
});

describe('foldD and hasD', () => {
	test('write đ as d and keep the other marks', () => {
		expect(foldD('Đinh Công Tráng')).toBe('Dinh Công Tráng');
		expect(foldD(nfd('đào tạo'))).toBe('dào tạo');
	});

	test('tell a query with đ from one without', () => {
		expect(hasD('đào tạo')).toBe(true);
		expect(hasD(nfd('ĐÀO'))).toBe(true);
		expect(hasD('dao tao')).toBe(false);
	});
});

describe('highlight', () => {
	const marked = (text: string, query: string) =>
		highlight(text, query)
			.filter((s) => s.mark)
			.map((s) => s.text);

	test('marks words matching an unmarked query, including đ-words', () => {
		expect(marked('Sở Giáo dục và Đào tạo tổ chức đào tạo', 'dao tao')).toEqual([
			'Đào',
			'tạo',
			'đào',
			'tạo',
		]);
	});

	test('marks words matching a query with marks, capitals or NFD', () => {
		expect(marked('Ngành giáo dục Hà Nam', 'GIÁO DỤC')).toEqual(['giáo', 'dục']);
		expect(marked('Ngành giáo dục Hà Nam', nfd('giáo dục'))).toEqual(['giáo', 'dục']);
	});

	test('marks word beginnings, as Pagefind matches prefixes', () => {
		expect(marked('Schools closed', 'school')).toEqual(['Schools']);
	});

	test('keeps the whole text, in order', () => {
		const text = 'Đào tạo, bồi dưỡng (2026).';
		expect(
			highlight(text, 'dao')
				.map((s) => s.text)
				.join(''),
		).toBe(text);
		expect(highlight(text, '')).toEqual([{ text, mark: false }]);
	});
});

describe('metaWeightsFor', () => {
	test('ranks a query without đ on the unmarked title and one with đ on the title, never on both', () => {
		expect(metaWeightsFor('dao tao')).toMatchObject({ title: 0, fold_title: 5 });
		expect(metaWeightsFor('giáo dục')).toMatchObject({ title: 0, fold_title: 5 });
		expect(metaWeightsFor('Đào tạo')).toMatchObject({ title: 5, fold_title: 0 });
	});

	test('never ranks on the words of the image URL or the date', () => {
		expect(metaWeightsFor('cover 2026')).toMatchObject({ image: 0, date: 0 });
	});
});

describe('phraseQueries', () => {
	test('quotes every two neighbouring words of a query, and gives a single word none', () => {
		expect(phraseQueries('học  phí')).toEqual([['"học phí"']]);
		expect(phraseQueries('"chuyển đổi số"')).toEqual([['"chuyển đổi"'], ['"đổi số"']]);
		expect(phraseQueries('2150')).toEqual([]);
		expect(phraseQueries('"2150"')).toEqual([]);
	});

	test('tries đ for a word that begins with d in a query typed without marks', () => {
		expect(phraseQueries('dao tao nghe')).toEqual([['"dao tao"', '"đao tao"'], ['"tao nghe"']]);
		expect(phraseQueries('de Dinh')).toEqual([
			['"de Dinh"', '"de Đinh"', '"đe Dinh"', '"đe Đinh"'],
		]);
		// A d inside a word is never đ ("graduation"); a query with marks is taken as typed.
		expect(phraseQueries('graduation exam')).toEqual([['"graduation exam"']]);
		expect(phraseQueries('dạy thêm')).toEqual([['"dạy thêm"']]);
	});

	test('takes the first eight pairs of a long query', () => {
		const pairs = phraseQueries('một hai ba bốn năm sáu bảy tám chín mười');
		expect(pairs).toHaveLength(8);
		expect(pairs.at(-1)).toEqual(['"tám chín"']);
	});
});
