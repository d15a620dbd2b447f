import { describe, expect, test } from 'vitest';
import { readWindows, storedWindows } from './windows';

const at = (iso: string) => new Date(iso);

describe('consultation windows for the feedback server', () => {
	const entries = [
		{
			id: 'open',
			data: { opensAt: at('2026-10-01T00:00:00+07:00'), closesAt: at('2026-11-01T00:00:00+07:00') },
		},
		{
			id: 'scheduled',
			data: {
				opensAt: at('2026-12-01T00:00:00+07:00'),
				closesAt: at('2027-01-01T00:00:00+07:00'),
				publishAt: at('2026-12-01T08:00:00+07:00'),
			},
		},
		{
			id: 'draft',
			data: {
				draft: true,
				opensAt: at('2026-10-01T00:00:00+07:00'),
				closesAt: at('2026-11-01T00:00:00+07:00'),
			},
		},
	];

	test('leave drafts out, keep scheduled ones with their publication time, and read back equal', () => {
		const stored = storedWindows(entries);
		expect(Object.keys(stored)).toEqual(['open', 'scheduled']);
		const read = readWindows(JSON.stringify(stored));
		expect(read.get('open')).toEqual({ ...entries[0]!.data, publishAt: undefined });
		expect(read.get('scheduled')).toEqual(entries[1]!.data);
	});

	test('a damaged file fails, naming the consultation and the field', () => {
		expect(() => readWindows('[]')).toThrow('expected an object');
		expect(() =>
			readWindows(JSON.stringify({ x: { opensAt: 'soon', closesAt: '2026-11-01T00:00:00Z' } })),
		).toThrow('x.opensAt is not an instant ("soon")');
	});
});
