/**
 * Rules that span files, which a per-file schema cannot see: references to the registries,
 * translations without a source, URL collisions. The build collects every problem and fails once
 * with all of them, each naming the file, the field and the fix.
 */
import { publishAtTextProblem } from './schedule';

/** A content file as the checks see it. */
export interface FileRecord {
	kind: string;
	/** Folder name (articles, pages) or file name (registries). */
	id: string;
	locale: string;
	/** Path relative to the project, e.g. `content/news/x/index.vi.md`. */
	filePath: string;
	data: Record<string, unknown>;
	/** The file as stored, for what parsing hides (encoding, dates YAML silently moves). */
	bytes?: Uint8Array;
	/** False if the body has text but Markdown rendering failed (Astro logs it and goes on). */
	bodyRendered?: boolean;
	/** Why rendering failed, if known (src/lib/markdown-safety.ts). */
	renderError?: string | undefined;
	/** First five bytes of each attached file by field (`document: "%PDF-"`), null if missing. */
	attachments?: Record<string, string | null>;
}

/** One thing wrong with the content. */
export interface Problem {
	file: string;
	field?: string;
	message: string;
}

/** Everything the checks look at. */
export interface CheckInput {
	sources: FileRecord[];
	translations: FileRecord[];
	topicIds: ReadonlySet<string>;
	units: ReadonlyMap<string, { parent?: string | undefined; filePath: string }>;
	/** Registered spokespeople by id, with the unit each speaks for. */
	spokespeople?: ReadonlyMap<string, { unit: string; filePath: string }>;
	/** Ids of the legal documents register, which a policy may cite as its source. */
	documentIds?: ReadonlySet<string>;
	/** Vietnamese paths of every article, which clarifications may name as related. */
	articlePaths?: ReadonlySet<string>;
	/** Kind whose items live at the top level of each locale (static pages). */
	topLevelKind: string;
	/** Top-level path segments already taken per locale (section segments, locale prefixes…). */
	reserved: Readonly<Record<string, ReadonlySet<string>>>;
	/**
	 * Slugs a kind's items must not take, per kind and locale: the legal documents register's filter
	 * segments (`/van-ban/loai/…`, `/van-ban/nam/…`) live beside its documents.
	 */
	reservedInKind?: Readonly<Record<string, Readonly<Record<string, ReadonlySet<string>>>>>;
}

/** The strings of a list field (the schema has already refused anything else). */
const texts = (value: unknown): string[] =>
	Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

const hasTitle = (d: Record<string, unknown>) =>
	typeof d.title === 'string' && d.title.trim() !== '';

