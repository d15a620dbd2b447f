import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { describe, expect, test } from 'vitest';
import { defaultLocale, localeCodes } from '~/i18n/locales';
import vi from '~/i18n/ui/vi';
import { articlePathPattern, pdfFilePattern, siteOrHttpsPattern } from '~/schemas/article';
import { documentKinds, kinds, registries, registryKinds, settings } from '~/schemas/kinds';
import { logoPattern } from '~/schemas/settings';
import { emailPattern, slugPattern } from '~/schemas/messages';
import { backendFromEnv, defaultProxyUrl } from './backend';
import { cmsConfig } from './config';
import type { CmsField } from './fields';

const ctx = { image: () => z.string() } as unknown as SchemaContext;
const registryOptions = {
	topics: [{ label: 'Chuyển đổi số', value: 'chuyen-doi-so' }],
	units: [{ label: 'Sở GDĐT', value: 'so-gddt' }],
	spokespeople: [{ label: 'Trần Văn Minh', value: 'tran-van-minh' }],
	articles: [
		{
			label: 'Thông cáo báo chí · Thông cáo về rét đậm',
			value: 'press/thong-cao-ve-ke-hoach-ung-pho-ret-dam-ret-hai',
		},
	],
	documents: [{ label: '1234/KH-SGDĐT · Kế hoạch tuyển sinh', value: 'ke-hoach-1234-kh-sgddt' }],
};
const config = cmsConfig({
	backend: backendFromEnv({}),
	siteUrl: 'https://example.edu.vn',
	registryOptions,
});
/** A folder collection (every collection but the settings' files). */
const collection = (name: string) =>
	config.collections.find((c): c is Exclude<typeof c, { files: unknown }> => c.name === name)!;
/** Fields of every collection, a files collection's from each of its files. */
const fieldsOf = (c: (typeof config.collections)[number]): CmsField[] =>
	'files' in c ? c.files.flatMap((f) => f.fields) : c.fields;
const shapeOf = (schema: z.ZodType) =>
	(schema as unknown as z.ZodObject).shape as Record<string, z.ZodType>;
const isOptional = (field: z.ZodType) => field.safeParse(undefined).success;
/** The values of an enum, also inside `optional()` (a preprocess piped into an optional). */
function enumValues(schema: z.ZodType): unknown[] {
	if ('options' in schema) return [...(schema as unknown as z.ZodEnum).options];
	const def = schema.def as { out?: z.ZodType; innerType?: z.ZodType };
	const inner = def.out ?? def.innerType;
	if (!inner) throw new Error('not an enum');
	return enumValues(inner);
}
/** Fields choosing registry entries: selects whose values are ids, not a fixed enum. */
const registryField = (f: CmsField) =>
	f.widget === 'select' &&
	['topics', 'unit', 'spokesperson', 'item', 'sourceDocument'].includes(f.name);

/** The site's schemas, by CMS collection: the source file and (for items) the translation file. */
const schemas: Record<string, { source: z.ZodType; translation?: z.ZodType }> = {
	...Object.fromEntries(
		Object.entries(kinds).map(([k, s]) => [
			k,
			{ source: s.source(ctx), translation: s.translation },
		]),
	),
	...Object.fromEntries(Object.entries(registries).map(([k, source]) => [k, { source }])),
};

