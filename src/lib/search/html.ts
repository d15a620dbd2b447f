import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { dWordKeys, unmarked } from './fold.ts';

/**
 * Prepares a built page for the search index: adds two Pagefind metadata fields, `fold_title`
 * (the whole title without marks) and `fold` (the unmarked keys of the body's đ-words, see
 * `fold.ts`). Metadata is searched but never part of the excerpt, and it is added only to
 * the copy handed to Pagefind, so the published HTML does not grow. Text is read the way Pagefind reads it: only inside
 * `data-pagefind-body`, without the elements Pagefind drops (pagefind/src/fossick/parser.rs,
 * REMOVE_SELECTORS) and without `data-pagefind-ignore`.
 */

const removed =
	'head, style, script, noscript, label, form, svg, footer, nav, iframe, template, [data-pagefind-ignore]';

/** Inline elements join their text to the neighbouring words; every other element separates words. */
const inline = new Set([
	'a',
	'abbr',
	'b',
	'bdo',
	'big',
	'cite',
	'code',
	'dfn',
	'em',
	'i',
	'kbd',
	'mark',
	'q',
	's',
	'samp',
	'small',
	'span',
	'strong',
	'sub',
	'sup',
	'time',
	'u',
	'var',
]);

function textOf(node: Node, out: string[]): void {
	if (node.nodeType === 3) {
		out.push(node.text);
		return;
	}
	const el = node as HTMLElement;
	const block = !inline.has(el.rawTagName?.toLowerCase() ?? '');
	// A block's edge parts the words on either side, as it does for Pagefind.
	if (block) out.push('\n');
	for (const child of el.childNodes) textOf(child, out);
	if (block) out.push('\n');
}

/** What the index will read of a page: its title and its body text, or undefined if it has no body. */
export function indexedText(
	html: string | HTMLElement,
): { title: string; body: string } | undefined {
	const doc = typeof html === 'string' ? parse(html, { comment: false }) : html;
	const bodies = doc.querySelectorAll('[data-pagefind-body]');
	if (bodies.length === 0) return undefined;
	const title = doc.querySelector('h1')?.text.trim() ?? '';
	const out: string[] = [];
	for (const body of bodies) {
		for (const el of body.querySelectorAll(removed)) el.remove();
		textOf(body, out);
	}
	return { title, body: out.join('').replace(/\s+/g, ' ').trim() };
}

/**
 * The metadata fields a page gets. `fold_title` is the whole title without marks, so a query
 * typed without marks matches all of a title ("dao tao giao vien" in "Đào tạo giáo viên") and
 * earns the full title boost, not half of it from the words Pagefind folds itself (the search
 * page ranks on it instead of `title` for queries without đ: `metaWeightsFor`). `fold` holds the
 * unmarked keys of the body's đ-words that the title does not already hold. Phrases need no field
 * of their own: the search page asks Pagefind for them in quotes (`phraseQueries`).
 */
export function foldFields(text: {
	title: string;
	body: string;
}): Record<'fold_title' | 'fold', string> {
	const titleWords = text.title
		.split(/[^\p{L}\p{M}\p{N}]+/u)
		.map(unmarked)
		.filter(Boolean);
	const inTitle = new Set(titleWords);
	return {
		fold_title: titleWords.join(' '),
		fold: dWordKeys(text.body)
			.filter((k) => !inTitle.has(k))
			.join(' '),
	};
}

/** Ends a label, a value or an item: nothing is added after these. */
const punctuated = /[.!?…:;,]$/;

/**
 * Separators between the parts of facts boxes, lists and tables, for the copy Pagefind reads:
 * Pagefind joins the text of neighbouring cells, so an excerpt read "Loại văn bảnCông vănSố, ký
 * hiệu2150/SGDĐT". After this it reads "Loại văn bản: Công văn. Số, ký hiệu: 2150/SGDĐT." A term
 * (`dt`) gets a colon; a value, a list item or a table row a full stop unless it ends in
 * punctuation; a table cell a space.
 */
export function separateParts(html: string): string {
	return endParts(endParts(endParts(html, 'dt', ':'), 'dd|li', '.'), 'tr', '.').replace(
		/<\/(td|th)>/g,
		'</$1> ',
	);
}

/**
 * Ends each `tags` element's text with `mark` unless it ends in punctuation already, and puts a
 * space after the element. The mark goes right after the last character of text, inside whatever
 * elements close there (`<li><p>Một</p></li>` → `<li><p>Một.</p></li> `): placed after the
 * closing tags it would stand apart in the excerpt ("Một ." rather than "Một.").
 */
function endParts(html: string, tags: string, mark: string): string {
	const end = new RegExp(`([^>\\s])((?:\\s*</[a-z][a-z0-9]*>)*?\\s*</(?:${tags})>)`, 'gi');
	return html.replace(
		end,
		(_m, last: string, rest: string) => `${last}${punctuated.test(last) ? '' : mark}${rest} `,
	);
}

/**
 * The page as Pagefind should index it: only what Pagefind reads of it, the `<html>` element with
 * its `lang` (Pagefind's index per language) around the `data-pagefind-body` elements, cut from the
 * built HTML as they are; with the parts of facts, lists and tables separated (`separateParts`)
 * and the fold fields appended as `data-pagefind-meta` (the attribute form; its value is letters,
 * digits and spaces only). Header, menus, footer and related cards are left out: Pagefind reads
 * only the bodies (and every `data-pagefind-*` attribute of the site is inside them), so the
 * index is the same, for a third of the bytes to parse. Pages without `data-pagefind-body` come
 * back undefined: they are not indexed at all.
 */
export function prepareForIndex(html: string): string | undefined {
	const doc = parse(html, { comment: false });
	const bodies = doc.querySelectorAll('[data-pagefind-body]');
	if (bodies.length === 0) return undefined;
	// Cut before `indexedText` removes what Pagefind drops from the parsed copy.
	const cut = bodies.map((b) => html.slice(b.range[0], b.range[1])).join('\n');
	const text = indexedText(doc)!;
	const lang = doc.querySelector('html')?.getAttribute('lang');
	const fields = Object.entries(foldFields(text)).filter(([, v]) => v !== '');
	const spans = fields.map(([k, v]) => `<span data-pagefind-meta="${k}:${v}"></span>`).join('');
	return `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><body>${separateParts(cut)}${spans}</body></html>`;
}
