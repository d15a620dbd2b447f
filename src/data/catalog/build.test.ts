import { describe, expect, expectTypeOf, test } from 'vitest';
import type { SourceData as SchemaOutput } from '~/schemas/kinds';
import { itemText, localized, versionIn } from './access';
import { buildCatalog } from './build';
import { alert, clarification, input, news, newsEn } from './fixtures';
import type { SourceData } from './types';

describe('buildCatalog', () => {
	test('publishes an article in Vietnamese only when it has no translation', () => {
		const catalog = buildCatalog(input({ news: [news('a')] }));
		expect(catalog.articles.map((a) => [a.key, Object.keys(a.versions)])).toEqual([
			['news/a', ['vi']],
		]);
	});

	test('publishes a real translation under its own slug', () => {
		const catalog = buildCatalog(
			input({
				news: [news('a')],
				newsEn: [newsEn('a', { title: 'A', summary: 'S', slug: 'en-a' })],
			}),
		);
		const [a] = catalog.articles;
		expect(a?.versions.en).toMatchObject({ locale: 'en', slug: 'en-a', title: 'A', summary: 'S' });
		expect(a?.versions.vi).toMatchObject({ slug: 'a', title: 'Tin a' });
	});

	test('does not count a title-less stub or a draft translation as translated', () => {
		const catalog = buildCatalog(
			input({
				news: [news('stub'), news('held')],
				newsEn: [newsEn('stub'), newsEn('held', { title: 'Held', summary: 'S', draft: true })],
			}),
		);
		expect(catalog.articles.map((a) => Object.keys(a.versions))).toEqual([['vi'], ['vi']]);
	});

	test('leaves a draft out in every language', () => {
		const catalog = buildCatalog(
			input({
				news: [news('d', { draft: true })],
				newsEn: [newsEn('d', { title: 'D', summary: 'S' })],
			}),
		);
		expect(catalog.articles).toEqual([]);
	});

	test('lists articles newest first and keeps withdrawn ones apart', () => {
		const catalog = buildCatalog(
			input({
				news: [
					news('old', { date: new Date('2026-01-01T08:00:00+07:00') }),
					news('new', { date: new Date('2026-03-01T08:00:00+07:00') }),
					news('gone', { withdrawnAt: new Date('2026-04-01'), withdrawnReason: 'Sai số liệu' }),
				],
			}),
		);
		expect(catalog.articles.map((a) => a.id)).toEqual(['new', 'old']);
		expect(catalog.withdrawn.map((a) => a.id)).toEqual(['gone']);
	});

	test('links an article to the clarifications that name it', () => {
		const catalog = buildCatalog(
			input({ news: [news('a')], clarifications: [clarification('c', ['/tin-tuc/a/'])] }),
		);
		expect(catalog.clarificationsOf.get('news/a')?.map((c) => c.key)).toEqual(['clarifications/c']);
	});

	test('fails once, naming the file and the field, for an unknown topic and a related path', () => {
		const build = () =>
			buildCatalog(
				input({
					news: [news('a', { topics: ['khong-co'] })],
					clarifications: [clarification('c', ['/tin-tuc/khong-co/'])],
				}),
			);
		expect(build).toThrow(/content\/news\/a\/index\.vi\.md[\s\S]*topics[\s\S]*khong-co/);
		expect(build).toThrow(/content\/clarifications\/c\/index\.vi\.md[\s\S]*related/);
	});

	test('leaves an item scheduled for later out in every language until its publishAt', () => {
		const publishAt = new Date('2026-06-10T09:00:00+07:00');
		const files = {
			news: [news('now'), news('hen-gio', { date: publishAt, publishAt })],
			newsEn: [newsEn('hen-gio', { title: 'Scheduled', summary: 'S' })],
		};
		const notice = {
			...alert('n', '2026-06-01T00:00:00+07:00', '2026-07-01T00:00:00+07:00'),
		};
		notice.data = { ...notice.data, item: 'news/hen-gio' };
		const at = (iso: string, preview = false) =>
			buildCatalog(input(files, { now: new Date(iso), preview, alerts: [notice] }));

		const before = at('2026-06-10T08:59:59+07:00');
		expect(before.articles.map((a) => a.key)).toEqual(['news/now']);
		// The notice naming it waits with it, rather than failing the build or naming it early.
		expect(before.alerts).toEqual([]);

		const after = at('2026-06-10T09:00:00+07:00');
		expect(after.articles.map((a) => [a.key, Object.keys(a.versions)])).toEqual([
			['news/hen-gio', ['vi', 'en']],
			['news/now', ['vi']],
		]);
		expect(after.alerts.map((a) => a.id)).toEqual(['n']);

		// A preview shows it before its time, as readers will see it.
		expect(at('2026-06-01T00:00:00+07:00', true).articles.map((a) => a.key)).toContain(
			'news/hen-gio',
		);
	});

	test('a preview still leaves drafts out', () => {
		const catalog = buildCatalog(input({ news: [news('d', { draft: true })] }, { preview: true }));
		expect(catalog.articles).toEqual([]);
	});

	test('leaves out urgent notices already expired at build time', () => {
		const catalog = buildCatalog(
			input(
				{},
				{
					alerts: [
						alert('past', '2026-05-01T00:00:00+07:00', '2026-05-02T00:00:00+07:00'),
						alert('now', '2026-05-31T00:00:00+07:00', '2026-06-02T00:00:00+07:00'),
					],
				},
			),
		);
		expect(catalog.alerts.map((a) => a.id)).toEqual(['now']);
	});
});

describe('itemText', () => {
	test('falls back to the Vietnamese text, marked as Vietnamese', () => {
		const catalog = buildCatalog(
			input({
				news: [news('a', { withdrawnAt: new Date('2026-04-01'), withdrawnReason: 'Lý do' })],
				newsEn: [newsEn('a', { title: 'A', summary: 'S' })],
			}),
		);
		const [a] = catalog.withdrawn;
		expect(a && itemText(a, 'en', (t) => t.withdrawnReason)).toEqual({ text: 'Lý do', lang: 'vi' });
		expect(a && itemText(a, 'vi', (t) => t.withdrawnReason)).toEqual({
			text: 'Lý do',
			lang: undefined,
		});
	});
});

describe('versionIn and localized', () => {
	test('give the versions that exist and refuse one that does not', () => {
		const catalog = buildCatalog(
			input({ news: [news('a'), news('b')], newsEn: [newsEn('b', { title: 'B', summary: 'S' })] }),
		);
		expect(localized(catalog.articles, 'en').map(({ item, v }) => [item.id, v.title])).toEqual([
			['b', 'B'],
		]);
		const a = catalog.articles.find((x) => x.id === 'a');
		expect(() => a && versionIn(a, 'en')).toThrow('news/a has no en version');
	});
});

describe('types', () => {
	test('entries as Astro types them equal the schemas’ output types', () => {
		// Fails `astro check` (the project's type check) if Astro's collections and the kinds
		// table ever disagree, since the activity report reads content with the latter.
		expectTypeOf<SourceData<'policies'>>().toEqualTypeOf<SchemaOutput<'policies'>>();
		expectTypeOf<SourceData<'consultations'>>().toEqualTypeOf<SchemaOutput<'consultations'>>();
		expectTypeOf<SourceData<'documents'>>().toEqualTypeOf<SchemaOutput<'documents'>>();
	});
});
