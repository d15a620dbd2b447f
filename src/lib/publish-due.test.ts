import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { contentItems, dueExit, publishDue, releaseUrl, type DueDeps } from './publish-due';

const items = [
	{ key: 'press/cam-dang', publishAt: new Date('2026-12-10T09:00:00+07:00') },
	{ key: 'news/sau', publishAt: new Date('2026-12-11T09:00:00+07:00') },
	{ key: 'news/nhap', draft: true, publishAt: new Date('2026-12-10T09:00:00+07:00') },
	{ key: 'news/thuong' },
];

function deps(
	release: { status: number; body: string } | Error = { status: 404, body: '' },
): DueDeps & { urls: string[] } {
	const urls: string[] = [];
	return {
		urls,
		env: { BUILD_NOW: '2026-12-10T09:05:00+07:00' },
		fetch: async (url) => {
			urls.push(url);
			if (release instanceof Error) throw release;
			return {
				ok: release.status < 300,
				status: release.status,
				text: async () => release.body,
			};
		},
		readItems: () => ({ items, problems: [] }),
	};
}

describe('publishDue', () => {
	test('0 and the due items when something fell due since the live build, by the build clock', async () => {
		const r = await publishDue(['--since', '2026-12-10T08:50:00+07:00'], deps());
		expect(r.code).toBe(dueExit.due);
		expect(r.out).toEqual(['2026-12-10T02:00:00.000Z press/cam-dang']);
	});

	test('reads the folder the build reads: --content, else CONTENT_DIR, else content', async () => {
		const read: string[] = [];
		const d = (env: Record<string, string>) => ({
			...deps(),
			env: { ...deps().env, ...env },
			readItems: (dir: string) => (read.push(dir), { items, problems: [] }),
		});
		const since = ['--since', '2026-12-10T08:50:00+07:00'];
		await publishDue(since, d({}));
		await publishDue(since, d({ CONTENT_DIR: 'tests/fixtures/content' }));
		await publishDue([...since, '--content', 'other'], d({ CONTENT_DIR: 'x' }));
		expect(read).toEqual(['content', 'tests/fixtures/content', 'other']);
	});

	test('3 when nothing fell due in (since, now]', async () => {
		const r = await publishDue(
			['--since', '2026-12-10T09:00:00+07:00', '--now', '2026-12-10T09:15:00+07:00'],
			deps(),
		);
		expect(r).toMatchObject({ code: dueExit.nothingDue, out: [] });
		expect(r.err.at(-1)).toContain('0 bài đến giờ đăng');
	});

	test('--since-url reads builtAt from the site’s release.json', async () => {
		const d = deps({
			status: 200,
			body: '{"builtAt":"2026-12-10T01:59:00.000Z","commit":"abc1234"}',
		});
		const r = await publishDue(['--since-url', 'https://so.example/sub'], d);
		expect(d.urls).toEqual(['https://so.example/sub/release.json']);
		expect(r.code).toBe(dueExit.due);
		const later = deps({
			status: 200,
			body: '{"builtAt":"2026-12-10T02:00:00.000Z","commit":null}',
		});
		expect((await publishDue(['--since-url', 'https://so.example/'], later)).code).toBe(
			dueExit.nothingDue,
		);
	});

	test('a site without release.json is rebuilt once; an unreachable or bad one is an error', async () => {
		expect((await publishDue(['--since-url', 'https://so.example/'], deps())).code).toBe(
			dueExit.due,
		);
		const down = await publishDue(
			['--since-url', 'https://so.example/'],
			deps(new Error('ECONNREFUSED')),
		);
		expect(down.code).toBe(dueExit.error);
		expect(down.err[0]).toContain('ECONNREFUSED');
		const html = await publishDue(
			['--since-url', 'https://so.example/'],
			deps({ status: 200, body: '<html>' }),
		);
		expect(html).toMatchObject({
			code: dueExit.error,
			err: ['https://so.example/release.json is not JSON'],
		});
		expect(
			(await publishDue(['--since-url', 'https://so.example/'], deps({ status: 503, body: '' })))
				.code,
		).toBe(dueExit.error);
	});

	test('2 for wrong arguments, naming the fix', async () => {
		for (const argv of [
			[],
			['--since', '2026-12-10T09:00:00'],
			['--since', '2026-12-10T09:00:00+07:00', '--since-url', 'https://so.example/'],
			['--since-url', 'ftp://so.example/'],
			['--bogus'],
		]) {
			const r = await publishDue(argv, deps());
			expect(r.code, argv.join(' ')).toBe(dueExit.usage);
			expect(r.err.at(-1)).toContain('Cách dùng');
		}
		expect(releaseUrl('https://so.example')).toBe('https://so.example/release.json');
	});
});

describe('contentItems', () => {
	const dir = mkdtempSync(join(tmpdir(), 'due-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	test('reads each article’s publishAt and draft as the build does', () => {
		const write = (path: string, front: string) => {
			mkdirSync(join(dir, path, '..'), { recursive: true });
			writeFileSync(
				join(dir, path),
				`---\ntitle: T\nsummary: S\ndate: 2026-12-10T09:00:00+07:00\ntopics: [t]\nunit: u\n${front}---\nBody\n`,
			);
		};
		write('news/hen/index.vi.md', 'publishAt: 2026-12-10T09:00:00+07:00\n');
		write('news/ngay/index.vi.md', '');
		write(
			'press/nhap/index.vi.md',
			'spokesperson: p\ndraft: true\npublishAt: 2026-12-09T09:00:00+07:00\n',
		);
		const { items: found } = contentItems(dir);
		expect(
			found
				.map((i) => [i.key, i.draft, i.publishAt?.toISOString()])
				.sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
		).toEqual([
			['news/hen', false, '2026-12-10T02:00:00.000Z'],
			['news/ngay', false, undefined],
			['press/nhap', true, '2026-12-09T02:00:00.000Z'],
		]);
	});
});
