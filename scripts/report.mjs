#!/usr/bin/env node
/**
 * The Department's communication report for a period (six-monthly report due 10 May, yearly
 * report due 10 November):
 *
 *   npm run report -- --from 2023-01-01 --to 2023-06-30 [--content content] [--db .data/feedback.sqlite] [--out reports]
 *
 * Writes `<out>/bao-cao-<from>-<to>.md` and `.csv` and prints the Markdown. The same content
 * gives the same bytes on every run (no timestamp, no machine path), so a report can be re-made
 * and compared. Exit codes: 0 done, 2 wrong arguments, 1 anything else (e.g. an unreadable database).
 *
 * The report itself is TypeScript in `src/lib/report/`, which reads the content through the site's
 * own schemas (`src/schemas/kinds.ts`) and modules written for Vite (imports without `.ts`), so
 * this script loads it with tsx's loader (`tsImport`), scoped to that import.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';

const usage = `Cách dùng (usage): npm run report -- --from YYYY-MM-DD --to YYYY-MM-DD [--content content] [--db .data/feedback.sqlite] [--out reports]
  --from, --to  ngày đầu và ngày cuối kỳ báo cáo, tính cả hai ngày, theo giờ Việt Nam
  --content     thư mục nội dung (mặc định: content)
  --db          cơ sở dữ liệu ý kiến góp ý (mặc định: biến FEEDBACK_DB hoặc .data/feedback.sqlite)
  --out         thư mục ghi báo cáo (mặc định: reports)`;

/** Runs the report; returns the exit code (set rather than `process.exit`, so stdout is flushed). */
async function main() {
	const {
		PeriodError,
		computeFigures,
		parsePeriod,
		readReportInput,
		renderCsv,
		renderMarkdown,
		reportBaseName,
	} = await tsImport('../src/lib/report/index.ts', import.meta.url);

	let values;
	try {
		({ values } = parseArgs({
			options: {
				from: { type: 'string' },
				to: { type: 'string' },
				content: { type: 'string' },
				db: { type: 'string' },
				out: { type: 'string' },
				help: { type: 'boolean', short: 'h' },
			},
			strict: true,
			allowPositionals: false,
		}));
	} catch (error) {
		console.error(`${error instanceof Error ? error.message : error}\n${usage}`);
		return 2;
	}
	if (values.help) {
		console.log(usage);
		return 0;
	}

	let period;
	try {
		period = parsePeriod(values.from, values.to);
	} catch (error) {
		if (!(error instanceof PeriodError)) throw error;
		console.error(`${error.message}\n${usage}`);
		return 2;
	}

	const contentDir = values.content ?? 'content';
	if (!existsSync(contentDir)) {
		console.error(`Không có thư mục nội dung "${contentDir}". (--content: no such folder.)`);
		return 2;
	}
	// An empty FEEDBACK_DB (exported but blank) means "not set", like an absent one.
	const dbPath = values.db ?? (process.env.FEEDBACK_DB || '.data/feedback.sqlite');
	const outDir = values.out ?? 'reports';

	const input = await readReportInput(contentDir, dbPath);
	// An item scheduled for later (publishAt) is not yet published: the build's clock decides, as
	// for the site (BUILD_NOW overrides it).
	const { buildNow } = await tsImport('../src/lib/schedule.ts', import.meta.url);
	const figures = computeFigures(input, period, buildNow());
	const markdown = renderMarkdown(figures);
	const base = join(outDir, reportBaseName(period));
	mkdirSync(outDir, { recursive: true });
	writeFileSync(`${base}.md`, markdown);
	writeFileSync(`${base}.csv`, renderCsv(figures));

	process.stdout.write(markdown);
	// Notes for whoever runs the command go to stderr, so stdout stays the report itself.
	if (input.responses === null)
		console.error(
			`Không có cơ sở dữ liệu ý kiến góp ý tại ${dbPath}; báo cáo ghi "no response database".`,
		);
	for (const problem of figures.problems) console.error(`Lưu ý: ${problem}`);
	console.error(`Đã ghi ${base}.md và ${base}.csv`);
	return 0;
}

try {
	process.exitCode = await main();
} catch (error) {
	console.error(
		`Không lập được báo cáo (report failed): ${error instanceof Error ? error.message : error}`,
	);
	process.exitCode = 1;
}
