#!/usr/bin/env node
/**
 * Has a scheduled item become due since the live site was built? For a scheduled CI job:
 *
 *   npm run publish:due -- --since-url https://so.example/ && npm run deploy -- …
 *
 * Prints one line per due item (`<publishAt> <kind>/<folder>`). Exit codes: 0 something became
 * due (rebuild), 3 nothing due, 2 wrong arguments, 1 anything else. The logic is
 * `src/lib/publish-due.ts`, loaded with tsx as `scripts/report.mjs` does.
 */
import { tsImport } from 'tsx/esm/api';

try {
	const { publishDue, contentItems } = await tsImport('../src/lib/publish-due.ts', import.meta.url);
	const result = await publishDue(process.argv.slice(2), {
		env: process.env,
		fetch: (url) => fetch(url, { signal: AbortSignal.timeout(20_000), cache: 'no-store' }),
		readItems: contentItems,
	});
	for (const line of result.out) console.log(line);
	for (const line of result.err) console.error(line);
	process.exitCode = result.code;
} catch (error) {
	console.error(`publish:due thất bại (failed): ${error instanceof Error ? error.message : error}`);
	process.exitCode = 1;
}
