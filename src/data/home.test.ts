import { describe, expect, test } from 'vitest';
import { buildCatalog } from './catalog/build';
import { clarification, input, news } from './catalog/fixtures';
import {
	consultationsFirstOpen,
	homeSections,
	leadStory,
	planHome,
	type HomeCandidate,
} from './home';

const now = new Date('2026-06-01T00:00:00+07:00');
const cover = { src: 'cover.jpg', width: 1200, height: 800, format: 'jpg' as const };

/** Articles as the catalog makes them from the fixtures, newest first. */
function catalog(files: Parameters<typeof input>[0]) {
	return buildCatalog(input(files)).articles;
}

/** A consultation open from `opens` to `closes` (Vietnam time). */
function consultation(id: string, opens: string, closes: string): HomeCandidate & { id: string } {
	return {
		id,
		kind: 'consultations',
		data: {
			date: new Date(`${opens}T08:00:00+07:00`),
			featured: false,
			opensAt: new Date(`${opens}T08:00:00+07:00`),
			closesAt: new Date(`${closes}T17:00:00+07:00`),
		},
	};
}

describe('leadStory', () => {
	test('is the newest featured item with a cover', () => {
		const articles = catalog({
			news: [
				news('newest', { date: new Date('2026-05-10T08:00:00+07:00'), cover }),
				news('featured', { date: new Date('2026-05-05T08:00:00+07:00'), cover, featured: true }),
				news('older-featured', {
					date: new Date('2026-05-01T08:00:00+07:00'),
					cover,
					featured: true,
				}),
			],
		});
		expect(leadStory(articles)?.id).toBe('featured');
	});

	test('falls back to the newest item with a cover when nothing is featured', () => {
		const articles = catalog({
			news: [
				news('no-photo', { date: new Date('2026-05-10T08:00:00+07:00') }),
				news('photo', { date: new Date('2026-05-05T08:00:00+07:00'), cover }),
			],
		});
		expect(leadStory(articles)?.id).toBe('photo');
	});

	test('is the featured item even without a photo: the editor chose it', () => {
		const articles = catalog({
			news: [
				news('photo', { date: new Date('2026-05-10T08:00:00+07:00'), cover }),
				news('chosen', { date: new Date('2026-05-05T08:00:00+07:00'), featured: true }),
			],
		});
		expect(leadStory(articles)?.id).toBe('chosen');
	});

	test('is absent when nothing is featured and no item has a photo', () => {
		expect(leadStory(catalog({ news: [news('a'), news('b')] }))).toBeUndefined();
	});
});

describe('consultationsFirstOpen', () => {
	test('puts open consultations first by deadline, then upcoming ones by opening, closed ones last', () => {
		const closed = consultation('closed', '2026-04-01', '2026-04-30');
		const late = consultation('late', '2026-05-20', '2026-06-30');
		const soon = consultation('soon', '2026-05-25', '2026-06-10');
		const upcoming = consultation('upcoming', '2026-06-05', '2026-07-05');
		const early = consultation('early', '2026-06-03', '2026-08-05');
		const ordered = consultationsFirstOpen([upcoming, soon, closed, late, early], now);
		expect(ordered.map((c) => c.id)).toEqual(['soon', 'late', 'early', 'upcoming', 'closed']);
	});
});

describe('planHome', () => {
	test('leaves the lead out of its section and sections without items out of the page', () => {
		const articles = catalog({
			news: [news('lead', { cover, featured: true }), news('other')],
			clarifications: [clarification('c', [])],
		});
		const plan = planHome(articles, now);
		expect(plan.lead?.id).toBe('lead');
		expect(plan.sections.map((s) => [s.kind, s.items.map((i) => i.id), s.half])).toEqual([
			['news', ['other'], true],
			['clarifications', ['c'], true],
		]);
	});

	test('shows at most its share of each kind, newest first', () => {
		const many = Array.from({ length: 10 }, (_, i) =>
			news(`n${i}`, { date: new Date(Date.UTC(2026, 4, 1 + i)) }),
		);
		const [section] = planHome(catalog({ news: many }), now).sections;
		expect(section!.items.map((i) => i.id)).toEqual(
			['n9', 'n8', 'n7', 'n6', 'n5', 'n4'].slice(0, homeSections.news),
		);
	});

	test('orders consultations open first within the page', () => {
		const plan = planHome(
			[
				consultation('closed', '2026-04-01', '2026-04-30'),
				consultation('open', '2026-03-01', '2026-06-30'),
			],
			now,
		);
		expect(plan.sections).toEqual([
			{
				kind: 'consultations',
				items: [expect.objectContaining({ id: 'open' }), expect.objectContaining({ id: 'closed' })],
				half: false,
			},
		]);
	});

	test('lets neighbours too short to fill a row share one, in page order', () => {
		const of = (kind: HomeCandidate['kind'], n: number) =>
			Array.from({ length: n }, () => ({ ...consultation('x', '2026-05-01', '2026-05-02'), kind }));
		const items = [
			...of('news', 3),
			...of('consultations', 1),
			...of('clarifications', 2),
			...of('press', 1),
		];
		expect(planHome(items, now).sections.map((s) => [s.kind, s.half])).toEqual([
			['news', false],
			['consultations', true],
			['clarifications', true],
			['press', false],
		]);
	});

	test('pairs clarifications with press releases only when both have items', () => {
		const press = { ...consultation('p', '2026-05-01', '2026-05-02'), kind: 'press' as const };
		const clar = {
			...consultation('c', '2026-05-01', '2026-05-02'),
			kind: 'clarifications' as const,
		};
		const halves = (items: HomeCandidate[]) =>
			planHome(items, now).sections.map((s) => [s.kind, s.half]);
		expect(halves([press, clar])).toEqual([
			['clarifications', true],
			['press', true],
		]);
		expect(halves([press])).toEqual([['press', false]]);
	});

	test('is an empty page, not an error, for a language with no articles', () => {
		expect(planHome([], now)).toEqual({ lead: undefined, sections: [] });
	});
});
