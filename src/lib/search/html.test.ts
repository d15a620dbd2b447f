import { describe, expect, test } from 'vitest';
import { foldFields, indexedText, prepareForIndex, separateParts } from './html';

const page = (body: string) =>
	`<!doctype html><html lang="vi"><head><title>Đề thi</title></head><body><header>Sở Giáo dục và Đào tạo</header>${body}<footer>Địa chỉ</footer></body></html>`;

const article = page(
	'<nav>Điều hướng</nav><article data-pagefind-body><h1>Đào tạo giáo viên</h1><p>Đợt bồi dưỡng</p><p>cho đội ngũ</p>' +
		'<form><label>Đăng ký</label></form><aside data-pagefind-ignore>Đọc thêm</aside><footer>Đề mục</footer></article>',
);

describe('indexedText', () => {
	test('reads the title and the body the way Pagefind does', () => {
		expect(indexedText(article)).toEqual({
			title: 'Đào tạo giáo viên',
			body: 'Đào tạo giáo viên Đợt bồi dưỡng cho đội ngũ',
		});
	});

	test('keeps words of neighbouring blocks apart and inline elements joined', () => {
		const html = page('<main data-pagefind-body><p>Đào</p><p>tạo <strong>Đ</strong>ội</p></main>');
		expect(indexedText(html)?.body).toBe('Đào tạo Đội');
	});

	test('decodes entities', () => {
		expect(indexedText(page('<div data-pagefind-body><p>GD&amp;ĐT</p></div>'))?.body).toBe('GD&ĐT');
	});

	test('is undefined for a page without data-pagefind-body', () => {
		expect(indexedText(page('<main><h1>Đào tạo</h1></main>'))).toBeUndefined();
	});
});

describe('foldFields', () => {
	test('splits the keys between the title and the rest of the body', () => {
		expect(
			foldFields({
				title: 'Đào tạo giáo viên',
				body: 'Đào tạo giáo viên Đợt bồi dưỡng cho đội ngũ',
			}),
		).toEqual({
			fold_title: 'dao tao giao vien',
			fold: 'dot doi',
		});
	});
});

describe('prepareForIndex', () => {
	/** What Pagefind is handed for a page whose bodies are `bodies`, with `meta` spans after them. */
	const handed = (bodies: string, meta = '') =>
		`<!doctype html><html lang="vi"><body>${bodies}${meta}</body></html>`;

	test('hands over the bodies as built, in their language, with the fold fields as metadata', () => {
		const body = article.slice(article.indexOf('<article'), article.indexOf('</article>') + 10);
		expect(prepareForIndex(article)).toBe(
			handed(
				body,
				'<span data-pagefind-meta="fold_title:dao tao giao vien"></span><span data-pagefind-meta="fold:dot doi"></span>',
			),
		);
	});

	test('leaves out what Pagefind does not read: header, menus, footer outside the bodies', () => {
		const out = prepareForIndex(article)!;
		for (const outside of ['<title>', 'Điều hướng', 'Địa chỉ', 'Sở Giáo dục'])
			expect(out).not.toContain(outside);
	});

	test('adds the unmarked title to a page without đ-words, and no field of syllable pairs', () => {
		const body = '<article data-pagefind-body><h1>Giáo viên</h1><p>Bồi dưỡng</p></article>';
		expect(prepareForIndex(page(body))).toBe(
			handed(body, '<span data-pagefind-meta="fold_title:giao vien"></span>'),
		);
		const untitled = '<article data-pagefind-body><p>Học</p></article>';
		expect(prepareForIndex(page(untitled))).toBe(handed(untitled));
	});

	test('skips pages that are not indexed', () => {
		expect(prepareForIndex(page('<main>Đào tạo</main>'))).toBeUndefined();
	});
});

describe('separateParts', () => {
	test('gives a facts box the punctuation a reader expects in an excerpt', () => {
		expect(
			separateParts(
				'<dl><dt>Loại văn bản</dt><dd>Công văn</dd><dt>Số, ký hiệu</dt><dd lang="vi">2150/SGDĐT</dd><dt>Hạn:</dt><dd>Xong.</dd></dl>',
			),
		).toBe(
			'<dl><dt>Loại văn bản:</dt> <dd>Công văn.</dd> <dt>Số, ký hiệu:</dt> <dd lang="vi">2150/SGDĐT.</dd> <dt>Hạn:</dt> <dd>Xong.</dd> </dl>',
		);
	});

	test('separates list items, table cells and rows', () => {
		expect(
			separateParts(
				'<ul><li>Một</li><li>Hai;</li></ul><table><tr><th>Môn</th><th>Điểm</th></tr><tr><td>Toán</td><td>7,12</td></tr></table>',
			),
		).toBe(
			'<ul><li>Một.</li> <li>Hai;</li> </ul><table><tr><th>Môn</th> <th>Điểm.</th> </tr> <tr><td>Toán</td> <td>7,12.</td> </tr> </table>',
		);
	});

	test('puts the mark against the last word, inside the elements that close there', () => {
		// After the closing tags the mark stood apart in excerpts: "Một ." and "7,12 . ."
		expect(separateParts('<ul><li><p>Một <a href="/x">hai</a></p></li></ul>')).toBe(
			'<ul><li><p>Một <a href="/x">hai.</a></p></li> </ul>',
		);
		expect(separateParts('<tr><td><ul><li>a</li></ul></td></tr>')).toBe(
			'<tr><td><ul><li>a.</li> </ul></td> </tr> ',
		);
	});

	test('is applied to the copy Pagefind reads', () => {
		expect(
			prepareForIndex(page('<main data-pagefind-body><dl><dt>A</dt><dd>B</dd></dl></main>')),
		).toContain('<dt>A:</dt> <dd>B.</dd> ');
	});
});
