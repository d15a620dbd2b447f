/**
 * Where consultation forms send responses. By default the site's own on-demand endpoint
 * (`src/pages/api/feedback.ts`, SQLite); a site deployed purely static can point the forms at
 * another service by building with `PUBLIC_FEEDBACK_ENDPOINT=https://…`. The Content-Security-
 * Policy then allows that origin for the form and its script (src/lib/csp.ts).
 */
export const feedbackEndpoint: string = import.meta.env.PUBLIC_FEEDBACK_ENDPOINT || '/api/feedback';

/** The endpoint's origin if it is on another site, for the Content-Security-Policy. */
export function feedbackOrigin(endpoint = feedbackEndpoint): string | undefined {
  return /^https:\/\//.test(endpoint) ? new URL(endpoint).origin : undefined;
}
