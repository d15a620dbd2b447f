import { mkdirSync, mkdtempSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
	currentRelease,
	listReleases,
	previousRelease,
	releaseName,
	releasesToPrune,
	switchCurrent,
} from './releases';

const names = ['20260101T000000Z-aaa', '20260102T000000Z-bbb', '20260103T000000Z-ccc'];

describe('releaseName', () => {
	test('is the UTC time to the second and the short commit, sorting in time order', () => {
		expect(releaseName(new Date('2026-12-01T07:05:09.123+07:00'), 'a00fa2f243a89bee')).toBe(
			'20261201T000509Z-a00fa2f',
		);
		const a = releaseName(new Date('2026-01-09T23:59:59Z'), 'ffffff');
		const b = releaseName(new Date('2026-01-10T00:00:00Z'), '000000');
		expect([b, a].sort()).toEqual([a, b]);
	});
});

describe('releasesToPrune', () => {
	test('deletes the oldest beyond keep', () => {
		expect(releasesToPrune(names, 2, names[2])).toEqual([names[0]]);
		expect(releasesToPrune(names, 5, names[2])).toEqual([]);
	});
	test('never deletes the current release, even the oldest after a rollback', () => {
		expect(releasesToPrune(names, 1, names[0])).toEqual([names[1], names[2]]);
	});
});

describe('previousRelease', () => {
	test('is the one before current in time, none before the first', () => {
		expect(previousRelease(names, names[2])).toBe(names[1]);
		expect(previousRelease(names, names[0])).toBeUndefined();
		expect(previousRelease(names, undefined)).toBeUndefined();
	});
});

describe('switchCurrent', () => {
	let dir: string;
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	test('replaces the link in place and leaves no temporary link behind', () => {
		dir = mkdtempSync(join(tmpdir(), 'releases-'));
		for (const n of names) mkdirSync(join(dir, 'releases', n), { recursive: true });
		mkdirSync(join(dir, 'releases', '.tmp-20260104T000000Z-ddd'));
		expect(listReleases(dir)).toEqual(names);
		expect(currentRelease(dir)).toBeUndefined();
		switchCurrent(dir, names[0]!);
		switchCurrent(dir, names[1]!);
		expect(readlinkSync(join(dir, 'current'))).toBe(join('releases', names[1]!));
		expect(currentRelease(dir)).toBe(names[1]);
		expect(listReleases(dir)).toEqual(names);
	});

	test('works over an existing link made by hand', () => {
		dir = mkdtempSync(join(tmpdir(), 'releases-'));
		mkdirSync(join(dir, 'releases', names[0]!), { recursive: true });
		symlinkSync('elsewhere', join(dir, 'current'));
		switchCurrent(dir, names[0]!);
		expect(currentRelease(dir)).toBe(names[0]);
	});
});
