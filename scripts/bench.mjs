#!/usr/bin/env node
/**
 * Build benchmark: what our site costs to build, next to the least Astro can do with the same
 * content. Generates N items per language (default 500; each item has a Vietnamese file and an
 * English translation with its own slug, as news, stories and policies, text from
 * scripts/search-bench-corpus.ts turned into Markdown with headings and lists), then runs two cold
 * builds one after the other (2 cores: in parallel they would measure each other):
 *
 *   ours     `astro build` of this project with CONTENT_DIR pointing at the corpus: everything
 *            `npm run build` does (listings, feeds, images, the Pagefind index, share cards…);
 *   minimal  a bare Astro site generated beside the corpus: one glob collection over the same
 *            Markdown and one page per entry holding its title and body (no layout, CSS, images
 *            or integrations), the floor for "Astro rendering this much Markdown".
 *
 * The topics and units registries, the identity settings and the three static pages are copied
 * from content/.
 *
 * For each: HTML pages written, wall time, pages per second, and peak memory. Memory is the sum of
 * VmRSS over the whole process tree, sampled every 100 ms from /proc (Pagefind's indexer is a
 * separate binary the Node API spawns; `/usr/bin/time -f %M` would see only the largest process),
 * and, for comparison with such tools, the largest single process's own peak (VmHWM). CPU time is
 * reported too, with the CPU anything else on the machine used meanwhile (a busy machine inflates
 * wall times; the CPU ratio is the steadier comparison). Our build's
 * log is read for where its time goes. The goals: our build within 4× the minimal one's time cold,
 * 2× with the caches of a previous build, 1.5× its memory. It is a measurement, not a test: it exits 0 when the goal is missed, non-zero
 * only when a build fails.
 *
 *   npm run bench -- [--n 500] [--images] [--keep] [--publish-one [--compare]]
 *
 * `--publish-one` then publishes four changes one after the other, as editors do (a new article, an
 * edited title, a withdrawal, a deletion), each by an incremental build from the build before
 * (`BUILD_PREVIOUS`, src/integrations/incremental.ts), and prints how long each took against the
 * warm full build and which files it changed, by kind. `--compare` also makes a full build of each
 * state and compares the two outputs file by file (the build tests do the same on the fixture).
 *
 * Our site is built from a root folder of its own (same config, src/ and public/; see
 * writeOursRoot), so that the benchmark and the project's tests can run at the same time.
 *
 * `--images` gives about one item in five a generated JPEG cover (a few sizes, 1080 to 2048 px
 * wide), so image optimisation is measured too. Everything goes to tests/.tmp/bench/; the corpus
 * and both outputs are removed afterwards unless `--keep` (build logs and results.json stay).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { copyFile, cp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { basename, extname, join, relative, resolve } from 'node:path';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { parse } from 'node-html-parser';
import sharp from 'sharp';
import { benchPage, random } from './search-bench-corpus.ts';

const { values: args } = parseArgs({
	options: {
		n: { type: 'string', default: '500' },
		images: { type: 'boolean', default: false },
		keep: { type: 'boolean', default: false },
		'publish-one': { type: 'boolean', default: false },
		compare: { type: 'boolean', default: false },
	},
});
const n = Number(args.n);
if (!Number.isInteger(n) || n < 1) throw new Error(`--n must be a positive integer, not ${args.n}`);

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'tests/.tmp/bench');
const corpus = join(out, 'content');
const minimalRoot = join(out, 'minimal');
const oursRoot = join(out, 'ours-root');
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');
/**
 * The goals (issue "A ten-year archive"): our build at most this many times the minimal build's
 * wall time, cold and with the caches of a previous build, and its peak memory (whole tree).
 */
const goal = { time: 4, warmTime: 2, memory: 1.5 };

const mib = (kib) => kib / 1024;
const secs = (ms) => (ms / 1000).toFixed(1);

// ---------------------------------------------------------------------------------------------
// The corpus

/** Lower-case ASCII slug: marks and đ folded, words joined by hyphens, cut at a word near 60 characters. */
function slugify(text, suffix) {
	const ascii = text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D')
		.toLowerCase();
	const words = ascii.split(/[^a-z0-9]+/).filter(Boolean);
	let slug = '';
	for (const w of words) {
		if (slug.length + w.length + 1 > 60) break;
		slug += (slug ? '-' : '') + w;
	}
	return `${slug}-${suffix}`;
}

/**
 * The text of one generated page: the search benchmark's generator writes built-looking HTML, so
 * its parts are read back out of it rather than generating a second, different text.
 */
function benchText(locale, i) {
	const doc = parse(benchPage(locale, i).html);
	return {
		title: doc.querySelector('h1').text,
		summary: doc.querySelector('.article__summary').text,
		// 2021 to 2026, as the generator spreads them.
		day: doc.querySelector('time').getAttribute('datetime').slice(0, 10),
		// Sentences end in "." and hold none inside, so a paragraph splits back into its sentences.
		paragraphs: doc.querySelectorAll('.prose p').map((p) => p.text.split(/(?<=\.) /)),
	};
}

const words = (sentence, count) => sentence.replace(/\.$/, '').split(' ').slice(0, count).join(' ');
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const yaml = (value) => JSON.stringify(value); // a JSON string is a valid YAML double-quoted scalar

