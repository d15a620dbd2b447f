/** Static pages about the Department (about, organisation, contacts). */
import { z } from 'astro/zod';
import { date, optional, slug, strictObject } from './messages';
import { sourceHint, translatable, translationSchema } from './article';

/**
 * What a static page shows from the site's data besides its body: `contact` the Department's
 * contacts (identity settings), its spokespeople (registry) and the district offices (units);
 * `organisation` the Department's contacts. The facts then come from one file each, never typed
 * into the page.
 */
export const pageBlocks = ['contact', 'organisation'] as const;

/** Schema of the Vietnamese file of a static page (about, contacts…). */
export const pageSchema = strictObject(
	{
		title: translatable.title,
		summary: translatable.summary,
		/** Used by translations only; the folder name is the Vietnamese URL. */
		slug: optional(slug('slug')),
		/** Position in the footer and the "about" menu, smallest first. */
		order: z
			.number({ error: '"order" phải là một số. (order must be a number.)' })
			.int()
			.default(100),
		updated: optional(date('updated')),
		/** Blocks of data shown with the body (see `pageBlocks`). */
		show: optional(
			z.enum(pageBlocks, {
				error: `"show" phải là một trong: ${pageBlocks.join(', ')}. (show must be one of ${pageBlocks.join(', ')}.)`,
			}),
		),
		draft: z.boolean({ error: '"draft" phải là true hoặc false.' }).default(false),
	},
	sourceHint,
);

/** Schema of a translated static page. */
export const pageTranslationSchema = translationSchema({
	title: translatable.title,
	summary: translatable.summary,
});
