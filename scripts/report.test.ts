import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

/**
 * `npm run report` end to end on `tests/fixtures/report/content`, a hand-written tree whose
 * counts for the first half of 2023 are known (see the expectations below), and a response
 * database built here, in a temporary folder. The tree passes the site's schemas and checks
 * (`src/lib/report/site.test.ts` builds its catalog), apart from one French translation, a language
 * the site does not publish, which the report lists instead of counting.
 */
const root = join(import.meta.dirname, '..');
const content = join(root, 'tests/fixtures/report/content');
const script = join(root, 'scripts/report.mjs');
let tmp: string;
let db: string;

function run(args: string[], env: Record<string, string> = {}) {
	// process.execPath: the Node running Vitest (22 under npx), which has node:sqlite for the database.
	const result = spawnSync(process.execPath, [script, ...args], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, FEEDBACK_DB: '', ...env },
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Run the first-half-2023 report into a fresh folder; returns the folder and the run. */
function report(extra: string[] = ['--db', db], env: Record<string, string> = {}) {
	const out = mkdtempSync(join(tmp, 'out-'));
	const result = run(
		['--from', '2023-01-01', '--to', '2023-06-30', '--content', content, '--out', out, ...extra],
		env,
	);
	const base = join(out, 'bao-cao-2023-01-01-2023-06-30');
	return { ...result, out, md: `${base}.md`, csv: `${base}.csv` };
}

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
	const records: string[][] = [];
	let field = '';
	let record: string[] = [];
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') ((field += '"'), i++);
			else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') (record.push(field), (field = ''));
		else if (c === '\r' && text[i + 1] === '\n') {
			(record.push(field), records.push(record), (record = []), (field = ''), i++);
		} else field += c;
	}
	return records;
}

/** The CSV as `section/key` → value. */
function figures(csvPath: string): Map<string, string> {
	const text = readFileSync(csvPath, 'utf8');
	expect(text.charCodeAt(0)).toBe(0xfeff);
	const [header, ...rows] = parseCsv(text.slice(1));
	expect(header).toEqual(['section', 'key', 'label', 'value']);
	for (const r of rows) expect(r, r.join(',')).toHaveLength(4);
	return new Map(rows.map(([section, key, , value]) => [`${section}/${key}`, value!]));
}

