import { defaultLocale, locales } from '~/i18n/locales';
import { useTranslations } from '~/i18n/t';
import { formatDate } from '~/lib/dates';
import {
	claimFacts,
	claimSources,
	consultationFacts,
	documentFacts,
	documentTypeName,
	policyFacts,
	type PdfInput,
} from '~/lib/facts';
import { verdicts } from '~/schemas/clarification';
import {
	documentKinds,
	documentsKind,
	pageKind,
	type ArticleKind,
	type DocumentKind,
} from '~/schemas/kinds';
import { documentTypes } from '~/schemas/documents';
import { factRenderers, type H } from './facts';

/**
 * Previews that look like the site's pages: the same class names as the Astro templates, styled
 * by the site's own stylesheet (registered in init.ts). The facts beside the body (a policy's, a
 * consultation's, a clarification's, a legal document's) are built by the site's own functions
 * (`src/lib/facts/`) and rendered as its components render them (`facts.ts`). Decap exposes
 * React's createElement as `window.h`, so no JSX toolchain or second React is needed.
 */

declare global {
	interface Window {
		/** React's createElement, set by Decap's script before this module runs. */
		h: H;
	}
}

type Immutable = { get(key: string): unknown; getIn(path: string[]): unknown; toJS?(): unknown };
interface PreviewProps {
	entry: Immutable;
	widgetFor: (name: string) => unknown;
	getAsset: (path: string) => { toString(): string } | undefined;
}

/** The part of Decap's global `CMS` object this site uses. */
export interface Cms {
	registerPreviewStyle(css: string, options?: { raw: boolean }): void;
	registerPreviewTemplate(name: string, component: (props: PreviewProps) => unknown): void;
	registerCustomFormat(
		name: string,
		extension: string,
		format: { fromFile(text: string): object; toFile(data: never, sortedKeys?: string[]): string },
	): void;
	registerWidget(name: string, control: unknown, preview?: unknown): void;
	getWidget(name: string): { control?: unknown; preview?: unknown } | undefined;
	init(options: { config: unknown }): void;
}

const h: H = (...args) => window.h(...args);
const render = factRenderers(h);
// The CMS speaks Vietnamese: previews show the Vietnamese page.
const locale = defaultLocale;
const { t } = useTranslations(locale);
const intl = locales[locale].intl;

/** A text field, or undefined while it is empty. */
function value(entry: Immutable, field: string): string | undefined {
	const v = entry.getIn(['data', field]);
	return typeof v === 'string' && v !== '' ? v : undefined;
}

/** A text field, empty while it is not filled in. */
function text(entry: Immutable, field: string): string {
	return value(entry, field) ?? '';
}

