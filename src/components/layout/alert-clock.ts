import { alertState } from '~/lib/alerts';

/**
 * Shows each urgent notice from its start and removes it at its expiry by the reader's clock
 * (AlertBanner.astro), checking again at the next change, so an open page changes on time too.
 */
function update() {
	const now = new Date();
	let next = Infinity;
	for (const el of document.querySelectorAll<HTMLElement>('[data-alert]')) {
		const timed = {
			startsAt: new Date(el.dataset.starts!),
			expiresAt: new Date(el.dataset.expires!),
		};
		const state = alertState(timed, now);
		if (state === 'expired') {
			el.remove();
			continue;
		}
		el.hidden = state === 'upcoming';
		next = Math.min(next, (state === 'upcoming' ? timed.startsAt : timed.expiresAt).getTime());
	}
	const section = document.querySelector<HTMLElement>('.alerts');
	if (section) section.hidden = !section.querySelector('[data-alert]:not([hidden])');
	// Timers longer than about 24.8 days overflow; check again within a day at most.
	if (next !== Infinity)
		setTimeout(update, Math.min(Math.max(next - now.getTime(), 0) + 250, 86_400_000));
}

update();