beforeAll(() => {
	tmp = mkdtempSync(join(tmpdir(), 'report-test-'));
	db = join(tmp, 'feedback.sqlite');
	const sqlite = new DatabaseSync(db);
	sqlite.exec(
		`CREATE TABLE responses (id INTEGER PRIMARY KEY AUTOINCREMENT, consultation TEXT NOT NULL, respondent_group TEXT NOT NULL, text TEXT NOT NULL, locale TEXT NOT NULL, received_at TEXT NOT NULL)`,
	);
	const insert = sqlite.prepare(
		'INSERT INTO responses (consultation, respondent_group, text, locale, received_at) VALUES (?, ?, ?, ?, ?)',
	);
	for (const [consultation, group, receivedAt] of [
		['du-thao-day-them', 'parent', '2023-02-21T02:00:00Z'],
		['du-thao-day-them', 'teacher', '2023-03-01T10:00:00Z'],
		['du-thao-day-them', 'parent', '2023-03-20T09:59:00Z'],
		['du-thao-ke-hoach-nam-hoc', 'student', '2023-06-30T16:59:59Z'], // 23:59:59 on 30 June in Vietnam: in
		['du-thao-ke-hoach-nam-hoc', 'parent', '2023-06-30T17:00:00Z'], // 00:00 on 1 July in Vietnam: out
		['du-thao-cu', 'teacher', '2022-12-31T16:59:59Z'], // 23:59:59 on 31 December in Vietnam: out
		['du-thao-cu', 'teacher', '2022-12-31T17:00:00Z'], // 00:00 on 1 January in Vietnam: in
	])
		insert.run(consultation!, group!, 'Ý kiến góp ý.', 'vi', receivedAt!);
	sqlite.close();
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run report on the fixture content', () => {
	let first: ReturnType<typeof report>;
	let csv: Map<string, string>;
	beforeAll(() => {
		first = report();
		csv = figures(first.csv);
	});

	test('succeeds, writes both files and prints the Markdown', () => {
		expect(first.code, first.stderr).toBe(0);
		expect(first.stdout).toBe(readFileSync(first.md, 'utf8'));
		expect(first.stdout).toMatch(/^# Báo cáo kết quả công tác truyền thông\n/);
		expect(first.stdout).toContain('từ ngày 01/01/2023 đến ngày 30/06/2023');
	});

	test('counts what was published, by kind, topic, unit, language and month', () => {
		expect(csv.get('published/total')).toBe('11');
		expect(
			['news', 'stories', 'policies', 'press', 'clarifications', 'consultations'].map((k) =>
				csv.get(`published_by_kind/${k}`),
			),
		).toEqual(['4', '2', '0', '1', '2', '2']);
		expect(csv.get('published_by_topic/chuyen-doi-so')).toBe('5');
		expect(csv.get('published_by_topic/an-toan-truong-hoc')).toBe('4');
		expect(csv.get('published_by_topic/doi-ngu-nha-giao')).toBe('3');
		expect(csv.get('published/topic_assignments')).toBe('12');
		expect(csv.get('published_by_unit/so-gddt')).toBe('7');
		expect(csv.get('published_by_unit/phong-gddt-kim-bang')).toBe('4');
		expect(csv.get('published_by_language/vi')).toBe('11');
		expect(csv.get('published_by_language/en')).toBe('4');
		// The French file is not a page of the site, so it is not counted (see the notes below).
		expect(csv.has('published_by_language/fr')).toBe(false);
		expect(
			['01', '02', '03', '04', '05', '06'].map((m) => csv.get(`published_by_month/2023-${m}`)),
		).toEqual(['1', '3', '1', '2', '1', '3']);
		expect(csv.has('published_by_month/2023-07')).toBe(false);
	});

	test('counts stories, consultations, responses, clarifications, press, alerts, translations, withdrawals, documents', () => {
		expect(csv.get('stories/count')).toBe('2');
		expect(csv.get('consultations/opened')).toBe('2');
		expect(csv.get('consultations/closed')).toBe('2');
		expect(csv.get('consultations/outcomes')).toBe('1');
		expect(csv.get('responses/database')).toBe('1');
		expect(csv.get('responses/total')).toBe('5');
		expect(csv.get('responses_by_consultation/du-thao-day-them')).toBe('3');
		expect(csv.get('responses_by_consultation/du-thao-ke-hoach-nam-hoc')).toBe('1');
		expect(csv.get('responses_by_consultation/du-thao-cu')).toBe('1');
		expect(csv.get('responses_by_group/parent')).toBe('2');
		expect(csv.get('responses_by_group/teacher')).toBe('2');
		expect(csv.get('responses_by_group/student')).toBe('1');
		expect(csv.get('responses_by_group/manager')).toBe('0');
		expect(csv.get('clarifications/count')).toBe('2');
		expect(csv.get('clarifications_by_verdict/false')).toBe('1');
		expect(csv.get('clarifications_by_verdict/misleading')).toBe('1');
		expect(csv.get('clarifications_by_verdict/unverified')).toBe('0');
		expect(csv.get('press/count')).toBe('1');
		expect(csv.get('alerts/count')).toBe('2');
		expect(['info', 'warning', 'danger'].map((s) => csv.get(`alerts_by_severity/${s}`))).toEqual([
			'0',
			'1',
			'1',
		]);
		expect(csv.get('translations_by_locale/en')).toBe('4');
		expect(csv.has('translations_by_locale/fr')).toBe(false);
		expect(csv.get('translations/with_en')).toBe('4');
		expect(csv.get('translations/en_share_percent')).toBe('36.4');
		expect(csv.get('withdrawals/count')).toBe('2');
		expect(csv.get('documents/count')).toBe('3');
		expect(csv.get('documents_by_type/quyet-dinh')).toBe('2');
		expect(csv.get('documents_by_type/ke-hoach')).toBe('1');
		// The draft công văn (issued in the period) and the one issued in 2022 are not counted.
		expect(csv.get('documents_by_type/cong-van')).toBe('0');
		expect(csv.get('data_problems/count')).toBe('1');
	});

	test('lists what it could not count, in the report and on stderr', () => {
		const note =
			'stories/hoc-sinh-tra-lai-tien/index.fr.md: trang web không có ngôn ngữ "fr" — không tính bản dịch này.';
		expect(first.stdout).toContain('## Lưu ý về số liệu');
		expect(first.stdout).toContain(`- ${note}`);
		expect(first.stderr).toContain(`Lưu ý: ${note}`);
	});

	test('names topics, units, stories and consultations in Vietnamese in the Markdown', () => {
		const md = first.stdout;
		expect(md).toContain('| Chuyển đổi số | 5 |');
		expect(md).toContain('| Sở Giáo dục và Đào tạo | 7 |');
		expect(md).toContain('- 08/03/2023: Cô giáo 18 năm bám điểm trường vùng cao');
		expect(md).toContain('- 20/05/2023: Học sinh lớp 4 trả lại túi tiền nhặt được');
		expect(md).toContain('| Dự thảo quy định dạy thêm, học thêm | 3 |');
		expect(md).toContain('| Cha mẹ học sinh | 2 |');
		expect(md).toContain('**36,4%** (4/11)');
		expect(md).toContain('- 01/04/2023: Miễn học phí cho học sinh trường công lập (Chính sách)');
	});

	test('gives byte-identical files on a second run', () => {
		const second = report();
		expect(second.code).toBe(0);
		expect(readFileSync(second.md)).toEqual(readFileSync(first.md));
		expect(readFileSync(second.csv)).toEqual(readFileSync(first.csv));
		// No machine path in the files: they may be compared across machines.
		for (const file of [first.csv, first.md])
			expect(readFileSync(file, 'utf8')).not.toContain(root);
	});
});

describe('the response database', () => {
	test('is optional: without it the report says so and still counts the content', () => {
		const r = report(['--db', join(tmp, 'khong-co.sqlite')]);
		expect(r.code, r.stderr).toBe(0);
		expect(r.stdout).toContain('no response database');
		const csv = figures(r.csv);
		expect(csv.get('responses/database')).toBe('0');
		expect(csv.has('responses/total')).toBe(false);
		expect(csv.get('published/total')).toBe('11');
	});

	test('is found through FEEDBACK_DB when --db is not given', () => {
		const r = report([], { FEEDBACK_DB: db });
		expect(r.code, r.stderr).toBe(0);
		expect(figures(r.csv).get('responses/total')).toBe('5');
	});

	test('that exists but is not SQLite is an error (exit 1), not "no database"', () => {
		const bad = join(tmp, 'hong.sqlite');
		writeFileSync(bad, 'not a database');
		const r = report(['--db', bad]);
		expect(r.code).toBe(1);
		expect(r.stderr).toContain('Không lập được báo cáo');
		expect(existsSync(r.csv)).toBe(false);
	});
});

describe('wrong arguments exit with code 2 and write nothing', () => {
	test.each([
		[['--from', '2023-01-01'], '--from và --to'],
		[['--from', '2023-02-30', '--to', '2023-06-30'], '"2023-02-30"'],
		[['--from', '2023-07-01', '--to', '2023-06-30'], 'phải trước hoặc bằng'],
		[['--from', '2023-01-01', '--to', '2023-06-30', '--tu', 'x'], 'Unknown option'],
		[
			['--from', '2023-01-01', '--to', '2023-06-30', '--content', 'khong/co/thu/muc'],
			'Không có thư mục nội dung',
		],
	])('%j', (args, message) => {
		const out = mkdtempSync(join(tmp, 'err-'));
		const r = run([...args, '--out', out, '--db', db]);
		expect(r.code).toBe(2);
		expect(r.stderr).toContain(message);
		expect(r.stdout).toBe('');
		expect(existsSync(join(out, 'bao-cao-2023-01-01-2023-06-30.csv'))).toBe(false);
	});
});
