/**
 * The address the share buttons hand over: the canonical URL when the build knew the site's
 * public address (`SITE_URL`), otherwise the page the reader is on, without its #fragment (a
 * preview or a copy served elsewhere must not share an address it does not live at).
 */
export function shareAddress(canonical: string | undefined, current: string): string {
	if (canonical) return canonical;
	const url = new URL(current);
	url.hash = '';
	return url.href;
}
