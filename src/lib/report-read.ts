/**
 * Reading for the communication report (`report.ts`): the content tree with `node:fs` and
 * `yaml`, and the optional response database with `node:sqlite`. Everything that decides a
 * figure is in `report.ts`; this module only turns files and rows into its inputs, in an order
 * that does not depend on the machine (sorted names, paths relative to the content folder).
 *
 * Run directly by Node 22's type stripping from `scripts/report.mjs`: erasable syntax and `.ts`
 * specifiers only.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
	parseUtcInstant,
	registryName,
	reportKinds,
	toAlert,
	toDocument,
	toItem,
	type Alert,
	type ConsultationResponse,
	type Item,
	type LegalDocument,
	type ReportInput,
} from './report.ts';

type Data = Record<string, unknown>;

/** Text of a file without a UTF-8 BOM and with LF line ends (Windows editors write CRLF). */
function normalizeText(text: string): string {
	return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * YAML text as a mapping, or undefined when it is not valid YAML or not a mapping. The core
 * schema keeps timestamps as strings, so `parseInstant` decides what a bare date means.
 */
export function parseYamlMapping(text: string): Data | undefined {
	try {
		const value: unknown = parse(normalizeText(text));
		return value !== null && typeof value === 'object' && !Array.isArray(value)
			? (value as Data)
			: undefined;
	} catch {
		return undefined;
	}
}

/** The frontmatter of a Markdown file: the YAML between the first two `---` lines. */
export function parseFrontmatter(text: string): Data | undefined {
	const lines = normalizeText(text).split('\n');
	if (lines[0]?.trimEnd() !== '---') return undefined;
	const close = lines.findIndex((line, i) => i > 0 && line.trimEnd() === '---');
	if (close === -1) return undefined;
	// An empty frontmatter is an empty mapping, not a missing one.
	return close === 1 ? {} : parseYamlMapping(lines.slice(1, close).join('\n'));
}

/** Code-unit order, the same on every machine (readdir order is not). */
function sorted(names: string[]): string[] {
	return names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Folders under a directory (none if it does not exist), skipping hidden ones. */
function folders(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return sorted(
		readdirSync(dir, { withFileTypes: true })
			.filter((e) => e.isDirectory() && !e.name.startsWith('.'))
			.map((e) => e.name),
	);
}

/** YAML files of a registry folder, by id. */
function registryFiles(dir: string): { id: string; file: string }[] {
	if (!existsSync(dir)) return [];
	return sorted(readdirSync(dir).filter((n) => /^[^.].*\.ya?ml$/.test(n))).map((n) => ({
		id: n.replace(/\.ya?ml$/, ''),
		file: n,
	}));
}

/** `index.<locale>.md` files of an item folder, other than the Vietnamese source, by locale. */
const translationFile = /^index\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.md$/;

function readTranslations(dir: string): Record<string, Data | undefined> {
	const out: Record<string, Data | undefined> = {};
	for (const name of sorted(readdirSync(dir))) {
		const locale = translationFile.exec(name)?.[1];
		if (locale && locale !== 'vi')
			out[locale] = parseFrontmatter(readFileSync(join(dir, name), 'utf8'));
	}
	return out;
}

/** Everything the report needs from the content folder, and what could not be read. */
export function readContent(contentDir: string): Omit<ReportInput, 'responses'> {
	const problems: string[] = [];
	const items: Item[] = [];
	for (const kind of reportKinds) {
		for (const slug of folders(join(contentDir, kind))) {
			const dir = join(contentDir, kind, slug);
			const source = join(dir, 'index.vi.md');
			// A folder without a Vietnamese source is only images or a translation in progress.
			if (!existsSync(source)) continue;
			const file = `${kind}/${slug}/index.vi.md`;
			const converted = toItem(
				kind,
				slug,
				parseFrontmatter(readFileSync(source, 'utf8')),
				readTranslations(dir),
				file,
			);
			problems.push(...converted.problems);
			if (converted.value) items.push(converted.value);
		}
	}

	const documents: LegalDocument[] = [];
	for (const slug of folders(join(contentDir, 'documents'))) {
		const source = join(contentDir, 'documents', slug, 'index.vi.md');
		if (!existsSync(source)) continue;
		const converted = toDocument(
			slug,
			parseFrontmatter(readFileSync(source, 'utf8')),
			`documents/${slug}/index.vi.md`,
		);
		problems.push(...converted.problems);
		if (converted.value) documents.push(converted.value);
	}

	const alerts: Alert[] = [];
	for (const { id, file } of registryFiles(join(contentDir, 'alerts'))) {
		const converted = toAlert(
			id,
			parseYamlMapping(readFileSync(join(contentDir, 'alerts', file), 'utf8')),
			`alerts/${file}`,
		);
		problems.push(...converted.problems);
		if (converted.value) alerts.push(converted.value);
	}

	const names = (kind: 'topics' | 'units'): Record<string, string> =>
		Object.fromEntries(
			registryFiles(join(contentDir, kind)).map(({ id, file }) => {
				const name = registryName(
					parseYamlMapping(readFileSync(join(contentDir, kind, file), 'utf8')),
				);
				if (!name)
					problems.push(
						`${kind}/${file}: thiếu tên tiếng Việt (name.vi), dùng mã "${id}". (Missing name.vi.)`,
					);
				return [id, name ?? id];
			}),
		);
	const topics = names('topics');
	const units = names('units');
	return { items, documents, alerts, topics, units, problems };
}

/** The row shape of `SELECT … FROM responses`. */
interface ResponseRow {
	id: unknown;
	consultation: unknown;
	respondent_group: unknown;
	received_at: unknown;
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
	const { DatabaseSync } = await import('node:sqlite');
	const db = new DatabaseSync(dbPath, { readOnly: true });
	let rows: ResponseRow[];
	try {
		rows = db
			.prepare('SELECT id, consultation, respondent_group, received_at FROM responses ORDER BY id')
			.all() as unknown as ResponseRow[];
	} finally {
		db.close();
	}
	const problems: string[] = [];
	const responses: ConsultationResponse[] = [];
	for (const row of rows) {
		const receivedAt = parseUtcInstant(row.received_at);
		if (
			typeof row.consultation !== 'string' ||
			typeof row.respondent_group !== 'string' ||
			!receivedAt
		) {
			problems.push(
				`responses id ${String(row.id)}: thiếu hoặc sai consultation, respondent_group, received_at, không tính. (Invalid response row.)`,
			);
			continue;
		}
		responses.push({
			consultation: row.consultation,
			group: row.respondent_group.trim().normalize('NFC'),
			receivedAt,
		});
	}
	return { responses, problems };
}

/** All inputs of the report. */
export async function readReportInput(contentDir: string, dbPath: string): Promise<ReportInput> {
	const content = readContent(contentDir);
	const { responses, problems } = await readResponses(dbPath);
	return { ...content, responses, problems: [...content.problems, ...problems] };
}
