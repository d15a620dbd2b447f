/** What relatedness needs to know of an item. */
export interface Relatable {
	key: string;
	topics: readonly string[];
	unit: string;
	date: Date;
}

/**
 * Items related to `target`: most shared topics first, then same unit, then newest. The target
 * itself and items sharing nothing are left out. `facts` reads the fields from any item shape.
 */
export function relatedItems<T>(
	target: T,
	candidates: readonly T[],
	facts: (item: T) => Relatable,
	limit = 3,
): T[] {
	const self = facts(target);
	const topics = new Set(self.topics);
	return candidates
		.map((c) => ({ c, f: facts(c) }))
		.filter(({ f }) => f.key !== self.key)
		.map(({ c, f }) => ({
			c,
			f,
			score: f.topics.filter((t) => topics.has(t)).length * 2 + (f.unit === self.unit ? 1 : 0),
		}))
		.filter((x) => x.score > 0)
		.sort((a, b) => b.score - a.score || b.f.date.getTime() - a.f.date.getTime())
		.slice(0, limit)
		.map((x) => x.c);
}
