import { render, type DataEntryMap } from 'astro:content';
import { cacheDir } from '~/lib/cache-dir';
import { bodiesDir, readBody, storedBodyFile } from '~/lib/content/bodies';

/**
 * `render()` for an entry whose HTML the article loader kept out of the content store
 * (src/lib/content/bodies.ts): the HTML is read from its file and handed to Astro's own `render()`,
 * which resolves the body's images as for any Markdown entry. Other entries (bodies with blocks,
 * compiled as MDX) go to `render()` as they are.
 */
export function renderBody<C extends keyof DataEntryMap>(entry: DataEntryMap[C][string]) {
	const name = storedBodyFile(entry);
	if (name === undefined || !entry.rendered) return render<C>(entry);
	const file = entry.filePath ?? `${entry.collection}/${entry.id}`;
	const html = readBody(bodiesDir(cacheDir, entry.collection), name, file);
	return render<C>({ ...entry, rendered: { ...entry.rendered, html } });
}
