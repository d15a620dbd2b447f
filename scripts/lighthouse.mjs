#!/usr/bin/env node
/**
 * Lighthouse scores of the built site: serves `dist/` on a free loopback port
 * (tests/support/static-server.ts) and runs Lighthouse's default mobile profile (simulated slow 4G
 * and a mid-range phone) in Debian's Chromium on one page of each kind: the home page, a listing,
 * an article (the first one /tin-tuc/ links to), the search page, and the English home page.
 * Prints the four category scores ×100 with LCP, CLS, TBT and the bytes transferred, then, for
 * every score below 100, the audits that cost points, so we know what to fix. The full reports go
 * to tests/.tmp/lighthouse/<page>.json (open them in https://googlechrome.github.io/lighthouse/viewer/).
 *
 * What is served is a copy of dist/ (tests/.tmp/lighthouse/site): any `npm run build` in this
 * working tree rewrites dist/, and one that starts mid-run would leave pages missing (404).
 *
 * It is a measurement, not a test: it exits 0 whatever the scores, non-zero only if Lighthouse or
 * Chromium fails.
 *
 *   npm run lighthouse -- [--build]
 *
 * Uses the existing dist/ (builds it when missing); `--build` runs `npm run build` first. Chromium
 * is /usr/bin/chromium or CHROMIUM_PATH. The local server sends files uncompressed and without
 * cache headers, unlike a real host: audits about those say so in the list.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { parse } from 'node-html-parser';
import { serveStatic } from '../tests/support/static-server.ts';

const { values: args } = parseArgs({ options: { build: { type: 'boolean', default: false } } });

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist', 'client');
const reports = join(root, 'tests/.tmp/lighthouse');
const site = join(reports, 'site');
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Audits whose result depends on the server, not on the site: serveStatic neither compresses nor
 * sets Cache-Control, which the production host (or a CDN in front of dist/) is configured to do.
 */
const serverAudits = {
	'cache-insight': 'local server sends no Cache-Control',
	'uses-long-cache-ttl': 'local server sends no Cache-Control',
	'document-latency-insight': 'local server does not compress',
	'uses-text-compression': 'local server does not compress',
};

/** The first article /tin-tuc/ links to: a built page under /tin-tuc/ that Pagefind would index. */
function firstArticle(dir) {
	const listing = parse(readFileSync(join(dir, 'tin-tuc/index.html'), 'utf8'));
	for (const a of listing.querySelectorAll('main a[href^="/tin-tuc/"]')) {
		const href = a.getAttribute('href');
		const file = join(dir, href, 'index.html');
		if (
			href !== '/tin-tuc/' &&
			existsSync(file) &&
			readFileSync(file, 'utf8').includes('data-pagefind-body')
		)
			return href;
	}
	throw new Error('no article link found in tin-tuc/index.html');
}

const pct = (score) =>
	score === null || score === undefined ? '–' : String(Math.round(score * 100));

/** Audits of a category that cost points (scored below 1, or errored), metrics first. */
function failing(lhr, categoryId) {
	const order = ['metrics', 'insights', 'diagnostics'];
	return lhr.categories[categoryId].auditRefs
		.filter((ref) => ref.group !== 'hidden') // e.g. TTI, max potential FID: kept for old reports, not scored
		.map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
		.filter(
			({ audit }) =>
				audit.scoreDisplayMode === 'error' ||
				(audit.score !== null &&
					audit.score < 1 &&
					!['informative', 'notApplicable', 'manual'].includes(audit.scoreDisplayMode)),
		)
		.sort((a, b) => (order.indexOf(a.ref.group) + 1 || 9) - (order.indexOf(b.ref.group) + 1 || 9))
		.map(({ ref, audit }) => {
			const kind =
				ref.group === 'metrics'
					? `metric, weight ${ref.weight}`
					: (lhr.categoryGroups?.[ref.group]?.title ?? ref.group ?? 'audit');
			const value = audit.displayValue ? `: ${audit.displayValue}` : '';
			const error =
				audit.scoreDisplayMode === 'error'
					? ` — error: ${audit.errorMessage}`
					: ` — score ${pct(audit.score)}`;
			const server = serverAudits[ref.id] ? ` (${serverAudits[ref.id]})` : '';
			return `[${kind}] ${audit.title}${value}${error}${server} (${ref.id})`;
		});
}

