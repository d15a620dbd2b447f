/**
 * Where a CMS draft branch is published for review. Each `cms/…` branch gets a host of its own
 * under the preview domain (`https://<label>.preview.example.gov.vn/`) rather than a folder of the
 * live site: the site's pages and assets use root-relative URLs, so a preview works unchanged at the
 * root of its host, and one nginx `server` block (a wildcard name) serves every preview.
 */

/** A DNS label is at most 63 characters of a–z, 0–9 and inner hyphens (RFC 1035). */
const maxLabel = 63;

/** FNV-1a, 32 bits: a short stable suffix that keeps two long branch names apart. */
function fnv1a(text: string): string {
	let hash = 0x811c9dc5;
	for (const byte of new TextEncoder().encode(text)) {
		hash ^= byte;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(36).padStart(7, '0');
}

/**
 * The host label of a branch: `cms/news/doi-moi-2026` → `news-doi-moi-2026`. Decap names draft
 * branches `cms/<collection>/<slug>` with ASCII slugs; anything else (uppercase, dots, Vietnamese
 * letters typed by hand) is folded to a–z/0–9, and a label that had to be cut keeps a hash of the
 * whole name so two branches never share a preview.
 */
export function previewLabel(branch: string): string {
	const name = branch.replace(/^refs\/heads\//, '').replace(/^cms\//, '');
	const folded = name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[đĐ]/g, 'd')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (!folded)
		throw new Error(`Branch "${branch}" gives no preview name: it has no letters or digits.`);
	if (folded.length <= maxLabel) return folded;
	const suffix = fnv1a(name);
	return `${folded.slice(0, maxLabel - suffix.length - 1).replace(/-+$/, '')}-${suffix}`;
}

/** Whether a branch is a CMS draft (the only branches that get previews). */
export function isDraftBranch(branch: string): boolean {
	return /^(refs\/heads\/)?cms\/./.test(branch);
}

/**
 * The preview's address from the template the Department sets (`PREVIEW_URL`, with `{branch}`
 * where the label goes): `https://{branch}.preview.sgddt.example.gov.vn/`.
 */
export function previewUrl(template: string, branch: string): string {
	if (!template.includes('{branch}'))
		throw new Error(
			`PREVIEW_URL="${template}" must contain {branch}, e.g. https://{branch}.preview.example.gov.vn/`,
		);
	const url = new URL(template.replaceAll('{branch}', previewLabel(branch)));
	if (url.protocol !== 'https:' && url.hostname !== '127.0.0.1' && url.hostname !== 'localhost')
		throw new Error(`PREVIEW_URL must be an https address (got ${url.protocol}).`);
	if (url.pathname !== '/')
		throw new Error(
			`PREVIEW_URL must be the root of a host (got path ${url.pathname}): the site's links are root-relative.`,
		);
	return url.href;
}
