import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { attributesOf, blockRefs, hasBlocks } from '~/lib/blocks/syntax';
import {
	blockComponentIds,
	blockFormats,
	previewOf,
	registerBlocks,
	relativeAddress,
	rowsToTable,
	tableToRows,
	type BlockComponentId,
} from './blocks';

const fixture = readFileSync('tests/fixtures/content/news/tin-co-khoi/index.vi.md', 'utf8');

/** Each block of a body as Decap's reader finds it: the pattern anchored at a paragraph. */
function blocksOf(body: string): { id: BlockComponentId; text: string }[] {
	const found: { id: BlockComponentId; text: string }[] = [];
	for (let at = 0; at < body.length;) {
		const rest = body.slice(at);
		const id = blockComponentIds.find((i) => blockFormats[i].pattern.test(rest));
		if (id) {
			const text = rest.match(blockFormats[id].pattern)![0];
			found.push({ id, text });
			at += text.length;
		} else {
			const next = rest.indexOf('\n\n');
			at = next < 0 ? body.length : at + next + 2;
		}
	}
	return found;
}

test('every block of the fixture is found and written back unchanged', () => {
	const blocks = blocksOf(fixture);
	expect(blocks.map((b) => b.id)).toEqual([
		'gallery',
		'document-card',
		'callout',
		'figures-table',
		'related-article',
	]);
	for (const { id, text } of blocks) {
		const format = blockFormats[id];
		const data = format.fromBlock(text.match(format.pattern)!);
		expect(format.toBlock(data as never), id).toBe(text);
	}
});

test('the gallery reads each photo with its alt text and caption', () => {
	const [gallery] = blocksOf(fixture);
	const data = blockFormats.gallery.fromBlock(gallery!.text.match(blockFormats.gallery.pattern)!);
	expect(data.photos).toHaveLength(3);
	expect(data.photos[0]).toEqual({
		src: 'khai-giang-1.jpg',
		alt: 'Học sinh lớp 1 xếp hàng vào lớp',
		caption: 'Học sinh lớp 1 Trường Tiểu học Lê Hồng Phong vào lớp.',
	});
	expect(data.photos[2]).toEqual({ src: 'khai-giang-3.jpg', alt: 'Phụ huynh đưa con đến trường' });
});

test('quotes, ampersands and line breaks in a form become literal attribute text', () => {
	const block = blockFormats.gallery.toBlock({
		photos: [{ src: 'a.jpg', alt: 'Lớp "Em yêu\nkhoa học" & CLB', caption: '  ' }],
	});
	expect(block).toBe(
		'<Gallery>\n<Photo src="a.jpg" alt="Lớp &quot;Em yêu khoa học&quot; &amp; CLB" />\n</Gallery>',
	);
	// What the build reads back is what the editor typed (less the line break).
	expect(attributesOf(block.split('\n')[1]!).alt).toBe('Lớp "Em yêu khoa học" & CLB');
	expect(blockRefs(block)).toEqual([
		{ type: 'photo', src: 'a.jpg', alt: 'Lớp "Em yêu khoa học" & CLB', line: 2 },
	]);
});

test('every block written by the CMS makes its body one the build compiles as MDX', () => {
	const written = [
		blockFormats.gallery.toBlock({ photos: [{ src: 'a.jpg', alt: 'Ảnh' }] }),
		blockFormats['document-card'].toBlock({ id: 'ke-hoach-3-2026' }),
		blockFormats.callout.toBlock({ kind: 'important', text: 'Hạn nộp hồ sơ là 15/9.' }),
		blockFormats['figures-table'].toBlock({ caption: 'Số trường', rows: 'Cấp\tSố\nTiểu học\t112' }),
		blockFormats['related-article'].toBlock({ href: '/tin-tuc/tin-so-1/' }),
	];
	for (const block of written) expect(hasBlocks(`Đoạn mở đầu.\n\n${block}\n`), block).toBe(true);
});

test('rows pasted from a spreadsheet or typed with | become a Markdown table, and back', () => {
	const table = rowsToTable('Cấp học\tSố trường\tSố học sinh\nTiểu học\t112\t68450\nTHCS\t104');
	expect(table).toBe(
		[
			'| Cấp học | Số trường | Số học sinh |',
			'| --- | --- | --- |',
			'| Tiểu học | 112 | 68450 |',
			'| THCS | 104 |  |',
		].join('\n'),
	);
	expect(tableToRows(table)).toBe(
		'Cấp học | Số trường | Số học sinh\nTiểu học | 112 | 68450\nTHCS | 104 | ',
	);
	expect(rowsToTable('Huyện | Tỉ lệ (%)\nLý Nhân | 99,8')).toBe(
		'| Huyện | Tỉ lệ (%) |\n| --- | --- |\n| Lý Nhân | 99,8 |',
	);
	expect(rowsToTable('  \n')).toBe('');
});

