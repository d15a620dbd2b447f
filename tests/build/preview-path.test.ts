import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { backendFromEnv } from '../../admin/backend';
import { cmsConfig, entryFolder } from '../../admin/config';
import { documentKinds } from '~/schemas/kinds';
import { readResults, root } from './builds';
import { Dist } from './dist';

/**
 * Decap's "Xem trước" opens `<preview address>/<preview_path>` with `{{dirname}}` replaced by the
 * entry's folder: on the real site as built, that must be the entry's page for every entry of
 * every kind (a draft's preview is a build of its branch, laid out the same way).
 */
const site = readResults().site!;
const dist = new Dist(site.outDir);
const config = cmsConfig({ backend: backendFromEnv({}), siteUrl: 'https://e.vn', previews: true });

test.each(documentKinds)('every %s entry’s preview path is its page on the built site', (kind) => {
	expect(site.status, site.output.slice(-2000)).toBe(0);
	const collection = config.collections.find((c) => c.name === kind)!;
	const template = (collection as { preview_path: string }).preview_path;
	const folders = readdirSync(join(root, 'content', kind), { withFileTypes: true })
		.filter((e) => e.isDirectory())
		.map((e) => e.name);
	expect(folders.length).toBeGreaterThan(0);
	const missing = folders
		.map((folder) => `/${template.replace(entryFolder, folder)}`)
		.filter((path) => !dist.file(path));
	// Drafts are not built; every other entry must resolve.
	const drafts = folders.filter((f) =>
		/^draft:\s*true/m.test(readFileSafe(join(root, 'content', kind, f, 'index.vi.md'))),
	);
	expect(missing.sort()).toEqual(drafts.map((f) => `/${template.replace(entryFolder, f)}`).sort());
});

function readFileSafe(path: string): string {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return '';
	}
}
