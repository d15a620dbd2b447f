import { locales } from '../src/i18n/locales';
import { useTranslations } from '../src/i18n/t';
import { formatDate } from '../src/lib/dates';
import { articleKinds, type ArticleKind } from '../src/schemas/collections';

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
  registerCustomFormat(name: string, extension: string, format: { fromFile(text: string): object; toFile(data: never, sortedKeys?: string[]): string }): void;
  init(options: { config: unknown }): void;
}

const h: H = (...args) => (window as unknown as { h: H }).h(...args);
const { t } = useTranslations('vi');
const intl = locales.vi.intl;

function text(entry: Immutable, field: string): string {
  const value = entry.getIn(['data', field]);
  return typeof value === 'string' ? value : '';
}

function dateText(entry: Immutable, field: string): string {
  const value = entry.getIn(['data', field]);
  const date = value ? new Date(String(value)) : undefined;
  return date && !Number.isNaN(date.getTime()) ? formatDate(date, intl) : '';
}

/** Preview of a news item, story or policy explainer, as its article page shows it. */
function articlePreview(kind: ArticleKind) {
  return ({ entry, widgetFor, getAsset }: PreviewProps) => {
    const cover = text(entry, 'cover');
    const caption = text(entry, 'coverCaption');
    const facts =
      kind === 'policies' &&
      h('section', { className: 'facts' },
        h('h2', null, t('policy.facts')),
        h('dl', null,
          h('dt', null, t('policy.audience')), h('dd', null, text(entry, 'audience')),
          h('dt', null, t('policy.effective')), h('dd', null, dateText(entry, 'effective')),
          h('dt', null, t('policy.source')), h('dd', null, text(entry, 'source'))));
    return h('article', { className: 'wrap article' },
      h('header', { className: 'article__head' },
        h('span', { className: 'eyebrow' }, t(`section.${kind}`)),
        h('h1', null, text(entry, 'title')),
        h('p', { className: 'article__summary' }, text(entry, 'summary')),
        h('p', { className: 'meta' }, `${t('article.published')} ${dateText(entry, 'date')}`)),
      cover &&
        h('figure', null,
          h('img', { src: getAsset(cover)?.toString() ?? cover, alt: text(entry, 'coverAlt') }),
          caption && h('figcaption', null, caption)),
      facts,
      h('div', { className: 'prose' }, widgetFor('body')));
  };
}

/** Preview of a static page. */
function pagePreview({ entry, widgetFor }: PreviewProps) {
  return h('article', { className: 'wrap article' },
    h('header', { className: 'article__head' },
      h('h1', null, text(entry, 'title')),
      h('p', { className: 'article__summary' }, text(entry, 'summary'))),
    h('div', { className: 'prose' }, widgetFor('body')));
}

/** Register a preview for every Markdown collection. */
export function registerPreviews(cms: Cms) {
  for (const kind of articleKinds) cms.registerPreviewTemplate(kind, articlePreview(kind));
  cms.registerPreviewTemplate('pages', pagePreview);
}
