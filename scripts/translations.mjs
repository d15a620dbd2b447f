#!/usr/bin/env node
/**
 * Which translations the Office should send to translators, per language:
 *
 *   npm run translations [-- --content content] [--csv reports/ban-dich.csv]
 *
 * Prints, for every language of `src/i18n/locales.ts` but Vietnamese, the items without a
 * translation, those whose translation may be out of date (since when, and why) and those up to
 * date, as Markdown on stdout. `--csv <file>` also writes the same as CSV (one row per item and
 * language, UTF-8 with a BOM for Excel); `--csv -` prints the CSV instead of the Markdown. Files
 * the build would reject are named on stderr. The same content gives the same bytes (no
 * timestamp). Exit codes: 0 done, 2 wrong arguments, 1 anything else.
 *
 * The logic is TypeScript in `src/lib/translation-report/`, reading the content through the site's
 * own schemas; tsx's loader (`tsImport`) runs it, as for `npm run report`.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';

const usage = `Cách dùng (usage): npm run translations -- [--content content] [--csv <tệp.csv>|-]
  --content  thư mục nội dung (mặc định: content)
  --csv      ghi thêm bảng CSV vào tệp này; "-" in CSV thay cho Markdown`;

/** Runs the report; returns the exit code (set rather than `process.exit`, so stdout is flushed). */
async function main() {
	let values;
	try {
		({ values } = parseArgs({
			options: {
				content: { type: 'string' },
				csv: { type: 'string' },
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
	const contentDir = values.content ?? 'content';
	if (!existsSync(contentDir)) {
		console.error(`Không có thư mục nội dung "${contentDir}". (--content: no such folder.)`);
		return 2;
	}

	const { readItems, renderStatusCsv, renderStatusMarkdown, translationStatusReport } =
		await tsImport('../src/lib/translation-report/index.ts', import.meta.url);
	const { locales, translationLocales } = await tsImport('../src/i18n/locales.ts', import.meta.url);
	const { documentKinds } = await tsImport('../src/schemas/kinds.ts', import.meta.url);

	const { items, problems } = readItems(contentDir, documentKinds);
	const languages = translationLocales.map((code) => ({ code, label: locales[code].label }));
	const report = translationStatusReport(items, languages);

	if (values.csv === '-') process.stdout.write(renderStatusCsv(report));
	else {
		process.stdout.write(renderStatusMarkdown(report));
		if (values.csv) {
			mkdirSync(dirname(values.csv), { recursive: true });
			writeFileSync(values.csv, renderStatusCsv(report));
			console.error(`Đã ghi ${values.csv}`);
		}
	}
	// Notes for whoever runs the command go to stderr, so stdout stays the report itself.
	for (const problem of problems) console.error(`Lưu ý: ${problem}`);
	return 0;
}

try {
	process.exitCode = await main();
} catch (error) {
	console.error(
		`Không lập được báo cáo bản dịch (translation report failed): ${error instanceof Error ? error.message : error}`,
	);
	process.exitCode = 1;
}
