import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { buildCatalog } from './build';
import type {
	Alert,
	Catalog,
	CatalogInput,
	KindFiles,
	LoadedFile,
	SourceEntry,
	Spokesperson,
	Topic,
	TranslationEntry,
	UnitFile,
} from './types';
import { defaultLocale, translationLocales } from '~/i18n/locales';
import {
	collectionName,
	documentKinds,
	kinds,
	registries,
	settings,
	type DocumentKind,
	type RegistryData,
	type RegistryKind,
	type SourceData,
	type TranslationFileData,
} from '~/schemas/kinds';
import { localDate } from '~/lib/dates';
import { isTranslated } from '~/lib/translations';
import { computeFigures } from '~/lib/report/figures';
import { nodeSchemaContext } from '~/lib/report/parse';
import { inPeriod, parsePeriod } from '~/lib/report/period';
import { readContent } from '~/lib/report/read';

/**
 * One fixture tree read both ways: the site's (each file as Astro's glob loader reads it, then the
 * catalog's own rules, `buildCatalog`) and the report's (`readContent`, then `computeFigures`).
 * They must agree on the items, their instants and the counts; the tree holds the cases where two
 * readings used to part: a date-time without an offset, items either side of the Vietnam midnight
 * that ends the period, a draft, a title-less translation stub and a held-back translation.
 */
const root = join(import.meta.dirname, '../../../tests/fixtures/report/content');
const period = parsePeriod('2023-01-01', '2023-06-30');

/** The schemas as the collections hold them, each output typed by its own kind. */
type Schemas = {
	readonly [K in DocumentKind]: {
		readonly source: (ctx: SchemaContext) => z.ZodType<SourceData<K>>;
		readonly translation: z.ZodType<TranslationFileData<K>>;
	};
};
const schemas: Schemas = kinds;
/** The registries' schemas, likewise. */
const registrySchemas: { readonly [R in RegistryKind]: z.ZodType<RegistryData<R>> } = registries;

/** True when two types are the same. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/**
 * The entries Astro generates hold exactly the data the schemas output (what the report reads
 * with): `astro check` fails here otherwise, and the entries built below rely on it.
 */
export const entriesHoldSchemaData: {
	[K in DocumentKind]: [
		Same<SourceEntry<K>['data'], SourceData<K>>,
		Same<TranslationEntry<K>['data'], TranslationFileData<K>>,
	];
}[DocumentKind] extends [true, true]
	? true
	: false = true;

/** The folders of a kind that hold a file for `locale`, as the glob `*\/index.<locale>.md` finds them. */
function entriesOf(kind: string, locale: string): { id: string; filePath: string }[] {
	const dir = join(root, kind);
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((id) => !id.startsWith('.') && existsSync(join(dir, id, `index.${locale}.md`)))
		.map((id) => ({ id, filePath: join(dir, id, `index.${locale}.md`) }));
}

/** A Markdown file's frontmatter through a schema, as the loader hands it over (or throws, as a build fails). */
function markdownEntry<T>(filePath: string, schema: z.ZodType<T>): T {
	return schema.parse(parseFrontmatter(readFileSync(filePath, 'utf8')).frontmatter);
}

/** A kind's files as `src/data/catalog/load.ts` hands them to the catalog. */
function kindFiles<K extends DocumentKind>(kind: K): KindFiles<K> {
	const loaded = <E>(entry: E, filePath: string): LoadedFile<E> => ({
		entry,
		bytes: readFileSync(filePath),
		bodyRendered: true,
		attachments: {},
	});
	const translations: KindFiles<K>['translations'] = {};
	for (const locale of translationLocales)
		translations[locale] = entriesOf(kind, locale).map(({ id, filePath }) => {
			const data = markdownEntry(filePath, schemas[kind].translation);
			// Astro's generated entry type cannot follow a generic kind: the fields are the loader's,
			// and the data its type holds (`entriesHoldSchemaData`).
			const entry = {
				id,
				collection: collectionName(kind, locale),
				data,
				filePath,
			} as TranslationEntry<K>;
			return loaded(entry, filePath);
		});
	const sources = entriesOf(kind, defaultLocale).map(({ id, filePath }) => {
		const data = markdownEntry(filePath, schemas[kind].source(nodeSchemaContext));
		const entry = { id, collection: kind, data, filePath } as SourceEntry<K>;
		return loaded(entry, filePath);
	});
	return { kind, sources, translations };
}