describe('the generated CMS config', () => {
	test('has one collection per site collection, in the layout the site reads', () => {
		expect(config.collections.map((c) => c.name).sort()).toEqual(
			[...documentKinds, ...registryKinds, 'settings'].sort(),
		);
		for (const kind of documentKinds) {
			expect(collection(kind)).toMatchObject({
				folder: `content/${kind}`,
				path: '{{slug}}/index',
				media_folder: '',
				public_folder: '',
				i18n: true,
			});
		}
	});

	test('opens a draft’s preview at the entry’s own Vietnamese page', () => {
		const previewPath = (name: string) =>
			(collection(name) as { preview_path?: string }).preview_path;
		expect(previewPath('news')).toBe('tin-tuc/{{dirname}}/');
		expect(previewPath('pages')).toBe('{{dirname}}/');
		expect(previewPath('documents')).toBe('van-ban/{{dirname}}/');
		// Registries have no page of their own.
		expect(previewPath('topics')).toBeUndefined();
	});

	test('uses the site locales with Vietnamese as default, the editorial workflow and a Vietnamese UI', () => {
		expect(config.i18n).toEqual({
			structure: 'multiple_files',
			locales: localeCodes,
			default_locale: defaultLocale,
		});
		expect(config.publish_mode).toBe('editorial_workflow');
		expect(config.show_preview_links).toBe(false);
		expect(
			cmsConfig({ backend: backendFromEnv({}), siteUrl: 'https://e.vn', previews: true })
				.show_preview_links,
		).toBe(true);
		expect(config.locale).toBe('vi');
		expect(config.slug).toEqual({
			encoding: 'ascii',
			clean_accents: true,
			sanitize_replacement: '-',
		});
	});

	describe.each(Object.entries(schemas))('collection %s', (name, { source, translation }) => {
		const fields = collection(name).fields as CmsField[];
		const cmsNames = fields.map((f) => f.name).filter((n) => n !== 'body');
		// A field only translations have (`translated`) is checked against the translation schema.
		const onlyTranslated = translation
			? Object.keys(shapeOf(translation)).filter((k) => !(k in shapeOf(source)))
			: [];
		const shape = { ...(translation ? shapeOf(translation) : {}), ...shapeOf(source) };

		test('has exactly the fields of the schema', () => {
			expect(cmsNames.sort()).toEqual([...Object.keys(shapeOf(source)), ...onlyTranslated].sort());
		});

		test('keeps the fields only translations have out of the Vietnamese file', () => {
			for (const f of fields.filter((f) => onlyTranslated.includes(f.name)))
				expect(f, `${name}.${f.name}`).toMatchObject({ i18n: true, required: false });
		});

		test('requires what the schema requires', () => {
			for (const f of fields.filter((f) => f.name !== 'body')) {
				const required = f.required !== false;
				const schemaRequired =
					!isOptional(shape[f.name]!) && !shape[f.name]!.safeParse(undefined).success;
				expect(required, `${name}.${f.name}`).toBe(schemaRequired);
			}
		});

		test('offers exactly the values the schema accepts in its select fields', () => {
			for (const f of fields.filter((f) => f.widget === 'select' && !registryField(f))) {
				const values = (f.options as { label: string; value: string }[]).map((o) => o.value);
				expect(values, `${name}.${f.name}`).toEqual(enumValues(shape[f.name]!));
			}
		});

		test('puts no default inside list items (Decap would add an empty item to every new entry)', () => {
			const lists = (list: CmsField[]): CmsField[] =>
				list.flatMap((f) => [
					...(f.widget === 'list' ? [f] : []),
					...lists((f.fields as CmsField[] | undefined) ?? []),
				]);
			for (const list of lists(fields)) {
				const items = [
					...((list.fields as CmsField[] | undefined) ?? []),
					...(list.field ? [list.field as CmsField] : []),
				];
				for (const item of items)
					expect(item, `${name}.${list.name}.${item.name}`).not.toHaveProperty('default');
			}
		});

		test('stores date-only fields as YYYY-MM-DD and uploads PDFs beside the entry', () => {
			for (const f of fields.filter((f) => f.widget === 'datetime' && f.time_format === false)) {
				expect(f, `${name}.${f.name}`).toMatchObject({
					date_format: 'DD/MM/YYYY',
					format: 'YYYY-MM-DD',
				});
			}
			for (const f of fields.filter((f) => f.widget === 'file')) {
				expect(f, `${name}.${f.name}`).toMatchObject({ choose_url: false });
				expect(shape[f.name]!.safeParse('du-thao.pdf').success, `${name}.${f.name}`).toBe(true);
				expect(shape[f.name]!.safeParse('du-thao.docx').success, `${name}.${f.name}`).toBe(false);
			}
		});

		if (translation) {
			test('has no relation widget (decap-cms#7276: it marks translated entries as changed)', () => {
				expect(fields.filter((f) => f.widget === 'relation')).toEqual([]);
			});

			test('copies registry choices into every language file, as the translation schema accepts', () => {
				// A policy's source document is the Vietnamese file's alone, like `source` itself.
				for (const f of fields.filter((f) => registryField(f) && f.name !== 'sourceDocument')) {
					expect(f.i18n, `${name}.${f.name}`).toBe('duplicate');
					expect(Object.keys(shapeOf(translation)), `${name}.${f.name}`).toContain(f.name);
				}
			});

			test('marks as translated exactly the fields a translation file may carry', () => {
				const translated = fields
					.filter((f) => f.i18n === true && f.name !== 'body')
					.map((f) => f.name);
				const duplicated = fields.filter((f) => f.i18n === 'duplicate').map((f) => f.name);
				const allowed = Object.keys(shapeOf(translation)).filter(
					(k) => k !== 'draft' && !duplicated.includes(k),
				);
				expect(translated.sort()).toEqual(allowed.sort());
				for (const name of duplicated)
					expect(Object.keys(shapeOf(translation)), name).toContain(name);
			});
		}
	});
});