/**
 * A Markdown body from the generated paragraphs: an introduction, then sections under `##`
 * headings every two paragraphs, one paragraph as a bulleted list, and per kind a numbered list
 * (policies: the steps) or a quotation (stories), as the real content has.
 */
function markdownBody(text, kind, rnd) {
	const { paragraphs } = text;
	const listAt = 1 + Math.floor(rnd() * (paragraphs.length - 1));
	const extraAt = listAt + 1 < paragraphs.length ? listAt + 1 : listAt - 1; // a neighbour, never the intro
	const blocks = [paragraphs[0].join(' ')];
	for (let p = 1; p < paragraphs.length; p++) {
		const sentences = paragraphs[p];
		if (p % 2 === 1) blocks.push(`## ${words(sentences.at(-1), 3 + Math.floor(rnd() * 4))}`);
		if (p === listAt) blocks.push(sentences.map((s) => `- ${s}`).join('\n'));
		else if (p === extraAt && kind === 'policies')
			blocks.push(
				`### ${words(sentences[0], 4)}`,
				sentences.map((s, k) => `${k + 1}. ${s}`).join('\n'),
			);
		else if (p === extraAt && kind === 'stories')
			blocks.push(`> ${sentences[0]}`, sentences.slice(1).join(' '));
		else blocks.push(sentences.join(' '));
	}
	return `${blocks.join('\n\n')}\n`;
}

