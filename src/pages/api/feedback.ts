import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import { defaultLocale, isLocale, localeCodes, locales } from '~/i18n/locales';
import { useTranslations } from '~/i18n/t';
import { limits, parseFeedback, type ConsultationWindow } from '~/lib/feedback/validate';
import { RateLimiter } from '~/lib/feedback/rate-limit';
import { readWindows, storedWindows, windowsFile } from '~/lib/feedback/windows';
import { openFeedbackStore, type FeedbackStore } from '~/lib/feedback/store';

/**
 * The one on-demand route of the site: responses to consultations, stored in SQLite
 * (`FEEDBACK_DB`, default `.data/feedback.sqlite`). Every other page is static.
 *
 * A browser with JavaScript posts in the background and gets JSON (`Accept: application/json`);
 * without it the form posts normally and gets a short page in the form's language. A response is
 * acknowledged only after SQLite has written it to disk (store.ts: WAL, synchronous=FULL).
 * Nothing identifying is stored: the client address is held in memory for the rate limit only.
 */
export const prerender = false;

let store: FeedbackStore | undefined;
const db = () => (store ??= openFeedbackStore(process.env.FEEDBACK_DB || '.data/feedback.sqlite'));

const limiter = new RateLimiter({
	limit: Number(process.env.FEEDBACK_RATE_LIMIT) || 10,
	windowMs: (Number(process.env.FEEDBACK_RATE_WINDOW_SECONDS) || 600) * 1000,
});

/**
 * Opening and closing times of published consultations: fixed in the build, read once. The build
 * writes them beside the server (src/lib/feedback/windows.ts); `astro dev`, which has no such file,
 * reads the collection (a branch the build drops, with the content store it would bring along).
 */
let windows: Promise<Map<string, ConsultationWindow>> | undefined;
async function loadWindows(): Promise<Map<string, ConsultationWindow>> {
	if (import.meta.env.DEV) {
		const { getCollection } = await import('astro:content');
		return readWindows(JSON.stringify(storedWindows(await getCollection('consultations'))));
	}
	// This module is bundled into dist/server/chunks/; the file sits in dist/server/.
	return readWindows(await readFile(new URL(`../${windowsFile}`, import.meta.url), 'utf8'));
}
function consultationWindows(): Promise<Map<string, ConsultationWindow>> {
	windows ??= loadWindows();
	return windows;
}

/** The body as text, refusing to read more than `max` bytes. */
async function readLimited(request: Request, max: number): Promise<string | undefined> {
	const declared = Number(request.headers.get('content-length'));
	if (declared > max) return undefined;
	const reader = request.body?.getReader();
	if (!reader) return '';
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > max) {
			await reader.cancel();
			return undefined;
		}
		chunks.push(value);
	}
	return Buffer.concat(chunks).toString('utf8');
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page a reader without JavaScript sees after sending: the outcome and a way back. */
function page(
	locale: string,
	status: number,
	title: string,
	lines: string[],
	back: string | undefined,
): Response {
	const l = isLocale(locale) ? locale : defaultLocale;
	const { t } = useTranslations(l);
	const html = `<!doctype html>
<html lang="${locales[l].lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(title)}</title></head>
<body>
<main>
<h1>${escape(title)}</h1>
${lines.map((line) => `<p>${escape(line)}</p>`).join('\n')}
${back ? `<p><a href="${escape(back)}">${escape(t('form.back'))}</a></p>` : ''}
</main>
</body>
</html>
`;
	return new Response(html, {
		status,
		headers: {
			'Content-Type': 'text/html; charset=utf-8',
			'Cache-Control': 'no-store',
			'Content-Security-Policy': "default-src 'none'; base-uri 'none'; form-action 'none'",
		},
	});
}

function json(status: number, body: object, headers: Record<string, string> = {}): Response {
	return new Response(JSON.stringify(body), {
		status,
		headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers },
	});
}

export const POST: APIRoute = async ({ request, clientAddress }) => {
	const wantsJson = (request.headers.get('accept') ?? '').includes('application/json');
	const decision = limiter.take(clientAddress, Date.now());
	if (!decision.allowed) {
		const retry = { 'Retry-After': String(decision.retryAfterSeconds) };
		if (wantsJson)
			return json(
				429,
				{ ok: false, errors: {}, retryAfterSeconds: decision.retryAfterSeconds },
				retry,
			);
		const { t } = useTranslations(defaultLocale);
		return page(
			defaultLocale,
			429,
			t('form.errorTitle'),
			[t('form.error.rateLimited', { minutes: Math.ceil(decision.retryAfterSeconds / 60) })],
			undefined,
		);
	}
	const type = request.headers.get('content-type') ?? '';
	if (!type.startsWith('application/x-www-form-urlencoded'))
		return json(415, { ok: false, errors: {} });
	const body = await readLimited(request, limits.bodyMaxBytes);
	if (body === undefined)
		return wantsJson
			? json(413, { ok: false, errors: {} })
			: page(
					defaultLocale,
					413,
					'Payload too large',
					[useTranslations(defaultLocale).t('form.error.tooLarge')],
					undefined,
				);
	const fields = Object.fromEntries(new URLSearchParams(body));
	const rawBack = typeof fields.back === 'string' ? fields.back : '';
	// Only a path of this site, never another address (no open redirect through the link).
	const back = /^\/(?!\/)[\w\-./]*$/.test(rawBack) ? rawBack : undefined;
	const open = await consultationWindows();
	const result = parseFeedback(fields, (id) => open.get(id), new Date(), localeCodes);
	const locale =
		typeof fields.locale === 'string' && isLocale(fields.locale) ? fields.locale : defaultLocale;
	const { t } = useTranslations(locale);
	if (!result.ok) {
		if (wantsJson) return json(result.status, { ok: false, errors: result.errors });
		const n = (v: number) => new Intl.NumberFormat(locales[locale].intl).format(v);
		// Every error code has its message (form.error.<code>); the group's says what to choose.
		const messages = Object.entries(result.errors).map(([field, code]) =>
			field === 'group'
				? t('form.error.group')
				: t(`form.error.${code}`, { min: n(limits.textMin), max: n(limits.textMax) }),
		);
		return page(locale, result.status, t('form.errorTitle'), messages, back);
	}
	let id: number;
	try {
		id = db().add({ ...result.value, receivedAt: new Date() });
	} catch (error) {
		console.error('feedback: could not store a response', error);
		return wantsJson
			? json(500, { ok: false, errors: {} })
			: page(locale, 500, t('form.errorTitle'), [t('form.error.server')], back);
	}
	return wantsJson
		? json(201, { ok: true, id })
		: page(locale, 201, t('form.sentTitle'), [t('form.sent', { id })], back);
};

/** Anything but POST is refused with the methods allowed. */
export const ALL: APIRoute = () =>
	new Response('Method Not Allowed', { status: 405, headers: { Allow: 'POST' } });
