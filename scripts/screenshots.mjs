#!/usr/bin/env node
/**
 * A gallery of every template, in every language it has a page in, at the three widths readers use most: a
 * cheap phone (360×640), a current phone (390×844) and a laptop (1280×800). For reviewers and for
 * us: a page nobody has looked at is not done.
 *
 *   npm run screenshots -- [--build] [--only <template name part>]
 *
 * Uses the existing dist/ (builds it when missing; `--build` runs `npm run build` first), serves
 * it on a free loopback port and drives Debian's Chromium (/usr/bin/chromium or CHROMIUM_PATH).
 * The pages are the ones the accessibility tests check (tests/browser/templates.ts), found in the
 * built site itself. Writes tests/.tmp/screenshots/<template>-<lang>-<width>.png (the whole page)
 * and index.html, which shows them side by side with a line where the first screen ends, and
 * prints how far down each page its content starts (the header, the urgent notice and the menu
 * above it), because on a phone that is what decides whether a reader sees any news at all.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';

const { values: args } = parseArgs({
	options: {
		build: { type: 'boolean', default: false },
		only: { type: 'string' },
	},
});

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist', 'client');
const out = join(root, 'tests/.tmp/screenshots');

/** Width × height of each screen, and the name the files and the index use for it. */
const viewports = [
	{ name: '360', width: 360, height: 640 },
	{ name: '390', width: 390, height: 844 },
	{ name: '1280', width: 1280, height: 800 },
];

if (args.build || !existsSync(join(dist, 'index.html'))) {
	const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
	if (built.status !== 0) process.exit(built.status ?? 1);
}

// The template list and the test helpers are TypeScript with the project's `~/` paths.
const load = (path) => tsImport(join(root, path), import.meta.url);
const { templatePages } = await load('tests/browser/templates.ts');
const { serveStatic } = await load('tests/support/static-server.ts');
const { launchBrowser } = await load('tests/support/browser.ts');

const slug = (name) => name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
const shots = [];
const templates = templatePages(dist).filter(([name]) => !args.only || name.includes(args.only));

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
const server = await serveStatic(dist);
const browser = await launchBrowser();
try {
	for (const viewport of viewports) {
		const context = await browser.newContext({
			viewport: { width: viewport.width, height: viewport.height },
			deviceScaleFactor: 1,
		});
		const page = await context.newPage();
		for (const [name, paths] of templates) {
			for (const [lang, path] of Object.entries(paths)) {
				await page.goto(server.url + path, { waitUntil: 'load' });
				// Search results arrive after the page loads.
				if (path.includes('?q=')) await page.waitForTimeout(1500);
				// Lazy images load only near the screen: scroll through the page once so the
				// whole-page picture shows them, then measure from the top.
				await page.evaluate(async () => {
					for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
						scrollTo(0, y);
						await new Promise((r) => setTimeout(r, 60));
					}
					// Each image loads, fails, or is given up after two seconds.
					const settled = (img) =>
						new Promise((done) => {
							if (img.complete) return done();
							img.addEventListener('load', done, { once: true });
							img.addEventListener('error', done, { once: true });
							setTimeout(done, 2000);
						});
					await Promise.all([...document.images].map(settled));
					scrollTo(0, 0);
				});
				const measured = await page.evaluate(() => {
					const main = document.querySelector('main');
					const top = (el) => (el ? Math.round(el.getBoundingClientRect().top + scrollY) : null);
					return {
						contentTop: top(main),
						pageHeight: document.documentElement.scrollHeight,
					};
				});
				const file = `${slug(name)}-${lang}-${viewport.name}.png`;
				await page.screenshot({ path: join(out, file), fullPage: true });
				shots.push({ name, lang, path, viewport, file, ...measured });
			}
		}
		await context.close();
	}
} finally {
	await browser.close();
	await server.close();
}

// The figures first: where content starts, per template and width.
console.log('Content starts at (px from the top; the first screen is 640 / 844 / 800 px):');
for (const [name] of templates) {
	const row = shots.filter((s) => s.name === name);
	const cells = row.map((s) => `${s.lang} ${s.viewport.name}: ${s.contentTop}`).join(' · ');
	console.log(`  ${name.padEnd(30)} ${cells}`);
}

const escape = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const figure = (s) => {
	// Where the first screen ends, drawn over the whole-page image.
	const fold = (s.viewport.height / s.pageHeight) * 100;
	return `<figure style="width:${Math.round(s.viewport.width / 2)}px">
<a href="${s.file}"><span class="shot"><img src="${s.file}" loading="lazy" alt=""><span class="fold" style="top:${fold.toFixed(2)}%"></span></span></a>
<figcaption>${s.lang} · ${s.viewport.width}×${s.viewport.height} · content at ${s.contentTop} px<br><code>${escape(s.path)}</code></figcaption></figure>`;
};
const sections = templates.map(([name]) => {
	const row = shots.filter((s) => s.name === name);
	return `<section><h2>${escape(name)}</h2><div class="row">${row.map(figure).join('\n')}</div></section>`;
});
await writeFile(
	join(out, 'index.html'),
	`<!doctype html><html lang="en"><meta charset="utf-8"><title>Screenshots of every template</title>
<style>body{font:14px system-ui,sans-serif;margin:1rem}.row{display:flex;gap:1rem;align-items:flex-start;overflow-x:auto}
figure{margin:0;flex:none}.shot{position:relative;display:block;max-height:70vh;overflow:hidden;border:1px solid #ccc}
img{width:100%;display:block}.fold{position:absolute;left:0;right:0;border-top:2px dashed red}
figcaption{font-size:12px;margin-top:.25rem}code{word-break:break-all}</style>
<h1>Every template at 360, 390 and 1280 px</h1><p>The dashed red line is where the first screen ends. Generated ${new Date().toISOString()}.</p>
${sections.join('\n')}</html>`,
);
console.log(`${shots.length} screenshots and index.html in ${out}`);
