/**
 * OPML 2.0 (http://opml.org/spec2.opml): the subscription list a feed reader imports to follow
 * many feeds at once. A folder is an outline with only a `text` and children; a feed is an
 * outline of `type="rss"` with its address in `xmlUrl`.
 */

/** A feed of a subscription list, as the spec's "subscription lists" section names its attributes. */
export interface OpmlFeed {
	/** What a reader shows for the feed: its title. */
	text: string;
	/** Absolute address of the feed. */
	xmlUrl: string;
	/** Absolute address of the page the feed follows. */
	htmlUrl: string;
	/** The feed's language (BCP 47), as its own `<language>` says. */
	language: string;
	description?: string;
}

/** A folder of feeds (and of folders). */
export interface OpmlFolder {
	text: string;
	children: OpmlOutline[];
}

export type OpmlOutline = OpmlFeed | OpmlFolder;

/** What the file says of itself. */
export interface OpmlHead {
	title: string;
	/** The publisher's name (`ownerName`). */
	owner?: string;
}

/**
 * An attribute value: `&`, `<` and `"` must be escaped; tabs and line breaks too, or XML's
 * attribute-value normalisation turns them into spaces (XML 1.0, section 3.3.3).
 */
function attr(value: string): string {
	return value
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/\t/g, '&#9;')
		.replace(/\n/g, '&#10;')
		.replace(/\r/g, '&#13;');
}

/** Element text: `&` and `<` (and `>` for symmetry). */
const text = (value: string) =>
	value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function outline(o: OpmlOutline, depth: number): string {
	const pad = '  '.repeat(depth);
	if ('children' in o) {
		const inner = o.children.map((c) => outline(c, depth + 1)).join('');
		// A folder with no feed in it would show in a reader as an empty folder.
		if (inner === '') return '';
		return `${pad}<outline text="${attr(o.text)}">\n${inner}${pad}</outline>\n`;
	}
	// `title` repeats `text`: the spec names both, and readers differ in which they show.
	const attrs: [string, string | undefined][] = [
		['type', 'rss'],
		['version', 'RSS2'],
		['text', o.text],
		['title', o.text],
		['language', o.language],
		['xmlUrl', o.xmlUrl],
		['htmlUrl', o.htmlUrl],
		['description', o.description],
	];
	const written = attrs.flatMap(([k, v]) => (v ? [`${k}="${attr(v)}"`] : []));
	return `${pad}<outline ${written.join(' ')}/>\n`;
}

/** The OPML document of a subscription list; no dates, so the same feeds make the same bytes. */
export function renderOpml(head: OpmlHead, outlines: readonly OpmlOutline[]): string {
	const owner = head.owner ? `    <ownerName>${text(head.owner)}</ownerName>\n` : '';
	return (
		'<?xml version="1.0" encoding="UTF-8"?>\n' +
		'<opml version="2.0">\n' +
		'  <head>\n' +
		`    <title>${text(head.title)}</title>\n` +
		owner +
		'    <docs>http://opml.org/spec2.opml</docs>\n' +
		'  </head>\n' +
		'  <body>\n' +
		outlines.map((o) => outline(o, 2)).join('') +
		'  </body>\n' +
		'</opml>\n'
	);
}
