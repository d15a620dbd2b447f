import { describe, expect, test } from 'vitest';
import { relatedIndex, relatedItems } from './related';

const item = (key: string, topics: string[], unit: string, day: number) => ({
	key,
	topics,
	unit,
	date: new Date(Date.UTC(2026, 0, day)),
});

describe('relatedItems', () => {
	const self = item('self', ['a', 'b'], 'u1', 10);
	const pool = [
		self,
		item('one-topic', ['a'], 'u2', 5),
		item('two-topics', ['a', 'b'], 'u2', 1),
		item('same-unit', ['z'], 'u1', 9),
		item('unrelated', ['z'], 'u9', 2),
		item('one-topic-nearer', ['b'], 'u2', 8),
		item('later-two-topics', ['a', 'b'], 'u1', 20),
	];

	test('ranks earlier items by shared topics, then unit, then nearness, without the item itself', () => {
		expect(relatedItems(self, pool, (x) => x, 5).map((i) => i.key)).toEqual([
			'two-topics',
			'one-topic-nearer',
			'one-topic',
			'same-unit',
		]);
	});

	test('never lists a later item, so publishing one changes no earlier page', () => {
		const before = relatedItems(self, pool, (x) => x, 5);
		const after = relatedItems(self, [...pool, item('new', ['a', 'b'], 'u1', 30)], (x) => x, 5);
		expect(after).toEqual(before);
	});

	test('respects the limit', () => {
		expect(relatedItems(self, pool, (x) => x, 2)).toHaveLength(2);
	});
});

describe('relatedIndex', () => {
	test('gives every item what relatedItems gives it', () => {
		// A deterministic pool with many ties: few topics, few units, repeated dates.
		let seed = 7;
		const rnd = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
		const pool = Array.from({ length: 600 }, (_, i) =>
			item(
				`k${i}`,
				// Mostly one to three topics; now and then six, more than the index combines.
				[...new Set(Array.from({ length: rnd(15) ? 1 + rnd(3) : 6 }, () => 'abcdefgh'[rnd(8)]!))],
				`u${rnd(4)}`,
				1 + rnd(60),
			),
		);
		const index = relatedIndex(pool, (x) => x);
		for (const target of pool)
			expect(
				index.get(target.key)!.map((i) => i.key),
				target.key,
			).toEqual(relatedItems(target, pool, (x) => x).map((i) => i.key));
	});
});
