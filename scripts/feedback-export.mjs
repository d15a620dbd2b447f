#!/usr/bin/env node
/**
 * Exports the responses to one consultation as a CSV file for Excel, and prints how many came
 * from each group and on each day (Vietnam time).
 *
 *   npm run feedback:export -- --consultation <id> [--db <path>] [--out <file.csv>]
 *
 * Database: --db, else $FEEDBACK_DB, else .data/feedback.sqlite. Output: --out, else
 * `<id>-gop-y.csv` in the current directory. `npm run` starts scripts in the project root, so
 * paths typed on the command line (--db, --out) and the default output are resolved against the
 * directory npm was started from ($INIT_CWD), as the user expects; the default database path, like
 * the server's, against the project root.
 *
 * Exit codes: 0 done (also for a consultation without responses: a header-only CSV is written),
 * 2 wrong usage, missing or unreadable database.
 *
 * How this plain-JS script uses the TypeScript library: Node 22.18+ strips TypeScript types by
 * default (the project's Node, the `node` npm package, is 22.23: `process.features.typescript` is
 * "strip"), so it imports src/lib/feedback/*.ts directly, as scripts/search-bench.mjs does. Those
 * files use only erasable syntax and `.ts` import specifiers for that reason. No tsx, no build step,
 * and the CSV is made by the same tested code as everywhere else. The imports are dynamic so that an
 * older Node (the machine's default `node` may be 20) gets a clear message instead of a stack trace.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const usage =
	'Cách dùng (usage): npm run feedback:export -- --consultation <id> [--db <path>] [--out <file.csv>]';

/** Prints an error for a person (Vietnamese, English in brackets) and exits with code 2. */
function fail(message, showUsage = false) {
	process.stderr.write(`Lỗi (error): ${message}\n${showUsage ? `${usage}\n` : ''}`);
	process.exit(2);
}

if (!process.features.typescript || !process.getBuiltinModule?.('node:sqlite')) {
	fail(
		`cần Node ≥ 22.18, đang chạy ${process.version}; hãy chạy qua "npm run feedback:export" (needs Node ≥ 22.18 with node:sqlite and type stripping)`,
	);
}

// node:sqlite announces itself as experimental on every run; that notice is noise for the people
// running an export, every other warning is still printed.
process.removeAllListeners('warning');
process.on('warning', (warning) => {
	if (warning.name === 'ExperimentalWarning' && /SQLite/i.test(warning.message)) return;
	process.stderr.write(`${warning.name}: ${warning.message}\n`);
});

let args;
try {
	({ values: args } = parseArgs({
		options: { consultation: { type: 'string' }, db: { type: 'string' }, out: { type: 'string' } },
		strict: true,
	}));
} catch (error) {
	fail(error.message, true);
}

const { openFeedbackStore } = await import('../src/lib/feedback/store.ts');
const { summaryText, toCsv } = await import('../src/lib/feedback/export.ts');
const { isConsultationId } = await import('../src/lib/feedback/validate.ts');

const consultation = args.consultation;
if (!consultation) fail('thiếu --consultation (missing --consultation)', true);
// Also keeps the default file name inside the current directory (no "../" in an id).
if (!isConsultationId(consultation))
	fail(
		`"${consultation}" không phải mã đợt lấy ý kiến (not a consultation id: lowercase letters, digits and hyphens)`,
	);

const here = process.env.INIT_CWD || process.cwd();
const dbPath = args.db
	? resolve(here, args.db)
	: resolve(process.env.FEEDBACK_DB || '.data/feedback.sqlite');
const outPath = resolve(here, args.out ?? `${consultation}-gop-y.csv`);

// Checked first: opening a missing path would quietly create an empty database there.
if (!existsSync(dbPath))
	fail(`không tìm thấy cơ sở dữ liệu ${dbPath} (database file not found; use --db or FEEDBACK_DB)`);

let rows;
try {
	const store = openFeedbackStore(dbPath);
	try {
		rows = store.list(consultation);
	} finally {
		store.close();
	}
} catch (error) {
	fail(`không đọc được cơ sở dữ liệu ${dbPath} (cannot read the database): ${error.message}`);
}

mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, toCsv(rows));
process.stdout.write(`${summaryText(consultation, rows)}\nĐã ghi (written): ${outPath}\n`);