/** A registry's entries, each YAML file through its schema. */
function registry<R extends RegistryKind, E>(
	name: R,
	make: (id: string, data: RegistryData<R>, filePath: string) => E,
): E[] {
	const dir = join(root, name);
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((n) => /^[^.].*\.ya?ml$/.test(n))
		.map((n) => {
			const filePath = join(dir, n);
			const data = registrySchemas[name].parse(
				load(readFileSync(filePath, 'utf8'), { filename: filePath }),
			);
			return make(n.replace(/\.ya?ml$/, ''), data, filePath);
		});
}

/** The catalog of the fixture, built by the site's own rules. */
function siteCatalog(): Catalog {
	const input: CatalogInput = {
		files: documentKinds.map((kind) => kindFiles(kind)),
		topics: registry('topics', (id, data, filePath): Topic => ({
			id,
			collection: 'topics',
			data,
			filePath,
		})),
		units: registry('units', (id, data, filePath): UnitFile => ({
			id,
			collection: 'units',
			data,
			filePath,
		})),
		spokespeople: registry('spokespeople', (id, data, filePath): Spokesperson => ({
			id,
			collection: 'spokespeople',
			data,
			filePath,
		})),
		alerts: registry('alerts', (id, data, filePath): Alert => ({
			id,
			collection: 'alerts',
			data,
			filePath,
		})),
		identity: [
			{
				id: 'identity',
				collection: 'identity',
				data: settings.identity.parse(
					load(readFileSync(join(root, 'settings/identity.yml'), 'utf8')),
				),
			},
		],
		// Before every notice: the catalog then keeps them all, as the report counts them all.
		now: new Date(0),
	};
	return buildCatalog(input);
}

