import { describe, expect, test } from 'vitest';
import { layoutText, paintBlocks, type TextStyle } from './card-text';

const style: TextStyle = { size: 58, lineHeight: 1.22, color: [255, 255, 255], maxLines: 4 };
const width = 1056;
const title =
	'Thông cáo báo chí: kết quả kỳ thi tốt nghiệp trung học phổ thông năm 2026 của tỉnh Hà Nam, tỷ lệ đỗ đạt 99,2%, tăng so với năm trước; nhiều thí sinh đạt điểm tuyệt đối ở các môn Toán, Ngữ văn và Tiếng Anh';

/** The faces a block's letters come from, by id (0, 1: Be Vietnam Pro; 2: Noto Sans KR). */
const facesOf = (block: Awaited<ReturnType<typeof layoutText>>) =>
	new Set(block.lines.flatMap((l) => l.glyphs.map((g) => g.face.id)));

describe('card text', () => {
	test('breaks lines at spaces, none wider than the box', async () => {
		const block = await layoutText(
			'Đà Nẵng và Hà Nam đồng hành đổi mới đào tạo giáo viên',
			style,
			600,
		);
		expect(block.lines.length).toBeGreaterThan(1);
		for (const line of block.lines) expect(line.width).toBeLessThanOrEqual(600);
		// Each line holds whole words: as many letters as the text has, spaces aside.
		const letters = block.lines.reduce(
			(n, l) => n + l.glyphs.filter((g) => g.face.font.glyphExtents(g.gid)?.width).length,
			0,
		);
		expect(letters).toBe([...'ĐàNẵngvàHàNamđồnghànhđổimớiđàotạogiáoviên'].length);
	});

	test('sets every Vietnamese letter, đ and tone marks included, from Be Vietnam Pro', async () => {
		const block = await layoutText('Đổi mới đào tạo: ỹ ữ ặ Ơ ư', style, width);
		expect(facesOf(block)).toEqual(new Set([0, 1]));
		// Glyph 0 is the font's "missing letter" box.
		for (const line of block.lines) for (const g of line.glyphs) expect(g.gid).not.toBe(0);
	});

	test('sets Hangul from Noto Sans KR, and its spaces and digits from Be Vietnam Pro', async () => {
		const block = await layoutText('고등학교 3곳의 한국어 시범 교육', style, width);
		expect(facesOf(block)).toEqual(new Set([0, 2]));
		for (const line of block.lines) for (const g of line.glyphs) expect(g.gid).not.toBe(0);
	});

	test('keeps at most maxLines lines, the last ending in "…" within the box', async () => {
		const all = await layoutText(title, { ...style, maxLines: undefined }, width);
		expect(all.lines.length).toBeGreaterThan(4);
		const clamped = await layoutText(title, style, width);
		expect(clamped.lines).toHaveLength(4);
		const last = clamped.lines[3]!;
		expect(last.width).toBeLessThanOrEqual(width);
		const ellipsis = (await layoutText('…', style, width)).lines[0]!.glyphs[0]!;
		expect(last.glyphs.at(-1)!.gid).toBe(ellipsis.gid);
		// Unclamped lines carry no ellipsis.
		expect(all.lines[3]!.glyphs.at(-1)!.gid).not.toBe(ellipsis.gid);
	});

	test('breaks a word wider than the box between letters', async () => {
		const block = await layoutText('a'.repeat(60), { ...style, maxLines: undefined }, 400);
		expect(block.lines.length).toBeGreaterThan(1);
		for (const line of block.lines) expect(line.width).toBeLessThanOrEqual(400);
		expect(block.lines.reduce((n, l) => n + l.glyphs.length, 0)).toBe(60);
	});

	test('upper-cases and spaces letters as asked', async () => {
		const plain = await layoutText('Tin tức', { ...style, size: 26 }, width);
		const spaced = await layoutText(
			'Tin tức',
			{ ...style, size: 26, uppercase: true, letterSpacing: 2 },
			width,
		);
		const upper = await layoutText('TIN TỨC', { ...style, size: 26 }, width);
		expect(spaced.lines[0]!.glyphs.map((g) => g.gid)).toEqual(
			upper.lines[0]!.glyphs.map((g) => g.gid),
		);
		expect(plain.lines[0]!.glyphs.map((g) => g.gid)).not.toEqual(
			upper.lines[0]!.glyphs.map((g) => g.gid),
		);
		// As CSS: 2 px after each of the 7 characters, the space included.
		expect(spaced.lines[0]!.width - upper.lines[0]!.width).toBeCloseTo(2 * 7, 5);
	});

	test('paints in the colour asked, inside the box only, centred vertically', async () => {
		const w = 400;
		const h = 300;
		const rgb = Buffer.alloc(w * h * 3);
		const box = { left: 20, top: 50, width: 200, height: 200 };
		const block = await layoutText(
			'Đđ Đđ Đđ Đđ Đđ',
			{ ...style, color: [200, 100, 50] },
			box.width,
		);
		await paintBlocks(rgb, w, box, [block], 0);
		let inside = 0;
		let top = h;
		let bottom = 0;
		for (let y = 0; y < h; y++)
			for (let x = 0; x < w; x++) {
				const d = (y * w + x) * 3;
				if (rgb[d] === 0 && rgb[d + 1] === 0 && rgb[d + 2] === 0) continue;
				const inBox =
					x >= box.left && x < box.left + box.width && y >= box.top && y < box.top + box.height;
				expect(inBox, `painted outside the box at ${x}, ${y}`).toBe(true);
				inside++;
				top = Math.min(top, y);
				bottom = Math.max(bottom, y);
				// Fully covered pixels are the colour itself; edges are shades of it over black.
				if (rgb[d] === 200) expect([rgb[d + 1], rgb[d + 2]]).toEqual([100, 50]);
			}
		expect(inside).toBeGreaterThan(1000);
		// The lines are clipped at the box's width: the block (more lines than fit) overflows the box
		// equally above and below, so letters reach both edges.
		expect(block.height).toBeGreaterThan(box.height);
		expect(top).toBeLessThan(box.top + 10);
		expect(bottom).toBeGreaterThan(box.top + box.height - 30);
	});
});