/** A deterministic picture: a gradient sky, soft shapes, and film grain so it compresses like a photo. */
const coverSizes = [
	[1600, 1067],
	[1200, 800],
	[2048, 1365],
	[1080, 1350],
	[1920, 1080],
];
const grain = new Map();
async function coverJpeg(rnd) {
	const [w, h] = coverSizes[Math.floor(rnd() * coverSizes.length)];
	const hue = Math.floor(rnd() * 360);
	const shapes = Array.from({ length: 60 }, () => {
		const fill = `hsl(${Math.floor(hue + rnd() * 120)},${Math.floor(30 + rnd() * 50)}%,${Math.floor(25 + rnd() * 60)}%)`;
		return `<ellipse cx="${Math.floor(rnd() * w)}" cy="${Math.floor(rnd() * h)}" rx="${Math.floor(20 + (rnd() * w) / 5)}" ry="${Math.floor(20 + (rnd() * h) / 5)}" fill="${fill}" fill-opacity="${(0.3 + rnd() * 0.6).toFixed(2)}"/>`;
	}).join('');
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><defs><linearGradient id="g" x2="0" y2="1"><stop offset="0" stop-color="hsl(${hue},60%,75%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},40%,35%)"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/>${shapes}</svg>`;
	// One grain layer per size, reused: it is what costs most to make, and it need not differ.
	const key = `${w}x${h}`;
	if (!grain.has(key))
		grain.set(
			key,
			await sharp({
				create: {
					width: w,
					height: h,
					channels: 3,
					noise: { type: 'gaussian', mean: 128, sigma: 18 },
				},
			})
				.raw()
				.toBuffer(),
		);
	return sharp(Buffer.from(svg))
		.composite([
			{ input: grain.get(key), raw: { width: w, height: h, channels: 3 }, blend: 'overlay' },
		])
		.jpeg({ quality: 82 })
		.toBuffer();
}

const sources = [
	'Thông tư {n}/{y}/TT-BGDĐT',
	'Nghị định {n}/{y}/NĐ-CP',
	'Quyết định {n}/QĐ-UBND',
	'Kế hoạch số {n}/KH-SGDĐT',
	'Công văn {n}/SGDĐT-GDTrH',
];

/** Write item `i`: its kind, Vietnamese source file, English translation and maybe a cover. */
async function writeItem(i, registries) {
	// A stream of its own for the choices the text generator does not make, so the text stays the
	// search benchmark's and the site-specific facts are still the same on every run.
	const rnd = random(9_000_011 + i * 104_729);
	const pick = (list) => list[Math.floor(rnd() * list.length)];
	const kind = rnd() < 0.6 ? 'news' : rnd() < 0.5 ? 'stories' : 'policies';
	const vi = benchText('vi', i);
	const en = benchText('en', i);
	const id = slugify(vi.title, i);
	const dir = join(corpus, kind, id);
	await mkdir(dir, { recursive: true });

	const hour = String(7 + Math.floor(rnd() * 10)).padStart(2, '0');
	const date = `${vi.day}T${hour}:00:00+07:00`;
	const topics = [
		...new Set(Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(registries.topics))),
	];
	const plusDays = (days) =>
		new Date(Date.parse(`${vi.day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
	// Drawn with or without --images, so both corpora are the same but for the covers.
	const withCover = rnd() < 0.2;
	const cover = args.images && withCover;

	const viFields = [
		`title: ${yaml(vi.title)}`,
		`summary: ${yaml(vi.summary)}`,
		`date: ${date}`,
		...(rnd() < 0.15 ? [`updated: ${plusDays(1 + Math.floor(rnd() * 20))}T10:00:00+07:00`] : []),
		`topics: [${topics.join(', ')}]`,
		`unit: ${pick(registries.units)}`,
		...(cover
			? ['cover: cover.jpg', `coverAlt: ${yaml(cap(words(vi.paragraphs[0][1] ?? vi.summary, 9)))}`]
			: []),
		...(kind === 'stories' && rnd() < 0.05 ? ['featured: true'] : []),
	];
	const enFields = [
		`title: ${yaml(en.title)}`,
		`slug: ${slugify(en.title, i)}`,
		`summary: ${yaml(en.summary)}`,
		...(cover ? [`coverAlt: ${yaml(cap(words(en.paragraphs[0][1] ?? en.summary, 9)))}`] : []),
	];
	if (kind === 'policies') {
		const year = vi.day.slice(0, 4);
		viFields.push(
			`audience: ${yaml(words(vi.paragraphs[1][0], 14))}`,
			`effective: ${plusDays(15 + Math.floor(rnd() * 75))}`,
			`source: ${yaml(
				pick(sources)
					.replace('{n}', String(1 + Math.floor(rnd() * 300)))
					.replace('{y}', year),
			)}`,
			...(rnd() < 0.5 ? [`sourceUrl: https://vanban.example.gov.vn/van-ban/${i}`] : []),
		);
		enFields.push(`audience: ${yaml(words(en.paragraphs[1][0], 14))}`);
	}
	await writeFile(
		join(dir, 'index.vi.md'),
		`---\n${viFields.join('\n')}\n---\n\n${markdownBody(vi, kind, rnd)}`,
	);
	await writeFile(
		join(dir, 'index.en.md'),
		`---\n${enFields.join('\n')}\n---\n\n${markdownBody(en, kind, rnd)}`,
	);
	if (cover) await writeFile(join(dir, 'cover.jpg'), await coverJpeg(rnd));
	return { kind, cover, dir };
}

async function generate() {
	const started = performance.now();
	await rm(corpus, { recursive: true, force: true });
	const registries = {};
	for (const name of ['topics', 'units']) {
		await mkdir(join(corpus, name), { recursive: true });
		const files = (await readdir(join(root, 'content', name)))
			.filter((f) => /\.ya?ml$/.test(f))
			.sort();
		for (const f of files) await copyFile(join(root, 'content', name, f), join(corpus, name, f));
		registries[name] = files.map((f) => f.replace(/\.ya?ml$/, ''));
	}
	// The real about, organisation and contact pages too: the site links to them from every page.
	await cp(join(root, 'content/pages'), join(corpus, 'pages'), { recursive: true });
	// The Department's identity: every page names it and the build requires it.
	await cp(join(root, 'content/settings'), join(corpus, 'settings'), { recursive: true });
	const counts = { news: 0, stories: 0, policies: 0, covers: 0 };
	const items = [];
	for (let i = 0; i < n; i++) {
		const item = await writeItem(i, registries);
		items.push(item);
		counts[item.kind]++;
		if (item.cover) counts.covers++;
	}
	console.log(
		`corpus: ${n} items × 2 languages (${counts.news} news, ${counts.stories} stories, ${counts.policies} policies; ${counts.covers} covers) + the 3 static pages, in ${secs(performance.now() - started)} s`,
	);
	return { items, registries };
}

// ---------------------------------------------------------------------------------------------
// The minimal site

/** Write the bare Astro project. Being inside this project, it finds `astro` in our node_modules/ by walking up. */
async function writeMinimalSite() {
	await rm(minimalRoot, { recursive: true, force: true });
	await mkdir(join(minimalRoot, 'src/pages'), { recursive: true });
	await writeFile(
		join(minimalRoot, 'package.json'),
		`${JSON.stringify({ name: 'bench-minimal', private: true, type: 'module' }, null, 2)}\n`,
	);
	await writeFile(
		join(minimalRoot, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';

// The least Astro setup for the same Markdown. Syntax highlighting is off as on our site (there is
// no code in the corpus either way), so the two builds render Markdown alike.
export default defineConfig({
  cacheDir: process.env.ASTRO_CACHE_DIR,
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
});
`,
	);
	await writeFile(
		join(minimalRoot, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// Every Markdown file of the corpus, without a schema; ids are the paths ("news/x/vi").
export const collections = {
  entries: defineCollection({
    loader: glob({
      base: ${JSON.stringify(corpus)},
      pattern: '**/*.md',
      generateId: ({ entry }) => entry.replace(/\\/index\\.(\\w+)\\.md$/, '/$1'),
    }),
  }),
};
`,
	);
	await writeFile(
		join(minimalRoot, 'src/pages/[...slug].astro'),
		`---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  return (await getCollection('entries')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang={entry.id.split('/').at(-1)}>
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><h1>{entry.data.title}</h1><Content /></body>
</html>
`,
	);
}

// ---------------------------------------------------------------------------------------------
// Our site, from a root of its own

/**
 * Astro writes the generated content modules (`.astro/content-assets.mjs`: every content image's
 * import) into `<root>/.astro/`, which ASTRO_CACHE_DIR does not move. Two builds of one project
 * at once therefore read each other's list (a test build running beside the benchmark failed on
 * the test's deliberately broken image) and can break each other. So our site is built with
 * `--root` pointing at this folder, whose config is the project's own with its src/ and public/:
 * the same build, with its own `.astro/`.
 */
async function writeOursRoot() {
	await rm(oursRoot, { recursive: true, force: true });
	await mkdir(oursRoot, { recursive: true });
	// Root-relative globs (`/node_modules/@fontsource/…` in src/styles/font-files.ts) look in this root.
	await symlink(join(root, 'node_modules'), join(oursRoot, 'node_modules'));
	await writeFile(
		join(oursRoot, 'astro.config.mjs'),
		`// Generated by scripts/bench.mjs: the project's configuration, built from a root of its own.
import config from ${JSON.stringify(join(root, 'astro.config.mjs'))};

// Vite reads the ~/ alias from the tsconfig of the root it builds, and this root has none: given here.
export default {
	...config,
	srcDir: ${JSON.stringify(join(root, 'src'))},
	publicDir: ${JSON.stringify(join(root, 'public'))},
	vite: { ...config.vite, resolve: { ...config.vite?.resolve, alias: [{ find: '~', replacement: ${JSON.stringify(join(root, 'src'))} }] } },
};
`,
	);
}

// ---------------------------------------------------------------------------------------------
// Measuring a build

/**
 * The build's processes: `rootPid` and its descendants, each with the CPU time it has used (clock
 * ticks; for the root including its reaped children, e.g. a Pagefind run that has ended).
 * /proc/<pid>/stat is "pid (comm) state ppid … utime stime cutime cstime …" (comm may hold spaces).
 */
function processTree(rootPid) {
	const children = new Map();
	const cpu = new Map();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		let stat;
		try {
			stat = readFileSync(`/proc/${name}/stat`, 'utf8');
		} catch {
			continue; // exited while we looked
		}
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		const pid = Number(name);
		const ppid = Number(fields[1]);
		if (!children.has(ppid)) children.set(ppid, []);
		children.get(ppid).push(pid);
		const [utime, stime, cutime, cstime] = fields.slice(11, 15).map(Number);
		cpu.set(pid, pid === rootPid ? utime + stime + cutime + cstime : utime + stime);
	}
	const pids = [rootPid];
	const parent = new Map();
	for (let k = 0; k < pids.length; k++)
		for (const c of children.get(pids[k]) ?? []) {
			pids.push(c);
			parent.set(c, pids[k]);
		}
	return { pids, parent, cpuTicks: pids.reduce((sum, pid) => sum + (cpu.get(pid) ?? 0), 0) };
}

const cmdline = (pid) => {
	try {
		return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
	} catch {
		return undefined;
	}
};

/**
 * A child caught between fork and exec (Node starting Pagefind's binary, say) is still a copy of
 * its parent: the same command line, and the parent's pages, shared copy-on-write, in its VmRSS.
 * Summing it would count gigabytes twice for a few milliseconds (seen at N = 5000).
 */
const unexecedFork = (pid, parentPid) =>
	parentPid !== undefined && cmdline(pid) === cmdline(parentPid);

/** Busy CPU time of the whole machine so far, in clock ticks (/proc/stat: all but idle and iowait). */
function machineBusyTicks() {
	const [, ...ticks] = readFileSync('/proc/stat', 'utf8')
		.split('\n')[0]
		.trim()
		.split(/\s+/)
		.map(Number);
	return ticks.slice(0, 8).reduce((a, b) => a + b, 0) - ticks[3] - ticks[4];
}
const ticksPerSecond = 100; // USER_HZ, 100 on Linux whatever the kernel's HZ

/** VmRSS and VmHWM (KiB) and the name of a process, or undefined once it is gone. */
function memoryOf(pid) {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const field = (key) => Number(status.match(new RegExp(`^${key}:\\s+(\\d+)`, 'm'))?.[1] ?? 0);
		return { name: status.match(/^Name:\s+(.*)$/m)[1], rss: field('VmRSS'), hwm: field('VmHWM') };
	} catch {
		return undefined;
	}
}