/** An item page under a section folder of the built site, preferring one whose HTML has `marker`. */
function firstIn(dir, section, marker) {
	const folder = join(dir, section);
	if (!existsSync(folder)) return [];
	const items = readdirSync(folder, { withFileTypes: true })
		.filter(
			(d) =>
				d.isDirectory() && d.name !== 'trang' && existsSync(join(folder, d.name, 'index.html')),
		)
		.map((d) => d.name);
	const item =
		items.find((name) => readFileSync(join(folder, name, 'index.html'), 'utf8').includes(marker)) ??
		items[0];
	return item ? [`/${section}/${item}/`] : [];
}

async function main() {
	if (args.build || !existsSync(join(dist, 'index.html'))) {
		console.log('building the site (npm run build) …');
		const run = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
		if (run.status !== 0) throw new Error(`npm run build failed (${run.status ?? run.signal})`);
	}
	await mkdir(reports, { recursive: true });
	await rm(site, { recursive: true, force: true });
	await cp(dist, site, { recursive: true });
	const pages = [
		['home', '/'],
		['listing', '/tin-tuc/'],
		['article', firstArticle(site)],
		['search', '/tim-kiem/'],
		['home-en', '/en/'],
		// The newsroom templates: a consultation (one with its form, if any is open) and the register.
		...firstIn(site, 'lay-y-kien', 'name="consultation"').map((path) => ['consultation', path]),
		['documents', '/van-ban/'],
	];

	const server = await serveStatic(site);
	const chrome = await chromeLauncher.launch({
		chromePath,
		// chrome-launcher adds its own switches against background traffic and first-run screens.
		chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu'],
		logLevel: 'silent',
	});
	const results = [];
	let failed = false;
	try {
		for (const [name, path] of pages) {
			const url = `${server.url}${path}`;
			process.stdout.write(`lighthouse ${path} … `);
			// One run at a time on the same Chromium: Lighthouse resets storage between runs, and two at
			// once on 2 cores would slow each other's simulated metrics.
			const result = await lighthouse(url, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
			});
			if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
			const { lhr } = result;
			await writeFile(join(reports, `${name}.json`), result.report);
			if (lhr.runtimeError) {
				failed = true;
				console.log(`failed: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
				continue;
			}
			console.log('done');
			for (const warning of lhr.runWarnings) console.log(`  warning: ${warning}`);
			results.push({ name, path, lhr });
		}
	} finally {
		chrome.kill();
		await server.close();
	}

	const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
	console.log(
		'\npage                                        perf  a11y  b-p   seo     LCP s    CLS    TBT ms   transfer KiB',
	);
	for (const { path, lhr } of results) {
		const a = lhr.audits;
		console.log(
			[
				path.length > 42 ? `${path.slice(0, 41)}…` : path.padEnd(42),
				...categories.map((c) => pct(lhr.categories[c].score).padStart(5)),
				(a['largest-contentful-paint'].numericValue / 1000).toFixed(2).padStart(9),
				a['cumulative-layout-shift'].numericValue.toFixed(3).padStart(6),
				a['total-blocking-time'].numericValue.toFixed(0).padStart(9),
				(a['total-byte-weight'].numericValue / 1024).toFixed(0).padStart(14),
			].join(' '),
		);
	}

	console.log('\nwhat costs points (categories below 100):');
	let any = false;
	for (const { path, lhr } of results)
		for (const c of categories) {
			if (lhr.categories[c].score === 1) continue;
			any = true;
			console.log(`\n${path} — ${lhr.categories[c].title} ${pct(lhr.categories[c].score)}`);
			for (const line of failing(lhr, c)) console.log(`  - ${line}`);
		}
	if (!any) console.log('  nothing: every category scores 100 on every page');
	console.log(`\nfull reports in ${relative(root, reports)}/`);
	if (failed) process.exitCode = 1;
}

await main();
