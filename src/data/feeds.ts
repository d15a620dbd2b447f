import { defaultLocale, locales, type Locale } from '~/i18n/locales';
import { useTranslations } from '~/i18n/t';
import { latestMajor, publicChanges } from '~/lib/changes';
import { pickLocalized } from '~/lib/translations';
import { formatDate } from '~/lib/dates';
import { feedPath, homePath, itemPath, sectionPath } from '~/lib/paths';
import type { ArticleKind } from '~/schemas/kinds';
import {
	localized,
	registered,
	type Article,
	type Catalog,
	type Topic,
	type Unit,
} from './catalog';
import type { View } from './routes';

/** Items per feed: readers poll feeds, so they stay small. */
const feedSize = 30;

/** What a feed follows: every article of a language, one section, one topic or one unit. */
export type FeedSubject =
	| { type: 'all' }
	| { type: 'section'; section: ArticleKind }
	| { type: 'topic'; topic: Topic }
	| { type: 'unit'; unit: Unit };

/** A feed as pages, the OPML file and the feed itself name it. */
export interface FeedInfo {
	locale: Locale;
	subject: FeedSubject;
	/** The feed's address: `/chu-de/chuyen-doi-so/rss.xml`. */
	path: string;
	/** The page it follows: the listing's first page, or the home page for all articles. */
	page: string;
	/** Its name in its own language, as feed readers list it. */
	title: string;
	description: string;
}

/** One RSS feed: its description and its latest articles. */
export interface Feed extends FeedInfo {
	items: {
		title: string;
		link: string;
		pubDate: Date;
		description: string;
		/** Topic names in the feed's language (readers show categories as they are). */
		categories: string[];
	}[];
}

/** The feed of one subject in one language, named in that language. */
export function feedInfo(locale: Locale, subject: FeedSubject): FeedInfo {
	const { t } = useTranslations(locale);
	const site = t('site.name');
	const name = (values: Partial<Record<Locale, string>>) =>
		pickLocalized(values, locale, defaultLocale).text;
	const describe = (path: string, page: string, label: string, description: string) => ({
		locale,
		subject,
		path,
		page,
		title: t('feed.title', { section: label, site }),
		description,
	});
	switch (subject.type) {
		case 'all':
			return describe(
				feedPath(locale),
				homePath(locale),
				t('footer.feedAll'),
				t('site.description'),
			);
		case 'section': {
			const { section } = subject;
			return describe(
				feedPath(locale, section),
				sectionPath(locale, section),
				t(`section.${section}`),
				t(`section.${section}.intro`),
			);
		}
		case 'topic': {
			const { id, data } = subject.topic;
			const topic = name(data.name);
			return describe(
				feedPath(locale, 'topics', id),
				itemPath(locale, 'topics', id),
				t('feed.topic', { name: topic }),
				// The topic's own description where it has one in this language.
				data.description?.[locale] ?? t('feed.topicIntro', { name: topic }),
			);
		}
		case 'unit': {
			const { id, data } = subject.unit;
			const unit = name(data.name);
			return describe(
				feedPath(locale, 'units', id),
				itemPath(locale, 'units', id),
				t('feed.unit', { name: unit }),
				t('feed.unitIntro', { name: unit }),
			);
		}
	}
}

/** A page that lists articles, and so has a feed. */
type ListingView = Extract<View, { type: 'home' | 'section' | 'topic' | 'unit' }>;

/** What the listing a page shows follows (the home page's: all articles); none for other pages. */
function subjectOf(view: View): FeedSubject | undefined {
	switch (view.type) {
		case 'home':
			return { type: 'all' };
		case 'section':
			return { type: 'section', section: view.section };
		case 'topic':
			return { type: 'topic', topic: view.topic };
		case 'unit':
			return { type: 'unit', unit: view.unit };
		default:
			return undefined;
	}
}

/**
 * The feed of the listing a page shows, on every page of the listing (archive pages included).
 * A listing exists in a language only where it has articles in it (Vietnamese always:
 * src/data/routes.ts), and so does its feed: no feed is an empty translation.
 */
export function feedOf(view: ListingView): FeedInfo;
export function feedOf(view: View): FeedInfo | undefined;
export function feedOf(view: View): FeedInfo | undefined {
	const subject = subjectOf(view);
	return subject && feedInfo(view.locale, subject);
}

/** Every feed of the site: one per listing of the route table (its first page), in its order. */
export function feedInfos(views: readonly View[]): FeedInfo[] {
	return views.flatMap((v) => {
		const archive = 'slice' in v && v.slice.archive !== undefined;
		const feed = archive ? undefined : feedOf(v);
		return feed ? [feed] : [];
	});
}

/**
 * The feeds a page announces with `<link rel="alternate">`: its listing's own first (readers
 * that find several offer the first), then its language's all-articles feed.
 */
export function announcedFeeds(view: View): FeedInfo[] {
	const all = feedInfo(view.locale, { type: 'all' });
	const own = feedOf(view);
	return own && own.path !== all.path ? [own, all] : [all];
}

/** Whether an article belongs in a feed. */
function follows(subject: FeedSubject, a: Article): boolean {
	switch (subject.type) {
		case 'all':
			return true;
		case 'section':
			return a.kind === subject.section;
		case 'topic':
			return a.data.topics.includes(subject.topic.id);
		case 'unit':
			return a.data.unit === subject.unit.id;
	}
}

/** Every feed of the site (`feedInfos`) with its latest articles in its language. */
export function buildFeeds(catalog: Catalog, views: readonly View[]): Feed[] {
	return feedInfos(views).map((info) => {
		const { locale } = info;
		const { t } = useTranslations(locale);
		const items = localized(catalog.articles, locale)
			.filter(({ item }) => follows(info.subject, item))
			.slice(0, feedSize)
			.map(({ item: a, v }) => {
				// A major change is announced in front of the summary, in this language if noted in it.
				const major = latestMajor(
					publicChanges(v.texts.changes, a.data.changes, locale, defaultLocale).notes,
				);
				const change =
					major &&
					t('feed.change', {
						date: formatDate(major.date, locales[locale].intl),
						note: major.note,
					});
				return {
					title: v.title,
					link: itemPath(locale, a.kind, v.slug),
					pubDate: a.data.date,
					description: change ? `${change} — ${v.summary}` : v.summary,
					categories: a.data.topics.map(
						(id) =>
							pickLocalized(registered(catalog.topicById, id).data.name, locale, defaultLocale)
								.text,
					),
				};
			});
		return { ...info, items };
	});
}
