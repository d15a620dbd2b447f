import { consultationState, nextChange } from '~/lib/consultations';
import { daysLeft } from '~/lib/dates';

/**
 * Corrects a consultation page, and consultation cards on any page, by the reader's clock: the
 * page says what the state was when the site was built, and a page built before the closing time
 * must not invite comments after it. Shows the state label and the form that fit now, counts the
 * days left again, and checks again at the next change.
 */
function update() {
	const now = new Date();
	const lang = document.documentElement.lang;
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
		// Plural forms from the dictionary ("còn {{count}} ngày"), chosen as `useTranslations` does.
		for (const days of el.querySelectorAll<HTMLElement>('[data-days-left]')) {
			const forms = JSON.parse(days.dataset.daysLeft!) as Record<string, string>;
			const n = daysLeft(times.closesAt, now);
			const form = forms[new Intl.PluralRules(lang).select(n)] ?? forms.other!;
			days.textContent = form.replace('{{count}}', new Intl.NumberFormat(lang).format(n));
		}
		// Only the page's own consultation opens and closes its form, not a card of another one.
		const form =
			el.dataset.card === undefined && document.querySelector<HTMLElement>('[data-feedback]');
		if (form) form.hidden = state !== 'open';
		const change = nextChange(times, now);
		if (change) next = Math.min(next, change.getTime());
	}
	// Timers longer than about 24.8 days overflow; check again within a day at most.
	if (next !== Infinity)
		setTimeout(update, Math.min(Math.max(next - Date.now(), 0) + 250, 86_400_000));
}

update();
