import { locales } from '../src/i18n/locales';
import { useTranslations } from '../src/i18n/t';
import { consultationState } from '../src/lib/consultations';
import { formatDate, formatDateTime } from '../src/lib/dates';
import { verdicts } from '../src/schemas/article';
import {
	documentKinds,
	documentsKind,
	pageKind,
	type ArticleKind,
	type DocumentKind,
} from '../src/schemas/kinds';
import { documentTypes } from '../src/schemas/documents';

/**
 * Previews that look like the site's pages: the same class names as the Astro templates, styled
 * by the site's own stylesheet (registered in init.ts). Decap exposes React's createElement as
 * `window.h`, so no JSX toolchain or second React is needed.
 */

type Immutable = { get(key: string): unknown; getIn(path: string[]): unknown; toJS?(): unknown };
interface PreviewProps {
	entry: Immutable;
	widgetFor: (name: string) => unknown;
	getAsset: (path: string) => { toString(): string } | undefined;
}
type H = (tag: string, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;

/** The part of Decap's global `CMS` object this site uses. */
export interface Cms {
	registerPreviewStyle(css: string, options?: { raw: boolean }): void;
	registerPreviewTemplate(name: string, component: (props: PreviewProps) => unknown): void;
	registerCustomFormat(
		name: string,
		extension: string,
		format: { fromFile(text: string): object; toFile(data: never, sortedKeys?: string[]): string },
	): void;
	init(options: { config: unknown }): void;
}

const h: H = (...args) => (window as unknown as { h: H }).h(...args);
const { t } = useTranslations('vi');
const intl = locales.vi.intl;

function text(entry: Immutable, field: string): string {
	const value = entry.getIn(['data', field]);
	return typeof value === 'string' ? value : '';
}

function dateOf(entry: Immutable, field: string): Date | undefined {
	const value = entry.getIn(['data', field]);
	const date = value ? new Date(String(value)) : undefined;
	return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

function dateText(entry: Immutable, field: string): string {
	const date = dateOf(entry, field);
	return date ? formatDate(date, intl) : '';
}

function dateTimeText(entry: Immutable, field: string): string {
	const date = dateOf(entry, field);
	return date ? formatDateTime(date, intl) : '';
}

/** A list field as plain objects (Decap hands previews Immutable lists). */
function list<T>(entry: Immutable, field: string): T[] {
	const value = entry.getIn(['data', field]) as { toJS?(): unknown } | undefined;
	const plain = value && typeof value.toJS === 'function' ? value.toJS() : value;
	return Array.isArray(plain) ? (plain as T[]) : [];
}

/** A link to a file uploaded beside the entry (the draft, the document), or nothing. */
function attachment(entry: Immutable, field: string, getAsset: PreviewProps['getAsset']) {
	const name = text(entry, field);
	return name && h('a', { href: getAsset(name)?.toString() ?? name }, name);
}

/** Where a consultation stands now, by the site's own rule; nothing until both dates are filled in. */
function stateOf(entry: Immutable) {
	const opensAt = dateOf(entry, 'opensAt');
	const closesAt = dateOf(entry, 'closesAt');
	return opensAt && closesAt
		? consultationState({ opensAt, closesAt, outcomeAt: dateOf(entry, 'outcomeAt') }, new Date())
		: undefined;
}

/** A consultation's facts (state, respondents, dates, draft) and, once published, its outcome: ConsultationPanel.astro. */
function consultationFacts(entry: Immutable, getAsset: PreviewProps['getAsset']) {
	const state = stateOf(entry);
	const outcome = text(entry, 'outcome');
	return [
		h(
			'section',
			{ className: 'facts consultation', key: 'facts' },
			h('h2', null, t('consultation.facts')),
			state &&
				h(
					'p',
					{ className: 'consultation__state' },
					h('span', { className: `badge badge--${state}` }, t(`consultation.state.${state}`)),
				),
			h(
				'dl',
				null,
				h('dt', null, t('consultation.respondents')),
				h('dd', null, text(entry, 'respondents')),
				h('dt', null, t('consultation.opens')),
				h('dd', null, dateTimeText(entry, 'opensAt')),
				h('dt', null, t('consultation.closes')),
				h('dd', null, dateTimeText(entry, 'closesAt')),
				h('dt', null, t('consultation.document')),
				h('dd', null, attachment(entry, 'document', getAsset)),
			),
		),
		outcome &&
			h(
				'section',
				{ className: 'outcome', key: 'outcome' },
				h('h2', null, t('consultation.outcome')),
				h(
					'p',
					{ className: 'meta' },
					t('consultation.outcomeAt', { date: dateText(entry, 'outcomeAt') }),
				),
				h('p', null, outcome),
				text(entry, 'outcomeDocument') &&
					h(
						'p',
						null,
						attachment(entry, 'outcomeDocument', getAsset),
						` (${t('consultation.outcomeDocument')})`,
					),
			),
	];
}

/** The claim a clarification answers, its origin and the verdict: ClaimBox.astro. */
function claimBox(entry: Immutable) {
	const verdict = verdicts.find((v) => v === text(entry, 'verdict'));
	const origin = text(entry, 'claimOrigin');
	const since = dateText(entry, 'claimDate');
	return [
		h(
			'section',
			{ className: 'claim', key: 'claim' },
			h('h2', { className: 'claim__label' }, t('clarification.claim')),
			h('blockquote', { className: 'claim__text' }, h('p', null, text(entry, 'claim'))),
			(origin || since) &&
				h(
					'p',
					{ className: 'claim__origin' },
					`${t('clarification.origin')}: `,
					origin,
					since && ` ${t('clarification.since', { date: since })}`,
				),
			verdict &&
				h(
					'p',
					{ className: 'claim__verdict' },
					`${t('clarification.verdict')}: `,
					h(
						'strong',
						{ className: `verdict verdict--${verdict}` },
						t(`clarification.verdict.${verdict}`),
					),
				),
		),
		h('h2', { className: 'facts-heading', key: 'heading' }, t('clarification.facts')),
	];
}

/** The sources of a clarification, after the facts: FactSources.astro. */
function factSources(entry: Immutable) {
	const sources = list<{ title?: string; url?: string }>(entry, 'sources');
	return (
		sources.length > 0 &&
		h(
			'section',
			{ className: 'sources' },
			h('h2', null, t('clarification.sources')),
			h(
				'ul',
				null,
				...sources.map((s) => h('li', null, h('a', { href: s.url }, s.title || s.url))),
			),
		)
	);
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
		const facts =
			kind === 'policies' &&
			h(
				'section',
				{ className: 'facts' },
				h('h2', null, t('policy.facts')),
				h(
					'dl',
					null,
					h('dt', null, t('policy.audience')),
					h('dd', null, text(entry, 'audience')),
					h('dt', null, t('policy.effective')),
					h('dd', null, dateText(entry, 'effective')),
					h('dt', null, t('policy.source')),
					h('dd', null, text(entry, 'source')),
				),
			);
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
			facts,
			kind === 'consultations' && consultationFacts(entry, getAsset),
			kind === 'clarifications' && claimBox(entry),
			h('div', { className: 'prose' }, widgetFor('body')),
			kind === 'clarifications' && factSources(entry),
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
	const type = documentTypes.find((d) => d === text(entry, 'docType'));
	const typeName = type ? t(`document.type.${type}`) : '';
	const dates = (['issued', 'effective', 'expired'] as const).flatMap((field) => {
		const date = dateText(entry, field);
		return date ? [h('dt', null, t(`document.${field}`)), h('dd', null, date)] : [];
	});
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
		h(
			'section',
			{ className: 'facts' },
			h('h2', null, t('document.abstract')),
			h(
				'dl',
				null,
				h('dt', null, t('document.type')),
				h('dd', null, typeName),
				h('dt', null, t('document.number')),
				h('dd', null, text(entry, 'number')),
				h('dt', null, t('document.issuer')),
				h('dd', null, text(entry, 'issuer')),
				h('dt', null, t('document.signer')),
				h('dd', null, text(entry, 'signer')),
				...dates,
				h('dt', null, t('document.file')),
				h('dd', null, attachment(entry, 'file', getAsset)),
			),
		),
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