/** Files under `dir` by extension (share cards and optimised images are build work too). */
function countFiles(dir) {
	const counts = {};
	if (!existsSync(dir)) return counts;
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const ext = extname(entry.name).slice(1) || '(none)';
		counts[ext] = (counts[ext] ?? 0) + 1;
	}
	return counts;
}

/**
 * Run `astro build` in `cwd` with a wiped cache and output folder, sampling the memory of its
 * process tree. Resolves with the measurements and the full log (also written beside the corpus).
 */
async function measureBuild(name, { cwd, projectRoot, outDir, cacheDir, env = {}, warm = false }) {
	await rm(outDir, { recursive: true, force: true });
	// A warm build keeps the cache of the build before it (content store, images, share cards).
	if (!warm) await rm(cacheDir, { recursive: true, force: true });
	console.log(`\nbuilding ${name} …`);
	const started = performance.now();
	// process.execPath is Node 22 under `npm run`, which Astro 7 needs.
	const child = spawn(
		process.execPath,
		[astroBin, 'build', '--root', projectRoot, '--outDir', outDir],
		{
			cwd,
			env: { ...process.env, ...env, ASTRO_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' },
			stdio: ['ignore', 'pipe', 'pipe'],
		},
	);
	let log = '';
	for (const stream of [child.stdout, child.stderr]) {
		stream.setEncoding('utf8'); // a Vietnamese character may straddle two chunks
		stream.on('data', (chunk) => (log += chunk));
	}

	const peak = { tree: 0, process: 0, processName: '', processes: 0, byName: {} };
	let cpuTicks = 0;
	const busyBefore = machineBusyTicks();
	const selfBefore = process.cpuUsage(); // this script's own sampling, not "someone else"
	const sample = () => {
		let tree = 0;
		const { pids, parent, cpuTicks: used } = processTree(child.pid);
		cpuTicks = Math.max(cpuTicks, used);
		const members = [];
		for (const pid of pids) {
			if (unexecedFork(pid, parent.get(pid))) continue;
			const m = memoryOf(pid);
			if (!m) continue;
			tree += m.rss;
			members.push(`${m.name} ${mib(m.rss).toFixed(0)}`);
			if (m.hwm > peak.process) Object.assign(peak, { process: m.hwm, processName: m.name });
			peak.byName[m.name] = Math.max(peak.byName[m.name] ?? 0, m.hwm);
		}
		if (tree > peak.tree) Object.assign(peak, { tree, atPeak: members.join(' + ') });
		peak.processes = Math.max(peak.processes, pids.length);
	};
	const timer = setInterval(sample, 100);
	const status = await new Promise((resolve) =>
		child.on('close', (code, signal) => resolve(code ?? signal)),
	);
	clearInterval(timer);
	const ms = performance.now() - started;
	// The machine is shared: CPU time used during the build by anything else (other builds, tests)
	// slows it down, so it is reported beside the result. The build's own is the last sample's.
	const self = process.cpuUsage(selfBefore);
	const otherCpuS = Math.max(
		0,
		(machineBusyTicks() - busyBefore - cpuTicks) / ticksPerSecond - (self.user + self.system) / 1e6,
	);
	log = stripVTControlCharacters(log); // Astro colours its log even into a pipe
	await writeFile(join(out, `${name}.log`), log);
	const files = countFiles(outDir);
	return {
		name,
		status,
		ms,
		pages: files.html ?? 0,
		files,
		peakTreeKiB: peak.tree,
		peakProcessKiB: peak.process,
		peakProcessName: peak.processName,
		peakByNameKiB: peak.byName,
		atPeak: peak.atPeak,
		processes: peak.processes,
		cpuS: cpuTicks / ticksPerSecond,
		otherCpuS,
		log,
	};
}

/**
 * Where our build's time goes, from Astro's log: each phase's "Completed in", Vite's bundles, the
 * content sync, and any integration line that reports a duration (the search index; share cards
 * once they log). Durations as printed.
 */
function phases(log) {
	const rows = [];
	let phase = 'startup';
	let images = 0;
	const routeMs = {};
	for (const line of log.split('\n')) {
		const text = line.replace(/^\d\d:\d\d:\d\d\s+/, '').trim();
		const tag = text.match(/^\[([\w-]+)\]/)?.[1];
		const header = text.match(
			/^(?:\[build\]\s+)?(Collecting build info|Building static entrypoints|Rearranging server assets|generating static routes|generating optimized images)/,
		);
		if (header) {
			phase = header[1];
			continue;
		}
		const progress = text.match(/^▶ .*\((\d+)\/(\d+)\)$/);
		if (progress) images = Number(progress[2]);
		// One line per route written, with its time: summed by file type (pages, share cards, feeds…).
		const route = text.match(/^[├└]─ \S+?(\.\w+)? \(\+(\d+)ms\)$/);
		if (route) routeMs[route[1] ?? '/'] = (routeMs[route[1] ?? '/'] ?? 0) + Number(route[2]);
		if (/^[├└]/.test(text)) continue;
		// The duration closing a line: "834ms", "3.89s.", "0.6 s", "(0.6 s)", "1m 56s", "2m 20s".
		const duration = text.match(/(?:(\d+)m\s?)?(\d+(?:\.\d+)?)\s?(ms|s)\b\.?\)?$/);
		if (!duration) continue;
		const seconds =
			Number(duration[1] ?? 0) * 60 + Number(duration[2]) / (duration[3] === 'ms' ? 1000 : 1);
		if (/Completed in/.test(text)) {
			// Astro's last "[build] Completed in" closes the whole page generation step.
			const label =
				tag === 'build' && /static routes|optimized images/.test(phase)
					? 'generate (routes + images + assets)'
					: phase === 'generating optimized images'
						? `${phase} (${images} files)`
						: phase;
			rows.push([label, seconds]);
		} else if (tag === 'vite')
			rows.push([`vite bundle ${rows.filter(([l]) => l.startsWith('vite')).length + 1}`, seconds]);
		else if (tag === 'types') rows.push(['content sync + types', seconds]);
		else if (tag === 'build' && /page\(s\) built in/.test(text))
			rows.push([`astro total (${text.match(/(\d+) page/)[1]} pages)`, seconds]);
		else if (tag && tag !== 'build' && tag !== 'content')
			rows.push([
				`${tag}: ${text.slice(tag.length + 3).replace(/\s+(?:in\s+|\()[\dm. ]+s\.?\)?$/, '')}`,
				seconds,
			]);
	}
	const byType = Object.entries(routeMs).sort((a, b) => b[1] - a[1]);
	const at = rows.findIndex(([label]) => label === 'generating static routes') + 1;
	rows.splice(
		at,
		0,
		...byType.map(([ext, ms]) => [`  of which ${ext} routes (sum of per-route times)`, ms / 1000]),
	);
	return rows;
}

