import { describe, expect, test } from 'vitest';
import { consultationState, nextChange } from './consultations';

const at = (s: string) => new Date(s);
const draft = {
	opensAt: at('2026-11-01T08:00:00+07:00'),
	closesAt: at('2026-11-30T17:00:00+07:00'),
};

describe('consultationState', () => {
	test('moves from upcoming to open to closed at the exact Vietnam times', () => {
		expect(consultationState(draft, at('2026-11-01T07:59:59+07:00'))).toBe('upcoming');
		expect(consultationState(draft, at('2026-11-01T08:00:00+07:00'))).toBe('open');
		expect(consultationState(draft, at('2026-11-30T16:59:59+07:00'))).toBe('open');
		expect(consultationState(draft, at('2026-11-30T17:00:00+07:00'))).toBe('closed');
	});

	test('an outcome is published only from its date', () => {
		const done = { ...draft, outcomeAt: at('2026-12-15T09:00:00+07:00') };
		expect(consultationState(done, at('2026-12-15T08:59:00+07:00'))).toBe('closed');
		expect(consultationState(done, at('2026-12-15T09:00:00+07:00'))).toBe('outcome');
	});

	test('the next change is the opening, then the closing, then none', () => {
		expect(nextChange(draft, at('2026-10-01T00:00:00+07:00'))).toEqual(draft.opensAt);
		expect(nextChange(draft, at('2026-11-10T00:00:00+07:00'))).toEqual(draft.closesAt);
		expect(nextChange(draft, at('2026-12-10T00:00:00+07:00'))).toBeUndefined();
	});
});
