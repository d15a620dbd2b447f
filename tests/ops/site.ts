import { dirname } from 'node:path';
import { build, fixtureContent } from '../build/builds';

/**
 * The fixture site built once per test file (a folder with `client/` and `server/`, what
 * `npm run deploy -- --from` takes). Both ops files use one name, so the second build reuses the
 * first's caches (tests/.tmp/cache-ops-site) and takes seconds, not a cold build's half minute.
 */
export function buildOpsSite(): string {
	const result = build('ops-site', fixtureContent);
	console.log(`ops site build: exit ${result.status} in ${(result.ms / 1000).toFixed(1)} s`);
	if (result.status !== 0) throw new Error(`the fixture site did not build:\n${result.output}`);
	return dirname(result.outDir);
}
