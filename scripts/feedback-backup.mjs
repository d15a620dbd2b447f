#!/usr/bin/env node
/**
 * A consistent copy of the feedback database, safe to take while the server runs and writes
 * (SQLite's online backup: src/lib/feedback/backup.ts).
 *
 *   npm run feedback:backup -- [--db <file>] [--out <file>]
 *
 * Database: --db, else $FEEDBACK_DB, else .data/feedback.sqlite (resolved like the export's).
 * Output: --out, else `feedback-<UTC date and time>.sqlite` in the current directory; an existing
 * file there is replaced only once the new copy is complete and sound. Prints the rows copied and
 * the file. Restoring: README, "Consultation responses".
 * Exit codes: 0 done, 2 wrong usage, missing database or failed backup (nothing replaced).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const usage = 'Cách dùng (usage): npm run feedback:backup -- [--db <file>] [--out <file>]';

function fail(message, showUsage = false) {
	process.stderr.write(`Lỗi (error): ${message}\n${showUsage ? `${usage}\n` : ''}`);
	process.exit(2);
}

if (!process.features.typescript || !process.getBuiltinModule?.('node:sqlite')?.backup)
	fail(
		`cần Node ≥ 22.18, đang chạy ${process.version}; hãy chạy qua "npm run feedback:backup" (needs Node ≥ 22.18 with node:sqlite's backup and type stripping)`,
	);
process.removeAllListeners('warning');
process.on('warning', (w) => {
	if (!(w.name === 'ExperimentalWarning' && /SQLite/i.test(w.message)))
		process.stderr.write(`${w.name}: ${w.message}\n`);
});

let args;
try {
	({ values: args } = parseArgs({
		options: { db: { type: 'string' }, out: { type: 'string' } },
		strict: true,
	}));
} catch (error) {
	fail(error.message, true);
}

const { backupFeedbackDb } = await import('../src/lib/feedback/backup.ts');

// `npm run` starts in the project root: paths typed by the user are theirs (INIT_CWD), the
// default database is the server's (project root), as in feedback:export.
const here = process.env.INIT_CWD || process.cwd();
const dbPath = args.db
	? resolve(here, args.db)
	: resolve(process.env.FEEDBACK_DB || '.data/feedback.sqlite');
const stamp = new Date().toISOString().replace(/\..*/, '').replace(/[-:]/g, '').replace('T', '-');
const outPath = resolve(here, args.out ?? `feedback-${stamp}.sqlite`);

try {
	const started = performance.now();
	const { rows, pages, file } = await backupFeedbackDb(dbPath, outPath);
	const ms = Math.round(performance.now() - started);
	process.stdout.write(
		`Đã sao lưu ${rows} ý kiến (rows copied: ${rows}, ${pages} pages, ${ms} ms)\nTệp (file): ${file}\n`,
	);
} catch (error) {
	fail(`không sao lưu được (backup failed): ${error.message}`);
}
