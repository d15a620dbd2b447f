import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { kinds, registries } from '~/schemas/kinds';
import { localDate } from '~/lib/dates';
import { check, describeIssues, markdownData, nodeSchemaContext, yamlData } from './parse';

const require = createRequire(import.meta.url);
/** Resolves modules as Astro's own code does, from inside the `astro` package. */
const astroRequire = createRequire(require.resolve('astro/package.json'));
const news = kinds.news.source(nodeSchemaContext);

/** A Vietnamese news file with the given date line. */
const newsFile = (date: string) =>
	`---\ntitle: Tin\nsummary: Tóm tắt.\n${date}\ntopics: [t1]\nunit: u1\n---\nNội dung.\n`;

/** The `date` of a news file as the schema outputs it, ISO in UTC. */
function dateOf(line: string): string | undefined {
	const checked = check(news, () => markdownData(newsFile(line)));
	return checked.ok ? checked.data.date.toISOString() : undefined;
}

describe('files are parsed as Astro parses them', () => {
	test('with the very modules Astro resolves: its frontmatter parser and js-yaml', () => {
		for (const id of ['@astrojs/internal-helpers/frontmatter', 'js-yaml'])
			expect(require.resolve(id), id).toBe(astroRequire.resolve(id));
		// The glob loader's Markdown entries go through that parser (Astro 7: content/utils.js).
		const utils = readFileSync(
			join(dirname(require.resolve('astro/package.json')), 'dist/content/utils.js'),
			'utf8',
		);
		expect(utils).toContain(
			'import { parseFrontmatter } from "@astrojs/internal-helpers/frontmatter"',
		);
	});

	test('frontmatter with a BOM and CRLF line ends; no frontmatter is an empty mapping', () => {
		expect(markdownData('\uFEFF---\r\ntitle: "Tin"\r\ndraft: true\r\n---\r\nBody\r\n')).toEqual({
			title: 'Tin',
			draft: true,
		});
		expect(markdownData('no frontmatter')).toEqual({});
		expect(yamlData('\uFEFFname:\r\n  vi: Chủ đề\r\n', 'topics/x.yml')).toEqual({
			name: { vi: 'Chủ đề' },
		});
	});

	test('a cover image is its file name outside a build', () => {
		const checked = check(news, () =>
			markdownData(
				newsFile('date: 2026-03-18').replace(
					'unit: u1',
					'unit: u1\ncover: cover.jpg\ncoverAlt: Ảnh.',
				),
			),
		);
		expect(checked.ok && checked.data.cover).toBe('cover.jpg');
	});
});

describe('dates, as the schema date() makes them of YAML', () => {
	test('a bare date is UTC midnight: 07:00 in Vietnam, the same calendar day', () => {
		expect(dateOf('date: 2023-06-30')).toBe('2023-06-30T00:00:00.000Z');
		expect(localDate(new Date('2023-06-30T00:00:00.000Z'))).toBe('2023-06-30');
	});

	test('a date-time with an offset or Z is that instant', () => {
		expect(dateOf('date: 2026-03-18T08:00:00+07:00')).toBe('2026-03-18T01:00:00.000Z');
		expect(dateOf('date: 2026-03-18T08:00:00Z')).toBe('2026-03-18T08:00:00.000Z');
		expect(dateOf('date: 2026-03-18T08:00:00.5-05:00')).toBe('2026-03-18T13:00:00.500Z');
	});

	test('a date-time written without an offset is UTC, not Vietnam time (YAML timestamps)', () => {
		expect(dateOf('date: 2023-06-30T17:30:00')).toBe('2023-06-30T17:30:00.000Z');
		expect(dateOf('date: 2023-06-30 17:30:00')).toBe('2023-06-30T17:30:00.000Z');
		expect(localDate(new Date('2023-06-30T17:30:00.000Z'))).toBe('2023-07-01');
	});

	test('a date that is not one is refused with the schema message', () => {
		const checked = check(news, () => markdownData(newsFile('date: hôm qua')));
		expect(checked).toEqual({
			ok: false,
			issues: [{ field: 'date', message: expect.stringMatching(/^"date" phải là ngày hợp lệ/) }],
		});
	});
});

describe('what the build would reject', () => {
	test('bad YAML is one issue for the whole file', () => {
		const checked = check(news, () => markdownData('---\ntitle: [unclosed\n---\n'));
		expect(checked.ok).toBe(false);
		expect(!checked.ok && checked.issues).toEqual([
			{ field: '', message: expect.stringMatching(/^YAML không hợp lệ: /) },
		]);
	});

	test('every field the schema refuses, with its message, on one line', () => {
		const checked = check(registries.alerts, () =>
			yamlData(
				'severity: high\ntext: { vi: Bão }\nstartsAt: 2023-01-02\nexpiresAt: 2023-01-01\n',
				'a.yml',
			),
		);
		expect(checked.ok).toBe(false);
		if (checked.ok) return;
		expect(checked.issues.map((i) => i.field)).toEqual(['severity']);
		expect(describeIssues('alerts/a.yml', checked.issues, 'không tính.')).toMatch(
			/^alerts\/a\.yml: severity: "severity" phải là một trong: info, warning, danger\. .* — không tính\.$/,
		);
	});
});