describe('the collections editors browse', () => {
	test('are named as the site names them, from its dictionary', () => {
		for (const kind of [...documentKinds, ...registryKinds])
			expect(collection(kind), kind).toMatchObject({
				label: vi[`section.${kind}`],
				label_singular: vi[`section.${kind}.singular`],
			});
	});

	test("check text with the schemas' own patterns, none needing a flag (Decap compiles them without)", () => {
		const schemaPatterns = [
			slugPattern,
			emailPattern,
			pdfFilePattern,
			siteOrHttpsPattern,
			articlePathPattern,
			logoPattern,
		];
		for (const p of schemaPatterns) expect(p.flags, p.source).toBe('');
		const nested = (list: CmsField[]): CmsField[] =>
			list.flatMap((f) => [
				f,
				...nested((f.fields as CmsField[] | undefined) ?? []),
				...(f.field ? nested([f.field as CmsField]) : []),
			]);
		const used = config.collections.flatMap((c) =>
			nested(fieldsOf(c)).flatMap((f) => (Array.isArray(f.pattern) ? [String(f.pattern[0])] : [])),
		);
		expect(used.length).toBeGreaterThan(5);
		for (const source of used) expect(schemaPatterns.map((p) => p.source)).toContain(source);
	});

	test('lists articles by date, legal documents by number and date of issue', () => {
		expect(collection('news')).toMatchObject({
			summary: "{{title}} · {{date | date('DD/MM/YYYY')}}",
			sortable_fields: ['date', 'title'],
		});
		expect(collection('documents')).toMatchObject({
			summary: "{{number}} · {{issued | date('DD/MM/YYYY')}}",
			sortable_fields: ['issued', 'number', 'title'],
			view_groups: [{ field: 'issued', pattern: '\\d{4}' }],
		});
		expect(collection('pages')).not.toHaveProperty('view_groups');
	});

	test('points every relation (registries only) at a registry that exists, by its file name', () => {
		const relations = config.collections.flatMap((c) =>
			fieldsOf(c).filter((f) => f.widget === 'relation'),
		);
		expect(relations.map((f) => f.collection)).toContain('units');
		for (const f of relations) {
			expect(registryKinds, f.name).toContain(f.collection);
			expect(f.value_field, f.name).toBe('{{slug}}');
		}
	});

	test("lets articles choose topics, unit and spokesperson among the registries' entries, and notices an article", () => {
		const choices = config.collections.flatMap((c) =>
			fieldsOf(c)
				.filter(registryField)
				.map((f) => [c.name, f] as const),
		);
		const expected = {
			topics: 'topics',
			unit: 'units',
			spokesperson: 'spokespeople',
			item: 'articles',
			sourceDocument: 'documents',
		} as const;
		expect(new Set(choices.map(([, f]) => f.name))).toEqual(new Set(Object.keys(expected)));
		for (const [collection, f] of choices) {
			expect(f.options, `${collection}.${f.name}`).toEqual(
				registryOptions[expected[f.name as keyof typeof expected]],
			);
			expect(f, `${collection}.${f.name}`).not.toHaveProperty('choices');
			expect(f.multiple, `${collection}.${f.name}`).toBe(f.name === 'topics');
		}
		expect(choices.map(([c]) => c)).toContain('press');
		expect(choices.map(([c]) => c)).toContain('documents');
		expect(choices.filter(([, f]) => f.name === 'item').map(([c]) => c)).toEqual(['alerts']);
		expect(choices.filter(([, f]) => f.name === 'sourceDocument').map(([c]) => c)).toEqual([
			'policies',
		]);
	});
});

