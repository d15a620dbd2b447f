import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog, type Item } from '~/data/catalog';
import { renderPlan, renders } from '~/data/incremental';
import { routeParam } from '~/lib/paths';

/**
 * PDFs attached to items (a consultation's draft and outcome report, a legal document's full
 * text), published once beside the item's Vietnamese page: `/lay-y-kien/<slug>/du-thao.pdf`.
 * Pages in every language link to that one copy. The catalog has already checked each file
 * exists and is a PDF.
 */
export const getStaticPaths = (async () => {
	const catalog = await loadCatalog();
	const owners: Item[] = [...catalog.articles, ...catalog.withdrawn, ...catalog.documents];
	// An incremental build writes the files of the pages it renders (the rest are the previous build's).
	const { plan } = renderPlan(catalog);
	return owners.flatMap((item) =>
		Object.values(item.attachments)
			.filter(({ href }) => renders(plan, `${dirname(href)}/`))
			.map(({ href, source }) => ({
				params: {
					owner: routeParam(dirname(href)),
					file: href.slice(dirname(href).length + 1).replace(/\.pdf$/i, ''),
				},
				props: { source },
			})),
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ source: string }> = async ({ props }) =>
	new Response(new Uint8Array(await readFile(props.source)), {
		headers: { 'Content-Type': 'application/pdf' },
	});
