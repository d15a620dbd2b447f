/**
 * The Content-Security-Policy of every public page, sent as a `<meta>` tag so it holds on any
 * static host (the nginx recipe in the README adds it as a header too, with `frame-ancestors`,
 * which a meta tag cannot carry). Everything comes from the site's own origin: scripts only as
 * files (Astro never inlines one here, see astro.config.mjs), no inline script or style, no
 * `eval`. The search page alone may compile WebAssembly (`'wasm-unsafe-eval'`), which Pagefind
 * needs; that permits WebAssembly only, not JavaScript `eval`.
 */
export function contentSecurityPolicy({
	webAssembly = false,
	formOrigin,
}: { webAssembly?: boolean; formOrigin?: string | undefined } = {}): string {
	// A consultation form configured to post to another service (src/config/feedback.ts) may send
	// there, and only there.
	const extra = formOrigin ? [formOrigin] : [];
	const directives: [string, ...string[]][] = [
		['default-src', "'self'"],
		['script-src', "'self'", ...(webAssembly ? ["'wasm-unsafe-eval'"] : [])],
		['style-src', "'self'"],
		['img-src', "'self'"],
		['font-src', "'self'"],
		['connect-src', "'self'", ...extra],
		['object-src', "'none'"],
		['base-uri', "'self'"],
		['form-action', "'self'", ...extra],
	];
	return directives.map((d) => d.join(' ')).join('; ');
}