describe('the settings ("Thông tin chung")', () => {
	const settingsCollection = config.collections.find((c) => c.name === 'settings')!;

	test('is a files collection of one form per settings file, where the site reads it', () => {
		expect(settingsCollection).toMatchObject({ label: 'Thông tin chung', format: 'yml' });
		expect('files' in settingsCollection && settingsCollection.files).toEqual(
			Object.keys(settings).map((name) =>
				expect.objectContaining({ name, file: `content/settings/${name}.yml` }),
			),
		);
		expect(settingsCollection).not.toHaveProperty('folder');
		expect(settingsCollection).not.toHaveProperty('create');
	});

	test('has exactly the fields of the identity schema, required as the schema requires', () => {
		const fields = fieldsOf(settingsCollection);
		const shape = shapeOf(settings.identity);
		expect(fields.map((f) => f.name).sort()).toEqual(Object.keys(shape).sort());
		for (const f of fields) expect(f.required !== false, f.name).toBe(!isOptional(shape[f.name]!));
	});

	test('is a form alone, every field with a hint, long values in boxes that show them whole', () => {
		// Decap's default preview lists bare values under "Tiếng Việt:" without naming the field.
		expect(settingsCollection).toMatchObject({ editor: { preview: false } });
		const fields = fieldsOf(settingsCollection);
		for (const f of fields) expect(f.hint, f.name).toMatch(/\S/);
		const byName = Object.fromEntries(fields.map((f) => [f.name, f]));
		for (const name of ['address', 'officeHours'])
			expect((byName[name]!.fields as { widget: string }[]).map((f) => f.widget)).toEqual(
				localeCodes.map(() => 'text'),
			);
	});
});

describe('backendFromEnv', () => {
	test('defaults to the local decap-server on loopback, branch main', () => {
		expect(backendFromEnv({})).toEqual({
			name: 'proxy',
			branch: 'main',
			proxy_url: defaultProxyUrl,
		});
		expect(defaultProxyUrl).toMatch(/^http:\/\/127\.0\.0\.1:/);
	});

	test('configures a hosted backend from variables, without secrets', () => {
		expect(
			backendFromEnv({
				CMS_BACKEND: 'forgejo',
				CMS_REPO: 'sgd/site',
				CMS_BASE_URL: 'https://git.example.vn',
				CMS_API_ROOT: 'https://git.example.vn/api/v1',
				CMS_APP_ID: 'abc',
			}),
		).toEqual({
			name: 'forgejo',
			branch: 'main',
			repo: 'sgd/site',
			base_url: 'https://git.example.vn',
			api_root: 'https://git.example.vn/api/v1',
			app_id: 'abc',
		});
		expect(
			backendFromEnv({ CMS_BACKEND: 'gitlab', CMS_REPO: 'a/b', CMS_APP_ID: 'x' }),
		).toMatchObject({ auth_type: 'pkce' });
	});

	test('says which variable is missing or wrong', () => {
		expect(() => backendFromEnv({ CMS_BACKEND: 'github' })).toThrow('CMS_REPO');
		expect(() => backendFromEnv({ CMS_BACKEND: 'bitbucket' })).toThrow('not supported');
		// Decap's Gitea backend throws on the editorial workflow: the build says so, not the admin.
		expect(() => backendFromEnv({ CMS_BACKEND: 'gitea', CMS_REPO: 'a/b' })).toThrow(
			/no editorial workflow.*CMS_BACKEND=forgejo/,
		);
	});
});