describe('the report reads the content as the site does', () => {
	const catalog = siteCatalog();
	const report = readContent(root);
	const site = [...catalog.articles, ...catalog.withdrawn];
	const live = report.items.filter((i) => !i.data.draft);

	test('the same published articles, with the same data and the same languages', () => {
		const siteView = site
			.map((a) => [a.key, a.data, Object.keys(a.versions).sort()] as const)
			.sort(([a], [b]) => (a < b ? -1 : 1));
		const reportView = live
			.map((i) => {
				const locales = Object.entries(i.translations).filter(([, t]) => isTranslated(t));
				return [
					`${i.kind}/${i.id}`,
					i.data,
					[defaultLocale, ...locales.map(([l]) => l)].sort(),
				] as const;
			})
			.sort(([a], [b]) => (a < b ? -1 : 1));
		expect(reportView).toEqual(siteView);
		expect(siteView.length).toBe(15);
	});

	test('the same register of documents, notices and registry names', () => {
		expect(
			report.documents
				.filter((d) => !d.data.draft)
				.map((d) => [d.id, d.data])
				.sort(),
		).toEqual(catalog.documents.map((d) => [d.id, d.data]).sort());
		expect(report.alerts.map((a) => [a.id, a.data.startsAt]).sort()).toEqual(
			catalog.alerts.map((a) => [a.id, a.data.startsAt]).sort(),
		);
		expect(report.topics).toEqual(
			Object.fromEntries(catalog.topics.map((t) => [t.id, t.data.name.vi])),
		);
		expect(report.units).toEqual(
			Object.fromEntries(catalog.units.map((u) => [u.id, u.data.name.vi])),
		);
		// The one file neither counts: a language the site does not publish.
		expect(report.problems).toEqual([
			expect.stringMatching(
				/^stories\/hoc-sinh-tra-lai-tien\/index\.fr\.md: trang web không có ngôn ngữ "fr"/,
			),
		]);
	});

	test('the same counts for the period', () => {
		const figures = computeFigures({ ...report, responses: null }, period);
		const inSite = site.filter((a) => inPeriod(a.data.date, period));
		expect(figures.published.total).toBe(inSite.length);
		expect(figures.published.total).toBe(11);
		expect(Object.fromEntries(figures.published.byKind.map((c) => [c.key, c.value]))).toEqual(
			Object.fromEntries(
				['news', 'stories', 'policies', 'press', 'clarifications', 'consultations'].map((k) => [
					k,
					inSite.filter((a) => a.kind === k).length,
				]),
			),
		);
		expect(figures.translations.withEnglish).toBe(inSite.filter((a) => a.versions.en).length);
		expect(figures.translations.withEnglish).toBe(4);
		expect(figures.documents.total).toBe(
			catalog.documents.filter((d) => inPeriod(d.data.issued, period)).length,
		);
		expect(figures.alerts.total).toBe(
			catalog.alerts.filter((a) => inPeriod(a.data.startsAt, period)).length,
		);
		expect(figures.withdrawals.map((w) => `${w.kind}/${w.slug}`).sort()).toEqual(
			catalog.withdrawn
				.filter((a) => inPeriod(a.data.withdrawnAt, period))
				.map((a) => a.key)
				.sort(),
		);
	});

	/** The item of each reading, by key. */
	const both = (key: string) => ({
		site: site.find((a) => a.key === key),
		report: report.items.find((i) => `${i.kind}/${i.id}` === key),
	});

	test('(a) a date-time written without an offset is UTC in both readings', () => {
		const key = 'news/gio-khong-ghi-mui-gio';
		expect(readFileSync(join(root, key, 'index.vi.md'), 'utf8')).toContain(
			'date: 2023-06-30T17:30:00\n',
		);
		const { site: s, report: r } = both(key);
		expect(s?.data.date.toISOString()).toBe('2023-06-30T17:30:00.000Z');
		expect(r?.data.date.toISOString()).toBe('2023-06-30T17:30:00.000Z');
		// 00:30 on 1 July in Vietnam: after the period, in both.
		expect(localDate(new Date('2023-06-30T17:30:00.000Z'))).toBe('2023-07-01');
		expect(inPeriod(r?.data.date, period)).toBe(false);
	});

	test('(b) 23:30 on the last day, Vietnam time, is in the period; 00:10 the next day is not', () => {
		const late = both('news/ky-thi-tuyen-sinh-lop-10');
		const next = both('news/tin-thang-bay');
		expect(late.report?.data.date).toEqual(late.site?.data.date);
		expect(next.report?.data.date).toEqual(next.site?.data.date);
		expect(late.site?.data.date.toISOString()).toBe('2023-06-30T16:30:00.000Z');
		expect(inPeriod(late.report?.data.date, period)).toBe(true);
		expect(inPeriod(next.report?.data.date, period)).toBe(false);
		const june = computeFigures({ ...report, responses: null }, period).published.byMonth.at(-1);
		expect(june).toEqual({ key: '2023-06', label: 'Tháng 06/2023', value: 3 });
	});

	test('(c) a draft and a title-less translation are not published, in either reading', () => {
		expect(both('news/ban-nhap').site).toBeUndefined();
		expect(both('news/ban-nhap').report?.data.draft).toBe(true);
		const stub = both('news/ky-thi-tuyen-sinh-lop-10');
		expect(stub.site && Object.keys(stub.site.versions)).toEqual(['vi']);
		expect(stub.report?.translations.en).toBeDefined();
		expect(isTranslated(stub.report?.translations.en)).toBe(false);
		const heldBack = both('stories/co-giao-vung-cao');
		expect(heldBack.site && Object.keys(heldBack.site.versions)).toEqual(['vi']);
		expect(isTranslated(heldBack.report?.translations.en)).toBe(false);
	});
});
