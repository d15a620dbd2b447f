import { describe, expect, test } from 'vitest';
import { collectGarbage } from './memory';

describe('collectGarbage', () => {
	test('frees what nothing holds any longer', () => {
		collectGarbage();
		const before = process.memoryUsage().heapUsed;
		let garbage: string[] | undefined = Array.from({ length: 200_000 }, (_, i) =>
			`page ${i} `.repeat(20),
		);
		const grown = process.memoryUsage().heapUsed - before;
		expect(garbage.length).toBe(200_000);
		expect(grown).toBeGreaterThan(20 * 1024 * 1024);
		garbage = undefined;
		collectGarbage();
		// Nearly all of what the strings took is back.
		expect(process.memoryUsage().heapUsed - before).toBeLessThan(grown / 4);
	});
});
