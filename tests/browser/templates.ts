import {
	defaultLocale,
	localeCodes,
	locales,
	translationLocales,
	type Locale,
} from '~/i18n/locales';
import { documentsPath, homePath, notFoundPath, searchPath, sectionPath } from '~/lib/paths';
import { Dist } from '../build/dist';

/**
 * One page of every template, in Vietnamese and in every other language it has a real translation
 * in, found in the built site itself: the checks run on whatever content a pull request brings,
 * not on fixed slugs, and on every locale of src/i18n/locales.ts.
 */
export type TemplatePages = [template: string, paths: Partial<Record<Locale, string>>];

/** A word each language's search page is opened with, so it shows results. */
const searchWords: Record<Locale, string> = {
	vi: 'dao+tao',
	en: 'school',
	ko: '%EA%B5%90%EC%9C%A1',
};

export function templatePages(dir: string): TemplatePages[] {
	const dist = new Dist(dir);
	const pages = dist.pages();
	/** Pages inside a section, not the listing or its later pages. */
	const inside = (section: string) =>
		pages.filter((p) => p.startsWith(section) && p !== section && !/\/\d+\/$/.test(p));
	/** Where a page says its translation into `locale` is (its hreflang alternate), as a path. */
	const hrefOf = (page: string, locale: Locale) =>
		dist
			.html(page)
			.querySelector(`link[rel="alternate"][hreflang="${locales[locale].lang}"]`)
			?.getAttribute('href')
			?.replace(/^https?:\/\/[^/]+/, '');
	/** A Vietnamese page and its real translations. */
	const alternates = (vi: string): Partial<Record<Locale, string>> =>
		Object.fromEntries(
			localeCodes.flatMap((l) => {
				const path = l === defaultLocale ? vi : hrefOf(vi, l);
				return path ? [[l, path]] : [];
			}),
		);
	const both = (vi: string): [Partial<Record<Locale, string>>] => [alternates(vi)];
	/** Every language's page made by `path`. */
	const everywhere = (path: (l: Locale) => string): [Partial<Record<Locale, string>>] => [
		Object.fromEntries(localeCodes.map((l) => [l, path(l)])),
	];
	/** The candidate with `selector` translated into the most languages. */
	const firstWith = (candidates: string[], selector: string) => {
		const withSelector = candidates.filter((p) => dist.html(p).querySelector(selector));
		const most = (p: string) => Object.keys(alternates(p)).length;
		return (
			withSelector.reduce<string | undefined>(
				(a, p) => (a && most(a) >= most(p) ? a : p),
				undefined,
			) ?? candidates[0]
		);
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
		['home', ...everywhere(homePath)],
		['section listing', ...everywhere((l) => sectionPath(l, 'news'))],
		['article with cover', ...both(firstWith(articles, 'figure picture')!)],
		// The blocks an editor inserts (src/components/blocks/): a gallery, a figures table with a
		// callout and a related article, a document card.
		['article with a gallery', ...both(firstWith(articles, '.gallery')!)],
		['article with a figures table', ...both(firstWith(articles, '.figures')!)],
		[
			'article with a document card',
			...both(firstWith([...articles, ...inside(sectionPath('vi', 'policies'))], '.doc-card')!),
		],
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
		['search page', ...everywhere((l) => `${searchPath(l)}?q=${searchWords[l]}`)],
		['not found', ...everywhere(notFoundPath)],
	];
	// An archive page of a listing (numbered from the oldest, linked to newer and older pages), where
	// the content is long enough to have one (the test fixture's Department unit is; the sample site
	// is not).
	const archive = pages.find((p) => p.endsWith(`/${locales.vi.segments.page}/1/`));
	if (archive) out.push(['listing archive page', ...both(archive)]);
	// A translation that may be out of date (StaleTranslation.astro), where the content has one.
	const translated = pages.filter((p) =>
		translationLocales.some((l) => p.startsWith(homePath(l)) && p !== homePath(l)),
	);
	const stale = translated.find((p) => dist.text(p).includes('notice--stale'));
	const staleLocale = translationLocales.find((l) => stale?.startsWith(homePath(l)));
	const staleSource = stale && hrefOf(stale, defaultLocale);
	if (stale && staleLocale && staleSource)
		out.push([
			'translation that may be out of date',
			{ [defaultLocale]: staleSource, [staleLocale]: stale },
		]);
	for (const [name, paths] of out)
		if (!paths[defaultLocale] || !dist.exists(paths[defaultLocale].split('?')[0]!))
			throw new Error(`no page found for the ${name} template (${paths[defaultLocale]})`);
	// Another language's page is checked where the content has one.
	return out.map(([name, paths]) => [
		name,
		Object.fromEntries(
			Object.entries(paths).filter(([, path]) => path && dist.exists(path.split('?')[0]!)),
		),
	]);
}
