import { locales } from '~/i18n/locales';
import { documentsPath, homePath, notFoundPath, searchPath, sectionPath } from '~/lib/paths';
import { Dist } from '../build/dist';

/**
 * One page of every template, in Vietnamese and (where a translation exists) English, found in the
 * built site itself: the checks run on whatever content a pull request brings, not on fixed slugs.
 */
export type TemplatePages = [template: string, vi: string, en: string | undefined];

export function templatePages(dir: string): TemplatePages[] {
	const dist = new Dist(dir);
	const pages = dist.pages();
	/** Pages inside a section, not the listing or its later pages. */
	const inside = (section: string) =>
		pages.filter((p) => p.startsWith(section) && p !== section && !/\/\d+\/$/.test(p));
	const english = (vi: string) =>
		dist
			.html(vi)
			.querySelector('link[rel="alternate"][hreflang="en"]')
			?.getAttribute('href')
			?.replace(/^https?:\/\/[^/]+/, '');
	const both = (vi: string): [string, string | undefined] => [vi, english(vi)];
	const firstWith = (candidates: string[], selector: string) => {
		const withSelector = candidates.filter((p) => dist.html(p).querySelector(selector));
		return withSelector.find((p) => english(p)) ?? withSelector[0] ?? candidates[0];
	};
	const articles = [...inside(sectionPath('vi', 'news')), ...inside(sectionPath('vi', 'stories'))];
	const segments = new Set<string>(Object.values(locales.vi.segments));
	const staticPages = pages.filter(
		(p) =>
			/^\/[^/]+\/$/.test(p) && !segments.has(p.slice(1, -1)) && !['/en/', '/admin/'].includes(p),
	);
	const documents = documentsPath('vi');
	const documentPages = inside(documents).filter(
		(p) =>
			!p.includes(`/${locales.vi.segments.documentType}/`) &&
			!p.includes(`/${locales.vi.segments.documentYear}/`),
	);
	const out: TemplatePages[] = [
		['home', homePath('vi'), homePath('en')],
		['section listing', sectionPath('vi', 'news'), sectionPath('en', 'news')],
		['article with cover', ...both(firstWith(articles, 'figure picture')!)],
		['policy explainer', ...both(firstWith(inside(sectionPath('vi', 'policies')), '.facts')!)],
		['topic index', ...both(sectionPath('vi', 'topics'))],
		['topic page', ...both(firstWith(inside(sectionPath('vi', 'topics')), '.card')!)],
		['unit index', ...both(sectionPath('vi', 'units'))],
		['unit page', ...both(firstWith(inside(sectionPath('vi', 'units')), '.card')!)],
		[
			'static page',
			...both(
				staticPages.find((p) => !dist.html(p).querySelector('#page-identity')) ?? staticPages[0]!,
			),
		],
		// Pages with the identity blocks (PageBlocks.astro): contacts, spokespeople, district offices.
		['contact page', ...both(firstWith(staticPages, '#page-spokespeople'))],
		[
			'organisation page',
			...both(
				staticPages.find((p) => {
					const doc = dist.html(p);
					return doc.querySelector('#page-identity') && !doc.querySelector('#page-spokespeople');
				}) ?? staticPages[0]!,
			),
		],
		[
			'consultation with its form',
			...both(
				firstWith(inside(sectionPath('vi', 'consultations')), '[data-feedback]:not([hidden])')!,
			),
		],
		[
			'consultation with its outcome',
			...both(firstWith(inside(sectionPath('vi', 'consultations')), '.outcome')!),
		],
		['clarification', ...both(firstWith(inside(sectionPath('vi', 'clarifications')), '.claim')!)],
		['press release', ...both(firstWith(inside(sectionPath('vi', 'press')), '.person')!)],
		['press room', ...both(sectionPath('vi', 'pressRoom'))],
		['documents register', ...both(documents)],
		['legal document', ...both(firstWith(documentPages, '.facts')!)],
		['search page', `${searchPath('vi')}?q=dao+tao`, `${searchPath('en')}?q=school`],
		['not found', notFoundPath('vi'), notFoundPath('en')],
	];
	// An archive page of a listing (numbered from the oldest, linked to newer and older pages), where
	// the content is long enough to have one (the test fixture's Department unit is; the sample site
	// is not).
	const archive = pages.find((p) => p.endsWith(`/${locales.vi.segments.page}/1/`));
	if (archive) out.push(['listing archive page', ...both(archive)]);
	for (const [name, vi] of out)
		if (!dist.exists(vi.split('?')[0]!))
			throw new Error(`no page found for the ${name} template (${vi})`);
	// An English page is checked where the content has one.
	return out.map(([name, vi, en]) => [
		name,
		vi,
		en && dist.exists(en.split('?')[0]!) ? en : undefined,
	]);
}
