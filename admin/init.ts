/**
 * Browser entry of /admin: styles the previews with the site's own CSS and fonts, registers the
 * previews, and starts Decap with the config the page carries.
 *
 * With the local backend (decap-server, `npm run cms`) the proxy is asked once first: if it does
 * not answer, Decap is not started (it would retry every collection against a dead port and then
 * show an empty list, as if all content were gone) and the page explains in Vietnamese what is
 * missing instead. Hosted backends (GitHub, GitLab, Gitea) start Decap directly.
 */
// The site's faces (src/styles/fonts.ts) and stylesheet, as strings for the preview frame.
import fontsCss from '~/styles/fonts.css?inline';
import siteCss from '~/styles/global.css?inline';
import { registerBlocks, type BlockOptions, type EditorComponents } from './blocks';
import { formatName, preservingFormat } from './format';
import './locale';
import { registerPreviews, type Cms } from './previews';
import { registerTranslationDate } from './translation-widget';
import { registerValidation, type CmsEvents } from './validate';

declare global {
	interface Window {
		CMS: Cms;
	}
}

/** Whether decap-server answers at `url` (one request, a few seconds at most). */
async function proxyAnswers(url: string, timeoutMs = 3000): Promise<boolean> {
	try {
		const response = await fetch(url, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ action: 'info' }),
			signal: AbortSignal.timeout(timeoutMs),
		});
		return response.ok;
	} catch {
		return false;
	}
}

/** Show the page saying the local CMS server is not running (src/pages/admin/index.astro). */
function showNoBackend() {
	const page = document.getElementById('no-backend')!;
	page.hidden = false;
	document.title = `Chưa kết nối được với kho nội dung – ${document.title}`;
	page.querySelector('h1')!.focus();
	document.getElementById('no-backend-retry')!.addEventListener('click', () => location.reload());
}

async function start() {
	const config = JSON.parse(document.getElementById('cms-config')!.textContent!);
	if (config.backend.name === 'proxy' && !(await proxyAnswers(config.backend.proxy_url))) {
		showNoBackend();
		return;
	}
	for (const css of [fontsCss, siteCss]) window.CMS.registerPreviewStyle(css, { raw: true });
	registerPreviews(window.CMS);
	// The blocks of an article body, with the register and the articles read at build time.
	const blocks: BlockOptions = JSON.parse(
		document.getElementById('cms-blocks')?.textContent ?? '{"documents":[],"articles":[]}',
	);
	registerBlocks(window.CMS as Cms & EditorComponents, blocks);
	// A translation's date, under the notice saying whether it may be out of date.
	registerTranslationDate(window.CMS);
	window.CMS.registerCustomFormat(formatName, 'md', preservingFormat());
	// Saves the build would reject are refused with the build's message (validate.ts).
	registerValidation(window.CMS as Cms & CmsEvents, config);
	window.CMS.init({ config });
}

void start();