function failed(result) {
	console.error(
		`\n${result.name} build failed (${result.status}); last lines of ${relative(root, join(out, `${result.name}.log`))}:\n`,
	);
	console.error(result.log.split('\n').slice(-40).join('\n'));
	process.exit(1);
}

// ---------------------------------------------------------------------------------------------

/** One benchmark at a time: a second run would delete the corpus the first one is building. */
async function lock() {
	const file = join(out, 'running.pid');
	if (existsSync(file)) {
		const pid = Number(readFileSync(file, 'utf8'));
		let alive = false;
		try {
			process.kill(pid, 0);
			alive = true;
		} catch {}
		if (alive && pid !== process.pid)
			throw new Error(
				`another benchmark (pid ${pid}) is using ${relative(root, out)}; wait for it to finish`,
			);
	}
	await writeFile(file, String(process.pid));
	process.on('exit', () => rmSync(file, { force: true }));
}

/** The commit measured, and whether the working tree differs from it: results compare across commits. */
function revision() {
	const git = (...a) => spawnSync('git', a, { cwd: root, encoding: 'utf8' }).stdout?.trim() ?? '';
	const changed = git('status', '--porcelain', '--untracked-files=no')
		.split('\n')
		.filter(Boolean).length;
	return `${git('rev-parse', '--short', 'HEAD') || 'unknown commit'}${changed ? ` + ${changed} changed file(s)` : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Publishing one item

/** Every file under `dir` but release.json (it names the build's time and commit): path → hash. */
function fileManifest(dir) {
	const files = new Map();
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = relative(dir, join(entry.parentPath, entry.name));
		if (path === 'release.json') continue;
		files.set(
			path,
			createHash('sha1')
				.update(readFileSync(join(dir, path)))
				.digest('hex'),
		);
	}
	return files;
}

/** What kind of output a file is, for the table of what a publication changed. */
function outputKind(path) {
	if (path.startsWith('pagefind/')) return 'search index';
	if (path.endsWith('share.jpg')) return 'share cards';
	if (path.endsWith('.html')) return 'pages';
	if (path.endsWith('.xml')) return 'feeds, sitemap';
	return 'other';
}

/** Files added, changed and removed between two manifests, by kind. */
function compareFiles(before, after) {
	const byKind = {};
	const count = (path, what) => {
		const kind = outputKind(path);
		byKind[kind] ??= { added: 0, changed: 0, removed: 0 };
		byKind[kind][what]++;
	};
	for (const [path, hash] of after)
		if (!before.has(path)) count(path, 'added');
		else if (before.get(path) !== hash) count(path, 'changed');
	for (const path of before.keys()) if (!after.has(path)) count(path, 'removed');
	return byKind;
}

/**
 * The four publications an editor makes, each on the site the one before left: a new article
 * (newer than every other), an edited title in the middle of the archive, a withdrawal, and a
 * deletion. Each is published by an incremental build from the output of the one before, with the
 * same caches; printed with what the build rendered, the files it changed, the share of the warm
 * full build it took, and the goal (10 % of a warm full build). With `--compare`, each state is
 * also built in full and the outputs compared file by file.
 */
async function publishOne({ items, site, buildNow, warm, minimal }) {
	const dist = join(out, 'dist');
	const middle = (k) => items[Math.floor(items.length / 2) + k];
	const edit = async (item, change) => {
		const file = join(item.dir, 'index.vi.md');
		await writeFile(file, change(await readFile(file, 'utf8')));
	};
	const scenarios = [
		{
			// Nothing changed: a build must then change no file, or every publication would seem to.
			name: 'nothing',
			what: 'the same content built again',
			apply: async () => {},
		},
		{
			name: 'new',
			what: 'a new article, newer than all, with its English translation',
			apply: async () => {
				const source = middle(0);
				const dir = join(corpus, source.kind, 'bai-moi-dang');
				await mkdir(dir, { recursive: true });
				for (const locale of ['vi', 'en']) {
					const text = await readFile(join(source.dir, `index.${locale}.md`), 'utf8');
					await writeFile(
						join(dir, `index.${locale}.md`),
						text
							.replace(/^title: "/m, 'title: "Mới: ')
							.replace(/^slug: (.*)$/m, 'slug: new-$1')
							.replace(/^date: .*$/m, 'date: 2026-12-31T09:00:00+07:00')
							.replace(/^updated: .*\n/m, ''),
					);
				}
			},
		},
		{
			name: 'edit',
			what: 'the title of an article in the middle of the archive',
			apply: () => edit(middle(1), (t) => t.replace(/^title: "/m, 'title: "Đã sửa: ')),
		},
		{
			name: 'withdraw',
			what: 'an article in the middle of the archive withdrawn',
			apply: () =>
				edit(middle(2), (t) =>
					t.replace(
						/^---\n/,
						'---\nwithdrawnAt: 2026-12-31T10:00:00+07:00\nwithdrawnReason: "Thông tin chưa chính xác."\n',
					),
				),
		},
		{
			name: 'delete',
			what: 'an article in the middle of the archive deleted',
			apply: () => rm(middle(3).dir, { recursive: true }),
		},
	];
	console.log(
		`\npublishing one item (an incremental build from the build before${args.compare ? ', then a full one to compare with' : ''})`,
	);
	let previous = dist;
	let before = fileManifest(join(dist, 'client'));
	const results = [];
	const env = { CONTENT_DIR: corpus, SITE_URL: site, BUILD_NOW: buildNow };
	const build = (name, outDir, extra = {}) =>
		measureBuild(name, {
			cwd: oursRoot,
			projectRoot: oursRoot,
			outDir,
			cacheDir: join(out, 'cache-ours'),
			env: { ...env, ...extra },
			warm: true,
		});
	for (const scenario of scenarios) {
		await scenario.apply();
		const outDir = join(out, `dist-publish-${scenario.name}`);
		const inc = await build(`publish-${scenario.name}`, outDir, { BUILD_PREVIOUS: previous });
		if (inc.status !== 0) failed(inc);
		// The outputs before the previous one are no longer needed (the first, dist/, stays).
		if (previous !== dist) await rm(previous, { recursive: true, force: true });
		previous = outDir;
		const after = fileManifest(join(outDir, 'client'));
		const changed = compareFiles(before, after);
		before = after;
		const said = inc.log.match(/\[incremental\] ((?:full|incremental) build[^\n]*)/)?.[1] ?? '?';
		let differing;
		if (args.compare) {
			const full = await build(`publish-${scenario.name}-full`, join(out, 'dist-full'));
			if (full.status !== 0) failed(full);
			const fullFiles = fileManifest(join(out, 'dist-full', 'client'));
			differing = [...new Set([...after.keys(), ...fullFiles.keys()])].filter(
				(f) => after.get(f) !== fullFiles.get(f),
			);
		}
		results.push({
			name: scenario.name,
			what: scenario.what,
			ms: inc.ms,
			peakTreeKiB: inc.peakTreeKiB,
			said,
			changed,
			differing,
		});
	}
	console.log(
		`\npublication   wall s   of warm build   goal ≤ 10 %   peak MiB   files added / changed / removed`,
	);
	for (const r of results) {
		const share = r.ms / warm.ms;
		const files = Object.entries(r.changed)
			.map(([kind, c]) => `${kind} ${c.added}/${c.changed}/${c.removed}`)
			.join(', ');
		console.log(
			`${r.name.padEnd(12)} ${secs(r.ms).padStart(7)} ${`${(share * 100).toFixed(0)} %`.padStart(15)}   ${share <= 0.1 ? 'met    ' : 'NOT met'}     ${mib(r.peakTreeKiB).toFixed(0).padStart(8)}   ${files || 'nothing'}`,
		);
	}
	console.log('\nwhat each build said:');
	for (const r of results) console.log(`  ${r.name.padEnd(10)} ${r.said}`);
	if (args.compare) {
		console.log('\nincremental output against a full build of the same content:');
		// The search index differs by design: a base and a delta (src/lib/search/delta.ts).
		for (const r of results) {
			const index = r.differing.filter((f) => f.startsWith('pagefind/'));
			const other = r.differing.filter((f) => !f.startsWith('pagefind/'));
			console.log(
				`  ${r.name.padEnd(10)} ${other.length === 0 ? 'every file outside the search index identical, byte for byte' : `${other.length} file(s) outside the search index differ: ${other.slice(0, 10).join(', ')}`}; search index: ${index.length} file(s) differ (base and delta, by design)`,
			);
		}
	}
	console.log(`(warm full build ${secs(warm.ms)} s; minimal site ${secs(minimal.ms)} s)`);
	return results;
}

async function main() {
	const measured = revision();
	console.log(
		`build benchmark, N = ${n} items per language${args.images ? ', with covers' : ''}, site at ${measured}, in ${relative(root, out)}`,
	);
	await mkdir(out, { recursive: true });
	await lock();
	const { items, registries } = await generate();
	await writeMinimalSite();
	await writeOursRoot();

	const site = process.env.SITE_URL ?? 'https://bench.example.edu.vn';
	// A fixed clock after every generated date (2021 to 2026): two builds of the same content are the
	// same, so what a publication changes can be compared file by file.
	const buildNow = '2027-01-01T00:00:00+07:00';
	const ours = await measureBuild('ours', {
		cwd: oursRoot, // the site reads entries' filePath (relative to the root) from the working directory
		projectRoot: oursRoot,
		outDir: join(out, 'dist'),
		cacheDir: join(out, 'cache-ours'),
		env: { CONTENT_DIR: corpus, SITE_URL: site, BUILD_NOW: buildNow },
	});
	if (ours.status !== 0) failed(ours);
	// The same build again with the caches the first one left: what a rebuild after an edit costs,
	// and what the goal is judged on (per-article work such as share cards is cached across builds).
	const oursWarm = await measureBuild('ours-warm', {
		cwd: oursRoot,
		projectRoot: oursRoot,
		outDir: join(out, 'dist'),
		cacheDir: join(out, 'cache-ours'),
		env: { CONTENT_DIR: corpus, SITE_URL: site, BUILD_NOW: buildNow },
		warm: true,
	});
	if (oursWarm.status !== 0) failed(oursWarm);
	const minimal = await measureBuild('minimal', {
		cwd: minimalRoot,
		projectRoot: minimalRoot,
		outDir: join(out, 'dist-minimal'),
		cacheDir: join(out, 'cache-minimal'),
	});
	if (minimal.status !== 0) failed(minimal);

	for (const r of [ours, oursWarm]) {
		console.log(`\nwhere ${r.name} spends its time (from its log):`);
		const rows = phases(r.log);
		const width = Math.max(...rows.map(([label]) => label.length));
		for (const [label, seconds] of rows)
			console.log(`  ${label.padEnd(width)} ${seconds.toFixed(2).padStart(8)} s`);
		const astroTotal = rows.find(([label]) => label.startsWith('astro total'));
		if (astroTotal)
			console.log(
				`  (wall time outside Astro's own total: Node start, config and integration set-up: ${(r.ms / 1000 - astroTotal[1]).toFixed(2)} s)`,
			);
	}

	console.log('\nbuild       pages    wall s    pages/s   peak MiB (tree)   largest process MiB');
	for (const r of [ours, oursWarm, minimal])
		console.log(
			`${r.name.padEnd(9)} ${String(r.pages).padStart(7)} ${secs(r.ms).padStart(9)} ${(r.pages / (r.ms / 1000)).toFixed(0).padStart(10)} ${mib(r.peakTreeKiB).toFixed(0).padStart(17)}   ${`${mib(r.peakProcessKiB).toFixed(0)} (${r.peakProcessName})`.padStart(19)}`,
		);
	const ratio = {
		time: ours.ms / minimal.ms,
		memory: ours.peakTreeKiB / minimal.peakTreeKiB,
		cpu: ours.cpuS / minimal.cpuS,
	};
	const verdict = (key) =>
		`${ratio[key].toFixed(2)}× (goal ≤ ${goal[key].toFixed(1)}×: ${ratio[key] <= goal[key] ? 'met' : 'NOT met'})`;
	console.log(`\nours (cold) / minimal: time ${verdict('time')}, memory ${verdict('memory')}`);
	const warmRatio = {
		time: oursWarm.ms / minimal.ms,
		memory: oursWarm.peakTreeKiB / minimal.peakTreeKiB,
	};
	console.log(
		`ours (warm caches) / minimal: time ${warmRatio.time.toFixed(2)}× (goal ≤ ${goal.warmTime.toFixed(1)}×: ${warmRatio.time <= goal.warmTime ? 'met' : 'NOT met'}), memory ${warmRatio.memory.toFixed(2)}× (goal ≤ ${goal.memory.toFixed(1)}×: ${warmRatio.memory <= goal.memory ? 'met' : 'NOT met'})`,
	);
	// CPU time barely changes when another job shares the cores, wall time does: a cross-check.
	console.log(
		`ours / minimal CPU time (user + system, whole tree): ${(ours.cpuS / minimal.cpuS).toFixed(2)}×`,
	);
	console.log(
		`(peak MiB (tree): sum of VmRSS over the build's process tree, forks not yet exec'd left out, sampled every 100 ms, up to ${ours.processes} processes; largest process: its own VmHWM)`,
	);
	for (const r of [ours, minimal]) {
		const top = Object.entries(r.files)
			.sort((a, b) => b[1] - a[1])
			.slice(0, 6);
		console.log(
			`files written, ${r.name}: ${top.map(([ext, count]) => `${count} .${ext}`).join(', ')}`,
		);
	}
	for (const r of [ours, minimal])
		console.log(
			`CPU, ${r.name}: the build ${r.cpuS.toFixed(1)} s over ${secs(r.ms)} s wall (${(r.cpuS / (r.ms / 1000)).toFixed(2)} cores of ${availableParallelism()}); everything else on the machine meanwhile ${r.otherCpuS.toFixed(1)} s${r.otherCpuS > 0.1 * (r.ms / 1000) * availableParallelism() ? ' — the machine was busy, times are inflated' : ''}`,
		);
	for (const r of [ours, minimal])
		console.log(
			`peak per process, ${r.name}: ${Object.entries(r.peakByNameKiB)
				.map(([name, kib]) => `${name} ${mib(kib).toFixed(0)} MiB`)
				.join(', ')}; at the tree's peak (MiB): ${r.atPeak}`,
		);

	const publications = args['publish-one']
		? await publishOne({ items, registries, site, buildNow, warm: oursWarm, minimal })
		: undefined;

	const strip = ({ log, ...r }) => ({
		...r,
		phases: r.name === 'minimal' ? undefined : phases(log),
	});
	await writeFile(
		join(out, 'results.json'),
		`${JSON.stringify({ n, images: args.images, revision: measured, ours: strip(ours), oursWarm: strip(oursWarm), minimal: strip(minimal), ratio, warmRatio, goal, publications }, null, 2)}\n`,
	);
	if (!args.keep)
		for (const dir of [
			corpus,
			join(out, 'dist'),
			join(out, 'dist-minimal'),
			join(out, 'dist-full'),
			...readdirSync(out)
				.filter((name) => name.startsWith('dist-publish-'))
				.map((name) => join(out, name)),
			join(out, 'cache-ours'),
			join(out, 'cache-minimal'),
		])
			await rm(dir, { recursive: true, force: true });
	console.log(
		`\nlogs and results.json in ${relative(root, out)}${args.keep ? `; corpus, outputs and both project roots kept (${basename(corpus)}/, dist/, dist-minimal/, ours-root/, minimal/)` : ''}`,
	);
}

await main();
