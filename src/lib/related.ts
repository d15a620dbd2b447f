/** What relatedness needs to know of an item. */
export interface Relatable {
	key: string;
	topics: readonly string[];
	unit: string;
	date: Date;
}

/** Whether `a` came before `b`: by date, and by key for the same instant, so the order is total. */
function before(a: Relatable, b: Relatable): boolean {
	const d = a.date.getTime() - b.date.getTime();
	return d < 0 || (d === 0 && a.key < b.key);
}

function score(self: Relatable, topics: ReadonlySet<string>, other: Relatable): number {
	let shared = 0;
	for (const t of other.topics) if (topics.has(t)) shared++;
	return shared * 2 + (other.unit === self.unit ? 1 : 0);
}

/**
 * Items related to `target`, among those published before it: most shared topics first, then the
 * same unit, then the nearest in time. The item itself and items sharing nothing are left out.
 *
 * Only earlier items, so that publishing an article never changes the pages of the articles before
 * it: one new item re-renders its own pages and the listings, not every article on its topics
 * (with "newest first" among equals, a new article entered the related list of most of them).
 * `facts` reads the fields from any item shape.
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
		.filter(({ f }) => before(f, self))
		.map(({ c, f }) => ({ c, f, score: score(self, topics, f) }))
		.filter((x) => x.score > 0)
		.sort(
			(a, b) =>
				b.score - a.score ||
				b.f.date.getTime() - a.f.date.getTime() ||
				(a.f.key < b.f.key ? 1 : -1),
		)
		.slice(0, limit)
		.map((x) => x.c);
}

/**
 * `relatedItems` for every item at once, by key: what a build needs (one page per item). Items are
 * walked from the newest, each looking back through the earlier ones, and a look stops as soon as
 * `limit` items with the highest possible score are found; the result is the same as
 * `relatedItems`, without sorting every candidate for every page.
 */
export function relatedIndex<T>(
	items: readonly T[],
	facts: (item: T) => Relatable,
	limit = 3,
): Map<string, T[]> {
	const all = items.map((c) => ({ c, f: facts(c) }));
	all.sort((a, b) => (before(a.f, b.f) ? 1 : before(b.f, a.f) ? -1 : 0)); // newest first
	const index = new Map<string, T[]>();
	for (let i = 0; i < all.length; i++) {
		const self = all[i]!.f;
		const topics = new Set(self.topics);
		const best = topics.size * 2 + 1;
		// The best `limit` so far, highest score first, then nearest (found first, so kept first).
		const top: { c: T; score: number }[] = [];
		for (let j = i + 1; j < all.length; j++) {
			const s = score(self, topics, all[j]!.f);
			if (s === 0) continue;
			if (top.length === limit && s <= top[limit - 1]!.score) continue;
			let at = top.length;
			while (at > 0 && top[at - 1]!.score < s) at--;
			top.splice(at, 0, { c: all[j]!.c, score: s });
			if (top.length > limit) top.pop();
			if (top.length === limit && top[limit - 1]!.score === best) break;
		}
		index.set(
			self.key,
			top.map((x) => x.c),
		);
	}
	return index;
}
