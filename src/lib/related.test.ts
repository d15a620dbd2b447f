import { describe, expect, test } from 'vitest';
import { relatedItems } from './related';

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
		item('unrelated', ['z'], 'u9', 20),
		item('one-topic-newer', ['b'], 'u2', 8),
	];

	test('ranks by shared topics, then unit, then date, without the item itself', () => {
		expect(relatedItems(self, pool, (x) => x, 5).map((i) => i.key)).toEqual([
			'two-topics',
			'one-topic-newer',
			'one-topic',
			'same-unit',
		]);
	});

	test('respects the limit', () => {
		expect(relatedItems(self, pool, (x) => x, 2)).toHaveLength(2);
	});
});
