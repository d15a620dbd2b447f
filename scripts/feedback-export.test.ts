import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openFeedbackStore } from '~/lib/feedback/store';

const cli = join(import.meta.dirname, 'feedback-export.mjs');
const id = 'du-thao-day-them-2026';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'feedback-export-'));
});
afterEach(() => {
	rmSync(dir, { recursive: true, force: true });
});

/** Runs the CLI as `npm run` would (same Node as the tests), in `cwd`, without the caller's npm variables. */
function run(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
	const env: Record<string, string | undefined> = {
		...process.env,
		INIT_CWD: undefined,
		FEEDBACK_DB: undefined,
		...options.env,
	};
	const result = spawnSync(process.execPath, [cli, ...args], {
		cwd: options.cwd ?? dir,
		env,
		encoding: 'utf8',
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function makeDatabase(path: string) {
	const store = openFeedbackStore(path);
	store.add({
		consultation: id,
		group: 'teacher',
		text: 'Cần hướng dẫn rõ hơn, "cụ thể" hơn.',
		locale: 'vi',
		receivedAt: new Date('2026-11-25T17:30:00Z'),
	});
	store.add({
		consultation: id,
		group: 'parent',
		text: '=1+1 là công thức',
		locale: 'vi',
		receivedAt: new Date('2026-11-26T03:00:00Z'),
	});
	store.add({
		consultation: id,
		group: 'teacher',
		text: 'Agree, with\nchanges.',
		locale: 'en',
		receivedAt: new Date('2026-11-27T02:00:00Z'),
	});
	store.add({
		consultation: 'sgk-2027',
		group: 'student',
		text: 'Không liên quan đến đợt này.',
		locale: 'vi',
		receivedAt: new Date('2026-11-26T03:00:00Z'),
	});
	store.close();
}

describe('npm run feedback:export', () => {
	test('writes the CSV of one consultation and prints the counts', () => {
		const db = join(dir, 'data', 'feedback.sqlite');
		makeDatabase(db);
		const { status, stdout, stderr } = run(['--consultation', id, '--db', db]);
		expect(stderr).toBe('');
		expect(status).toBe(0);
		expect(readFileSync(join(dir, `${id}-gop-y.csv`), 'utf8')).toBe(
			'\uFEFFid,received_at,respondent_group,locale,text\r\n' +
				'1,2026-11-26 00:30:00,teacher,vi,"Cần hướng dẫn rõ hơn, ""cụ thể"" hơn."\r\n' +
				"2,2026-11-26 10:00:00,parent,vi,'=1+1 là công thức\r\n" +
				'3,2026-11-27 09:00:00,teacher,en,"Agree, with\nchanges."\r\n',
		);
		expect(stdout).toContain(`"${id}": 3 ý kiến`);
		expect(stdout).toMatch(/Giáo viên \(teacher\) +2\n/);
		expect(stdout).toMatch(/Cha mẹ học sinh \(parent\) +1\n/);
		expect(stdout).toMatch(/Học sinh \(student\) +0\n/);
		expect(stdout).toMatch(/2026-11-26 +2\n {2}2026-11-27 +1\n/);
		expect(stdout).toContain(join(dir, `${id}-gop-y.csv`));
	});

	test('reads FEEDBACK_DB by default and creates the folders of --out', () => {
		const db = join(dir, 'elsewhere.sqlite');
		makeDatabase(db);
		const { status, stdout } = run(['--consultation', 'sgk-2027', '--out', 'exports/sgk.csv'], {
			env: { FEEDBACK_DB: db },
		});
		expect(status).toBe(0);
		expect(stdout).toContain('"sgk-2027": 1 ý kiến');
		expect(readFileSync(join(dir, 'exports', 'sgk.csv'), 'utf8')).toContain(
			',student,vi,Không liên quan đến đợt này.\r\n',
		);
	});

	test('reads .data/feedback.sqlite by default, and resolves typed paths from where npm was started', () => {
		makeDatabase(join(dir, '.data', 'feedback.sqlite'));
		const typedFrom = join(dir, 'desk');
		mkdirSync(typedFrom);
		const { status } = run(['--consultation', id, '--out', 'ket-qua.csv'], {
			env: { INIT_CWD: typedFrom },
		});
		expect(status).toBe(0);
		// The header, three responses, and nothing after the last CRLF.
		expect(readFileSync(join(typedFrom, 'ket-qua.csv'), 'utf8').split('\r\n')).toHaveLength(5);
		expect(existsSync(join(dir, 'ket-qua.csv'))).toBe(false);
	});

	test('a consultation without responses prints 0 and writes a header-only CSV', () => {
		const db = join(dir, 'feedback.sqlite');
		makeDatabase(db);
		const { status, stdout } = run(['--consultation', 'chua-co-y-kien', '--db', db]);
		expect(status).toBe(0);
		expect(stdout).toContain('"chua-co-y-kien": 0 ý kiến');
		expect(stdout).toMatch(/Giáo viên \(teacher\) +0\n/);
		expect(readFileSync(join(dir, 'chua-co-y-kien-gop-y.csv'), 'utf8')).toBe(
			'\uFEFFid,received_at,respondent_group,locale,text\r\n',
		);
	});

	test('a missing --consultation is a usage error', () => {
		const { status, stderr } = run(['--db', join(dir, 'feedback.sqlite')]);
		expect(status).toBe(2);
		expect(stderr).toContain('--consultation');
		expect(stderr).toContain('npm run feedback:export');
	});

	test('an id that is not a slug is refused, so the default file stays in the current directory', () => {
		const { status, stderr } = run(['--consultation', '../../tmp/x']);
		expect(status).toBe(2);
		expect(stderr).toContain('not a consultation id');
	});

	test('an unknown option is a usage error', () => {
		const { status, stderr } = run(['--consultation', id, '--format', 'xlsx']);
		expect(status).toBe(2);
		expect(stderr).toContain('--format');
	});

	test('a missing database is named, and not created', () => {
		const db = join(dir, 'khong-co', 'feedback.sqlite');
		const { status, stderr, stdout } = run(['--consultation', id, '--db', db]);
		expect(status).toBe(2);
		expect(stderr).toContain(db);
		expect(stdout).toBe('');
		expect(existsSync(db)).toBe(false);
		expect(existsSync(join(dir, `${id}-gop-y.csv`))).toBe(false);
	});
});
