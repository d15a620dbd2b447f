/**
 * Where accepted responses are kept: one SQLite file (node:sqlite, no native dependency to build).
 *
 * A response is public comment on a draft policy and the Department must be able to show every
 * one it received, so an accepted response must not be lost: `add` returns only after the row is
 * committed, in WAL mode with `synchronous=FULL`, which syncs the log to disk at every commit (the
 * row survives the process being killed and, as far as the disk keeps its promises, a power cut).
 *
 * Nothing identifies a respondent: no address, user agent, name or e-mail, only the columns below.
 * The table layout is read directly by other tools (scripts/feedback-export.mjs and the
 * Department's own), so its names are fixed.
 *
 * Erasable TypeScript with `.ts` import specifiers, so Node's type stripping runs it as is.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type SQLOutputValue } from 'node:sqlite';
import { respondentGroups, type RespondentGroup } from './validate.ts';

const schema = `
CREATE TABLE IF NOT EXISTS responses (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  consultation TEXT NOT NULL,
  respondent_group TEXT NOT NULL,
  text TEXT NOT NULL,
  locale TEXT NOT NULL,
  received_at TEXT NOT NULL -- ISO 8601 UTC, e.g. 2026-11-26T03:04:05.000Z
);
CREATE INDEX IF NOT EXISTS responses_consultation ON responses(consultation, received_at);
`;

/** A response to store: what `parseFeedback` accepted, and when it arrived. */
export interface NewResponse {
	consultation: string;
	group: RespondentGroup;
	text: string;
	locale: string;
	receivedAt: Date;
}

/** A stored response, with its row id. */
export interface StoredResponse extends NewResponse {
	id: number;
}

export interface FeedbackStore {
	/** Stores a response durably and returns its row id. */
	add(r: NewResponse): number;
	/** A consultation's responses, oldest first. */
	list(consultation: string): StoredResponse[];
	/** Responses per consultation received in [from, to) (either bound optional); consultations without any are absent. */
	countsByConsultation(from?: Date, to?: Date): Record<string, number>;
	close(): void;
}

/**
 * `received_at` is written with `toISOString()` (always UTC, always 24 characters), so comparing
 * the text compares the instants and the index orders them in time.
 */
const iso = (date: Date): string => date.toISOString();

/** Reads a column that the schema declares `NOT NULL TEXT`; anything else means a damaged file. */
function text(row: Record<string, SQLOutputValue>, column: string): string {
	const value = row[column];
	if (typeof value !== 'string')
		throw new TypeError(`responses.${column} is not text in row ${String(row.id)}`);
	return value;
}

function toResponse(row: Record<string, SQLOutputValue>): StoredResponse {
	return {
		id: Number(row.id),
		consultation: text(row, 'consultation'),
		// Only `add` writes this table, and it accepts only the known groups.
		group: text(row, 'respondent_group') as RespondentGroup,
		text: text(row, 'text'),
		locale: text(row, 'locale'),
		receivedAt: new Date(text(row, 'received_at')),
	};
}

/** Opens (and creates, with its folders, if needed) the feedback database at `path`. */
export function openFeedbackStore(path: string): FeedbackStore {
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const db = new DatabaseSync(path);
	try {
		// WAL: the export can read while the site writes. FULL: every commit is synced to disk.
		// busy_timeout: two server processes writing at once wait for each other instead of failing.
		db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;');
		db.exec(schema);
	} catch (error) {
		db.close();
		throw error;
	}

	const insert = db.prepare(
		'INSERT INTO responses (consultation, respondent_group, text, locale, received_at) VALUES (?, ?, ?, ?, ?)',
	);
	const select = db.prepare(
		'SELECT id, consultation, respondent_group, text, locale, received_at FROM responses WHERE consultation = ? ORDER BY received_at, id',
	);
	const count = db.prepare(
		'SELECT consultation, count(*) AS n FROM responses WHERE received_at >= ? AND received_at < ? GROUP BY consultation ORDER BY consultation',
	);

	return {
		add(r) {
			if (!(respondentGroups as readonly string[]).includes(r.group))
				throw new TypeError(`Unknown respondent group: ${r.group}`);
			// Outside a transaction each statement commits by itself: when `run` returns, the row is on disk.
			const result = insert.run(r.consultation, r.group, r.text, r.locale, iso(r.receivedAt));
			return Number(result.lastInsertRowid);
		},
		list(consultation) {
			return select.all(consultation).map(toResponse);
		},
		countsByConsultation(from, to) {
			// '' sorts before every ISO date and '~' after, so a missing bound lets every row through.
			const rows = count.all(from ? iso(from) : '', to ? iso(to) : '~');
			// fromEntries defines own properties, so even an id such as "constructor" is a plain key.
			return Object.fromEntries(rows.map((row) => [text(row, 'consultation'), Number(row.n)]));
		},
		close() {
			db.close();
		},
	};
}
