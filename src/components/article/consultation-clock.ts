import { consultationState, nextChange } from '~/lib/consultations';

/**
 * Corrects a consultation page by the reader's clock: the page says what the state was when the
 * site was built, and a page built before the closing time must not invite comments after it.
 * Shows the state label and the form that fit now, and checks again at the next change.
 */
function update() {
	const now = new Date();
	let next = Infinity;
	for (const el of document.querySelectorAll<HTMLElement>('[data-consultation]')) {
		const times = {
			opensAt: new Date(el.dataset.opens!),
			closesAt: new Date(el.dataset.closes!),
			outcomeAt: el.dataset.outcome ? new Date(el.dataset.outcome) : undefined,
		};
		const state = consultationState(times, now);
		el.dataset.state = state;
		for (const part of el.querySelectorAll<HTMLElement>('[data-when]'))
			part.hidden = !part.dataset.when!.split(' ').includes(state);
		const form = document.querySelector<HTMLElement>('[data-feedback]');
		if (form) form.hidden = state !== 'open';
		const change = nextChange(times, now);
		if (change) next = Math.min(next, change.getTime());
	}
	// Timers longer than about 24.8 days overflow; check again within a day at most.
	if (next !== Infinity)
		setTimeout(update, Math.min(Math.max(next - Date.now(), 0) + 250, 86_400_000));
}

update();
