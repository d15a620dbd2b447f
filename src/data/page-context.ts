/**
 * The page context: what every part of a page's chrome needs (the view from the route table, its
 * locale and the navigation of that locale), set once by the catch-all page in `Astro.locals` and
 * read by the layout, head, header and footer, so none of them needs the catalog passed down.
 */
import type { Navigation } from './navigation';
import type { View } from './routes';

/** The context of the page being rendered. */
export interface PageContext {
	view: View;
	nav: Navigation;
}

/** The page context set by `src/pages/[...path].astro`; a component outside such a page is a bug. */
export function pageContext(locals: App.Locals): PageContext {
	if (!locals.page)
		throw new Error(
			'No page context: render this component inside a page of src/pages/[...path].astro',
		);
	return locals.page;
}