function referenceProblems(input: CheckInput): Problem[] {
	const problems: Problem[] = [];
	const known = (set: Iterable<string>) => [...set].sort().join(', ');
	for (const f of input.sources) {
		const topics = texts(f.data.topics);
		for (const t of topics.filter((t) => !input.topicIds.has(t)))
			problems.push({
				file: f.filePath,
				field: 'topics',
				message: `chủ đề "${t}" không có trong content/topics (unknown topic "${t}"; known: ${known(input.topicIds)})`,
			});
		if (typeof f.data.unit === 'string' && !input.units.has(f.data.unit))
			problems.push({
				file: f.filePath,
				field: 'unit',
				message: `đơn vị "${f.data.unit}" không có trong content/units (unknown unit "${f.data.unit}"; known: ${known(input.units.keys())})`,
			});
	}
	for (const [id, unit] of input.units)
		if (unit.parent && !input.units.has(unit.parent))
			problems.push({
				file: unit.filePath,
				field: 'parent',
				message: `đơn vị cấp trên "${unit.parent}" không tồn tại (unknown parent unit of ${id})`,
			});
	const spokespeople = input.spokespeople ?? new Map();
	for (const [id, person] of spokespeople)
		if (!input.units.has(person.unit))
			problems.push({
				file: person.filePath,
				field: 'unit',
				message: `đơn vị "${person.unit}" không có trong content/units (unknown unit of spokesperson ${id})`,
			});
	for (const f of input.sources) {
		if (typeof f.data.spokesperson === 'string' && !spokespeople.has(f.data.spokesperson))
			problems.push({
				file: f.filePath,
				field: 'spokesperson',
				message:
					`"${f.data.spokesperson}" không phải người phát ngôn đã đăng ký trong content/spokespeople; thông cáo báo chí chỉ do người phát ngôn chính thức đưa ra ` +
					`(not a registered spokesperson; known: ${known(spokespeople.keys()) || 'none'})`,
			});
		const cited = f.data.sourceDocument;
		if (typeof cited === 'string' && input.documentIds && !input.documentIds.has(cited))
			problems.push({
				file: f.filePath,
				field: 'sourceDocument',
				message: `văn bản "${cited}" không có trong content/documents; hãy chọn văn bản trong mục Văn bản (unknown document "${cited}"; known: ${known(input.documentIds) || 'none'})`,
			});
		const related = texts(f.data.related);
		for (const path of related.filter((p) => input.articlePaths && !input.articlePaths.has(p)))
			problems.push({
				file: f.filePath,
				field: 'related',
				message: `không có bài nào ở địa chỉ "${path}"; hãy chép đường dẫn tiếng Việt của bài, ví dụ /tin-tuc/ten-bai/ (no article at ${path})`,
			});
	}
	return problems;
}

function translationProblems(input: CheckInput): Problem[] {
	const problems: Problem[] = [];
	const sources = new Map(input.sources.map((f) => [`${f.kind}/${f.id}`, f]));
	for (const t of input.translations) {
		const source = sources.get(`${t.kind}/${t.id}`);
		if (!source) {
			problems.push({
				file: t.filePath,
				message: `bản dịch không có bản tiếng Việt index.vi.md cùng thư mục: hãy thêm bản gốc hoặc xoá tệp này (a translation needs the Vietnamese file beside it)`,
			});
			continue;
		}
		for (const field of ['topics', 'unit', 'spokesperson'] as const) {
			if (
				t.data[field] !== undefined &&
				JSON.stringify(t.data[field]) !== JSON.stringify(source.data[field])
			)
				problems.push({
					file: t.filePath,
					field,
					message: `khác với bản tiếng Việt; "${field}" chỉ sửa ở index.vi.md (differs from the Vietnamese file, where ${field} is set)`,
				});
		}
		if (hasTitle(t.data) && source.data.cover && !t.data.coverAlt) {
			problems.push({
				file: t.filePath,
				field: 'coverAlt',
				message:
					'bài có ảnh bìa nên bản dịch cần lời mô tả ảnh (the translation needs alt text for the cover)',
			});
		}
	}
	return problems;
}

/** Localized slugs must be unique per kind and locale, and static pages must not shadow sections. */
function collisionProblems(input: CheckInput): Problem[] {
	const problems: Problem[] = [];
	const seen = new Map<string, string>();
	const claim = (key: string, file: string, field: string, slug: string) => {
		const other = seen.get(key);
		if (other)
			problems.push({
				file,
				field,
				message: `đường dẫn "${slug}" trùng với ${other} (URL slug already used by ${other}; choose another)`,
			});
		else seen.set(key, file);
	};
	for (const f of input.sources) claim(`${f.kind}/${f.locale}/${f.id}`, f.filePath, 'slug', f.id);
	for (const t of input.translations) {
		if (!hasTitle(t.data)) continue;
		const slug = typeof t.data.slug === 'string' ? t.data.slug : t.id;
		claim(`${t.kind}/${t.locale}/${slug}`, t.filePath, 'slug', slug);
	}
	for (const f of [...input.sources, ...input.translations]) {
		const slug = typeof f.data.slug === 'string' ? f.data.slug : f.id;
		const taken =
			f.kind === input.topLevelKind
				? input.reserved[f.locale]
				: input.reservedInKind?.[f.kind]?.[f.locale];
		if (taken?.has(slug))
			problems.push({
				file: f.filePath,
				field: 'slug',
				message: `"${slug}" là đường dẫn dành riêng của trang web (reserved URL segment; choose another slug)`,
			});
	}
	return problems;
}

