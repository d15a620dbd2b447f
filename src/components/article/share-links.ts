/**
 * The share buttons of an article (ShareLinks.astro). "Zalo" hands the link to the device's share
 * sheet where there is one (phones), otherwise copies it; "Copy link" copies it. Each says what
 * happened in a live region, and shows the address itself if the browser refuses to copy.
 */
import { shareAddress } from '~/lib/share-url';

class ShareLinks extends HTMLElement {
	connectedCallback() {
		const url = shareAddress(this.dataset.url, location.href);
		const facebook = this.querySelector<HTMLAnchorElement>('a[data-share="facebook"]');
		if (facebook) {
			const share = new URL(facebook.href);
			share.searchParams.set('u', url);
			facebook.href = share.href;
		}
		const title = this.dataset.title ?? document.title;
		const status = this.querySelector<HTMLElement>('.share__status')!;
		const say = (text: string) => {
			status.textContent = text;
		};
		const copy = async (done: string) => {
			try {
				await navigator.clipboard.writeText(url);
				say(done);
			} catch {
				// Clipboard refused (no permission, or a page not served over https): show the address.
				say(`${status.dataset.failed} ${url}`);
			}
		};
		for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-share]')) {
			button.closest('li')!.hidden = false;
			button.addEventListener('click', async () => {
				if (button.dataset.share === 'zalo' && typeof navigator.share === 'function') {
					// A reader who closes the share sheet is not an error worth a message.
					await navigator.share({ title, url }).catch(() => undefined);
					return;
				}
				await copy(button.dataset.done!);
			});
		}
	}
}

customElements.define('share-links', ShareLinks);
