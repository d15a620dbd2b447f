import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openFeedbackStore, type NewResponse } from './store';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'feedback-store-'));
});
afterEach(() => {
	rmSync(dir, { recursive: true, force: true });
});

const response = (overrides: Partial<NewResponse> = {}): NewResponse => ({
	consultation: 'du-thao-day-them-2026',
	group: 'teacher',
	text: 'Tôi đồng ý với dự thảo, nhưng cần hướng dẫn rõ hơn.',
	locale: 'vi',
	receivedAt: new Date('2026-11-26T03:04:05.000Z'),
	...overrides,
});

/** Reads the table from another Node process, with node:sqlite directly, as other tools do. */
function readElsewhere(path: string): Array<Record<string, unknown>> {
	const script = `
    const { DatabaseSync } = require('node:sqlite');
    const db = new DatabaseSync(process.argv[1], { readOnly: true });
    process.stdout.write(JSON.stringify(db.prepare('SELECT * FROM responses ORDER BY id').all()));`;
	return JSON.parse(
		execFileSync(process.execPath, ['--disable-warning=ExperimentalWarning', '-e', script, path], {
			encoding: 'utf8',
		}),
	);
}

describe('openFeedbackStore', () => {
	test('creates the folders and the table with exactly the agreed columns, nothing identifying', () => {
		const path = join(dir, 'nested', 'deeper', 'feedback.sqlite');
		const store = openFeedbackStore(path);
		store.close();
		expect(existsSync(path)).toBe(true);
		const db = new DatabaseSync(path);
		const columns = db
			.prepare('PRAGMA table_info(responses)')
			.all()
			.map((c) => [c.name, c.type, c.notnull]);
		expect(columns).toEqual([
			['id', 'INTEGER', 0],
			['consultation', 'TEXT', 1],
			['respondent_group', 'TEXT', 1],
			['text', 'TEXT', 1],
			['locale', 'TEXT', 1],
			['received_at', 'TEXT', 1],
		]);
		expect(
			db
				.prepare('PRAGMA index_info(responses_consultation)')
				.all()
				.map((c) => c.name),
		).toEqual(['consultation', 'received_at']);
		// WAL is a property of the file, so another connection sees it.
		expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
		db.close();
	});

	test('adds and lists responses, oldest first, with their ids and UTC ISO timestamps', () => {
		const path = join(dir, 'feedback.sqlite');
		const store = openFeedbackStore(path);
		const later = store.add(
			response({ receivedAt: new Date('2026-11-27T01:00:00Z'), group: 'parent' }),
		);
		const earlier = store.add(
			response({
				receivedAt: new Date('2026-11-25T17:30:00Z'),
				locale: 'en',
				text: 'Clearer rules, please.',
			}),
		);
		store.add(response({ consultation: 'khac' }));
		expect(later).toBeGreaterThan(0);
		expect(earlier).toBe(later + 1);
		expect(store.list('du-thao-day-them-2026')).toEqual([
			{
				...response({
					receivedAt: new Date('2026-11-25T17:30:00Z'),
					locale: 'en',
					text: 'Clearer rules, please.',
				}),
				id: earlier,
			},
			{ ...response({ receivedAt: new Date('2026-11-27T01:00:00Z'), group: 'parent' }), id: later },
		]);
		expect(store.list('khong-co')).toEqual([]);
		store.close();
		expect(readElsewhere(path).map((r) => r.received_at)).toEqual([
			'2026-11-27T01:00:00.000Z',
			'2026-11-25T17:30:00.000Z',
			'2026-11-26T03:04:05.000Z',
		]);
	});

	test('keeps responses across reopening', () => {
		const path = join(dir, 'feedback.sqlite');
		const first = openFeedbackStore(path);
		const id = first.add(response());
		first.close();
		const second = openFeedbackStore(path);
		expect(second.list('du-thao-day-them-2026').map((r) => r.id)).toEqual([id]);
		second.close();
	});

	test('stores text verbatim through bound parameters', () => {
		const store = openFeedbackStore(join(dir, 'feedback.sqlite'));
		const text = `'); DROP TABLE responses; -- "Góp ý" \u{1F44D}\nDòng hai\t.`;
		store.add(response({ text, consultation: "x' OR '1'='1" }));
		expect(store.list("x' OR '1'='1").map((r) => r.text)).toEqual([text]);
		expect(store.list('du-thao-day-them-2026')).toEqual([]);
		store.close();
	});

	test('refuses an unknown respondent group', () => {
		const store = openFeedbackStore(join(dir, 'feedback.sqlite'));
		expect(() => store.add(response({ group: 'robot' as NewResponse['group'] }))).toThrow(
			/respondent group/,
		);
		expect(store.countsByConsultation()).toEqual({});
		store.close();
	});

	test('counts by consultation, from inclusive, to exclusive', () => {
		const store = openFeedbackStore(join(dir, 'feedback.sqlite'));
		store.add(response({ receivedAt: new Date('2026-11-01T00:00:00Z') }));
		store.add(response({ receivedAt: new Date('2026-11-10T00:00:00Z') }));
		store.add(
			response({ consultation: 'constructor', receivedAt: new Date('2026-11-10T00:00:00Z') }),
		);
		store.add(response({ consultation: 'sgk-2027', receivedAt: new Date('2026-11-20T00:00:00Z') }));
		expect(store.countsByConsultation()).toEqual({
			constructor: 1,
			'du-thao-day-them-2026': 2,
			'sgk-2027': 1,
		});
		expect(store.countsByConsultation(new Date('2026-11-10T00:00:00Z'))).toEqual({
			constructor: 1,
			'du-thao-day-them-2026': 1,
			'sgk-2027': 1,
		});
		expect(store.countsByConsultation(undefined, new Date('2026-11-10T00:00:00Z'))).toEqual({
			'du-thao-day-them-2026': 1,
		});
		expect(
			store.countsByConsultation(
				new Date('2026-11-02T00:00:00Z'),
				new Date('2026-11-20T00:00:00Z'),
			),
		).toEqual({ constructor: 1, 'du-thao-day-them-2026': 1 });
		store.close();
	});

	test('a response is visible to another process as soon as add returns', () => {
		const path = join(dir, 'feedback.sqlite');
		const store = openFeedbackStore(path);
		const id = store.add(response());
		// The store is still open: the row must already be committed, not waiting in a transaction.
		expect(readElsewhere(path)).toEqual([
			{
				id,
				consultation: 'du-thao-day-them-2026',
				respondent_group: 'teacher',
				text: response().text,
				locale: 'vi',
				received_at: '2026-11-26T03:04:05.000Z',
			},
		]);
		store.close();
	});

	test('a response survives the process being killed right after add returns', async () => {
		const path = join(dir, 'feedback.sqlite');
		const storeUrl = pathToFileURL(join(import.meta.dirname, 'store.ts')).href;
		// The child runs store.ts itself (Node strips the types), prints the id, then idles until killed.
		const script = `
      import { openFeedbackStore } from ${JSON.stringify(storeUrl)};
      const store = openFeedbackStore(process.argv[1]);
      const id = store.add({ consultation: 'du-thao-day-them-2026', group: 'press', text: 'Báo chí hỏi về lộ trình.', locale: 'vi', receivedAt: new Date('2026-11-26T03:04:05Z') });
      process.stdout.write(id + '\\n');
      setInterval(() => {}, 1000);`;
		const child = spawn(
			process.execPath,
			['--disable-warning=ExperimentalWarning', '--input-type=module', '-e', script, path],
			{ stdio: ['ignore', 'pipe', 'pipe'] },
		);
		let stderr = '';
		child.stderr.on('data', (chunk) => (stderr += chunk));
		const id = await new Promise<number>((resolve, reject) => {
			let out = '';
			child.stdout.on('data', (chunk) => {
				out += chunk;
				if (out.includes('\n')) {
					child.kill('SIGKILL');
					resolve(Number(out.trim()));
				}
			});
			child.on('exit', () => reject(new Error(`child exited before printing an id: ${stderr}`)));
		});
		const exit = await new Promise<NodeJS.Signals | null>((resolve) => {
			if (child.signalCode) resolve(child.signalCode);
			else child.on('exit', (_code, signal) => resolve(signal));
		});
		expect(exit).toBe('SIGKILL');
		// Killed before it could close the database: the row is only in the write-ahead log, which
		// the next reader must recover.
		expect(statSync(`${path}-wal`).size).toBeGreaterThan(0);
		expect(readElsewhere(path)).toMatchObject([
			{ id, respondent_group: 'press', text: 'Báo chí hỏi về lộ trình.' },
		]);
	});
});
