#!/usr/bin/env node
/**
 * Compares two builds of the site, for refactors that must not change what readers get:
 *
 *   node scripts/compare-dist.mjs <before>/client <after>/client
 *
 * Asset file names carry content hashes (`_astro/global.Ab12Cd.css`), which change whenever a
 * source file moves; both trees are compared with those hashes replaced by `#`, in names and in
 * the text of every file. Prints added, removed and changed files (with the first differing line
 * of text files) and exits with 1 when anything differs, 0 otherwise.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const [before, after] = process.argv.slice(2);
if (!before || !after) {
	console.error('usage: node scripts/compare-dist.mjs <before-dir> <after-dir>');
	process.exit(2);
}

/** Astro's hashed names: `name.<8 url-safe chars>.ext`, and Pagefind's `name_<hex>.ext`. */
const hashed = /([.\-_])[A-Za-z0-9_-]{8}(\.(?:css|js|jpg|jpeg|png|webp|avif|svg|woff2?|pdf))/g;
const pagefindHash = /(pagefind[\w./-]*?)[._-][0-9a-f]{10,}/g;

/** A name or text with its content hashes masked. */
function mask(text) {
	return text.replace(hashed, '$1#$2').replace(pagefindHash, '$1#');
}

/** Every file under a folder, by masked relative path. */
function files(root) {
	const out = new Map();
	const walk = (dir) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else out.set(mask(relative(root, path)), path);
		}
	};
	walk(root);
	return out;
}

const textual = /\.(html|css|js|mjs|json|xml|txt|svg|webmanifest)$/;

const a = files(before);
const b = files(after);
const added = [...b.keys()].filter((k) => !a.has(k)).sort();
const removed = [...a.keys()].filter((k) => !b.has(k)).sort();
const changed = [];
for (const [key, pathA] of a) {
	const pathB = b.get(key);
	if (!pathB) continue;
	const bytesA = readFileSync(pathA);
	const bytesB = readFileSync(pathB);
	if (bytesA.equals(bytesB)) continue;
	if (!textual.test(key)) {
		changed.push({ key, detail: `binary, ${bytesA.length} → ${bytesB.length} bytes` });
		continue;
	}
	const textA = mask(bytesA.toString('utf8'));
	const textB = mask(bytesB.toString('utf8'));
	if (textA === textB) continue;
	// Pages are one long line: compare by tag boundaries to show where they part.
	const split = (t) => t.replace(/></g, '>\n<').split('\n');
	const linesA = split(textA);
	const linesB = split(textB);
	const i = linesA.findIndex((line, n) => line !== linesB[n]);
	changed.push({ key, detail: `- ${linesA[i]?.slice(0, 300)}\n    + ${linesB[i]?.slice(0, 300)}` });
}

console.log(`${a.size} files before, ${b.size} after (content hashes masked)`);
for (const k of added) console.log(`added    ${k}`);
for (const k of removed) console.log(`removed  ${k}`);
for (const c of changed) console.log(`changed  ${c.key}\n    ${c.detail}`);
console.log(`${added.length} added, ${removed.length} removed, ${changed.length} changed`);
process.exit(added.length + removed.length + changed.length > 0 ? 1 : 0);
