/**
 * The components an article body's blocks render with, by the names the body uses
 * (src/lib/blocks/syntax.ts). Passed to every MDX body's `<Content components={…}>`; a Markdown
 * body ignores them.
 */
import Callout from './Callout.astro';
import DocumentCard from './DocumentCard.astro';
import FiguresTable from './FiguresTable.astro';
import Gallery from './Gallery.astro';
import RelatedArticle from './RelatedArticle.astro';

export const blockComponents = { Gallery, DocumentCard, Callout, FiguresTable, RelatedArticle };
