/**
 * The blocks an editor may insert in an article body (issue 18), as they are stored: MDX
 * components with literal string attributes, one block per paragraph (admin/blocks.ts writes them).
 * This table is the whole list: the MDX guard (`guard.ts`) refuses any other component, any other
 * attribute and any `{…}`, `import` or `export`, so nothing in a body runs at build time.
 */

/** Each component: its attributes (required ones marked true) and whether it has content. */
export const blockSpecs = {
	Gallery: { attributes: {}, children: 'photos' },
	Photo: { attributes: { src: true, alt: true, caption: false }, children: 'none' },
	DocumentCard: { attributes: { id: true }, children: 'none' },
	Callout: { attributes: { kind: true }, children: 'markdown' },
	FiguresTable: { attributes: { caption: true, source: false }, children: 'table' },
	RelatedArticle: { attributes: { href: true }, children: 'none' },
} as const satisfies Record<
	string,
	{ attributes: Record<string, boolean>; children: 'none' | 'photos' | 'markdown' | 'table' }
>;

/** A component name of the table. */
export type BlockName = keyof typeof blockSpecs;

/** The kinds of callout, in the order the CMS offers them. */
export const calloutKinds = ['note', 'important'] as const;
export type CalloutKind = (typeof calloutKinds)[number];

/** Whether a name is one of the blocks. */
export function isBlockName(name: string): name is BlockName {
	return Object.hasOwn(blockSpecs, name);
}

/** Blocks that start a paragraph; `Photo` only ever sits inside a gallery. */
const opening = /^<(Gallery|DocumentCard|Callout|FiguresTable|RelatedArticle)\b/m;

/**
 * Whether a body uses a block, and so is compiled by MDX (with the guard) instead of the Markdown
 * pipeline. A body without one stays plain Markdown, whatever else it contains.
 */
export function hasBlocks(body: string | undefined): boolean {
	return body !== undefined && opening.test(body);
}

/** What a block refers to outside its own text, with the line it is on (1-based, in the body). */
export type BlockRef =
	| { type: 'photo'; src: string; alt: string; line: number }
	| { type: 'document'; id: string; line: number }
	| { type: 'article'; href: string; line: number };

/** Decodes the two character references the CMS writes in attribute values. */
const decode = (value: string) => value.replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** The literal attributes of one tag's text: `src="a.jpg" alt="…"`. */
export function attributesOf(tag: string): Record<string, string> {
	const found: Record<string, string> = {};
	for (const [, name, value] of tag.matchAll(/([A-Za-z][\w-]*)="([^"]*)"/g))
		found[name!] = decode(value!);
	return found;
}

/**
 * The photos, documents and articles a body's blocks name, read from its text (the build's checks
 * and the image check use them before any MDX is compiled). Code blocks are skipped.
 */
export function blockRefs(body: string): BlockRef[] {
	const refs: BlockRef[] = [];
	let fenced = false;
	for (const [index, text] of body.split('\n').entries()) {
		if (/^\s*(```|~~~)/.test(text)) fenced = !fenced;
		if (fenced) continue;
		const line = index + 1;
		for (const [tag, name] of text.matchAll(/<(Photo|DocumentCard|RelatedArticle)\b[^>]*>/g)) {
			const a = attributesOf(tag);
			if (name === 'Photo') refs.push({ type: 'photo', src: a.src ?? '', alt: a.alt ?? '', line });
			else if (name === 'DocumentCard') refs.push({ type: 'document', id: a.id ?? '', line });
			else refs.push({ type: 'article', href: a.href ?? '', line });
		}
	}
	return refs;
}
