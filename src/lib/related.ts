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
 * How many topics of an item the index of `relatedIndex` covers in combination. An item with more
 * topics than this (editors pick one to three) is ranked by a plain scan instead.
 */
const indexedTopics = 4;

/** Every subset of `list` with at most `max` elements (the empty one included). */
function subsets(list: readonly string[], max: number): string[][] {
	let out: string[][] = [[]];
	for (const t of list) out = [...out, ...out.filter((s) => s.length < max).map((s) => [...s, t])];
	return out;
}

/** Index key of the items having every topic of `topics` (sorted), and the unit when given. */
const keyOf = (topics: readonly string[], unit?: string) =>
	`${topics.join('\u0000')}\u0001${unit ?? ''}`;

/** How many numbers of an ascending list are below `value`. */
function countBelow(list: readonly number[], value: number): number {
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (list[mid]! < value) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * `relatedItems` for every item at once, by key: what a build needs (one page per item), in time
 * that grows with the archive, not with its square.
 *
 * Items are numbered from the oldest, and indexed under every combination of their topics, with
 * and without their unit: under "a+b, unit u" are the items having topics a and b and unit u, in
 * time order. An item with topics S and unit u then looks for its best earlier items score by
 * score, from the highest: sharing k topics and the unit scores 2k + 1, so that score's candidates
 * are the lists of the k-topic combinations of S with unit u, read backwards from the item's own
 * place and merged nearest first. An item found there that scores higher was taken at its own
 * score already (the search stops only when `limit` are found), so what is not yet taken scores
 * exactly this much. The result is the same as `relatedItems` (tested on many ties).
 */
export function relatedIndex<T>(
	items: readonly T[],
	facts: (item: T) => Relatable,
	limit = 3,
): Map<string, T[]> {
	const all = items.map((c) => {
		const f = facts(c);
		return { c, f, topics: [...new Set(f.topics)].sort() };
	});
	all.sort((a, b) => (before(a.f, b.f) ? -1 : before(b.f, a.f) ? 1 : 0)); // oldest first
	const lists = new Map<string, number[]>();
	const add = (key: string, at: number) => {
		const list = lists.get(key);
		if (list) list.push(at);
		else lists.set(key, [at]);
	};
	all.forEach(({ f, topics }, at) => {
		for (const s of subsets(topics, indexedTopics)) {
			if (s.length > 0) add(keyOf(s), at);
			add(keyOf(s, f.unit), at);
		}
	});
	const index = new Map<string, T[]>();
	all.forEach(({ c, f, topics }, at) => {
		if (topics.length > indexedTopics) {
			index.set(f.key, relatedItems(c, items, facts, limit));
			return;
		}
		const found: number[] = [];
		const taken = new Set<number>();
		const bySize = subsets(topics, topics.length);
		for (let k = topics.length; k >= 0 && found.length < limit; k--) {
			for (const unit of [f.unit, undefined]) {
				if (k === 0 && unit === undefined) break; // sharing nothing: not related
				// Each list read backwards from just before this item: `next` is the index of its nearest.
				const heads = bySize
					.filter((s) => s.length === k)
					.flatMap((s) => {
						const list = lists.get(keyOf(s, unit));
						return list ? [{ list, next: countBelow(list, at) - 1 }] : [];
					});
				while (found.length < limit) {
					let best: (typeof heads)[number] | undefined;
					for (const h of heads)
						if (h.next >= 0 && (!best || h.list[h.next]! > best.list[best.next]!)) best = h;
					if (!best) break;
					const candidate = best.list[best.next--]!;
					if (!taken.has(candidate)) {
						taken.add(candidate);
						found.push(candidate);
					}
				}
				if (found.length === limit) break;
			}
		}
		index.set(
			f.key,
			found.map((i) => all[i]!.c),
		);
	});
	return index;
}
