/**
 * What the site's chrome shows in each language, computed from the catalog beside the route
 * table: the header's menu, the footer's pages and feeds, the Department's contacts and the
 * urgent notices. The header, footer and head read this model (through the page context), never
 * the catalog.
 */
import { defaultLocale, localeCodes, type Locale } from '~/i18n/locales';
import { alertTarget, type AlertTarget, type TargetVersion } from '~/lib/alert-links';
import { useTranslations } from '~/i18n/t';
import {
	documentsPath,
	feedPath,
	homePath,
	itemPath,
	sectionPath,
	staticPagePath,
} from '~/lib/paths';
import { articleKinds, type ArticleKind } from '~/schemas/kinds';
import { localized, type Alert, type Catalog, type Identity } from './catalog';
import { sectionExists } from './routes';

/** A link with its visible text. */
export interface NavLink {
	href: string;
	label: string;
}

/** The chrome of every page in one language. */
export interface Navigation {
	/** The header menu, in order. */
	main: NavLink[];
	/** Static pages (about, contacts) for the footer. */
	pages: NavLink[];
	/** The all-articles feed, then one per section that exists in this language. */
	feeds: NavLink[];
	/** The Department's identity: its contacts in the footer, the publisher in JSON-LD. */
	identity: Identity;
	/** Urgent notices not expired when the site was built, each with where it leads. */
	alerts: BannerAlert[];
}

/** An urgent notice and the article it leads to on this language's pages. */
export interface BannerAlert {
	alert: Alert;
	target?: AlertTarget<Locale> | undefined;
}

/** Each notice with its `item` resolved to the version a reader of `locale` should open. */
function bannerAlerts(catalog: Catalog, locale: Locale): BannerAlert[] {
	const byKey = new Map([...catalog.articles, ...catalog.withdrawn].map((a) => [a.key, a]));
	return catalog.alerts.map((alert) => {
		const item = alert.data.item ? byKey.get(alert.data.item) : undefined;
		if (!item) return { alert };
		const versions: Partial<Record<Locale, TargetVersion>> = {};
		for (const l of localeCodes) {
			const v = item.versions[l];
			if (v) versions[l] = { href: itemPath(l, item.kind, v.slug), title: v.title };
		}
		return { alert, target: alertTarget(versions, locale, defaultLocale) };
	});
}

/** Press releases and clarifications are reached through the press room, which lists both. */
const inPressRoom: readonly ArticleKind[] = ['press', 'clarifications'];

/** The navigation of one language. */
export function navigation(catalog: Catalog, locale: Locale): Navigation {
	const { t } = useTranslations(locale);
	const pages = localized(catalog.pages, locale).map(({ v }) => ({
		href: staticPagePath(locale, v.slug),
		label: v.title,
	}));
	const about = pages[0];
	const sections = articleKinds.filter((k) => sectionExists(catalog, locale, k));
	return {
		main: [
			{ href: homePath(locale), label: t('nav.home') },
			...sections
				.filter((k) => !inPressRoom.includes(k))
				.map((k) => ({ href: sectionPath(locale, k), label: t(`section.${k}`) })),
			...(catalog.documents.some((d) => d.versions[locale])
				? [{ href: documentsPath(locale), label: t('section.documents') }]
				: []),
			{ href: sectionPath(locale, 'pressRoom'), label: t('section.pressRoom') },
			{ href: sectionPath(locale, 'topics'), label: t('section.topics') },
			{ href: sectionPath(locale, 'units'), label: t('section.units') },
			...(about ? [{ href: about.href, label: t('footer.about') }] : []),
		],
		pages,
		feeds: [
			{ href: feedPath(locale), label: t('footer.feedAll') },
			...sections.map((k) => ({ href: feedPath(locale, k), label: t(`section.${k}`) })),
		],
		identity: catalog.identity,
		alerts: bannerAlerts(catalog, locale),
	};
}

/** The navigation of every language, made once per build. */
export function navigations(catalog: Catalog): Record<Locale, Navigation> {
	return Object.fromEntries(localeCodes.map((l) => [l, navigation(catalog, l)])) as Record<
		Locale,
		Navigation
	>;
}

/**
 * The menu link of the section a page belongs to: the deepest link that prefixes its path; the
 * home link only on the home page (pages outside the menu, such as search, have none).
 */
export function currentLink(
	links: readonly NavLink[],
	path: string,
	home: string,
): string | undefined {
	return links
		.filter((l) => (l.href === home ? path === l.href : path.startsWith(l.href)))
		.sort((a, b) => b.href.length - a.href.length)[0]?.href;
}
