import { execFileSync } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildNow, isPreview, releaseRecord } from '../lib/schedule.ts';

/** The checkout's short commit, or null outside a git checkout. */
function shortCommit(): string | null {
	try {
		return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		}).trim();
	} catch {
		return null;
	}
}

/**
 * Writes `release.json` at the root of the static output: `{ "builtAt", "commit" }`, nothing else
 * (no future time: an embargo must not be readable there). `npm run publish:due -- --since-url`
 * reads it to learn what the live site was built as of (src/lib/schedule.ts).
 *
 * `builtAt` is the build's clock taken when the build starts, before any page is rendered, so it is
 * never later than the clock the pages were built by: an item falling due during a long build is
 * found due by the next scheduled run rather than missed.
 *
 * A preview build (`SITE_PREVIEW=1`) also has its sitemap removed: nothing there is for crawlers.
 */
export function release(): AstroIntegration {
	let startedAt: Date | undefined;
	return {
		name: 'release',
		hooks: {
			'astro:build:start': () => {
				startedAt = buildNow();
			},
			'astro:build:done': async ({ dir, logger }) => {
				const record = releaseRecord(startedAt ?? buildNow(), shortCommit());
				await writeFile(fileURLToPath(new URL('release.json', dir)), `${JSON.stringify(record)}\n`);
				if (isPreview()) {
					await rm(fileURLToPath(new URL('sitemap.xml', dir)), { force: true });
					logger.info('preview build: noindex pages, robots.txt disallows all, no sitemap');
				}
				logger.info(`release.json: built at ${record.builtAt}, commit ${record.commit ?? '–'}`);
			},
		},
	};
}
