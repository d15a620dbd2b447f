import { describe, expect, test } from 'vitest';
import { localeOfPath } from '~/lib/paths';
import { rankingSet } from '../search/ranking-set';
import { readResults } from './builds';
import { Dist } from './dist';

/**
 * Every page the ranking set (tests/search/ranking-set.ts) expects first is a page of the built
 * real site that Pagefind indexes, in the language whose search page runs the query: a withdrawn,
 * draft or renamed target would otherwise count as a ranking failure in `npm run bench:ranking`.
 */
const dist = new Dist(readResults().site!.outDir);

describe('the ranking set’s targets', () => {
	test.each(rankingSet.map((e) => [e.query, e.expected] as const))(
		'“%s” expects %s, an indexed page of the built site',
		(_query, expected) => {
			expect(dist.exists(expected)).toBe(true);
			const html = dist.html(expected);
			expect(html.querySelector('[data-pagefind-body]')).not.toBeNull();
			expect(html.querySelector('html')!.getAttribute('lang')).toBe(localeOfPath(expected));
		},
	);
});
