/**
 * Urgent notices over time. The build keeps the notices not yet expired; the page shows each one
 * from its start to its expiry by the reader's clock (src/components/layout/alert-clock.ts uses the same
 * rule), so a page built before a notice expires does not show it afterwards.
 */

export interface Timed {
	startsAt: Date;
	expiresAt: Date;
}

export type AlertState = 'upcoming' | 'active' | 'expired';

/** Where a notice is in its life at `now`. */
export function alertState(alert: Timed, now: Date): AlertState {
	if (now.getTime() >= alert.expiresAt.getTime()) return 'expired';
	return now.getTime() >= alert.startsAt.getTime() ? 'active' : 'upcoming';
}

const weight = { danger: 0, warning: 1, info: 2 } as const;

/** The notices a build publishes: not expired at build time, most severe first, then newest. */
export function publishedAlerts<T extends Timed & { severity: keyof typeof weight }>(
	alerts: readonly T[],
	now: Date,
): T[] {
	return alerts
		.filter((a) => alertState(a, now) !== 'expired')
		.sort(
			(a, b) =>
				weight[a.severity] - weight[b.severity] || b.startsAt.getTime() - a.startsAt.getTime(),
		);
}
