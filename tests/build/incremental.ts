import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, fixtureContent, tmp, type BuildResult } from './builds';

/**
 * Incremental builds against full ones (tests/build/incremental.test.ts): the fixture content is
 * built once in full, then five publications follow one another, as editors make them. Each is
 * built incrementally from the build before it (itself incremental after the first) and in full,
 * with one cache and one clock, and the two outputs must be the same bytes.
 */

/** The clock of every build here: the same instant, as a deploy's builds within a day. */
export const incrementalNow = '2026-11-30T10:00:00+07:00';

export interface Publication {
	name: string;
	what: string;
	apply: (content: string) => void;
}

const edit = (file: string, change: (text: string) => string) =>
	writeFileSync(file, change(readFileSync(file, 'utf8')));

export const publications: Publication[] = [
	{
		name: 'new',
		what: 'a new article, newer than all, with a cover and an English translation',
		apply: (content) => {
			const dir = join(content, 'news/tin-moi-nhat');
			cpSync(join(content, 'news/tin-da-dich'), dir, { recursive: true });
			edit(join(dir, 'index.vi.md'), (t) =>
				t
					.replace(/^title: ".*"$/m, 'title: "Tin mới nhất về đổi mới thi cử"')
					.replace(/^date: .*$/m, 'date: 2026-11-29T08:00:00+07:00'),
			);
			edit(join(dir, 'index.en.md'), (t) =>
				t
					.replace(/^title: ".*"$/m, 'title: "Newest news on exam reform"')
					.replace(/^slug: .*$/m, 'slug: newest-news'),
			);
			edit(join(dir, 'index.ko.md'), (t) =>
				t
					.replace(/^title: ".*"$/m, 'title: "교육에 관한 최신 기사"')
					.replace(/^slug: .*$/m, 'slug: choesin-gisa'),
			);
		},
	},
	{
		name: 'edit',
		what: 'the title of an article in the middle of the archive',
		apply: (content) =>
			edit(join(content, 'news/tin-so-7/index.vi.md'), (t) =>
				t.replace(/^title: "/m, 'title: "Đã sửa: '),
			),
	},
	{
		name: 'stale',
		what: 'a major change to a Vietnamese article: its English page may now be out of date',
		apply: (content) =>
			edit(join(content, 'stories/tam-guong-co-giao/index.vi.md'), (t) =>
				t.replace(
					/^featured: true\n/m,
					'featured: true\nchanges:\n  - date: 2026-11-30T09:00:00+07:00\n    note: "Bổ sung số học sinh của điểm trường."\n    major: true\n',
				),
			),
	},
	{
		name: 'withdraw',
		what: 'an article withdrawn',
		apply: (content) =>
			edit(join(content, 'news/tin-so-3/index.vi.md'), (t) =>
				t.replace(
					/^---\n/,
					'---\nwithdrawnAt: 2026-11-30T09:00:00+07:00\nwithdrawnReason: "Thông tin chưa chính xác."\n',
				),
			),
	},
	{
		name: 'delete',
		what: 'a translated article with a cover deleted',
		apply: (content) => rmSync(join(content, 'news/tin-da-dich'), { recursive: true }),
	},
];

/** The folder `build()` writes a build into (holding `client/` and `build-state.json`). */
export const outputOf = (result: BuildResult) => join(result.outDir, '..');

/**
 * Every build of the comparison, by name: `incremental-base`, then `…-inc-<name>` and
 * `…-full-<name>`; made once per test run, whichever project's global setup asks first (the build
 * tests compare the files, the browser tests search both).
 */
export function incrementalBuildsOnce(): Record<string, BuildResult> {
	const g = globalThis as { __newsroomIncremental?: Record<string, BuildResult> };
	return (g.__newsroomIncremental ??= incrementalBuilds());
}

function incrementalBuilds(): Record<string, BuildResult> {
	const content = join(tmp, 'incremental-content');
	rmSync(content, { recursive: true, force: true });
	cpSync(fixtureContent, content, { recursive: true });
	const env = { BUILD_NOW: incrementalNow };
	const options = { cache: 'incremental' };
	const results: Record<string, BuildResult> = {};
	const run = (name: string, extra: Record<string, string> = {}) => {
		const result = build(name, content, { ...env, ...extra }, options);
		console.log(`build ${name}: exit ${result.status} in ${(result.ms / 1000).toFixed(1)} s`);
		results[name] = result;
		return result;
	};
	let previous = run('incremental-base');
	for (const p of publications) {
		p.apply(content);
		if (previous.status !== 0) break;
		previous = run(`incremental-inc-${p.name}`, { BUILD_PREVIOUS: outputOf(previous) });
		run(`incremental-full-${p.name}`);
	}
	return results;
}