/** A date field, or undefined while it is empty or not a date. */
function dateOf(entry: Immutable, field: string): Date | undefined {
	const v = entry.getIn(['data', field]);
	const date = v ? new Date(String(v)) : undefined;
	return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

/** A date field as the page writes it, empty while it is not filled in. */
function dateText(entry: Immutable, field: string): string {
	const date = dateOf(entry, field);
	return date ? formatDate(date, intl) : '';
}

/** A list field as plain objects (Decap hands previews Immutable lists). */
function list<T>(entry: Immutable, field: string): T[] {
	const v = entry.getIn(['data', field]) as { toJS?(): unknown } | undefined;
	const plain = v && typeof v.toJS === 'function' ? v.toJS() : v;
	return Array.isArray(plain) ? (plain as T[]) : [];
}

/** A PDF uploaded beside the entry (the draft, the document), at the address the preview can open. */
function pdf(
	entry: Immutable,
	field: string,
	getAsset: PreviewProps['getAsset'],
): PdfInput | undefined {
	const name = value(entry, field);
	return name === undefined ? undefined : { href: getAsset(name)?.toString() ?? name };
}

/** Whom a policy affects, from when, and the document it comes from. */
function policy(entry: Immutable) {
	return render.factSection(
		policyFacts(
			{
				audience: value(entry, 'audience'),
				effective: dateOf(entry, 'effective'),
				source: value(entry, 'source'),
				sourceUrl: value(entry, 'sourceUrl'),
			},
			locale,
		),
	);
}

/** A consultation's facts and, once published, its outcome, as its page shows them now. */
function consultation(entry: Immutable, getAsset: PreviewProps['getAsset']) {
	const outcome = value(entry, 'outcome');
	return render.consultation(
		consultationFacts(
			{
				respondents: value(entry, 'respondents'),
				opensAt: dateOf(entry, 'opensAt'),
				closesAt: dateOf(entry, 'closesAt'),
				outcomeAt: dateOf(entry, 'outcomeAt'),
				outcome: outcome === undefined ? undefined : { text: outcome },
				draft: pdf(entry, 'document', getAsset),
				report: pdf(entry, 'outcomeDocument', getAsset),
				now: new Date(),
			},
			locale,
		),
	);
}

/** The claim a clarification answers, its origin and the verdict. */
function claim(entry: Immutable) {
	const origin = value(entry, 'claimOrigin');
	return render.claim(
		claimFacts(
			{
				claim: value(entry, 'claim'),
				origin: origin === undefined ? undefined : { text: origin },
				claimDate: dateOf(entry, 'claimDate'),
				verdict: verdicts.find((v) => v === value(entry, 'verdict')),
			},
			locale,
		),
	);
}

/** The sources of a clarification, after the facts; a source without its address yet shows its title. */
function sources(entry: Immutable) {
	const given = list<{ title?: string; url?: string }>(entry, 'sources').flatMap((s) =>
		s.title || s.url ? [{ title: s.title || s.url || '', url: s.url ?? '' }] : [],
	);
	return given.length > 0 && render.sources(claimSources(given, locale));
}

/** Other ways to respond to a consultation, below the body. */
function howToRespond(entry: Immutable) {
	const how = text(entry, 'howToRespond');
	return (
		how &&
		h(
			'section',
			{ className: 'aside-block' },
			h('h2', null, t('consultation.howToRespond')),
			h('p', null, how),
		)
	);
}

/** Who issued a press release: the site shows the spokesperson's card, the preview their id. */
function spokesperson(entry: Immutable) {
	return h(
		'section',
		{ className: 'facts' },
		h('h2', null, t('press.spokesperson')),
		h('p', null, text(entry, 'spokesperson')),
	);
}

/** Preview of an article (news, story, policy, consultation, clarification, press release), as its page shows it. */
function articlePreview(kind: ArticleKind) {
	return ({ entry, widgetFor, getAsset }: PreviewProps) => {
		const cover = text(entry, 'cover');
		const caption = text(entry, 'coverCaption');
		return h(
			'article',
			{ className: 'wrap article' },
			h(
				'header',
				{ className: 'article__head' },
				h('span', { className: 'eyebrow' }, t(`section.${kind}`)),
				h('h1', null, text(entry, 'title')),
				h('p', { className: 'article__summary' }, text(entry, 'summary')),
				h('p', { className: 'meta' }, `${t('article.published')} ${dateText(entry, 'date')}`),
			),
			cover &&
				h(
					'figure',
					null,
					h('img', { src: getAsset(cover)?.toString() ?? cover, alt: text(entry, 'coverAlt') }),
					caption && h('figcaption', null, caption),
				),
			kind === 'policies' && policy(entry),
			kind === 'consultations' && consultation(entry, getAsset),
			kind === 'clarifications' && claim(entry),
			h('div', { className: 'prose' }, widgetFor('body')),
			kind === 'clarifications' && sources(entry),
			kind === 'consultations' && howToRespond(entry),
			kind === 'press' && spokesperson(entry),
		);
	};
}

/** Preview of a static page. */
function pagePreview({ entry, widgetFor }: PreviewProps) {
	return h(
		'article',
		{ className: 'wrap article' },
		h(
			'header',
			{ className: 'article__head' },
			h('h1', null, text(entry, 'title')),
			h('p', { className: 'article__summary' }, text(entry, 'summary')),
		),
		h('div', { className: 'prose' }, widgetFor('body')),
	);
}

/** Preview of a legal document as DocumentView.astro shows it: the facts of the register, the PDF, the notes. */
function documentPreview({ entry, widgetFor, getAsset }: PreviewProps) {
	const docType = documentTypes.find((d) => d === value(entry, 'docType'));
	const typeName = docType ? documentTypeName(docType, locale) : '';
	const facts = documentFacts(
		{
			docType,
			number: value(entry, 'number'),
			issuer: value(entry, 'issuer'),
			signer: value(entry, 'signer'),
			issued: dateOf(entry, 'issued'),
			effective: dateOf(entry, 'effective'),
			expired: dateOf(entry, 'expired'),
			file: pdf(entry, 'file', getAsset),
		},
		locale,
	);
	return h(
		'article',
		{ className: 'wrap article' },
		h(
			'header',
			{ className: 'article__head' },
			h('span', { className: 'eyebrow' }, `${typeName} ${text(entry, 'number')}`.trim()),
			h('h1', null, text(entry, 'title')),
			h('p', { className: 'article__summary' }, text(entry, 'summary')),
		),
		render.factSection(facts),
		h('div', { className: 'prose' }, widgetFor('body')),
	);
}

/** The preview of a Markdown kind: every kind that is neither a page nor a document is an article. */
function previewOf(kind: DocumentKind): (props: PreviewProps) => unknown {
	if (kind === pageKind) return pagePreview;
	if (kind === documentsKind) return documentPreview;
	return articlePreview(kind);
}

/** Register a preview for every Markdown collection. */
export function registerPreviews(cms: Cms) {
	for (const kind of documentKinds) cms.registerPreviewTemplate(kind, previewOf(kind));
}
