/**
 * Where consultation forms send responses. By default the site's own on-demand endpoint
 * (`src/pages/api/feedback.ts`, SQLite); a site deployed purely static can point the forms at
 * another service by building with `PUBLIC_FEEDBACK_ENDPOINT=https://…`. The Content-Security-
 * Policy then allows that origin for the form and its script (src/lib/csp.ts).
 */

/** The endpoint as configured: a path of this site or an https:// address, nothing else. */
export function checkedEndpoint(value: string | undefined): string {
	const endpoint = value?.trim() || '/api/feedback';
	if (/^\/(?!\/)/.test(endpoint) || /^https:\/\/[^/]/.test(endpoint)) return endpoint;
	throw new Error(
		`PUBLIC_FEEDBACK_ENDPOINT phải là đường dẫn trong trang (/…) hoặc địa chỉ https://, không phải "${endpoint}" ` +
			'(must be a path of this site or an https:// address: responses must not cross the network unencrypted)',
	);
}

export const feedbackEndpoint: string = checkedEndpoint(import.meta.env.PUBLIC_FEEDBACK_ENDPOINT);

/** The endpoint's origin if it is on another site, for the Content-Security-Policy. */
export function feedbackOrigin(endpoint = feedbackEndpoint): string | undefined {
	return /^https:\/\//.test(endpoint) ? new URL(endpoint).origin : undefined;
}
