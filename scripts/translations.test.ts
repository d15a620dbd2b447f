import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { locales, translationLocales } from '~/i18n/locales';

/**
 * `npm run translations` end to end on the build tests' fixture content
 * (tests/fixtures/content), whose translations are known: news/tin-da-dich's English file is the
 * only one the site marks as possibly out of date (tests/build/stale-translations.test.ts), a
 * title-less stub and a held-back translation count as missing, a draft and a withdrawn article
 * are left out.
 */
const root = join(import.meta.dirname, '..');
const content = join(root, 'tests/fixtures/content');
const tmp = mkdtempSync(join(tmpdir(), 'translations-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[]) {
	const result = spawnSync(process.execPath, [join(root, 'scripts/translations.mjs'), ...args], {
		cwd: root,
		encoding: 'utf8',
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The rows of one state in one language's section of the Markdown: each translation file. */
function filesIn(markdown: string, code: string, heading: string): string[] {
	const section = markdown.split(/^## /m).find((s) => s.includes(`(${code})\n`)) ?? '';
	const part = section.split(/^### /m).find((s) => s.startsWith(heading)) ?? '';
	return [...part.matchAll(/`([^`]+\.md)` \|$/gm)].map((m) => m[1]!);
}

describe('npm run translations', () => {
	const { code, stdout, stderr } = run(['--content', content]);

	test('prints Markdown with a section for every language the site translates into', () => {
		expect(code, stderr).toBe(0);
		expect(stdout.startsWith('# Tình trạng bản dịch\n')).toBe(true);
		expect(translationLocales.length).toBeGreaterThan(0);
		for (const l of translationLocales) expect(stdout).toContain(`## ${locales[l].label} (${l})\n`);
	});

	test('lists as stale exactly the translation whose page says so', () => {
		expect(filesIn(stdout, 'en', 'Có thể đã cũ')).toEqual(['news/tin-da-dich/index.en.md']);
		expect(stdout).toContain(
			'chưa ghi ngày dịch: tính theo ngày đăng 01/10/2026 | 02/10/2026 | thay đổi lớn ngày 02/10/2026: “Bổ sung số liệu máy tính bảng đã cấp.”',
		);
	});

	test('counts translations as the site does: stubs and held-back ones are missing', () => {
		const missing = filesIn(stdout, 'en', 'Chưa dịch');
		const current = filesIn(stdout, 'en', 'Đã cập nhật');
		expect(missing).toContain('news/tin-co-ban-dich-rong/index.en.md');
		expect(missing).toContain('news/ban-dich-con-nhap/index.en.md');
		expect(current).toContain('stories/tam-guong-co-giao/index.en.md');
		expect(current).toContain('pages/gioi-thieu/index.en.md');
		for (const left of ['news/ban-nhap/', 'news/tin-so-9/'])
			expect(stdout, left).not.toContain(left);
	});

	test('writes the same as CSV with --csv, or prints the CSV with --csv -', () => {
		const file = join(tmp, 'out', 'ban-dich.csv');
		const withFile = run(['--content', content, '--csv', file]);
		expect(withFile.code, withFile.stderr).toBe(0);
		expect(withFile.stdout).toBe(stdout);
		const csv = readFileSync(file, 'utf8');
		expect(csv.startsWith('\uFEFFlocale,state,kind,id,')).toBe(true);
		expect(csv).toContain('\r\nen,stale,news,tin-da-dich,');
		const printed = run(['--content', content, '--csv', '-']);
		expect(printed.stdout).toBe(csv);
	});

	test('refuses wrong arguments and a missing content folder with exit code 2', () => {
		expect(run(['--from', '2026-01-01']).code).toBe(2);
		const missing = run(['--content', join(tmp, 'khong-co')]);
		expect(missing.code).toBe(2);
		expect(missing.stderr).toContain('Không có thư mục nội dung');
	});
});
