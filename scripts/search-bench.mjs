#!/usr/bin/env node
/**
 * Search benchmark: what the đ folding costs. Generates N articles per language (default 5000;
 * `--n 500` for a quick run) as built-looking HTML (scripts/search-bench-corpus.ts), indexes them
 * twice with the site's own indexer (src/integrations/search-index.ts), without and with the
 * unmarked đ keys, then runs the same queries against both in headless Chromium through
 * pagefind.js and counts the bytes each query fetches (each in a fresh browser context, so the
 * runtime is counted too; the first ten results' data are loaded, as the search page does).
 * Prints index time, index size, bytes per query, and how the top ten compare.
 *
 *   npm run bench:search -- [--n 5000] [--out tests/.tmp/search-bench] [--keep]
 */
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSearchIndex } from '../src/integrations/search-index.ts';
import { metaWeightsFor, phraseQueries } from '../src/lib/search/fold.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { benchPage } from './search-bench-corpus.ts';

const { values: args } = parseArgs({
	options: {
		n: { type: 'string', default: '5000' },
		out: { type: 'string', default: 'tests/.tmp/search-bench' },
		keep: { type: 'boolean', default: false },
	},
});
const n = Number(args.n);
const out = resolve(args.out);
const site = join(out, 'site');

/**
 * Queries: each focus phrase (what a relevant page is about, scripts/search-bench-corpus.ts) typed
 * with its marks and without them. Phrases with đ are what the folding is for; the others check
 * that it harms nothing.
 */
const phrases = {
	vi: [
		'đào tạo nghề',
		'điểm chuẩn lớp 10',
		'đề thi tốt nghiệp',
		'đồ dùng dạy học',
		'đội tuyển học sinh giỏi',
		'định mức kinh phí',
		'đường đến trường',
		'đạo đức nhà giáo',
		'dao động điểm thi',
		'dạy thêm học thêm',
		'dân tộc thiểu số',
		'giáo dục hòa nhập',
		'thư viện xanh',
		'bữa ăn bán trú',
	],
	en: [
		'Đinh Công Tráng school',
		'Đồng Văn industrial park',
		'vocational training',
		'graduation exam papers',
		'green libraries',
	],
};
const unmarked = (s) =>
	s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

