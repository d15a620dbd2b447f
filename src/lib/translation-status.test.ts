import { describe, expect, test } from 'vitest';
import { basisOf, sourceChanges, translationStatus } from './translation-status';

const d = (iso: string) => new Date(iso);
const note = (date: string, text: string, major = false) => ({ date: d(date), note: text, major });
/** A Vietnamese article published on 1 October, with a typo fixed that day and a major change on 2 October. */
const source = {
	date: d('2026-10-01T08:00:00+07:00'),
	changes: [
		note('2026-10-01T15:00:00+07:00', 'Sửa lỗi chính tả.'),
		note('2026-10-02T09:00:00+07:00', 'Bổ sung số liệu.', true),
	],
};

describe('translationStatus', () => {
	test('a major change after the translation’s own date makes it stale, since that change', () => {
		const status = translationStatus(source, { translated: d('2026-10-01') });
		expect(status).toEqual({
			state: 'stale',
			basis: { from: 'translated', date: d('2026-10-01') },
			since: d('2026-10-02T09:00:00+07:00'),
			changes: [{ kind: 'major', date: d('2026-10-02T09:00:00+07:00'), note: 'Bổ sung số liệu.' }],
		});
	});

	test('a translation dated on or after the last change is current', () => {
		expect(translationStatus(source, { translated: d('2026-10-03') }).state).toBe('current');
		// The same day in Vietnam counts as included, whatever the hour.
		expect(translationStatus(source, { translated: d('2026-10-02') }).state).toBe('current');
	});

	test('minor change notes never make a translation stale', () => {
		const minorOnly = { date: source.date, changes: [note('2026-11-01', 'Sửa lỗi chính tả.')] };
		expect(translationStatus(minorOnly, {}).state).toBe('current');
	});

	test('a later `updated` makes it stale, named by the update’s date', () => {
		const updated = {
			date: d('2026-03-20T08:00:00+07:00'),
			updated: d('2026-04-02T15:00:00+07:00'),
		};
		const status = translationStatus(updated, { translated: d('2026-03-25') });
		expect(status.state).toBe('stale');
		expect(status.state === 'stale' && status.since).toEqual(d('2026-04-02T15:00:00+07:00'));
		expect(translationStatus(updated, { translated: d('2026-04-02') }).state).toBe('current');
	});

	test('names the newest change when there are several, listing them oldest first', () => {
		const both = { ...source, updated: d('2026-10-05T10:00:00+07:00') };
		const status = translationStatus(both, { translated: d('2026-10-01') });
		expect(status.state === 'stale' && status.changes.map((c) => c.kind)).toEqual([
			'major',
			'updated',
		]);
		expect(status.state === 'stale' && status.since).toEqual(d('2026-10-05T10:00:00+07:00'));
	});

	test('without `translated`, the translation is taken as of the publication date', () => {
		const status = translationStatus(source, {});
		expect(status.basis).toEqual({ from: 'published', date: source.date });
		expect(status.state).toBe('stale');
		// An update on the day of publication is taken as included.
		const sameDay = {
			date: d('2026-09-24T17:45:00+07:00'),
			updated: d('2026-09-24T21:30:00+07:00'),
		};
		expect(translationStatus(sameDay, {}).state).toBe('current');
	});

	test('a page without a publication date or `translated` is stale as soon as it was updated', () => {
		expect(translationStatus({ updated: d('2026-01-05') }, {})).toMatchObject({
			state: 'stale',
			basis: { from: 'unknown' },
		});
		expect(translationStatus({}, {})).toEqual({ state: 'current', basis: { from: 'unknown' } });
	});

	test('days are counted in Vietnam: 23:30 UTC on 1 October is already 2 October there', () => {
		const late = { date: d('2026-10-01T00:00:00Z'), updated: d('2026-10-01T23:30:00Z') };
		expect(translationStatus(late, { translated: d('2026-10-01') }).state).toBe('stale');
	});
});

describe('basisOf and sourceChanges', () => {
	test('the translation’s own date wins over the publication date', () => {
		expect(basisOf(source, { translated: d('2026-10-05') })).toEqual({
			from: 'translated',
			date: d('2026-10-05'),
		});
	});

	test('an update and a major note are both material changes; minor notes are not', () => {
		expect(sourceChanges({ ...source, updated: d('2026-10-02T09:00:00+07:00') })).toEqual([
			{ kind: 'major', date: d('2026-10-02T09:00:00+07:00'), note: 'Bổ sung số liệu.' },
			{ kind: 'updated', date: d('2026-10-02T09:00:00+07:00') },
		]);
	});
});