test('an address pasted with the site origin is kept as its path', () => {
	expect(relativeAddress('https://gddt.example.vn/tin-tuc/x/')).toBe('/tin-tuc/x/');
	expect(relativeAddress(' /tin-tuc/x/ ')).toBe('/tin-tuc/x/');
	expect(
		blockFormats['related-article'].toBlock({ href: 'http://localhost:4321/en/news/y/' }),
	).toBe('<RelatedArticle href="/en/news/y/" />');
});

/** A site with no documents and no articles yet. */
const none = { documents: [], articles: [] };

test('previews use the classes of the site and escape what the editor typed', () => {
	const gallery = previewOf(
		'gallery',
		{ photos: [{ src: 'a.jpg', alt: '<b>', caption: 'Lễ "khai giảng"' }] },
		none,
		(src) => `/blob/${src}`,
	);
	expect(gallery).toContain('class="gallery__item"');
	expect(gallery).toContain('src="/blob/a.jpg" alt="&lt;b>"');
	expect(gallery).toContain('<figcaption>Lễ &quot;khai giảng&quot;</figcaption>');
	const doc = previewOf(
		'document-card',
		{ id: 'kh-3' },
		{
			documents: [{ label: '3/KH-SGDĐT · Kế hoạch năm học', value: 'kh-3' }],
			articles: [],
		},
	);
	expect(doc).toContain('3/KH-SGDĐT · Kế hoạch năm học');
	expect(previewOf('callout', { kind: 'important', text: 'Hạn **15/9**.' }, none)).toContain(
		'<p class="callout__label">Quan trọng</p><p>Hạn <strong>15/9</strong>.</p>',
	);
	const figures = previewOf(
		'figures-table',
		{ caption: 'Số trường', source: 'Sở', rows: 'Cấp | Số | Tỉ lệ\nTiểu học | 68450 | 99.8' },
		none,
	);
	expect(figures).toContain('<th scope="col">Cấp</th>');
	// Numbers as the Vietnamese page writes them (src/lib/blocks/numbers.ts).
	expect(figures).toContain('<td>68.450</td><td>99,8</td>');
	expect(figures).toContain('Nguồn: Sở');
});

test('each block is registered with its Vietnamese form; photos are uploads, never addresses', () => {
	const registered: { id: string; label: string; fields: Record<string, unknown>[] }[] = [];
	const register = (documents: { label: string; value: string }[]) => {
		registered.length = 0;
		registerBlocks(
			{ registerEditorComponent: (c) => registered.push(c as never) },
			{ documents, articles: [] },
		);
		return Object.fromEntries(registered.map((c) => [c.id, c]));
	};
	const byId = register([{ label: '15/2026/QĐ-UBND · Quy định mức thu', value: 'qd-15' }]);
	expect(registered.map((c) => c.id)).toEqual([...blockComponentIds]);
	expect(registered.map((c) => c.label)).toEqual([
		'Bộ ảnh',
		'Văn bản',
		'Lưu ý / Quan trọng',
		'Bảng số liệu',
		'Bài liên quan',
	]);
	const photo = (byId.gallery!.fields[0]!.fields as Record<string, unknown>[])[0];
	expect(photo).toMatchObject({ widget: 'image', choose_url: false });
	expect(byId['document-card']!.fields[0]).toMatchObject({ widget: 'select' });
	// A register with no documents yet: the id is typed.
	expect(register([])['document-card']!.fields[0]).toMatchObject({ widget: 'string' });
});

test('a related article is previewed by its title where its address is a published one', () => {
	const options = {
		documents: [],
		articles: [{ label: 'Kỳ thi tốt nghiệp THPT năm 2026', value: '/tin-tuc/ky-thi/' }],
	};
	expect(
		previewOf('related-article', { href: 'https://so.example.vn/tin-tuc/ky-thi/' }, options),
	).toContain('<p class="related-card__title">Kỳ thi tốt nghiệp THPT năm 2026</p>');
	expect(previewOf('related-article', { href: '/en/news/x/' }, options)).toContain(
		'<p class="related-card__title">/en/news/x/</p>',
	);
});
