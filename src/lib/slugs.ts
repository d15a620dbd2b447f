/**
 * Turn any text (usually a Vietnamese title) into an ASCII URL slug: tone marks and other
 * diacritics removed, đ/Đ → d, lower case, words joined by single hyphens. Decap CMS does the same
 * with `slug: { encoding: ascii, clean_accents: true }`, so a slug made here and one made by the
 * CMS agree.
 *
 * NFD splits "ế" into "e" + U+0302 + U+0301, so removing combining marks (U+0300–U+036F) strips
 * tones; đ has no decomposition in Unicode and needs its own rule.
 */
export function slugify(text: string, maxLength = 80): string {
	const slug = text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[đĐ]/g, 'd')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length <= maxLength) return slug;
	// Cut at a word boundary so a slug never ends in half a word.
	const cut = slug.slice(0, maxLength + 1);
	const lastHyphen = cut.lastIndexOf('-');
	return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, '');
}
