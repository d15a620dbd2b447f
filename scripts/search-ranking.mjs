#!/usr/bin/env node
/**
 * Search ranking measurement: runs every query of the ranking set (tests/search/ranking-set.ts)
 * through the site's own search page in headless Chromium — its `<site-search>` script, Pagefind
 * options and meta weights, so the figures are what readers get — and prints where the expected
 * page came (or "not in top 20"), then the top-1 rate, the mean reciprocal rank (MRR) and the
 * entries meeting their required rank, overall and per kind (src/lib/search/ranking.ts). Writes the
 * per-query results to `<out>/results.json`. Exits 0 whatever the figures: a measurement, not a
 * test. It measures the built site in dist/client and builds it only when it is missing.
 *
 * It measures twice: the site as built, then a copy of it with decoy pages added and re-indexed
 * with the site's own indexer (scripts/search-ranking-decoys.ts: pages holding a query's words
 * many times, never side by side), which is where ranking by syllable shows.
 *
 *   npm run bench:ranking -- [--dist dist/client] [--out tests/.tmp/ranking] [--no-decoys]
 *
 * The set, the arithmetic and the search paths are TypeScript written for Vite (imports without
 * `.ts`, `~/` aliases), so they are loaded with tsx's loader (`tsImport`), as scripts/report.mjs does.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';

const { values: args } = parseArgs({
	options: {
		dist: { type: 'string', default: 'dist/client' },
		out: { type: 'string', default: 'tests/.tmp/ranking' },
		'no-decoys': { type: 'boolean', default: false },
	},
});
const dist = resolve(args.dist);
const out = resolve(args.out);
/** How deep the results are read: the search page shows ten, “show more” ten more. */
const depth = 20;

const { rankingSet } = await tsImport('../tests/search/ranking-set.ts', import.meta.url);
const { rankOf, rankingReport } = await tsImport('../src/lib/search/ranking.ts', import.meta.url);
const { localeOfPath } = await tsImport('../src/lib/paths.ts', import.meta.url);
const { launchBrowser } = await tsImport('../tests/support/browser.ts', import.meta.url);
const { serveStatic } = await tsImport('../tests/support/static-server.ts', import.meta.url);
const { siteWithDecoys, topResults } = await tsImport(
	'../tests/support/search-page.ts',
	import.meta.url,
);

function ensureBuilt() {
	if (existsSync(join(dist, 'pagefind/pagefind.js'))) return;
	console.log(`no built site with a search index in ${dist}: building it (npx astro build)`);
	const run = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit' });
	if (run.status !== 0 || !existsSync(join(dist, 'pagefind/pagefind.js'))) {
		console.error('the build failed; nothing measured');
		process.exit(1);
	}
}

const percent = (x) => `${(x * 100).toFixed(0)} %`;
const line = (name, f) =>
	`${name.padEnd(16)} ${String(f.count).padStart(3)}   top-1 ${`${f.top1}/${f.count}`.padStart(6)} (${percent(f.top1Rate).padStart(5)})   MRR ${f.mrr.toFixed(3)}   meeting required rank ${f.meeting}/${f.count}`;

/** A copy of the built site with the decoy pages added, indexed as the build indexes it. */
async function withDecoys() {
	const site = join(out, 'site');
	const made = await siteWithDecoys(dist, site, rankingSet);
	console.log(
		`\n${made.decoys} decoy pages added; indexed ${Object.entries(made.languages)
			.map(([l, n]) => `${n} ${l}`)
			.join(', ')} pages in ${(made.ms / 1000).toFixed(1)} s`,
	);
	return site;
}

/** Run the whole set on the site in `dir`; print each query and the figures. */
async function measure(name, dir) {
	console.log(`\n== ${name} ==`);
	const server = await serveStatic(dir);
	const browser = await launchBrowser();
	const results = [];
	try {
		const page = await browser.newPage();
		const errors = [];
		page.on('pageerror', (e) => errors.push(e.message));
		for (const entry of rankingSet) {
			const locale = localeOfPath(entry.expected);
			const top = await topResults(page, server.url, locale, entry.query, depth);
			const rank = rankOf(top, entry.expected);
			const meets = rank !== null && rank <= entry.required;
			results.push({ ...entry, locale, rank, meets, top: top.slice(0, 5) });
			console.log(
				`${meets ? 'ok  ' : 'MISS'} ${(rank === null ? `not in top ${depth}` : `#${rank}`).padStart(15)} (need ≤${entry.required})  ${entry.kind.padEnd(15)} “${entry.query}” → ${entry.expected}${rank === 1 ? '' : `; first: ${top[0] ?? 'nothing'}`}`,
			);
		}
		if (errors.length > 0) console.log(`\nerrors on the search page: ${errors.join('; ')}`);
	} finally {
		await browser.close();
		await server.close();
	}
	const report = rankingReport(results);
	console.log(`\n${name}\nkind             n     top-1               MRR       entries`);
	for (const [kind, figures] of Object.entries(report.byKind)) console.log(line(kind, figures));
	console.log(line('all', report.overall));
	return { report, results };
}

async function main() {
	ensureBuilt();
	const runs = { site: await measure('the site as built', dist) };
	if (!args['no-decoys']) runs.decoys = await measure('with decoy pages', await withDecoys());
	await mkdir(out, { recursive: true });
	await writeFile(join(out, 'results.json'), `${JSON.stringify({ depth, ...runs }, null, '\t')}\n`);
	console.log(`\nper-query results: ${join(args.out, 'results.json')}`);
}

await main();
