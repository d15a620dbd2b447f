import { describe, expect, test } from 'vitest';
import type { HTMLElement, Node } from 'node-html-parser';
import { defaultLocale, localeCodes, locales } from '~/i18n/locales';
import { homePath } from '~/lib/paths';
import { readResults } from './builds';
import { Dist } from './dist';

/**
 * Vietnamese inside pages of other languages is marked `lang="vi"` (WCAG 3.1.2, language of
 * parts), so a screen reader reads an address or a document title with Vietnamese tones instead
 * of spelling it out in English. Proper names are exempt (WCAG says so, and editors cannot mark
 * words in Markdown); what is caught is a run of Vietnamese: a text where most words carry
 * Vietnamese marks and some of them are not capitalised (an address, a title), unlike a name.
 */
const results = readResults();
/** Letters only Vietnamese writes (with its tone marks): one makes a word Vietnamese. */
const vietnameseLetter = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/** Texts of a page outside any element marked with the default locale's language. */
function unmarkedVietnamese(body: HTMLElement): string[] {
	const found: string[] = [];
	const visit = (node: Node, lang: string | undefined) => {
		for (const child of node.childNodes) {
			if (child.nodeType === 3) {
				const words = child.text.trim().split(/\s+/).filter(Boolean);
				const marked = words.filter((w) => vietnameseLetter.test(w));
				const prose = marked.some((w) => w === w.toLowerCase());
				if (
					lang !== locales[defaultLocale].lang &&
					prose &&
					marked.length >= 3 &&
					marked.length > words.length / 2
				)
					found.push(child.text.trim());
			} else if (child.nodeType === 1) {
				const el = child as HTMLElement;
				if (el.rawTagName === 'script' || el.rawTagName === 'style') continue;
				visit(el, el.getAttribute('lang') ?? lang);
			}
		}
	};
	visit(body, (body.parentNode as HTMLElement | null)?.getAttribute('lang') ?? undefined);
	return found;
}

describe.each(['site', 'fixture'].filter((n) => n in results))(
	'languages in the %s build',
	(name) => {
		const dist = new Dist(results[name]!.outDir);
		const others = localeCodes.filter((l) => l !== defaultLocale);

		test.each(others)('Vietnamese on %s pages is marked as Vietnamese', (locale) => {
			const pages = dist.pages().filter((p) => p.startsWith(homePath(locale)));
			expect(pages.length).toBeGreaterThan(0);
			const unmarked = pages.flatMap((p) =>
				unmarkedVietnamese(dist.html(p).querySelector('body')!).map((text) => `${p}: ${text}`),
			);
			expect(unmarked).toEqual([]);
		});
	},
);
