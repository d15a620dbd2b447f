/**
 * Reading for the activity report: the content folder, file by file as a build reads it
 * (`parse.ts`: Astro's parser, then the schemas of `src/schemas/kinds.ts`), and the optional
 * response database with `node:sqlite`. Figures are decided in `figures.ts`; this module only turns
 * files and rows into its inputs, in an order that does not depend on the machine (sorted names,
 * paths relative to the content folder).
 *
 * What a file means is the site's reading, not the report's: dates are what the schema's `date()`
 * makes of the YAML (a bare date is UTC midnight, the same day in Vietnam; a date-time written
 * without an offset is UTC, not Vietnam time), and a file the build would reject is not counted
 * but listed, with its field and message, in the report's notes.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { defaultLocale, isLocale } from '~/i18n/locales';
import {
	documentsKind,
	kinds,
	registries,
	settings,
	type DocumentKind,
	type SourceData,
	type TranslationFileData,
} from '~/schemas/kinds';
import { fileProblems } from '~/lib/checks';
import {
	reportKinds,
	type ConsultationResponse,
	type ReportAlert,
	type ReportDocument,
	type ReportInput,
	type ReportItem,
} from './model';
import { check, describeIssues, markdownData, nodeSchemaContext, yamlData } from './parse';
import { parseUtcInstant } from './period';

/** Code-unit order, the same on every machine (readdir order is not). */
function sorted(names: string[]): string[] {
	return names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Folders under a directory (none if it does not exist), skipping hidden ones as the loader does. */
function folders(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return sorted(
		readdirSync(dir, { withFileTypes: true })
			.filter((e) => e.isDirectory() && !e.name.startsWith('.'))
			.map((e) => e.name),
	);
}

/** YAML files of a registry folder, by id (the file name without extension, as the loader makes it). */
function registryFiles(dir: string): { id: string; file: string }[] {
	if (!existsSync(dir)) return [];
	return sorted(readdirSync(dir).filter((n) => /^[^.].*\.ya?ml$/.test(n))).map((n) => ({
		id: n.replace(/\.ya?ml$/, ''),
		file: n,
	}));
}

/** The schemas of the kinds, each output typed by its own kind (so a generic kind keeps its type). */
type Schemas = {
	readonly [K in DocumentKind]: {
		readonly source: (ctx: SchemaContext) => z.ZodType<SourceData<K>>;
		readonly translation: z.ZodType<TranslationFileData<K>>;
	};
};

/** `index.<locale>.md`: the Vietnamese source or a translation. */
const localeFile = /^index\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.md$/;

/** Reads files of one content folder, collecting what could not be counted. */
class ContentReader {
	/** What could not be counted, one line per file, in reading order. */
	readonly problems: string[] = [];
	/** The content folder. */
	readonly root: string;

	constructor(root: string) {
		this.root = root;
	}

	/**
	 * A Markdown file (path relative to the content folder) through `schema`, or undefined when the
	 * build would reject it: bytes that are not UTF-8 or a date not on the calendar (the catalog's
	 * checks), bad YAML or a field its schema refuses.
	 */
	markdown<T>(
		file: string,
		schema: z.ZodType<T>,
		consequence: string,
		record: { kind: string; id: string; locale: string },
	): T | undefined {
		const bytes = readFileSync(join(this.root, file));
		const stored = fileProblems({ ...record, filePath: file, data: {}, bytes });
		if (stored.length > 0) {
			this.problems.push(
				describeIssues(
					file,
					stored.map((p) => ({ field: p.field ?? '', message: p.message })),
					consequence,
				),
			);
			return undefined;
		}
		// As Astro reads it: UTF-8 text, a BOM left for the frontmatter parser to skip.
		const checked = check(schema, () => markdownData(bytes.toString('utf8')));
		if (checked.ok) return checked.data;
		this.problems.push(describeIssues(file, checked.issues, consequence));
		return undefined;
	}

	/** A registry's YAML file through `schema`, or undefined when the build would reject it. */
	yaml<T>(file: string, schema: z.ZodType<T>, consequence: string): T | undefined {
		const path = join(this.root, file);
		const checked = check(schema, () => yamlData(readFileSync(path, 'utf8'), path));
		if (checked.ok) return checked.data;
		this.problems.push(describeIssues(file, checked.issues, consequence));
		return undefined;
	}

	/** The items of one kind: each folder's Vietnamese file and its translations. */
	items<K extends DocumentKind>(kind: K): ReportItem<K>[] {
		const schemas: Schemas = kinds;
		const items: ReportItem<K>[] = [];
		for (const id of folders(join(this.root, kind))) {
			const files = sorted(readdirSync(join(this.root, kind, id))).flatMap((name) => {
				const locale = localeFile.exec(name)?.[1];
				return locale ? [{ locale, file: `${kind}/${id}/${name}` }] : [];
			});
			const source = files.find((f) => f.locale === defaultLocale);
			const translationFiles = files.filter((f) => f.locale !== defaultLocale);
			if (!source) {
				// A folder of images only is nothing; a translation without its source fails the build.
				for (const { file } of translationFiles)
					this.problems.push(
						`${file}: bản dịch không có bản tiếng Việt index.vi.md cùng thư mục — không tính bản dịch này. (A translation without its Vietnamese file is not counted.)`,
					);
				continue;
			}
			const data = this.markdown(
				source.file,
				schemas[kind].source(nodeSchemaContext),
				'không tính tin, bài này. (Not counted.)',
				{ kind, id, locale: defaultLocale },
			);
			// The translations of a file that is not counted have nothing to be counted with.
			if (data === undefined) continue;
			const translations: Record<string, ReportItem['translations'][string]> = {};
			for (const { locale, file } of translationFiles) {
				if (!isLocale(locale)) {
					// The site builds collections for its own languages only and never reads this file.
					this.problems.push(
						`${file}: trang web không có ngôn ngữ "${locale}" — không tính bản dịch này. (The site has no "${locale}" pages; not counted.)`,
					);
					continue;
				}
				const texts = this.markdown(
					file,
					schemas[kind].translation,
					'không tính bản dịch này. (This translation is not counted.)',
					{ kind, id, locale },
				);
				if (texts !== undefined) translations[locale] = texts;
			}
			items.push({ kind, id, data, translations });
		}
		return items;
	}

	/** The legal documents register: each folder's Vietnamese file. */
	documents(): ReportDocument[] {
		// Called as Astro calls a collection's schema: with the context, which this kind ignores.
		const source: (ctx: SchemaContext) => z.ZodType<SourceData<'documents'>> =
			kinds[documentsKind].source;
		return folders(join(this.root, documentsKind)).flatMap((id) => {
			const file = `${documentsKind}/${id}/index.vi.md`;
			if (!existsSync(join(this.root, file))) return [];
			const data = this.markdown(
				file,
				source(nodeSchemaContext),
				'không tính văn bản này. (Not counted.)',
				{ kind: documentsKind, id, locale: defaultLocale },
			);
			return data === undefined ? [] : [{ id, data }];
		});
	}

	/** Urgent notices. */
	alerts(): ReportAlert[] {
		return registryFiles(join(this.root, 'alerts')).flatMap(({ id, file }) => {
			const data = this.yaml(
				`alerts/${file}`,
				registries.alerts,
				'không tính thông báo này. (Not counted.)',
			);
			return data === undefined ? [] : [{ id, data }];
		});
	}

	/**
	 * Vietnamese names of a registry's entries by id; an entry the schema refuses is named by its
	 * id. The Department's unit is named by the identity settings, as on the site.
	 */
	names(registry: 'topics' | 'units'): Record<string, string> {
		const consequence = (id: string) =>
			`dùng mã "${id}" làm tên. (The id is shown instead of the name.)`;
		return Object.fromEntries(
			registryFiles(join(this.root, registry)).map(({ id, file }) => {
				const path = `${registry}/${file}`;
				if (registry === 'topics') {
					const topic = this.yaml(path, registries.topics, consequence(id));
					return [id, topic?.name[defaultLocale] ?? id];
				}
				const unit = this.yaml(path, registries.units, consequence(id));
				const name = unit?.type === 'department' ? this.identityName(consequence(id)) : unit?.name;
				return [id, name?.[defaultLocale] ?? id];
			}),
		);
	}

	/** The Department's name from `settings/identity.yml`, if the file is there and valid. */
	identityName(consequence: string): { [defaultLocale]: string } | undefined {
		if (!existsSync(join(this.root, 'settings', 'identity.yml'))) return undefined;
		return this.yaml('settings/identity.yml', settings.identity, consequence)?.name;
	}
}

/** Everything the report needs from the content folder, and what could not be read. */
export function readContent(contentDir: string): Omit<ReportInput, 'responses'> {
	const reader = new ContentReader(contentDir);
	const items = reportKinds.flatMap((kind) => reader.items(kind));
	const documents = reader.documents();
	const alerts = reader.alerts();
	const topics = reader.names('topics');
	const units = reader.names('units');
	return { items, documents, alerts, topics, units, problems: reader.problems };
}

/**
 * Responses from the feedback database, or null when the file does not exist (the report then
 * says there is none). A file that exists but cannot be read is an error, not "no database":
 * silently reporting zero responses would mislead the committee.
 */
export async function readResponses(
	dbPath: string,
): Promise<{ responses: ConsultationResponse[] | null; problems: string[] }> {
	if (!existsSync(dbPath)) return { responses: null, problems: [] };
	// Imported only when there is a database: node:sqlite prints an ExperimentalWarning on load.
	const { DatabaseSync } = await import('node:sqlite').catch(() => {
		throw new Error(
			`Cần Node 22.5 trở lên để đọc cơ sở dữ liệu ý kiến (đang là ${process.version}). (Reading the response database needs node:sqlite, Node >= 22.5.)`,
		);
	});
	const db = new DatabaseSync(dbPath, { readOnly: true });
	let rows: Record<string, unknown>[];
	try {
		rows = db
			.prepare('SELECT id, consultation, respondent_group, received_at FROM responses ORDER BY id')
			.all();
	} finally {
		db.close();
	}
	const problems: string[] = [];
	const responses: ConsultationResponse[] = [];
	for (const row of rows) {
		const consultation = row['consultation'];
		const group = row['respondent_group'];
		const receivedAt = parseUtcInstant(row['received_at']);
		if (typeof consultation !== 'string' || typeof group !== 'string' || !receivedAt) {
			problems.push(
				`responses id ${String(row['id'])}: thiếu hoặc sai consultation, respondent_group, received_at, không tính. (Invalid response row.)`,
			);
			continue;
		}
		responses.push({ consultation, group: group.trim().normalize('NFC'), receivedAt });
	}
	return { responses, problems };
}

/**
 * Every item of the given Markdown kinds, translations included, and what could not be read: the
 * translation status report's input (src/lib/translation-report/).
 */
export function readItems(
	contentDir: string,
	kindList: readonly DocumentKind[],
): { items: ReportItem[]; problems: string[] } {
	const reader = new ContentReader(contentDir);
	const items = kindList.flatMap((kind): ReportItem[] => reader.items(kind));
	return { items, problems: reader.problems };
}

/** All inputs of the report. */
export async function readReportInput(contentDir: string, dbPath: string): Promise<ReportInput> {
	const content = readContent(contentDir);
	const { responses, problems } = await readResponses(dbPath);
	return { ...content, responses, problems: [...content.problems, ...problems] };
}
