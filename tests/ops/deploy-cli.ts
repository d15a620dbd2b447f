import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { root } from '../build/builds';

/** What one run of `npm run deploy` did. */
export interface DeployRun {
	code: number | null;
	output: string;
	/** When it exited (performance.now()). */
	endedAt: number;
}

/**
 * Run the real CLI, `scripts/deploy.mjs` (what `npm run deploy` runs), with this Node (22).
 * `onOutput` sees the output as it comes, for tests that act at a given moment.
 */
export function runDeploy(
	args: string[],
	env: Record<string, string> = {},
	onOutput?: (soFar: string) => void,
): Promise<DeployRun> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [join(root, 'scripts/deploy.mjs'), ...args], {
			cwd: root,
			env: { ...process.env, FORCE_COLOR: '0', ...env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		const add = (d: Buffer) => {
			output += d.toString();
			onOutput?.(output);
		};
		child.stdout.on('data', add);
		child.stderr.on('data', add);
		child.on('error', reject);
		child.on('exit', (code) => resolve({ code, output, endedAt: performance.now() }));
	});
}

/** Files of a folder and their SHA-256, to prove that nothing changed byte for byte. */
export function treeHash(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }))
		if (e.isFile()) {
			const path = join(e.parentPath, e.name);
			out[relative(dir, path).split(sep).join('/')] = createHash('sha256')
				.update(readFileSync(path))
				.digest('hex');
		}
	return out;
}

/**
 * A copy of a build whose stylesheets and scripts have new hashed names, as after an edit to the
 * styles: every `_astro/*.css|js` gets `tag` in its name and every page's reference follows.
 * Content edits change pages and Pagefind's files but not these, and a reader loop needs
 * releases whose CSS/JS names really differ.
 */
export function restyledCopy(dist: string, to: string, tag: string): string {
	cpSync(dist, to, { recursive: true });
	const assets = join(to, 'client/_astro');
	const renames = new Map<string, string>();
	for (const name of readdirSync(assets).filter((n) => /\.(css|js)$/.test(n))) {
		const next = name.replace(/\.(css|js)$/, `.${tag}.$1`);
		renameSync(join(assets, name), join(assets, next));
		renames.set(name, next);
	}
	// Scripts import each other by file name (`./dates.Hash.js`), so scripts are rewritten too.
	const pattern = new RegExp(
		[...renames.keys()].map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
		'g',
	);
	for (const e of readdirSync(join(to, 'client'), { recursive: true, withFileTypes: true }))
		if (e.isFile() && /\.(html|js)$/.test(e.name)) {
			const path = join(e.parentPath, e.name);
			writeFileSync(
				path,
				readFileSync(path, 'utf8').replace(pattern, (m) => renames.get(m)!),
			);
		}
	return to;
}

/** The stylesheets and scripts a page asks for. */
export function pageAssets(html: string): string[] {
	return [...html.matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]!);
}
