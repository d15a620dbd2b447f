/**
 * Browser entry of /admin: styles the previews with the site's own CSS and fonts, registers the
 * previews, and starts Decap with the config the page carries.
 */
import latin400 from '@fontsource/be-vietnam-pro/latin-400.css?inline';
import latin700 from '@fontsource/be-vietnam-pro/latin-700.css?inline';
import vietnamese400 from '@fontsource/be-vietnam-pro/vietnamese-400.css?inline';
import vietnamese700 from '@fontsource/be-vietnam-pro/vietnamese-700.css?inline';
import siteCss from '../src/styles/global.css?inline';
import { formatName, preservingFormat } from './format';
import { registerPreviews, type Cms } from './previews';

declare global {
	interface Window {
		CMS: Cms;
	}
}

const config = JSON.parse(document.getElementById('cms-config')!.textContent!);
for (const css of [latin400, vietnamese400, latin700, vietnamese700, siteCss])
	window.CMS.registerPreviewStyle(css, { raw: true });
registerPreviews(window.CMS);
window.CMS.registerCustomFormat(formatName, 'md', preservingFormat());
window.CMS.init({ config });
