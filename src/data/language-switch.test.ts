import { describe, expect, test } from 'vitest';
import { buildCatalog } from './catalog/build';
import { input, news, newsEn } from './catalog/fixtures';
import { switchHref } from './language-switch';
import { buildRoutes } from './routes';

const views = buildRoutes(
	buildCatalog(
		input({
			news: [news('only-vi'), news('both')],
			newsEn: [newsEn('both', { title: 'Both', summary: 'S', slug: 'both-en' })],
		}),
	),
);
const view = (path: string) => views.find((v) => v.path === path)!;

describe('switchHref', () => {
	test('leads to the real translation where there is one', () => {
		expect(switchHref(view('/tin-tuc/both/'), 'en')).toBe('/en/news/both-en/');
		expect(switchHref(view('/en/news/both-en/'), 'vi')).toBe('/tin-tuc/both/');
	});

	test('leads an untranslated article to its own notice, not silently to a list', () => {
		expect(switchHref(view('/tin-tuc/only-vi/'), 'en')).toBe('#not-in-en');
	});

	test('leads a listing without a translation to the route table’s fallback', () => {
		const listing = views.find((v) => v.type === 'section' && v.locale === 'vi')!;
		expect(switchHref(listing, 'en')).toBe(listing.switchTo.en);
		expect(switchHref(listing, 'en').startsWith('/en/')).toBe(true);
	});
});
