import { describe, expect, test } from 'vitest';
import { alertState, publishedAlerts } from './alerts';

const at = (iso: string) => new Date(iso);
const storm = {
	severity: 'danger' as const,
	startsAt: at('2026-09-18T17:00:00+07:00'),
	expiresAt: at('2026-09-20T07:00:00+07:00'),
};
const exam = {
	severity: 'info' as const,
	startsAt: at('2026-06-01T00:00:00+07:00'),
	expiresAt: at('2026-06-30T00:00:00+07:00'),
};
const later = {
	severity: 'warning' as const,
	startsAt: at('2026-10-01T00:00:00+07:00'),
	expiresAt: at('2026-10-02T00:00:00+07:00'),
};

describe('alertState', () => {
	test('is upcoming before the start, active until the expiry, expired from it', () => {
		expect(alertState(storm, at('2026-09-18T16:59:59+07:00'))).toBe('upcoming');
		expect(alertState(storm, at('2026-09-18T17:00:00+07:00'))).toBe('active');
		expect(alertState(storm, at('2026-09-20T06:59:59+07:00'))).toBe('active');
		expect(alertState(storm, at('2026-09-20T07:00:00+07:00'))).toBe('expired');
	});
});

describe('publishedAlerts', () => {
	test('drops expired notices and puts the most severe first', () => {
		expect(publishedAlerts([exam, later, storm], at('2026-09-19T08:00:00+07:00'))).toEqual([
			storm,
			later,
		]);
	});
});
