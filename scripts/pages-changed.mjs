#!/usr/bin/env node
/**
 * The pages a build changed, for CI that publishes to GitHub/GitLab Pages (no release folders):
 *
 *   npm run pages:changed -- --dir dist/client [--before <manifest.json>] [--write-manifest <file>] [--site <url>]
 *
 * Prints one address per line (+ new, ~ changed, - removed) against the manifest of the last
 * published build, kept in CI's build cache; `--write-manifest` then stores this build's. A
 * missing --before file is the first publication: every page is new. Exit 0, or 2 on wrong usage.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const usage =
	'Cách dùng (usage): npm run pages:changed -- --dir dist/client [--before <manifest.json>] [--write-manifest <file>] [--site <url>]';
function fail(message) {
	process.stderr.write(`Lỗi (error): ${message}\n${usage}\n`);
	process.exit(2);
}
let args;
try {
	({ values: args } = parseArgs({
		options: {
			dir: { type: 'string' },
			before: { type: 'string' },
			'write-manifest': { type: 'string' },
			site: { type: 'string' },
		},
		strict: true,
	}));
} catch (error) {
	fail(error.message);
}
const here = process.env.INIT_CWD || process.cwd();
if (!args.dir) fail('thiếu --dir (missing --dir)');
const dir = resolve(here, args.dir);
if (!existsSync(dir)) fail(`${dir}: không có thư mục này (no such folder)`);

const { pageManifest, comparePages, formatChanges } = await import('../src/lib/deploy/manifest.ts');
const { defaultSiteUrl } = await import('../src/config/site.ts');
const site = args.site || process.env.SITE_URL?.trim() || defaultSiteUrl;

const after = pageManifest(dir);
const beforeFile = args.before ? resolve(here, args.before) : undefined;
const before =
	beforeFile && existsSync(beforeFile) ? JSON.parse(readFileSync(beforeFile, 'utf8')) : undefined;
const changes = comparePages(before, after);
process.stdout.write(
	`pages: ${changes.added.length} new, ${changes.changed.length} changed, ${changes.removed.length} removed${before ? '' : ' (no earlier manifest: first publication)'}\n`,
);
for (const line of formatChanges(changes, site, 1000)) process.stdout.write(`${line}\n`);
if (args['write-manifest']) {
	const out = resolve(here, args['write-manifest']);
	mkdirSync(dirname(out), { recursive: true });
	writeFileSync(out, `${JSON.stringify(after, null, '\t')}\n`);
}
