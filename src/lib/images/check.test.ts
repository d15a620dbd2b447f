import { mkdtempSync, rmSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkImages, imageReferences, missingImages } from './check';

const dir = mkdtempSync(join(tmpdir(), 'image-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const good = readFileSync(
	join(import.meta.dirname, '../../../tests/fixtures/content/news/tin-da-dich/cover.jpg'),
);

describe('imageReferences', () => {
	test('finds the cover and body images, not addresses on other sites', () => {
		const md =
			'---\ntitle: "A"\ncover: "anh bia.jpg"\n---\n![Một](mot.jpg) and ![Hai](<hai ba.png> "tựa")\n![Xa](https://cdn.example.com/x.jpg)';
		expect(imageReferences(md)).toEqual([
			{ field: 'cover', src: 'anh bia.jpg' },
			{ field: 'body', src: 'mot.jpg' },
			{ field: 'body', src: 'hai ba.png' },
		]);
	});
});

describe('the image check', () => {
	mkdirSync(join(dir, 'news/a'), { recursive: true });
	writeFileSync(join(dir, 'news/a/cover.jpg'), good);
	writeFileSync(join(dir, 'news/a/cut.jpg'), good.subarray(0, 2000));
	writeFileSync(
		join(dir, 'news/a/index.vi.md'),
		'---\ncover: cover.jpg\n---\n![Ảnh](khong-co.jpg)\n',
	);
	const label = (f: string) => f.slice(dir.length + 1);

	test('names every image that does not decode, and remembers the good ones', async () => {
		const cache = join(dir, 'cache.json');
		const problems = await checkImages(dir, cache, label);
		expect(problems.map((p) => p.file)).toEqual(['news/a/cut.jpg']);
		expect(problems[0]!.message).toContain('premature end');
		expect(Object.keys(JSON.parse(readFileSync(cache, 'utf8')))).toEqual(['news/a/cover.jpg']);
	});

	test('names the file and field that refer to a missing image', async () => {
		expect(await missingImages(dir, label)).toEqual([
			expect.objectContaining({ file: 'news/a/index.vi.md', field: 'body' }),
		]);
	});
});