/** Run every cross-file rule. */
/** Is `y-m-d` a day of the calendar (not 30 February, which YAML turns into 2 March)? */
export function isCalendarDate(y: number, m: number, d: number): boolean {
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Problems of one file as stored: not UTF-8, impossible dates, a `publishAt` without its time or
 * offset (YAML has already turned it into UTC by the schema's turn), a body that did not render.
 */
export function fileProblems(f: FileRecord): Problem[] {
	const problems: Problem[] = [];
	if (f.bytes) {
		let text: string;
		try {
			text = new TextDecoder('utf-8', { fatal: true }).decode(f.bytes);
		} catch {
			return [
				{
					file: f.filePath,
					message:
						'tệp không được lưu bằng bảng mã UTF-8 nên chữ tiếng Việt sẽ bị lỗi; hãy lưu lại tệp với bảng mã UTF-8 ' +
						'(the file is not UTF-8, so Vietnamese letters would be garbled; save it again as UTF-8)',
				},
			];
		}
		const front = text.replace(/^\uFEFF/, '').match(/^---\r?\n([\s\S]*?)\r?\n---/)?.[1] ?? '';
		for (const [, field, y, m, d] of front.matchAll(
			/^([\w-]+):[ \t]*["']?(\d{4})-(\d{2})-(\d{2})(?![\d])/gm,
		))
			if (!isCalendarDate(Number(y), Number(m), Number(d)))
				problems.push({
					file: f.filePath,
					field,
					message: `ngày ${y}-${m}-${d} không có trên lịch; hãy sửa lại ngày (${y}-${m}-${d} is not a calendar date)`,
				});
		const publishAt = front.match(/^publishAt:[ \t]*(.*?)[ \t]*(?:#.*)?$/m)?.[1];
		const scheduleProblem = publishAt === undefined ? undefined : publishAtTextProblem(publishAt);
		if (scheduleProblem)
			problems.push({ file: f.filePath, field: 'publishAt', message: scheduleProblem });
	}
	for (const [field, head] of Object.entries(f.attachments ?? {})) {
		const name = String(f.data[field]);
		if (head === null)
			problems.push({
				file: f.filePath,
				field,
				message: `không tìm thấy tệp "${name}" cùng thư mục với bài; hãy tải tệp lên lại (file not found beside the entry)`,
			});
		else if (head !== '%PDF-')
			problems.push({
				file: f.filePath,
				field,
				message: `tệp "${name}" không phải PDF; hãy xuất văn bản ra PDF rồi tải lên lại (the file is not a PDF)`,
			});
	}
	if (f.bodyRendered === false)
		problems.push({
			file: f.filePath,
			field: 'body',
			message:
				f.renderError ??
				'nội dung bài không hiển thị được, xem lỗi in ở trên (the body could not be rendered; see the error printed above)',
		});
	return problems;
}

export function checkContent(input: CheckInput): Problem[] {
	return [
		...[...input.sources, ...input.translations].flatMap(fileProblems),
		...translationProblems(input),
		...referenceProblems(input),
		...collisionProblems(input),
	];
}

/** The build error listing every problem, one per line. */
export function formatProblems(problems: readonly Problem[]): string {
	const lines = problems.map((p) => `  - ${p.file}${p.field ? ` → ${p.field}` : ''}: ${p.message}`);
	return `Nội dung có ${problems.length} lỗi cần sửa (content has ${problems.length} problem(s)):\n${lines.join('\n')}`;
}
