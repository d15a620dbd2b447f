/**
 * Browser entry of /admin: styles the previews with the site's own CSS and fonts, registers the
 * previews, and starts Decap with the config the page carries.
 */
// The site's faces (src/styles/fonts.ts) and stylesheet, as strings for the preview frame.
import fontsCss from '~/styles/fonts.css?inline';
import siteCss from '~/styles/global.css?inline';
import { formatName, preservingFormat } from './format';
import { registerPreviews, type Cms } from './previews';
import { registerValidation, type CmsEvents } from './validate';

declare global {
	interface Window {
		CMS: Cms;
	}
}

const config = JSON.parse(document.getElementById('cms-config')!.textContent!);
for (const css of [fontsCss, siteCss]) window.CMS.registerPreviewStyle(css, { raw: true });
registerPreviews(window.CMS);
window.CMS.registerCustomFormat(formatName, 'md', preservingFormat());
// Saves the build would reject are refused with the build's message (validate.ts).
registerValidation(window.CMS as Cms & CmsEvents, config);
window.CMS.init({ config });