const size = async (dir) => {
	let bytes = 0;
	let files = 0;
	for (const f of await readdir(dir, { recursive: true })) {
		const s = await stat(join(dir, f));
		if (s.isFile()) ((bytes += s.size), files++);
	}
	return { bytes, files };
};
const kib = (b) => `${(b / 1024).toFixed(0)} KiB`;
const mib = (b) => `${(b / 1024 / 1024).toFixed(1)} MiB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function generate() {
	await rm(out, { recursive: true, force: true });
	const started = performance.now();
	for (const locale of ['vi', 'en'])
		for (let i = 0; i < n; i++) {
			const page = benchPage(locale, i);
			await mkdir(dirname(join(site, page.file)), { recursive: true });
			await writeFile(join(site, page.file), page.html);
		}
	const { bytes } = await size(site);
	console.log(
		`corpus: ${2 * n} pages (${n} vi + ${n} en), ${mib(bytes)} of HTML in ${((performance.now() - started) / 1000).toFixed(1)} s`,
	);
}

async function index(variant) {
	const root = join(out, variant);
	await mkdir(join(root, 'en'), { recursive: true });
	for (const [dir, lang] of [
		[root, 'vi'],
		[join(root, 'en'), 'en'],
	])
		await writeFile(
			join(dir, 'index.html'),
			`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>bench</title></head><body></body></html>`,
		);
	const report = await writeSearchIndex(site, {
		fold: variant !== 'plain',
		outputPath: join(root, 'pagefind'),
	});
	const all = await size(join(root, 'pagefind'));
	const data = await size(join(root, 'pagefind/index'));
	const frags = await size(join(root, 'pagefind/fragment'));
	return {
		variant,
		ms: report.ms,
		languages: report.languages,
		total: all.bytes,
		files: all.files,
		index: data.bytes,
		fragments: frags.bytes,
	};
}

/** Run one query in a fresh context; bytes by kind, and the top ten with whether each holds `phrase`. */
async function query(browser, base, variant, locale, q, phrase) {
	const context = await browser.newContext();
	const page = await context.newPage();
	// The phrase searches run on the fold index: they need nothing of their own in it.
	const bundle = variant === 'phrase' ? 'fold' : variant;
	await page.goto(`${base}/${bundle}/${locale === 'en' ? 'en/' : ''}`);
	const bytes = { runtime: 0, index: 0, fragment: 0, other: 0, requests: 0 };
	page.on('requestfinished', async (request) => {
		const s = await request.sizes();
		const kind = /\.pf_index$/.test(request.url())
			? 'index'
			: /\.pf_fragment$/.test(request.url())
				? 'fragment'
				: /\/pagefind\//.test(request.url())
					? 'runtime'
					: 'other';
		bytes[kind] += s.responseBodySize + s.responseHeadersSize;
		bytes.requests++;
	});
	// As the search page does (src/components/layout/site-search.ts): the meta weights for the
	// query, and for `phrase` the quoted searches of the query's spellings, whose pages come first.
	const term = q.normalize('NFC');
	const phrases = variant === 'phrase' ? phraseQueries(term) : [];
	const result = await page.evaluate(
		`(async () => {
      const pagefind = await import('/${bundle}/pagefind/pagefind.js');
      ${variant !== 'plain' ? `await pagefind.options({ ranking: { metaWeights: ${JSON.stringify(metaWeightsFor(term))} } });` : ''}
      let results = (await pagefind.search(${JSON.stringify(term)})).results;
      // As pairCounts and phraseFirst (src/lib/search/merge.ts): the pages holding most pairs first.
      const held = new Map();
      for (const spellings of ${JSON.stringify(phrases)}) {
        const pages = new Set();
        for (const q of spellings) for (const r of (await pagefind.search(q)).results) pages.add(r.id);
        for (const id of pages) held.set(id, (held.get(id) ?? 0) + 1);
      }
      results = [...results].sort((a, b) => (held.get(b.id) ?? 0) - (held.get(a.id) ?? 0));
      const top = await Promise.all(results.slice(0, 10).map((r) => r.data()));
      const phrase = ${JSON.stringify(phrase.toLowerCase())};
      return { count: results.length, top: top.map((d) => d.url.replace(/^\\/(plain|fold)\\//, '/')), relevant: top.filter((d) => d.content.toLowerCase().includes(phrase)).length };
    })()`,
	);
	await page.waitForLoadState('networkidle');
	await context.close();
	return { ...result, bytes: { ...bytes, total: bytes.runtime + bytes.index + bytes.fragment } };
}

async function main() {
	console.log(`search benchmark, N = ${n} per language, in ${out}`);
	await generate();
	const indexes = [];
	for (const variant of ['plain', 'fold']) indexes.push(await index(variant));
	console.log('\nindex            time      total size   files   word index   fragments');
	for (const x of indexes)
		console.log(
			`${x.variant.padEnd(12)} ${(x.ms / 1000).toFixed(1).padStart(6)} s   ${mib(x.total).padStart(9)}   ${String(x.files).padStart(6)}   ${mib(x.index).padStart(9)}   ${mib(x.fragments).padStart(9)}`,
		);

	await writeFile(join(out, '404.html'), '<!doctype html><title>404</title>'); // the static server answers misses with it
	const server = await serveStatic(out);
	const browser = await launchBrowser();
	const rows = [];
	try {
		for (const locale of ['vi', 'en'])
			for (const phrase of phrases[locale])
				for (const q of [...new Set([unmarked(phrase).toLowerCase(), phrase])]) {
					const plain = await query(browser, server.url, 'plain', locale, q, phrase);
					const fold = await query(browser, server.url, 'fold', locale, q, phrase);
					const phrased = await query(browser, server.url, 'phrase', locale, q, phrase);
					rows.push({
						phrase: phrased,
						locale,
						q,
						kind: q === phrase ? 'marks' : /[đĐ]/.test(phrase) ? 'no marks, đ' : 'no marks',
						hasD: /[đĐ]/.test(phrase),
						plain,
						fold,
					});
				}
	} finally {
		await browser.close();
		await server.close();
	}

	console.log(
		'\nquery                                   results (plain → fold)   relevant in top 10   bytes fetched (plain → fold)   of which index chunks',
	);
	for (const r of rows)
		console.log(
			`${`${r.locale} ${r.q}`.padEnd(39)} ${`${r.plain.count} → ${r.fold.count}`.padStart(22)}   ${`${r.plain.relevant} → ${r.fold.relevant}`.padStart(18)}   ${`${kib(r.plain.bytes.total)} → ${kib(r.fold.bytes.total)}`.padStart(28)}   ${`${kib(r.plain.bytes.index)} → ${kib(r.fold.bytes.index)}`.padStart(20)}`,
		);
	const ratio = rows.map((r) => r.fold.bytes.total / r.plain.bytes.total);
	const sum = (list, f) => list.reduce((s, r) => s + f(r), 0);
	const group = (name, list) => {
		const overlap = sum(list, (r) => r.fold.top.filter((u) => r.plain.top.includes(u)).length);
		const top10 = sum(list, (r) => Math.min(10, r.plain.top.length));
		console.log(
			`${name.padEnd(44)} relevant in top 10: plain ${sum(list, (r) => r.plain.relevant)}, fold ${sum(list, (r) => r.fold.relevant)} of ${list.length * 10}; same top 10 pages: ${overlap} of ${top10}`,
		);
	};
	console.log(
		`\nbytes per query, median: plain ${kib(median(rows.map((r) => r.plain.bytes.total)))}, fold ${kib(median(rows.map((r) => r.fold.bytes.total)))}; index chunks ${kib(median(rows.map((r) => r.plain.bytes.index)))} → ${kib(median(rows.map((r) => r.fold.bytes.index)))}`,
	);
	console.log(
		`fold / plain bytes per query: median ${median(ratio).toFixed(2)}×, max ${Math.max(...ratio).toFixed(2)}× (limit 2×: ${Math.max(...ratio) <= 2 ? 'ok' : 'EXCEEDED'})`,
	);
	group(
		'typed without marks, phrase with đ',
		rows.filter((r) => r.kind === 'no marks, đ'),
	);
	group(
		'typed with marks, phrase with đ',
		rows.filter((r) => r.kind === 'marks' && r.hasD),
	);
	group(
		'phrases without đ, with or without marks',
		rows.filter((r) => !r.hasD),
	);
	// The phrase searches (issue: phrase-aware ranking) against the search of before, on one index.
	const several = rows.filter((r) => r.q.trim().split(/\s+/).length >= 2);
	const twoSyllables = rows.filter((r) => r.q.trim().split(/\s+/).length === 2);
	const phraseRatio = several.map((r) => r.phrase.bytes.total / r.fold.bytes.total);
	console.log(
		`\nwith phrase searches (phrase) / before (fold), bytes per query of several words: median ${median(phraseRatio).toFixed(2)}×, max ${Math.max(...phraseRatio).toFixed(2)}×`,
	);
	if (twoSyllables.length > 0) {
		const two = twoSyllables.map((r) => r.phrase.bytes.total / r.fold.bytes.total);
		console.log(
			`two-word queries: median ${median(two).toFixed(2)}×, max ${Math.max(...two).toFixed(2)}× (limit 1.5×: ${Math.max(...two) <= 1.5 ? 'ok' : 'EXCEEDED'})`,
		);
	}
	console.log(
		`relevant in top 10 (the page holds the phrase): fold ${sum(rows, (r) => r.fold.relevant)}, phrase ${sum(rows, (r) => r.phrase.relevant)} of ${rows.length * 10}`,
	);
	await writeFile(join(out, 'results.json'), JSON.stringify({ n, indexes, rows }, null, 2));
	if (!args.keep) await rm(site, { recursive: true, force: true });
}

await main();
