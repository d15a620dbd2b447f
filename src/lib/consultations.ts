/**
 * Where a consultation on a draft is in its life. The built page shows the state at build time;
 * `src/components/article/consultation-clock.ts` applies the same rule in the reader's browser, so a page
 * built before the closing time stops inviting comments when the time comes, without a rebuild.
 */

/** The dates that decide a consultation's state. */
export interface ConsultationTimes {
	opensAt: Date;
	closesAt: Date;
	/** Set once the outcome is published. */
	outcomeAt?: Date | undefined;
}

/** upcoming → open → closed (being analysed) → outcome (published). */
export type ConsultationState = 'upcoming' | 'open' | 'closed' | 'outcome';

/** The state at `now`. An outcome dated in the future is not published yet: the state is closed. */
export function consultationState(c: ConsultationTimes, now: Date): ConsultationState {
	const t = now.getTime();
	if (c.outcomeAt && t >= c.outcomeAt.getTime()) return 'outcome';
	if (t >= c.closesAt.getTime()) return 'closed';
	return t >= c.opensAt.getTime() ? 'open' : 'upcoming';
}

/** When the state next changes by the clock alone (the outcome needs a rebuild), or undefined. */
export function nextChange(c: ConsultationTimes, now: Date): Date | undefined {
	const state = consultationState(c, now);
	if (state === 'upcoming') return c.opensAt;
	if (state === 'open') return c.closesAt;
	return undefined;
}
